import {useMemo} from 'react';
import {useLocation} from '@docusaurus/router';
import {decodeIndex, filterIds, loosen, optionCounts, sortIds, withGemeenten} from '@site/src/lib/compact-index';
import {filterKeys, type FacetKey, type Operator, type SortKey} from '@site/src/lib/facets';
import {PAGE_SIZE, pageCount, staticPaths, type overviewData, type PraktijkCardData} from '@site/src/lib/overview-data';
import {useUrlState} from '@site/src/hooks/useUrlState';
import {useStaticJson} from '@site/src/hooks/useStaticJson';

export type OverviewData = ReturnType<typeof overviewData>;

// `?thema=…&gemeente=…&operator=of&sorteer=startjaar&pagina=2`; defaults stay out of the URL.
const options = {values: ['operator', 'sorteer', 'pagina'] as const, resets: ['pagina'] as const};

/**
 * The overview's state: filters from the URL, run on the compact index, and the cards of the
 * page shown, fetched one page at a time. The gemeente of every practice is fetched only once
 * the URL filters on one (the map links there).
 */
export function useOverview(data: OverviewData) {
  const url = useUrlState(filterKeys, options);
  const selection = url.lists;
  const operator: Operator = url.values.operator === 'of' ? 'of' : 'en';
  const sort: SortKey = url.values.sorteer === 'startjaar' ? 'startjaar' : 'titel';
  const base = useMemo(() => decodeIndex(data.index), [data.index]);
  const gemeenteFile = useStaticJson<string[]>(selection.gemeente.length > 0 ? [staticPaths.gemeenten] : []);
  const gemeenten = gemeenteFile.files.get(staticPaths.gemeenten);
  const index = useMemo(() => (gemeenten ? withGemeenten(base, gemeenten) : base), [base, gemeenten]);
  const waiting = selection.gemeente.length > 0 && !gemeenten && !gemeenteFile.failed;

  const ids = useMemo(() => sortIds(index, filterIds(index, selection, operator), sort), [index, selection, operator, sort]);
  const counts = useMemo(() => optionCounts(index, selection, operator), [index, selection, operator]);
  const pages = pageCount(ids.length);
  const page = Math.min(pages, Math.max(1, Math.floor(Number(url.values.pagina)) || 1));
  const pageIds = ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  // The route data holds the first A–Z page: no fetch for the page most visitors see first.
  const initial = useMemo(() => new Map(data.kaarten.map((card, id) => [staticPaths.card(id), card])), [data.kaarten]);
  const cardFiles = useStaticJson<PraktijkCardData>(pageIds.map(staticPaths.card), initial);
  const cards = pageIds.flatMap((id) => cardFiles.files.get(staticPaths.card(id)) ?? []);
  const location = useLocation();

  return {
    selection,
    operator,
    sort,
    shown: ids.length,
    page,
    pages,
    cards,
    loading: waiting || cardFiles.loading,
    failed: cardFiles.failed || gemeenteFile.failed,
    suggestions: ids.length === 0 && !waiting ? loosen(index, selection, operator) : [],
    countOf: (key: FacetKey, value: string) => counts[key]?.[index.facets.get(key)!.values.indexOf(value)] ?? 0,
    toggle: url.toggle,
    clear: url.clear,
    setOperator: (value: Operator) => url.setValue('operator', value === 'en' ? null : value),
    setSort: (value: SortKey) => url.setValue('sorteer', value === 'titel' ? null : value),
    /** The overview at page `n`, with the filters kept. */
    hrefOf: (n: number) => {
      const params = new URLSearchParams(location.search);
      if (n > 1) params.set('pagina', String(n));
      else params.delete('pagina');
      const query = params.toString();
      return `${location.pathname}${query ? `?${query}` : ''}`;
    },
  };
}
