/**
 * Synthetic practices as the browser sees them (summaries in Dutch title order), beside the
 * site's real werkende factoren: input for the compact-index tests and `bench:finder`.
 */
import {byDutchTitle} from '../../src/content/collate';
import {summariseFactor, summarisePraktijk, type FactorSummary, type PraktijkSummary} from '../../src/content/graph';
import {loadContent} from '../../src/content/load';
import {praktijkSchema} from '../../src/content/schemas';
import {syntheticPraktijk} from './synthetic';

export function realFactoren(siteDir: string): FactorSummary[] {
  return loadContent(siteDir).factoren.map(summariseFactor).sort((a, b) => a.order - b.order);
}

export function syntheticSummaries(size: number, factoren: readonly FactorSummary[]): PraktijkSummary[] {
  const slugs = factoren.map((f) => f.slug);
  return Array.from({length: size}, (_, i) => {
    const {slug, frontmatter} = syntheticPraktijk(i + 1, slugs);
    return summarisePraktijk({slug, data: praktijkSchema.parse(frontmatter)});
  })
    .sort(byDutchTitle)
    .map((praktijk, titelVolgorde) => ({...praktijk, titelVolgorde}));
}
