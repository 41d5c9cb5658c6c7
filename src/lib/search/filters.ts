/**
 * The search filters: which Pagefind filter names exist, which options each has, and how
 * their URL keys (slugs) map to the labels Pagefind indexed. Options and labels come from
 * the vocabularies and the factors' short names, the same names the rest of the site shows.
 */
import {preventieniveaus, provincies, themas} from '../../content/vocabularies';
import {searchKinds} from './kinds';

export interface FilterOption {
  /** Slug, as in frontmatter and in the URL of the search page. */
  readonly value: string;
  /** Label as shown on the site and as indexed by Pagefind. */
  readonly label: string;
}

export interface FilterGroup {
  /** Pagefind filter name and URL parameter. */
  readonly key: FilterKey;
  readonly label: string;
  readonly options: readonly FilterOption[];
}

export const filterKeys = ['soort', 'thema', 'factor', 'provincie', 'preventieniveau'] as const;
export type FilterKey = (typeof filterKeys)[number];

const pick = (entries: readonly {value: string; label: string}[]): FilterOption[] => entries.map(({value, label}) => ({value, label}));

/** The filter groups of the search page, in the order it shows them. */
export function searchFilterGroups(factoren: readonly {slug: string; korteNaam: string; order: number}[]): FilterGroup[] {
  return [
    {key: 'soort', label: 'Soort pagina', options: pick(searchKinds)},
    {key: 'thema', label: 'Thema', options: pick(themas)},
    {
      key: 'factor',
      label: 'Werkende factor',
      options: [...factoren].sort((a, b) => a.order - b.order).map((f) => ({value: f.slug, label: f.korteNaam})),
    },
    {key: 'provincie', label: 'Provincie', options: pick(provincies)},
    {key: 'preventieniveau', label: 'Preventieniveau', options: pick(preventieniveaus)},
  ];
}

/** Selected filter slugs per group, as kept in the URL. */
export type FilterSelection = Partial<Record<FilterKey, readonly string[]>>;

/**
 * Pagefind's filter object for a selection: labels instead of slugs. Every chosen value must
 * match (Pagefind's default), so a count next to an option is exactly what ticking it leaves.
 */
export function pagefindFilters(groups: readonly FilterGroup[], selection: FilterSelection): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const group of groups) {
    const labels = (selection[group.key] ?? []).flatMap((value) => group.options.find((o) => o.value === value)?.label ?? []);
    if (labels.length) filters[group.key] = labels;
  }
  return filters;
}

/** Pagefind's counts (by label) turned into counts by slug for one group. */
export function countsBySlug(group: FilterGroup, counts: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(group.options.map((option) => [option.value, counts?.[option.label] ?? 0]));
}
