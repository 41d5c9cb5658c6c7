import {describe, expect, it} from 'vitest';
import {loadSiteState} from '../../src/plugins/kennisbank/state';
import type {FactorSummary, PraktijkSummary} from '../../src/content/graph';
import {
  countMatches,
  decodeIndex,
  distinctiveFactorsOf,
  encodeIndex,
  filterIds,
  inIdOrder,
  loosen,
  optionCounts,
  sortIds,
  withGemeenten,
  type CompactIndex,
} from '../../src/lib/compact-index';
import {rankFactorsCompact} from '../../src/lib/compact-finder';
import {distinctiveFactors, facetKeys, type Operator, type Selection} from '../../src/lib/facets';
import {situationKeys, type Situation} from '../../src/lib/finder';
import {filterPraktijken, loosenSuggestions, optionCount, rankFactors, sortPraktijken} from '../support/full-data-oracle';
import {seededRandom} from '../../scripts/lib/random';
import {realFactoren, syntheticSummaries} from '../../scripts/lib/synthetic-summaries';

const site = loadSiteState(process.cwd()).data;
const factoren = realFactoren(process.cwd());
const synthetic = syntheticSummaries(1000, factoren);

/** Selections drawn from the real options (and one unknown value), seeded so a failure repeats. */
function randomSelections(index: CompactIndex, keys: readonly string[], count: number, seed: number): Record<string, string[]>[] {
  const random = seededRandom(seed);
  return Array.from({length: count}, () => {
    const selection: Record<string, string[]> = {};
    for (const key of keys) {
      const values = [...index.facets.get(key as never)!.values, 'onbekend'];
      const picks = random() < 0.5 ? 0 : 1 + Math.floor(random() * 2.5);
      const chosen = new Set(Array.from({length: picks}, () => values[Math.floor(random() * (values.length - (random() < 0.95 ? 1 : 0)))]!));
      if (chosen.size > 0) selection[key] = [...chosen];
    }
    return selection;
  });
}

function suite(name: string, praktijken: readonly PraktijkSummary[], factors: readonly FactorSummary[]) {
  const index = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(praktijken, factors))));
  const slugOf = (id: number) => inIdOrder(praktijken)[id]!.slug;
  const selections = randomSelections(index, facetKeys, 60, praktijken.length);

  describe(`compact index on ${name}`, () => {
    it('encodes every practice, in title order, with its start year', () => {
      expect(index.size).toBe(praktijken.length);
      expect(inIdOrder(praktijken).map((p) => p.startjaar ?? 0)).toEqual(index.startjaar);
      expect(filterIds(index, {}, 'en')).toEqual(praktijken.map((_, id) => id));
    });
    for (const operator of ['en', 'of'] as Operator[]) {
      it(`filters, sorts and loosens as filterPraktijken (${operator})`, () => {
        for (const selection of selections as Selection[]) {
          for (const sort of ['titel', 'startjaar'] as const) {
            const expected = sortPraktijken(filterPraktijken(praktijken, selection, operator), sort).map((p) => p.slug);
            expect(sortIds(index, filterIds(index, selection, operator), sort).map(slugOf)).toEqual(expected);
          }
          expect(loosen(index, selection, operator)).toEqual(loosenSuggestions(praktijken, selection, operator));
        }
      });
      it(`counts each option as optionCount (${operator})`, () => {
        for (const selection of selections.slice(0, 20) as Selection[]) {
          const counts = optionCounts(index, selection, operator);
          for (const key of facetKeys) {
            const expected = index.facets.get(key)!.values.map((value) => optionCount(praktijken, selection, operator, key, value));
            expect(counts[key], `${key} in ${JSON.stringify(selection)}`).toEqual(expected);
          }
        }
      });
    }
    it('names the same distinctive factors', () => {
      expect(distinctiveFactorsOf(index, factors)).toEqual(distinctiveFactors(praktijken, factors));
    });
    it('ranks factors and picks "Lees eerst" as rankFactors', () => {
      const situations = [{}, ...randomSelections(index, situationKeys, 80, praktijken.length + 1)] as Situation[];
      for (const situation of situations) {
        const expected = rankFactors(praktijken, factors, situation);
        const actual = rankFactorsCompact(index, factors, situation);
        if (expected.status === 'geen') {
          expect(actual).toEqual(expected);
          continue;
        }
        const readFirst = expected.readFirst.map(({praktijk, sharedFactors}) => ({slug: praktijk.slug, sharedFactors}));
        expect(actual.status === 'geen' ? undefined : {...actual, readFirst: actual.readFirst.map(({id, sharedFactors}) => ({slug: slugOf(id), sharedFactors}))}).toEqual({
          ...expected,
          readFirst,
        });
      }
    });
  });
}

suite('the real practices', site.praktijken, site.factoren);
suite('1,000 synthetic practices', synthetic, factoren);

describe('compact index: gemeente filter', () => {
  it('filters on the gemeente of each id, alone and with a facet', () => {
    const ordered = inIdOrder(site.praktijken);
    const index = withGemeenten(decodeIndex(encodeIndex(site.praktijken, site.factoren)), ordered.map((p) => p.gemeente));
    const gemeente = ordered[3]!.gemeente;
    const thema = ordered[3]!.themas[0]!;
    const expected = ordered.flatMap((p, id) => (p.gemeente === gemeente && p.themas.includes(thema) ? [id] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(filterIds(index, {gemeente: [gemeente], thema: [thema]}, 'en')).toEqual(expected);
    expect(countMatches(index, {gemeente: ['Nergenshuizen']}, 'of')).toBe(0);
  });
  it('exercises both sides of the empty-result and unknown-value paths', () => {
    const index = decodeIndex(encodeIndex(synthetic, factoren));
    expect(filterIds(index, {thema: ['bestaat-niet']}, 'en')).toEqual([]);
    expect(filterIds(index, {thema: ['bestaat-niet', index.facets.get('thema')!.values[0]!]}, 'of').length).toBeGreaterThan(0);
  });
});
