import React, {type ReactNode} from 'react';
import {excerptParts} from '@site/src/lib/search/excerpt';
import type {SearchHit} from '@site/src/lib/search/pagefind';

/** Pagefind's excerpt with the matched words highlighted, without inserting HTML. */
export function Excerpt({excerpt}: {readonly excerpt: string}): ReactNode {
  return excerptParts(excerpt).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>));
}

/** "Praktijk · Sliedrecht": what a result is and where. */
export function hitContext(hit: SearchHit): string {
  return [hit.kind, hit.gemeente].filter(Boolean).join(' · ');
}
