import React, {type ReactNode} from 'react';
import {kindLabel, type SearchKind} from '@site/src/lib/search/kinds';

interface Props {
  readonly kind: SearchKind;
  readonly meta?: Readonly<Record<string, string>>;
}

/**
 * What Pagefind should know about a page beyond its text: its kind (a filter) and metadata.
 * Empty elements: nothing is shown, nothing is indexed as text.
 */
export default function SearchTags({kind, meta = {}}: Props): ReactNode {
  return (
    <span className="kb-search-tags" data-pagefind-filter={`soort:${kindLabel(kind)}`}>
      {Object.entries(meta).map(([key, value]) => (
        <span key={key} data-pagefind-meta={`${key}:${value}`} />
      ))}
    </span>
  );
}
