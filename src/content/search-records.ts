import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import {urls} from './graph';
import type {Praktijk} from './schemas/praktijk';
import type {Factor} from './schemas/factor';
import {doelgroepen, labelOf, provincies, themas} from './vocabularies';

/** Algolia refuses records over 10 KB; the body text is cut well below that. */
const MAX_TEXT = 6000;

export const facetAttributes = ['themas', 'factoren', 'gemeente', 'provincie', 'doelgroepen'] as const;

export interface SearchRecord {
  readonly objectID: string;
  readonly type: 'praktijk';
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly gemeente: string;
  readonly provincie: string;
  readonly themas: readonly string[];
  readonly factoren: readonly string[];
  readonly doelgroepen: readonly string[];
  readonly text: string;
}

/**
 * One structured record per practice, with facets as readable labels so a search UI can
 * show them as they are. Pure: the caller reads the files.
 */
export function buildSearchRecords(
  praktijken: readonly {slug: string; data: Praktijk; tree: Root}[],
  factoren: readonly {slug: string; data: Factor}[],
  siteUrl: string,
): SearchRecord[] {
  const factorName = (slug: string) => factoren.find((f) => f.slug === slug)?.data.korteNaam ?? slug;
  return praktijken.map(({slug, data, tree}) => ({
    objectID: `praktijk-${slug}`,
    type: 'praktijk',
    url: `${siteUrl}${urls.praktijk(slug)}`,
    title: data.title,
    summary: data.summary,
    gemeente: data.gemeente,
    provincie: labelOf(provincies, data.provincie),
    themas: data.themas.map((t) => labelOf(themas, t)),
    factoren: data.factoren.map(factorName),
    doelgroepen: data.doelgroepen.map((d) => labelOf(doelgroepen, d)),
    text: plainText(tree).slice(0, MAX_TEXT),
  }));
}

function plainText(tree: Root): string {
  const withoutFrontmatter: Root = {...tree, children: tree.children.filter((node) => node.type !== 'yaml')};
  return toString(withoutFrontmatter, {includeHtml: false}).replace(/\s+/g, ' ').trim();
}
