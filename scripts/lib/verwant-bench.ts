/**
 * Build time of the related-practices step (`verwantePraktijken`) at a given size: the same
 * synthetic practices as the scale benchmark, ranked in Dutch title order as the build does.
 */
import {byDutchTitle} from '../../src/content/collate';
import {verwantePraktijken, type VerwantInput} from '../../src/content/verwant';
import {median} from './stats';
import {syntheticPraktijk} from './synthetic';

export function syntheticVerwantInput(size: number, factorSlugs: readonly string[]): VerwantInput[] {
  const list = Array.from({length: size}, (_, i) => {
    const {slug, frontmatter} = syntheticPraktijk(i + 1, factorSlugs);
    const {title, factoren, themas, doelgroepen, settings} = frontmatter;
    return {slug, title, factoren, themas, doelgroepen, settings};
  });
  const order = [...list].sort(byDutchTitle);
  const rank = new Map(order.map((p, index) => [p, index]));
  return list.map((p) => ({...p, titelVolgorde: rank.get(p)!}));
}

/** Milliseconds per run of the ranking over `size` practices, and their median. */
export function timeVerwant(size: number, factorSlugs: readonly string[], runs = 3): {size: number; runs: number[]; median: number} {
  const input = syntheticVerwantInput(size, factorSlugs);
  const times = Array.from({length: runs}, () => {
    const start = performance.now();
    verwantePraktijken(input);
    return performance.now() - start;
  });
  return {size, runs: times, median: median(times)};
}
