import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {loadContent} from '../../src/content/load';
import {axeViolations} from './axe';
import {buildDir, hydrated, recordedPage, startSession, type Session} from './fixture';
import {serveBuild} from './server';
import {firstQueryFiles, recordServed, searchFileKind} from '../../scripts/lib/search-bytes';

const siteDir = join(__dirname, '../..');
const content = loadContent(siteDir);

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

interface PageResults {
  readonly links: string[];
  readonly excerpts: string[];
  /** "Praktijk · Sliedrecht" per result. */
  readonly contexts: string[];
  readonly status: string;
}

/** Waits until the search page has answered (its status line no longer says it is busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('main [role="status"]')?.textContent ?? '';
    return status !== '' && !status.startsWith('Zoeken…') && !status.startsWith('Typ een');
  });
}

/** Opens `/zoeken` with a query string and returns every result (showing more until all are listed). */
async function searchPage(search: string): Promise<PageResults> {
  const page = await session.browser.newPage();
  await page.goto(`${session.origin}/zoeken?${search}`, {waitUntil: 'networkidle'});
  await settled(page);
  const more = page.getByRole('button', {name: /Toon meer resultaten/});
  while (await more.count()) {
    const before = await page.locator('main ol li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('main ol li').length > n, before);
  }
  const links = await page.locator('main ol li h3 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const excerpts = await page.locator('main ol li p:last-child').allTextContents();
  const contexts = await page.locator('main ol li h3 + p').allTextContents();
  const status = (await page.locator('main [role="status"]').textContent()) ?? '';
  await page.close();
  return {links, excerpts, contexts, status};
}

const bodyOf = (file: string) => readFileSync(join(siteDir, file), 'utf8').replace(/^---[\s\S]*?---/, '');

describe('Dutch search with Pagefind', () => {
  it('"kind" finds every practice that says "kinderen"', async () => {
    const expected = content.praktijken.filter((p) => /\bkinderen\b/i.test(bodyOf(p.file))).map((p) => `/praktijken/${p.slug}`);
    expect(expected.length).toBeGreaterThan(0);
    const {links} = await searchPage('q=kind');
    expect(expected.filter((url) => !links.includes(url))).toEqual([]);
  });

  it('"scholen" finds a practice that says "school" but never "scholen"', async () => {
    const onlySchool = content.praktijken
      .filter((p) => /\bschool\b/i.test(bodyOf(p.file)) && !/scholen/i.test(bodyOf(p.file)))
      .map((p) => `/praktijken/${p.slug}`);
    expect(onlySchool.length).toBeGreaterThan(0);
    const {links} = await searchPage('q=scholen');
    expect(onlySchool.some((url) => links.includes(url)), `${links.join(', ')}`).toBe(true);
  });

  it.each([
    ['kinderboerderij', '/praktijken/kids-en-koffie-sliedrecht'],
    ['armoede', '/themas/armoede-en-bestaanszekerheid'],
    ['matrix', '/werkende-factoren/matrix'],
    ['kaart', '/praktijken/kaart'],
    ['laagdrempelig', '/werkende-factoren/laagdrempelig-contact'],
    ['Meierijstad', '/beleid/opdracht-welzijn-meierijstad-2021'],
  ])('"%s" finds %s', async (query, expected) => {
    const {links} = await searchPage(`q=${encodeURIComponent(query)}`);
    expect(links, query).toContain(expected);
  });

  it('finds blog posts on their own page, not on the blog list', async () => {
    const {links} = await searchPage('q=kennisbank&soort=nieuws');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((url) => /^\/blog\/.+/.test(url) && !/^\/blog\/(tags|archive|authors|page)\b/.test(url)), links.join(', ')).toBe(true);
  });

  it.each(['kind', 'ouders', 'school', 'preventie', 'bron', 'gemeente', 'jongeren'])('"%s": no two results show the same excerpt', async (query) => {
    const {excerpts} = await searchPage(`q=${query}`);
    expect(excerpts.length).toBeGreaterThan(1);
    const repeated = excerpts.filter((excerpt, index) => excerpts.indexOf(excerpt) !== index);
    expect(repeated).toEqual([]);
  });

  it('thema = onderwijs-en-zorg leaves exactly the practices whose frontmatter names it, with the count shown', async () => {
    const expected = content.praktijken.filter((p) => (p.data.themas as readonly string[]).includes('onderwijs-en-zorg')).map((p) => `/praktijken/${p.slug}`);
    expect(expected.length).toBeGreaterThan(0);
    const {links, status} = await searchPage('thema=onderwijs-en-zorg');
    expect([...links].sort()).toEqual([...expected].sort());
    expect(status).toContain(`${expected.length} resultat`);
  });

  it('shows per filter how many results an option leaves, and names the kind and gemeente of each result', async () => {
    const {contexts} = await searchPage('q=ouders');
    const praktijken = contexts.filter((context) => /^Praktijk · \S/.test(context)).length;
    expect(praktijken).toBeGreaterThan(0);
    expect(contexts.some((context) => context === 'Werkende factor')).toBe(true);
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/zoeken?q=ouders`, {waitUntil: 'networkidle'});
    await settled(page);
    await expect.poll(() => page.locator('label[for="zoek-soort-praktijk"]').textContent()).toBe(`Praktijk (${praktijken})`);
    await page.getByLabel(/^Praktijk \(/).check();
    await page.waitForURL(/soort=praktijk/);
    await settled(page);
    expect(await page.locator('main [role="status"]').textContent()).toContain(`${praktijken} resultat`);
    await page.close();
  });

  it('says which filter to drop when nothing is found', async () => {
    const page = await session.browser.newPage();
    const {links: unfiltered} = await searchPage('q=kinderboerderij');
    expect(unfiltered.length).toBeGreaterThan(0);
    await page.goto(`${session.origin}/zoeken?q=kinderboerderij&thema=armoede-en-bestaanszekerheid`, {waitUntil: 'networkidle'});
    await settled(page);
    expect(await page.locator('main [role="status"]').textContent()).toMatch(/^Geen resultaten/);
    const count = unfiltered.length === 1 ? '1 resultaat' : `${unfiltered.length} resultaten`;
    await expect.poll(() => page.locator('main ul').first().textContent()).toContain(`Zonder het filter Thema: Armoede en bestaanszekerheid vind je ${count}`);
    await page.close();
  });
});

describe('navbar search', () => {
  it('loads no search bytes on a case page until used, then suggests pages from its own host only', async () => {
    const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
    const {page, record} = await recordedPage(context, session.origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${session.origin}/praktijken/think-op-school-zwolle`, {waitUntil: 'networkidle'});
    await hydrated(page);
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    const box = page.getByRole('combobox', {name: 'Zoeken'});
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.click();
    await page.keyboard.type('kinderboerderij', {delay: 30});
    const option = page.getByRole('option', {name: /Kids & Koffie/});
    await option.waitFor({timeout: 10_000});
    expect(requested.some((path) => path.includes('/pagefind/'))).toBe(true);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('nav [role="status"]').textContent()).toMatch(/^\d+ resultat(en)? voor “kinderboerderij”/);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/praktijken\/kids-en-koffie-sliedrecht$/);

    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(await record.cspViolations()).toEqual([]);
    await context.close();
  });

  it('fetches for a first query only what the box shows: no worker, no filter files, one fragment per listed result', async () => {
    // A server of its own: it sees every file Pagefind asks for, from a worker too if one ran.
    const {server, origin} = await serveBuild(buildDir);
    try {
      const files = await firstQueryFiles(session.browser, `${origin}/praktijken/think-op-school-zwolle`, 'ouders', recordServed(server, '/pagefind/'));
      const kinds = files.map((file) => searchFileKind(file.path));
      expect(kinds).toEqual(expect.arrayContaining(['script', 'wasm', 'meta', 'index chunk', 'fragment']));
      expect(kinds.filter((kind) => kind === 'worker' || kind === 'filter' || kind === 'other')).toEqual([]);
      // "ouders" occurs in far more than six practices; the box lists six.
      expect(kinds.filter((kind) => kind === 'fragment')).toHaveLength(6);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('has no axe violations with results open on /zoeken, and no request leaves the host', async () => {
    const context = await session.browser.newContext({viewport: {width: 390, height: 844}});
    const {page, record} = await recordedPage(context, session.origin);
    await page.goto(`${session.origin}/zoeken?q=ouders&thema=opvoedondersteuning`, {waitUntil: 'networkidle'});
    await settled(page);
    expect(await page.locator('main ol li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(await record.cspViolations()).toEqual([]);
    await context.close();
  });
});
