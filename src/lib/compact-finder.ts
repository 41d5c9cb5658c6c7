/**
 * The finder's ranking on the compact index (`rankFactors` in tests/support/full-data-oracle.ts
 * is the same on full summaries, and the tests' oracle): the same result, with
 * practices as ids, so the finder needs no frontmatter until it shows the "Lees eerst" cards.
 */
import type {FactorSummary} from '../content/graph';
import {facetMask, has, idsOf, optionBits, popcount, type CompactIndex} from './compact-index';
import {chosen, reasonText, type FinderResult, type RankedFactor, type Situation} from './finder';

export interface ReadFirstId {
  readonly id: number;
  readonly sharedFactors: readonly FactorSummary[];
}

export type CompactFinderResult = FinderResult<ReadFirstId>;

/** How many "Lees eerst" cards the finder shows. */
export const READ_FIRST = 5;

/** A practice fits when, for every question answered, it has at least one chosen value. */
function fitMask(index: CompactIndex, situation: Situation): Uint32Array {
  let mask = index.all;
  for (const [key, wanted] of chosen(situation)) {
    const facet = facetMask(index, key, wanted, 'of');
    mask = mask.map((word, i) => word & facet[i]!);
  }
  return mask;
}

interface Candidate {
  readonly id: number;
  readonly strength: number;
  readonly shared: number;
}

/** Closest fit first: more chosen values, then more shared factors, then A–Z (id order). */
const before = (a: Candidate, b: Candidate): boolean =>
  a.strength !== b.strength ? a.strength > b.strength : a.shared !== b.shared ? a.shared > b.shared : a.id < b.id;

export function rankFactorsCompact(index: CompactIndex, factoren: readonly FactorSummary[], situation: Situation): CompactFinderResult {
  const answered = chosen(situation);
  const fits = fitMask(index, situation);
  const matched = popcount(fits);
  if (matched === 0) {
    const widen = answered
      .flatMap(([key, values]) => values.map((value) => ({key, value})))
      .map(({key, value}) => {
        const rest = {...situation, [key]: (situation[key] ?? []).filter((v) => v !== value)};
        return {key, value, count: popcount(fitMask(index, rest))};
      })
      .filter((w) => w.count > 0)
      .sort((a, b) => b.count - a.count);
    return {status: 'geen', matched: 0, widen};
  }
  const reason = (count: number) => reasonText(count, matched, situation);
  const ranking = factoren
    .map((factor): RankedFactor => {
      const bits = optionBits(index, 'factor', factor.slug);
      const count = popcount(bits.map((word, i) => word & fits[i]!));
      const overall = popcount(bits);
      const share = count / matched;
      return {
        factor,
        count,
        share,
        lift: overall === 0 ? 0 : share / (overall / index.size),
        everywhere: overall === index.size,
        reason: reason(count),
      };
    })
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || b.lift - a.lift || a.factor.order - b.factor.order);
  const distinctive = ranking.filter((r) => !r.everywhere).slice(0, 5).map((r) => r.factor);
  const distinctiveBits = distinctive.map((f) => optionBits(index, 'factor', f.slug));
  const wantedBits = answered.flatMap(([key, values]) => values.map((value) => optionBits(index, key, value)));
  // One pass keeping the best few: sorting every match would cost more at 10,000 practices.
  const best: Candidate[] = [];
  for (const id of idsOf(fits)) {
    const candidate = {
      id,
      strength: wantedBits.reduce((sum, bits) => sum + (has(bits, id) ? 1 : 0), 0),
      shared: distinctiveBits.reduce((sum, bits) => sum + (has(bits, id) ? 1 : 0), 0),
    };
    if (best.length === READ_FIRST && !before(candidate, best[READ_FIRST - 1]!)) continue;
    const at = best.findIndex((b) => before(candidate, b));
    best.splice(at < 0 ? best.length : at, 0, candidate);
    if (best.length > READ_FIRST) best.pop();
  }
  const readFirst = best.map(({id}) => ({id, sharedFactors: distinctive.filter((_, i) => has(distinctiveBits[i]!, id))}));
  return {status: answered.length === 0 ? 'leeg' : 'gevonden', matched, ranking, readFirst};
}
