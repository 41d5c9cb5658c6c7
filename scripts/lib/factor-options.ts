import {loadContent} from '../../src/content/load';

export interface FactorOption {
  readonly value: string;
  readonly label: string;
}

/**
 * The werkende factoren of a site as choices, in file order, labelled with their title.
 * A factor file with problems of its own is still offered, under its slug: its problems are
 * reported by validation, not by hiding the choice.
 */
export function readFactorOptions(siteDir: string): FactorOption[] {
  const content = loadContent(siteDir);
  const titles = new Map(content.factoren.map((factor) => [factor.slug, factor.data.title]));
  const slugs = [...titles.keys(), ...content.rejected.filter((r) => r.kind === 'factor').map((r) => r.slug)];
  return slugs.sort().map((slug) => ({value: slug, label: titles.get(slug) ?? slug}));
}
