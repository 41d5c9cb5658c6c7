import {labelOf, doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas, type VocabularyEntry} from '../content/vocabularies';
import type {FactorSummary, PraktijkSummary} from '../content/graph';

/** The facets a reader can filter practices on; the key is also the URL parameter. */
export const facetKeys = ['thema', 'factor', 'doelgroep', 'leeftijd', 'setting', 'provincie', 'preventie'] as const;
export type FacetKey = (typeof facetKeys)[number];

export type Selection = Readonly<Partial<Record<FacetKey, readonly string[]>>>;

/**
 * The overview's URL filters: the facets, plus `gemeente`, which the map links to
 * (`/praktijken?gemeente=Zwolle`). It has no checkboxes; it shows as a removable chip.
 */
export const filterKeys = [...facetKeys, 'gemeente'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type FilterSelection = Readonly<Partial<Record<FilterKey, readonly string[]>>>;
export type Operator = 'en' | 'of';

/** Which values of a practice a facet looks at. */
export const facetValues: Record<FacetKey, (p: PraktijkSummary) => readonly string[]> = {
  thema: (p) => p.themas,
  factor: (p) => p.factoren,
  doelgroep: (p) => p.doelgroepen,
  leeftijd: (p) => p.leeftijdsfasen,
  setting: (p) => p.settings,
  provincie: (p) => [p.provincie],
  preventie: (p) => p.preventieniveau,
};

export const facetVocabularies: Record<Exclude<FacetKey, 'factor'>, readonly VocabularyEntry[]> = {
  thema: themas,
  doelgroep: doelgroepen,
  leeftijd: leeftijdsfasen,
  setting: settings,
  provincie: provincies,
  preventie: preventieniveaus,
};

export const facetLabels: Record<FacetKey, string> = {
  thema: 'Thema',
  factor: 'Werkende factor',
  doelgroep: 'Doelgroep',
  leeftijd: 'Leeftijd',
  setting: 'Vindplaats',
  provincie: 'Provincie',
  preventie: 'Preventieniveau',
};

export const filterLabels: Record<FilterKey, string> = {...facetLabels, gemeente: 'Gemeente'};

/**
 * Faceted filtering of any list (practices here, indicators in the indicatorenbank). Facets
 * always combine with AND; within one facet, `en` asks for every chosen value and `of` for at
 * least one. An empty or missing list means no filter on that facet.
 */
export function facetFilter<K extends string, T>(keys: readonly K[], valuesOf: (item: T, key: K) => readonly string[]) {
  type AnySelection = Readonly<Partial<Record<K, readonly string[]>>>;
  const matchesAll = (item: T, selection: AnySelection, operator: Operator): boolean =>
    keys.every((key) => {
      const wanted = selection[key] ?? [];
      if (wanted.length === 0) return true;
      const has = valuesOf(item, key);
      return operator === 'en' ? wanted.every((v) => has.includes(v)) : wanted.some((v) => has.includes(v));
    });
  return {
    matches: matchesAll,
    filter: (items: readonly T[], selection: AnySelection, operator: Operator): T[] =>
      items.filter((item) => matchesAll(item, selection, operator)),
  };
}

export type SortKey = 'titel' | 'startjaar';

export function isEmptySelection(selection: FilterSelection): boolean {
  return filterKeys.every((key) => (selection[key] ?? []).length === 0);
}

/** The reader-facing name of one option of a facet. */
export function optionLabel(key: FilterKey, value: string, factoren: readonly FactorSummary[]): string {
  if (key === 'gemeente') return value;
  return key === 'factor' ? (factoren.find((f) => f.slug === value)?.korteNaam ?? value) : labelOf(facetVocabularies[key], value);
}

/** Every chosen option, in facet order: what the overview shows as removable chips. */
export function activeFilters(selection: FilterSelection): {key: FilterKey; value: string}[] {
  return filterKeys.flatMap((key) => (selection[key] ?? []).map((value) => ({key, value})));
}

/**
 * The factors that set practices apart: those not shown by every practice. A factor all
 * practices share says nothing about one of them, so cards leave it out.
 */
export function distinctiveFactors(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[]): FactorSummary[] {
  const shown = new Map<string, number>();
  for (const p of praktijken) for (const slug of p.factoren) shown.set(slug, (shown.get(slug) ?? 0) + 1);
  return factoren.filter((f) => (shown.get(f.slug) ?? 0) < praktijken.length);
}
