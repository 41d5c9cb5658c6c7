/**
 * The overview's and finder's index of the whole collection: for each facet option, a bitset
 * of the practices that have it, and one start year per practice. Practice ids are positions in
 * Dutch title order (`titelVolgorde`), so A–Z is plain id order and no title travels to the
 * browser. Cards are fetched per id, only for the results shown (see `kaartUrl`).
 *
 * Semantics are those of `filterPraktijken`, `optionCount`, `loosenSuggestions` and
 * `sortPraktijken`, the first implementation on full summaries, now the tests' oracle
 * (tests/support/full-data-oracle.ts); the unit tests hold them equal.
 */
import type {FactorSummary, PraktijkSummary} from '../content/graph';
import {facetKeys, facetValues, facetVocabularies, filterKeys, type FacetKey, type FilterKey, type FilterSelection, type Operator, type SortKey} from './facets';

/** What the build writes into a route module: small, and gzip-friendly. */
export interface CompactIndexData {
  readonly size: number;
  /**
   * Per facet: its option values, and per option the practices as a base64 little-endian
   * bitset. The finder gets only the facets it asks about.
   */
  readonly facets: {readonly [K in FacetKey]?: {readonly values: readonly string[]; readonly bits: readonly string[]}};
  /** Start year per practice id; 0 where the source gives none. Only where sorting needs it. */
  readonly startjaar?: readonly number[];
}

/** Keys the overview filters on: the facets, plus `gemeente` (a URL filter the map links to). */
export type IndexKey = FilterKey;
export type IndexSelection = FilterSelection;

type Bits = Uint32Array;
interface Facet {
  readonly values: readonly string[];
  readonly bits: readonly Bits[];
}
export interface CompactIndex {
  readonly size: number;
  readonly facets: ReadonlyMap<IndexKey, Facet>;
  readonly startjaar: readonly number[];
  /** Every practice: the mask of a facet nobody filters on. */
  readonly all: Bits;
}

/** The options of each facet, in the order the filters list them. */
export function facetOptionValues(factoren: readonly FactorSummary[]): Record<FacetKey, readonly string[]> {
  return byFacet((key) => (key === 'factor' ? factoren.map((f) => f.slug) : facetVocabularies[key].map((v) => v.value)));
}

function byFacet<V>(value: (key: FacetKey) => V): Record<FacetKey, V> {
  return Object.fromEntries(facetKeys.map((key) => [key, value(key)])) as Record<FacetKey, V>;
}

/** `toggle` of facets.ts, for the overview's keys (gemeente too). */
export function toggleIn(selection: IndexSelection, key: IndexKey, value: string): IndexSelection {
  const current = selection[key] ?? [];
  return {...selection, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value]};
}

const words = (size: number) => Math.ceil(size / 32);

function toBase64(bits: Bits, size: number): string {
  let binary = '';
  for (let i = 0; i < Math.ceil(size / 8); i++) binary += String.fromCharCode((bits[i >> 2]! >>> ((i & 3) * 8)) & 255);
  return btoa(binary);
}

function fromBase64(text: string, size: number): Bits {
  const binary = atob(text);
  const bits = new Uint32Array(words(size));
  for (let i = 0; i < binary.length; i++) bits[i >> 2]! |= binary.charCodeAt(i) << ((i & 3) * 8);
  return bits;
}

/** Practices in title order: the id of a practice is its place in this list. */
export function inIdOrder<T extends {readonly titelVolgorde: number}>(praktijken: readonly T[]): T[] {
  return [...praktijken].sort((a, b) => a.titelVolgorde - b.titelVolgorde);
}

/** Build side: practices (any order) to the wire format; the start years with every facet only. */
export function encodeIndex(
  praktijken: readonly PraktijkSummary[],
  factoren: readonly FactorSummary[],
  keys: readonly FacetKey[] = facetKeys,
): CompactIndexData {
  const ordered = inIdOrder(praktijken);
  const size = ordered.length;
  const options = facetOptionValues(factoren);
  const facets = Object.fromEntries(
    keys.map((key) => {
      const values = options[key];
      const bits = values.map(() => new Uint32Array(words(size)));
      ordered.forEach((p, id) => {
        for (const value of facetValues[key](p)) {
          const option = values.indexOf(value);
          if (option >= 0) bits[option]![id >> 5]! |= 1 << (id & 31);
        }
      });
      return [key, {values, bits: bits.map((b) => toBase64(b, size))}];
    }),
  );
  const everyFacet = facetKeys.every((key) => keys.includes(key));
  return {size, facets, ...(everyFacet ? {startjaar: ordered.map((p) => p.startjaar ?? 0)} : {})};
}

function allOf(size: number): Bits {
  const all = new Uint32Array(words(size)).fill(0xffffffff);
  if (size % 32 !== 0) all[all.length - 1] = (1 << size % 32) - 1;
  return all;
}

