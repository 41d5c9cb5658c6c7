import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

// Every MDX page imports the code block, and with it Prism (about 100 KB of JavaScript that
// runs on load). Our pages rarely show code, so Prism loads only on a page that does; the
// server-rendered HTML is already highlighted, the fallback is only seen during navigation.
const HighlightedCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<pre className={props.className}><code>{props.children}</code></pre>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
