/**
 * The search page keeps its query and filters in the URL (`/zoeken?q=ouders&thema=armoede-en-bestaanszekerheid`),
 * so a search can be shared and the back button works. Pure: reads and writes query strings.
 */
import {filterKeys, type FilterGroup, type FilterSelection} from './filters';

export interface SearchState {
  readonly query: string;
  readonly selection: FilterSelection;
}

/** Reads a query string; unknown keys and values that no option has are dropped. */
export function parseSearchState(search: string, groups: readonly FilterGroup[]): SearchState {
  const params = new URLSearchParams(search);
  const selection: Record<string, string[]> = {};
  for (const group of groups) {
    const known = new Set(group.options.map((o) => o.value));
    const values = [...new Set(params.getAll(group.key).filter((value) => known.has(value)))];
    if (values.length) selection[group.key] = values;
  }
  // Kept as typed (spaces included): the search box shows it; searching trims it.
  return {query: params.get('q') ?? '', selection};
}

/** Writes a state as a query string, in a stable order (empty string when nothing is set). */
export function formatSearchState({query, selection}: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  for (const key of filterKeys) for (const value of selection[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(selection: FilterSelection, key: keyof FilterSelection, value: string): FilterSelection {
  const current = selection[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return {...selection, [key]: next};
}

export function selectedCount(selection: FilterSelection): number {
  return Object.values(selection).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}
