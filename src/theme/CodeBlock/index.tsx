import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

// Every MDX page imports the code block, and with it Prism (about 100 KB of JavaScript that
// runs on load). Our pages rarely show code, so Prism loads only on a page that does; the
// server-rendered HTML is already highlighted, the fallback is only seen during navigation.
const HighlightedCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    // The fallback is also in the server HTML until React swaps the highlighted block in, so it
    // must be as usable: a code block scrolls sideways, and keyboard users need to reach it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus, as in Docusaurus' own block
    <Suspense fallback={<pre className={props.className} tabIndex={0}><code>{props.children}</code></pre>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
