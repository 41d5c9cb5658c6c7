/**
 * What the overview, its static pages and the finder receive as route data (built once, in
 * the plugin), and the card of one practice that the pages fetch on demand.
 */
import type {FactorSummary, PraktijkSummary} from '../content/graph';
import {decodeIndex, encodeIndex, inIdOrder} from './compact-index';
import {rankFactorsCompact} from './compact-finder';
import {distinctiveFactors} from './facets';
import {situationKeys} from './finder';

/** Cards per page of the overview, with and without JavaScript. */
export const PAGE_SIZE = 24;

/** What a card shows of a practice. */
export type PraktijkCardData = Pick<
  PraktijkSummary,
  'slug' | 'url' | 'title' | 'summary' | 'gemeente' | 'regio' | 'provincie' | 'startjaar' | 'themas' | 'factoren'
>;

export function toCardData({slug, url, title, summary, gemeente, regio, provincie, startjaar, themas, factoren}: PraktijkSummary): PraktijkCardData {
  return {slug, url, title, summary, gemeente, ...(regio ? {regio} : {}), provincie, ...(startjaar ? {startjaar} : {}), themas, factoren};
}

/** Static files per practice, under the plugin's hashed data folder: cards by id (A–Z position). */
export const staticPaths = {
  card: (id: number) => `kaart/${id}.json`,
  /** What the comparison and selection pages show of a practice (vergelijk-data.ts). */
  detail: (slug: string) => `praktijk/${slug}.json`,
  /** Slug, title and gemeente of every practice, for the comparison page's chooser (vergelijk-data.ts). */
  namen: 'praktijk-namen.json',
  gemeenten: 'gemeenten.json',
} as const;

/** Card files, and the gemeente of each id (fetched only when the overview filters on gemeente). */
export function overviewStaticFiles(praktijken: readonly PraktijkSummary[]): Map<string, string> {
  const ordered = inIdOrder(praktijken);
  return new Map([
    ...ordered.map((p, id) => [staticPaths.card(id), JSON.stringify(toCardData(p))] as const),
    [staticPaths.gemeenten, JSON.stringify(ordered.map((p) => p.gemeente))],
  ]);
}

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** Page numbers a pagination bar links, with `null` for a gap: 1 … 4 5 6 … 209. */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const near = [1, current - 1, current, current + 1, pages].filter((p) => p >= 1 && p <= pages);
  const sorted = [...new Set(near)].sort((a, b) => a - b);
  // A gap of one page shows that page: "1 2 3" reads better than "1 … 3".
  return sorted.flatMap((p, i) => (i === 0 || p - sorted[i - 1]! === 1 ? [p] : p - sorted[i - 1]! === 2 ? [p - 1, p] : [null, p]));
}

/** URL of page `page` of the A–Z list without JavaScript; page 1 is the overview itself. */
export const pageUrl = (page: number): string => (page <= 1 ? '/praktijken' : `/praktijken/pagina/${page}`);

/** One static page of the A–Z list: its cards and where it sits. */
export function pageData(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[], page: number) {
  const ordered = inIdOrder(praktijken);
  return {
    page,
    pages: pageCount(ordered.length),
    total: ordered.length,
    kaarten: ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(toCardData),
    // Factors every practice shows say nothing about one of them; cards name the others.
    distinctive: distinctiveFactors(praktijken, factoren),
  };
}

export function overviewData(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[]) {
  return {...pageData(praktijken, factoren, 1), factoren, index: encodeIndex(praktijken, factoren)};
}

export function finderData(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[]) {
  const index = encodeIndex(praktijken, factoren, ['factor', ...situationKeys]);
  // The cards "Lees eerst" shows before a choice: in the page itself, so it is whole without JavaScript.
  const result = rankFactorsCompact(decodeIndex(index), factoren, {});
  const ordered = inIdOrder(praktijken);
  const kaarten = result.status === 'geen' ? [] : result.readFirst.map(({id}) => ({id, kaart: toCardData(ordered[id]!)}));
  return {factoren, index, kaarten};
}

/** The static pages 2…n of the A–Z list (page 1 is the overview). */
export function pagePaths(total: number): {path: string; page: number}[] {
  return Array.from({length: pageCount(total) - 1}, (_, i) => ({path: pageUrl(i + 2), page: i + 2}));
}
