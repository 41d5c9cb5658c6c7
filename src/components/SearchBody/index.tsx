import React, {type ReactNode} from 'react';
import type {SearchKind} from '@site/src/lib/search/kinds';
import SearchTags from '@site/src/components/SearchTags';

interface Props {
  readonly kind: SearchKind;
  readonly children: ReactNode;
}

/**
 * Marks the part of an overview or tool page that the search indexes: its title and
 * introduction. The rest (cards, tables, filters) repeats other pages and stays out.
 */
export default function SearchBody({kind, children}: Props): ReactNode {
  return (
    <div data-pagefind-body="">
      <SearchTags kind={kind} />
      {children}
    </div>
  );
}
