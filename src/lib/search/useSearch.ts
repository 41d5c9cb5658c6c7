import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {hitsOf, indexAvailable, loadPagefind, type FilterCounts, type Pagefind, type SearchHit} from './pagefind';

export type SearchStatus = 'wacht' | 'zoekt' | 'klaar' | 'fout' | 'geen-index';

export interface SearchOutcome {
  readonly status: SearchStatus;
  readonly hits: readonly SearchHit[];
  readonly total: number;
  /** Per filter and value: results that remain with that value added. */
  readonly counts: FilterCounts;
  /** The query and filters these results are for (they lag behind typing). */
  readonly forQuery: string;
}

const idle: SearchOutcome = {status: 'wacht', hits: [], total: 0, counts: {}, forQuery: ''};

/**
 * Loads Pagefind (once, on the first call with `active`) and hands it back when ready.
 * `withFilters` also loads the filter index, which Pagefind needs before it counts results per
 * filter value; the navbar box shows no counts and skips it.
 */
export function usePagefind(active: boolean, {withFilters = false}: {withFilters?: boolean} = {}): {pagefind?: Pagefind; failed: boolean} {
  const baseUrl = useBaseUrl('/');
  const [state, setState] = useState<{pagefind?: Pagefind; failed: boolean}>({failed: false});
  useEffect(() => {
    if (!active || !indexAvailable || state.pagefind) return undefined;
    let current = true;
    loadPagefind(baseUrl, {withFilters}).then(
      (pagefind) => current && setState({pagefind, failed: false}),
      () => current && setState({failed: true}),
    );
    return () => {
      current = false;
    };
  }, [active, baseUrl, state.pagefind, withFilters]);
  return state;
}

/**
 * Runs a search whenever query or filters change (after a short pause in typing) and keeps
 * only the answer to the latest one. An empty query with filters lists every page that
 * matches the filters; with neither, nothing is searched. While an answer is on its way the
 * previous results stay, marked as `zoekt`.
 */
export function useSearch(
  pagefind: Pagefind | undefined,
  {query, filters, limit, failed}: {query: string; filters?: Record<string, string[]>; limit: number; failed?: boolean},
): SearchOutcome {
  const trimmed = query.trim();
  const filterKey = JSON.stringify(filters ?? {});
  const nothingAsked = !trimmed && filterKey === '{}';
  const key = JSON.stringify([trimmed, filterKey, limit]);
  const [answer, setAnswer] = useState<{key: string; outcome: SearchOutcome}>();
  useEffect(() => {
    if (!pagefind || nothingAsked) return undefined;
    let current = true;
    const timer = window.setTimeout(async () => {
      try {
        const response = await pagefind.search(trimmed || null, {filters: JSON.parse(filterKey) as Record<string, string[]>});
        const hits = await hitsOf(response, limit);
        if (current) setAnswer({key, outcome: {status: 'klaar', hits, total: response.results.length, counts: response.filters, forQuery: trimmed}});
      } catch {
        if (current) setAnswer({key, outcome: {...idle, status: 'fout'}});
      }
    }, 120);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [pagefind, key, trimmed, filterKey, limit, nothingAsked]);
  if (!indexAvailable) return {...idle, status: 'geen-index'};
  if (failed) return {...idle, status: 'fout'};
  if (nothingAsked) return idle;
  if (answer?.key === key) return answer.outcome;
  return {...(answer?.outcome ?? idle), status: 'zoekt'};
}
