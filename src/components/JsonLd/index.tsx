import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {jsonLdText} from '@site/src/content/json-ld';

/**
 * schema.org data in the page head. The CSP does not apply to it: a `ld+json` script is data
 * that the browser never runs. `jsonLdText` escapes `<`, so no value can end the element.
 */
export default function JsonLd({data}: {data: object}): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{jsonLdText(data)}</script>
    </Head>
  );
}
