/**
 * The overview's and finder's first implementation, on the full summary of every practice: no
 * longer shipped (the pages run on src/lib/compact-index.ts and compact-finder.ts), kept as the
 * plain, obviously-correct oracle that the unit and browser tests compare the compact index with.
 */
import type {FactorSummary, PraktijkSummary} from '../../src/content/graph';
import {inTitleOrder} from '../../src/content/collate';
import {facetFilter, facetKeys, facetValues, type FacetKey, type Operator, type Selection, type SortKey} from '../../src/lib/facets';
import {chosen, reasonText, type FinderResult, type RankedFactor, type Situation, type SituationKey} from '../../src/lib/finder';

const praktijkFacets = facetFilter<FacetKey, PraktijkSummary>(facetKeys, (praktijk, key) => facetValues[key](praktijk));

/** Whether a practice matches the selection (see {@link facetFilter}). */
export const matches = praktijkFacets.matches;
export const filterPraktijken = praktijkFacets.filter;

export function toggle(selection: Selection, key: FacetKey, value: string): Selection {
  const current = selection[key] ?? [];
  return {...selection, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value]};
}

/**
 * How many practices the overview would show if the reader ticked this option (or keeps it
 * ticked): the number printed beside each option.
 */
export function optionCount(
  praktijken: readonly PraktijkSummary[],
  selection: Selection,
  operator: Operator,
  key: FacetKey,
  value: string,
): number {
  const current = selection[key] ?? [];
  const withOption = current.includes(value) ? selection : {...selection, [key]: [...current, value]};
  return filterPraktijken(praktijken, withOption, operator).length;
}

export function sortPraktijken(praktijken: readonly PraktijkSummary[], sort: SortKey): PraktijkSummary[] {
  if (sort === 'startjaar') {
    // Newest first; practices without a start year go last, in title order.
    return [...praktijken].sort((a, b) => (b.startjaar ?? 0) - (a.startjaar ?? 0) || inTitleOrder(a, b));
  }
  return [...praktijken].sort(inTitleOrder);
}

/** For an empty result: which single chosen value, when dropped, brings back the most practices. */
export function loosenSuggestions(
  praktijken: readonly PraktijkSummary[],
  selection: Selection,
  operator: Operator,
): {key: FacetKey; value: string; count: number}[] {
  return facetKeys
    .flatMap((key) => (selection[key] ?? []).map((value) => ({key, value})))
    .map(({key, value}) => ({key, value, count: filterPraktijken(praktijken, toggle(selection, key, value), operator).length}))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

const valuesOf: Record<SituationKey, (p: PraktijkSummary) => readonly string[]> = {
  doelgroep: (p) => p.doelgroepen,
  leeftijd: (p) => p.leeftijdsfasen,
  setting: (p) => p.settings,
  thema: (p) => p.themas,
};

/** A practice fits when, for every dimension the reader filled in, it has at least one chosen value. */
export function fits(praktijk: PraktijkSummary, situation: Situation): boolean {
  return chosen(situation).every(([key, wanted]) => wanted.some((v) => valuesOf[key](praktijk).includes(v)));
}

/**
 * Ranks the werkende factoren for a reader's situation: by how many of the fitting
 * practices show them, then by how distinctive they are for that situation. Factors every
 * practice shows are flagged, because they say little about this situation in particular.
 */
export function rankFactors(
  praktijken: readonly PraktijkSummary[],
  factoren: readonly FactorSummary[],
  situation: Situation,
): FinderResult {
  const matched = praktijken.filter((p) => fits(p, situation));
  const isEmpty = chosen(situation).length === 0;
  if (matched.length === 0) {
    const widen = chosen(situation)
      .flatMap(([key, values]) => values.map((value) => ({key, value})))
      .map(({key, value}) => {
        const rest = {...situation, [key]: (situation[key] ?? []).filter((v) => v !== value)};
        return {key, value, count: praktijken.filter((p) => fits(p, rest)).length};
      })
      .filter((w) => w.count > 0)
      .sort((a, b) => b.count - a.count);
    return {status: 'geen', matched: 0, widen};
  }
  const ranking = factoren
    .map((factor): RankedFactor => {
      const count = matched.filter((p) => p.factoren.includes(factor.slug)).length;
      const overall = praktijken.filter((p) => p.factoren.includes(factor.slug)).length;
      const share = count / matched.length;
      return {
        factor,
        count,
        share,
        lift: overall === 0 ? 0 : share / (overall / praktijken.length),
        everywhere: overall === praktijken.length,
        reason: reasonText(count, matched.length, situation),
      };
    })
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || b.lift - a.lift || a.factor.order - b.factor.order);
  const distinctive = ranking.filter((r) => !r.everywhere).slice(0, 5).map((r) => r.factor);
  const readFirst = matched
    .map((praktijk) => ({praktijk, sharedFactors: distinctive.filter((f) => praktijk.factoren.includes(f.slug))}))
    .sort(
      (a, b) =>
        matchStrength(b.praktijk, situation) - matchStrength(a.praktijk, situation) ||
        b.sharedFactors.length - a.sharedFactors.length ||
        inTitleOrder(a.praktijk, b.praktijk),
    )
    .slice(0, 5);
  return {status: isEmpty ? 'leeg' : 'gevonden', matched: matched.length, ranking, readFirst};
}

/** How many of the chosen values a practice has, so the closest fits are read first. */
function matchStrength(praktijk: PraktijkSummary, situation: Situation): number {
  return chosen(situation).reduce((sum, [key, wanted]) => sum + wanted.filter((v) => valuesOf[key](praktijk).includes(v)).length, 0);
}
