import {describe, expect, it} from 'vitest';
import {loadSiteState} from '../../src/plugins/kennisbank/state';
import {inIdOrder} from '../../src/lib/compact-index';
import {PAGE_SIZE, overviewData, overviewStaticFiles, pageCount, pageData, pagePaths, pageUrl, pageWindow, staticPaths} from '../../src/lib/overview-data';
import {realFactoren, syntheticSummaries} from '../../scripts/lib/synthetic-summaries';

const factoren = realFactoren(process.cwd());
const synthetic = syntheticSummaries(100, factoren);

describe('overview pages without JavaScript', () => {
  it('together list every practice once, A–Z, at most PAGE_SIZE a page', () => {
    const pages = [1, ...pagePaths(synthetic.length).map((p) => p.page)].map((page) => pageData(synthetic, factoren, page));
    expect(pages).toHaveLength(Math.ceil(100 / PAGE_SIZE));
    for (const page of pages) expect(page.kaarten.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.flatMap((p) => p.kaarten.map((k) => k.slug))).toEqual(inIdOrder(synthetic).map((p) => p.slug));
  });
  it('has one page for a collection that fits on it, and page 1 is the overview itself', () => {
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(0)).toBe(1);
    expect(pagePaths(PAGE_SIZE)).toEqual([]);
    expect(pageUrl(1)).toBe('/praktijken');
    expect(pagePaths(PAGE_SIZE * 2 + 1).map((p) => p.path)).toEqual(['/praktijken/pagina/2', '/praktijken/pagina/3']);
  });
  it('links the first, last and neighbouring pages, with gaps for the rest', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 209)).toEqual([1, null, 4, 5, 6, null, 209]);
    expect(pageWindow(3, 9)).toEqual([1, 2, 3, 4, null, 9]);
    expect(pageWindow(209, 209)).toEqual([1, null, 208, 209]);
  });
});

describe('overview route data', () => {
  it('ships the compact index and only the first page of cards, not the frontmatter of every practice', () => {
    const data = overviewData(synthetic, factoren);
    expect(data.kaarten).toHaveLength(PAGE_SIZE);
    expect(data.index.size).toBe(100);
    const json = JSON.stringify(data);
    const last = inIdOrder(synthetic).at(-1)!;
    expect(json).not.toContain(last.slug);
    expect(json).not.toContain(last.summary);
  });
  it('writes one card file per practice under its id, and the gemeente of each id', () => {
    const site = loadSiteState(process.cwd()).data;
    const files = overviewStaticFiles(site.praktijken);
    inIdOrder(site.praktijken).forEach((p, id) => expect(JSON.parse(files.get(staticPaths.card(id))!).slug).toBe(p.slug));
    expect(JSON.parse(files.get(staticPaths.gemeenten)!)).toEqual(inIdOrder(site.praktijken).map((p) => p.gemeente));
  });
});
