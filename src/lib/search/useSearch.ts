import {useEffect, useRef, useState} from 'react';
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
 * matches the filters; with neither, nothing is searched.
 */
export function useSearch(
  pagefind: Pagefind | undefined,
  {query, filters, limit, failed}: {query: string; filters?: Record<string, string[]>; limit: number; failed?: boolean},
): SearchOutcome {
  const [outcome, setOutcome] = useState<SearchOutcome>(idle);
  const latest = useRef(0);
  const filterKey = JSON.stringify(filters ?? {});
  useEffect(() => {
    const request = ++latest.current;
    const trimmed = query.trim();
    if (!indexAvailable) return setOutcome({...idle, status: 'geen-index'});
    if (failed) return setOutcome({...idle, status: 'fout'});
    if (!trimmed && filterKey === '{}') return setOutcome(idle);
    if (!pagefind) return setOutcome((previous) => ({...previous, status: 'zoekt'}));
    setOutcome((previous) => ({...previous, status: 'zoekt'}));
    const timer = window.setTimeout(async () => {
      try {
        const response = await pagefind.search(trimmed || null, {filters: JSON.parse(filterKey) as Record<string, string[]>});
        const hits = await hitsOf(response, limit);
        if (request === latest.current) {
          setOutcome({status: 'klaar', hits, total: response.results.length, counts: response.filters, forQuery: trimmed});
        }
      } catch {
        if (request === latest.current) setOutcome({...idle, status: 'fout'});
      }
    }, 120);
    return () => window.clearTimeout(timer);
  }, [pagefind, query, filterKey, limit, failed]);
  return outcome;
}
