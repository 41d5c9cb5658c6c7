/**
 * Pagefind filters and metadata for generated pages, written into the page as empty elements
 * at build time so they cost no script. Values are the labels the site shows everywhere else:
 * vocabulary labels and the factors' short names.
 */
import type {RootContent} from 'mdast';
import type {KennisbankData} from '../../content/graph';
import type {Praktijk} from '../../content/schemas/praktijk';
import {labelOf, preventieniveaus, provincies, themas} from '../../content/vocabularies';
import {element} from './mdast';

const tag = (attribute: 'data-pagefind-filter' | 'data-pagefind-meta', key: string, value: string): RootContent =>
  element('span', '', [], {[attribute]: `${key}:${value}`});

/** Filter values of a practice, by Pagefind filter name. */
export function praktijkFilters(praktijk: Praktijk, data: Pick<KennisbankData, 'factoren'>): Record<string, string[]> {
  return {
    thema: praktijk.themas.map((t) => labelOf(themas, t)),
    factor: data.factoren.filter((f) => praktijk.factoren.includes(f.slug)).map((f) => f.korteNaam),
    provincie: [labelOf(provincies, praktijk.provincie)],
    preventieniveau: praktijk.preventieniveau.map((p) => labelOf(preventieniveaus, p)),
  };
}

export function praktijkSearchTags(praktijk: Praktijk, data: Pick<KennisbankData, 'factoren'>): RootContent {
  const filters = Object.entries(praktijkFilters(praktijk, data)).flatMap(([key, values]) => values.map((value) => tag('data-pagefind-filter', key, value)));
  return element('span', 'kb-search-tags', [...filters, tag('data-pagefind-meta', 'gemeente', praktijk.gemeente)]);
}

/** A factor is found under its short name, the name its filter and every list use. */
export function factorSearchTags(korteNaam: string): RootContent {
  return element('span', 'kb-search-tags', [tag('data-pagefind-meta', 'title', korteNaam)]);
}

/**
 * Keeps hand-written Markdown blocks out of the index, e.g. a factor page's "Bron" section,
 * which cites the same publication on every factor page.
 */
export function unindexNodes(nodes: readonly RootContent[]): void {
  for (const node of nodes) {
    const data = (node.data ??= {}) as {hProperties?: Record<string, unknown>};
    data.hProperties = {...data.hProperties, ...unindexed};
  }
}

/** Attribute for generated blocks that repeat other pages or every page: kept out of the search index. */
export const unindexed = {'data-pagefind-ignore': ''} as const;
