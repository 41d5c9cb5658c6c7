/**
 * "Vergelijkbare praktijken": for every practice, the few others that share the most with it.
 * Pure and browser-safe; the build runs it once for the whole collection.
 *
 * Ranking, most important first: shared werkende factoren (ignoring factors that every
 * practice shows, which say nothing about likeness), then shared thema's, doelgroepen and
 * settings; ties go to Dutch title order (`titelVolgorde`).
 *
 * It must stay fast at thousands of practices, so it never compares every pair of practices:
 * an inverted index (facet value -> practice numbers) visits only practices that share at
 * least one value, and one number per candidate carries the whole score.
 */

/** The facets that make practices alike, in order of weight. */
export const verwantFacetten = ['factoren', 'themas', 'doelgroepen', 'settings'] as const;
export type VerwantFacet = (typeof verwantFacetten)[number];

/** What the ranking needs of a practice. */
export type VerwantInput = {readonly slug: string; readonly titelVolgorde: number} & {
  readonly [F in VerwantFacet]: readonly string[];
};

export type Gedeeld = {readonly [F in VerwantFacet]: readonly string[]};

export interface Verwant {
  readonly slug: string;
  /** What the two practices share, each list in the order of the practice the block is on. */
  readonly gedeeld: Gedeeld;
}

/** Factors that every practice shows; empty when there are no practices. */
export function universeleFactoren(praktijken: readonly Pick<VerwantInput, 'factoren'>[]): Set<string> {
  const [first, ...rest] = praktijken;
  if (!first) return new Set();
  return new Set(first.factoren.filter((factor) => rest.every((p) => p.factoren.includes(factor))));
}

function gedeeldTussen(a: VerwantInput, b: VerwantInput, universeel: ReadonlySet<string>): Gedeeld {
  const shared = (facet: VerwantFacet) => a[facet].filter((value) => b[facet].includes(value));
  return {
    factoren: shared('factoren').filter((factor) => !universeel.has(factor)),
    themas: shared('themas'),
    doelgroepen: shared('doelgroepen'),
    settings: shared('settings'),
  };
}

/**
 * Up to `max` related practices per slug, best first. A practice that shares nothing counted
 * (only universal factors, or nothing at all) is never listed.
 */
export function verwantePraktijken(
  praktijken: readonly VerwantInput[],
  {max = 4}: {max?: number} = {},
): Record<string, readonly Verwant[]> {
  const universeel = universeleFactoren(praktijken);
  // One weight per facet, each larger than the most any lower facet can add, so a single
  // number orders candidates lexicographically by (factors, themes, target groups, settings).
  const base = 1 + Math.max(0, ...praktijken.flatMap((p) => verwantFacetten.map((facet) => p[facet].length)));
  const weights = verwantFacetten.map((_, index) => base ** (verwantFacetten.length - 1 - index));

  const postingLists = new Map<string, number[]>();
  praktijken.forEach((praktijk, index) => {
    for (const facet of verwantFacetten) {
      for (const value of praktijk[facet]) {
        if (facet === 'factoren' && universeel.has(value)) continue;
        const key = `${facet}\0${value}`;
        const list = postingLists.get(key);
        if (list) list.push(index);
        else postingLists.set(key, [index]);
      }
    }
  });
  const postings = new Map([...postingLists].map(([key, list]) => [key, Int32Array.from(list)]));
  const rank = Int32Array.from(praktijken, (p) => p.titelVolgorde);

  const scores = new Float64Array(praktijken.length);
  const touched = new Int32Array(praktijken.length);
  const result: Record<string, readonly Verwant[]> = {};
  for (let self = 0; self < praktijken.length; self++) {
    const praktijk = praktijken[self]!;
    let touchedCount = 0;
    for (let facetIndex = 0; facetIndex < verwantFacetten.length; facetIndex++) {
      const facet = verwantFacetten[facetIndex]!;
      const weight = weights[facetIndex]!;
      for (const value of praktijk[facet]) {
        const list = postings.get(`${facet}\0${value}`);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const other = list[i]!;
          if (other === self) continue;
          if (scores[other] === 0) touched[touchedCount++] = other;
          scores[other] += weight;
        }
      }
    }
    // Keeps the best `max` in order (higher score, then earlier title): `max` is tiny, the
    // candidates are many, so most are turned away by one comparison with the last kept.
    const best: number[] = [];
    for (let t = 0; t < touchedCount && max > 0; t++) {
      const candidate = touched[t]!;
      const score = scores[candidate]!;
      if (best.length === max) {
        const last = best[max - 1]!;
        if (score < scores[last]! || (score === scores[last]! && rank[candidate]! > rank[last]!)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0) {
        const above = best[at - 1]!;
        if (score < scores[above]! || (score === scores[above]! && rank[candidate]! > rank[above]!)) break;
        at--;
      }
      best.splice(at, 0, candidate);
    }
    for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0;
    result[praktijk.slug] = best.map((other) => ({
      slug: praktijken[other]!.slug,
      gedeeld: gedeeldTussen(praktijk, praktijken[other]!, universeel),
    }));
  }
  return result;
}

/** "a", "a en b", "a, b en c". */
export function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** Labels to show for the values of each facet (a factor's short name, a vocabulary label). */
export type VerwantLabels = {readonly [F in VerwantFacet]: (value: string) => string};

/**
 * One Dutch line that says why a practice is listed, e.g.
 * "deelt 3 werkende factoren: a, b en c; ook over opvoedondersteuning; ook voor jonge kinderen".
 */
export function redenVerwant(gedeeld: Gedeeld, labels: VerwantLabels): string {
  const names = (facet: VerwantFacet, lower = true) =>
    opsomming(gedeeld[facet].map((value) => (lower ? labels[facet](value).toLowerCase() : labels[facet](value))));
  const count = gedeeld.factoren.length;
  return [
    count > 0 && `deelt ${count} werkende ${count === 1 ? 'factor' : 'factoren'}: ${names('factoren', false)}`,
    gedeeld.themas.length > 0 && `ook over ${names('themas')}`,
    gedeeld.doelgroepen.length > 0 && `ook voor ${names('doelgroepen')}`,
    gedeeld.settings.length > 0 && `zelfde vindplaats: ${names('settings')}`,
  ]
    .filter(Boolean)
    .join('; ');
}