/** Browser side: the wire format to bitsets, once per page load. */
export function decodeIndex(data: CompactIndexData): CompactIndex {
  const facets = new Map<IndexKey, Facet>(
    facetKeys.flatMap((key) => {
      const facet = data.facets[key];
      return facet ? [[key, {values: facet.values, bits: facet.bits.map((b) => fromBase64(b, data.size))}]] : [];
    }),
  );
  return {size: data.size, facets, startjaar: data.startjaar ?? [], all: allOf(data.size)};
}

/** Adds the `gemeente` filter from the gemeente of each practice id (loaded only when asked for). */
export function withGemeenten(index: CompactIndex, gemeenten: readonly string[]): CompactIndex {
  const values = [...new Set(gemeenten)];
  const bits = values.map(() => new Uint32Array(words(index.size)));
  gemeenten.forEach((gemeente, id) => (bits[values.indexOf(gemeente)]![id >> 5]! |= 1 << (id & 31)));
  return {...index, facets: new Map([...index.facets, ['gemeente', {values, bits}]])};
}

export function popcount(bits: Bits): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) {
    let v = bits[i]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

function and(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

function or(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

/** The practices with a value; none for a value the index does not know (as the filter finds none). */
export function optionBits(index: CompactIndex, key: IndexKey, value: string): Bits {
  const facet = index.facets.get(key);
  const option = facet?.values.indexOf(value) ?? -1;
  return option >= 0 ? facet!.bits[option]! : new Uint32Array(index.all.length);
}

/** The practices one facet lets through: all chosen values (`en`) or at least one (`of`). */
export function facetMask(index: CompactIndex, key: IndexKey, wanted: readonly string[], operator: Operator): Bits {
  if (wanted.length === 0) return index.all;
  const masks = wanted.map((value) => optionBits(index, key, value));
  return masks.reduce(operator === 'en' ? and : or);
}

/** The facets this index holds, in filter order, then `gemeente` once loaded. */
const keysOf = (index: CompactIndex): IndexKey[] => filterKeys.filter((key) => index.facets.has(key));

/** Facets always combine with AND; `except` leaves one facet out (for the counts beside its options). */
export function selectionMask(index: CompactIndex, selection: IndexSelection, operator: Operator, except?: IndexKey): Bits {
  let mask = index.all;
  for (const key of keysOf(index)) {
    if (key !== except && (selection[key] ?? []).length > 0) mask = and(mask, facetMask(index, key, selection[key]!, operator));
  }
  return mask;
}

export function idsOf(bits: Bits): number[] {
  const ids: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!;
    while (v !== 0) {
      const low = v & -v;
      ids.push(w * 32 + 31 - Math.clz32(low));
      v ^= low;
    }
  }
  return ids;
}

export const has = (bits: Bits, id: number): boolean => (bits[id >> 5]! & (1 << (id & 31))) !== 0;

/** The ids that match, in A–Z order. */
export function filterIds(index: CompactIndex, selection: IndexSelection, operator: Operator): number[] {
  return idsOf(selectionMask(index, selection, operator));
}

export function countMatches(index: CompactIndex, selection: IndexSelection, operator: Operator): number {
  return popcount(selectionMask(index, selection, operator));
}

/** Ids in the chosen order: A–Z is id order; by start year newest first, unknown years last. */
export function sortIds(index: CompactIndex, ids: readonly number[], sort: SortKey): number[] {
  if (sort === 'titel') return [...ids].sort((a, b) => a - b);
  return [...ids].sort((a, b) => index.startjaar[b]! - index.startjaar[a]! || a - b);
}

/** Per option of every facet, how many practices ticking it would leave (as `optionCount`). */
export function optionCounts(index: CompactIndex, selection: IndexSelection, operator: Operator): Partial<Record<FacetKey, number[]>> {
  const counts: Partial<Record<FacetKey, number[]>> = {};
  for (const key of facetKeys) {
    const facet = index.facets.get(key);
    if (!facet) continue;
    const others = selectionMask(index, selection, operator, key);
    const chosen = selection[key] ?? [];
    counts[key] = facet.values.map((value) => {
      const wanted = chosen.includes(value) ? chosen : [...chosen, value];
      return popcount(and(others, facetMask(index, key, wanted, operator)));
    });
  }
  return counts;
}

/** For an empty result: which single chosen value, when dropped, brings back the most (as `loosenSuggestions`). */
export function loosen(index: CompactIndex, selection: IndexSelection, operator: Operator): {key: IndexKey; value: string; count: number}[] {
  return keysOf(index)
    .flatMap((key) => (selection[key] ?? []).map((value) => ({key, value})))
    .map(({key, value}) => ({key, value, count: countMatches(index, toggleIn(selection, key, value), operator)}))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Factors named on cards: those not every practice shows (as `distinctiveFactors`). */
export function distinctiveFactorsOf(index: CompactIndex, factoren: readonly FactorSummary[]): FactorSummary[] {
  return factoren.filter((f) => popcount(optionBits(index, 'factor', f.slug)) < index.size);
}
