/**
 * The overview and the finder against expectations computed from the frontmatter: the finder's
 * ranking by keyboard, one thema plus one factor on the overview, both URLs read back after a
 * reload, and every page without JavaScript. axe runs on each state.
 */
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {loadSiteState} from '../../src/plugins/kennisbank/state';
import type {KennisbankData} from '../../src/content/graph';
import type {Situation} from '../../src/lib/finder';
import {rankFactors} from '../support/full-data-oracle';
import {inIdOrder} from '../../src/lib/compact-index';
import {PAGE_SIZE} from '../../src/lib/overview-data';
import {axeViolations} from './axe';
import {buildDir, hydrated, startSession, type Session} from './fixture';
import {ensureFixtureSite, fixtureSiteDir} from './fixture-site';

const titles = (list: readonly {title: string}[]) => list.map((p) => p.title);

interface Site {
  readonly name: string;
  session: Session;
  data: KennisbankData;
}
const real: Site = {name: 'echte site'} as Site;
const fixture: Site = {name: 'fixture-site'} as Site;
const sites = [real, fixture];

beforeAll(async () => {
  real.data = loadSiteState(join(__dirname, '../..')).data;
  real.session = await startSession(buildDir);
  const dir = ensureFixtureSite();
  fixture.data = loadSiteState(fixtureSiteDir).data;
  fixture.session = await startSession(dir);
}, 900_000);
afterAll(async () => {
  await real.session?.close();
  await fixture.session?.close();
});

/** Without JavaScript: the site's scripts are blocked (so the server HTML stays), but axe can still run. */
async function open(site: Site, path: string, javaScript = true): Promise<Page> {
  const context = await site.session.browser.newContext({viewport: {width: 1280, height: 900}});
  if (!javaScript) await context.route(/\.js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(site.session.origin + path, {waitUntil: 'networkidle'});
  if (javaScript) await hydrated(page);
  return page;
}

const cardTitles = (page: Page) => page.$$eval('main article h3', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));

/** Tabs from the current focus until the element with this id has it (keyboard only). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab bereikt #${id} niet`);
}

/** The most common doelgroep, and the setting that most of its practices share, but not all. */
function situationFromData({praktijken}: KennisbankData): Situation {
  const count = (list: readonly string[], value: string) => list.filter((v) => v === value).length;
  const doelgroepen = praktijken.flatMap((p) => p.doelgroepen);
  const doelgroep = [...new Set(doelgroepen)].sort((a, b) => count(doelgroepen, b) - count(doelgroepen, a))[0]!;
  const those = praktijken.filter((p) => (p.doelgroepen as readonly string[]).includes(doelgroep));
  const settings = those.flatMap((p) => p.settings);
  const setting = [...new Set(settings)]
    .filter((s) => count(settings, s) < those.length)
    .sort((a, b) => count(settings, b) - count(settings, a))[0]!;
  return {doelgroep: [doelgroep], setting: [setting]};
}

async function finderShows(page: Page): Promise<{factors: string[]; readFirst: string[]; status: string}> {
  return {
    factors: await page.$$eval('main ol li > a', (as) => as.map((a) => a.textContent?.trim() ?? '')),
    readFirst: await page.$$eval('main ul article h3', (hs) => hs.map((h) => h.textContent?.trim() ?? '')),
    status: (await page.locator('main p[role=status]').first().textContent()) ?? '',
  };
}

describe.each(sites)('finder ($name)', (site) => {
  it('ranks factors and picks practices as computed from the frontmatter, chosen by keyboard, and again after a reload', async () => {
    const {praktijken, factoren} = site.data;
    const situation = situationFromData(site.data);
    const expected = rankFactors(praktijken, factoren, situation);
    if (expected.status === 'geen') throw new Error('testgegevens: de gekozen situatie past bij geen praktijk');
    const want = {
      factors: expected.ranking.filter((r) => !r.everywhere).map((r) => r.factor.korteNaam),
      readFirst: expected.readFirst.map((r) => r.praktijk.title),
    };
    expect(want.factors.length).toBeGreaterThan(0);
    const page = await open(site, '/welke-factoren-passen');
    await page.focus('#situatie-title');
    await tabTo(page, `situatie-doelgroep-${situation.doelgroep![0]}`);
    await page.keyboard.press('Space');
    await tabTo(page, `situatie-setting-${situation.setting![0]}`);
    await page.keyboard.press('Space');
    const query = `?doelgroep=${situation.doelgroep![0]}&setting=${situation.setting![0]}`;
    await page.waitForFunction((q) => window.location.search === q, query);
    await expect.poll(async () => (await finderShows(page)).readFirst).toEqual(want.readFirst);
    const shown = await finderShows(page);
    expect({factors: shown.factors, readFirst: shown.readFirst}).toEqual(want);
    expect(shown.status).toContain(`${expected.matched} van de ${praktijken.length} praktijken`);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    await expect.poll(async () => (await finderShows(page)).readFirst).toEqual(want.readFirst);
    expect(await finderShows(page)).toEqual(shown);
    await page.context().close();
  });

  it('without JavaScript shows the ranking for every practice and its "Lees eerst" cards', async () => {
    const expected = rankFactors(site.data.praktijken, site.data.factoren, {});
    if (expected.status === 'geen') throw new Error('geen praktijken');
    const page = await open(site, '/welke-factoren-passen', false);
    expect((await finderShows(page)).readFirst).toEqual(expected.readFirst.map((r) => r.praktijk.title));
    await page.context().close();
  });
});

/** A thema and a factor that together leave some practices, but not all of either. */
function themaAndFactor({praktijken, factoren}: KennisbankData): {thema: string; factor: string; expected: string[]} {
  const pairs = [...new Set(praktijken.flatMap((p) => p.themas))].flatMap((thema) =>
    factoren.map((f) => {
      const both = praktijken.filter((p) => (p.themas as readonly string[]).includes(thema) && p.factoren.includes(f.slug));
      return {thema, factor: f.slug, expected: titles(inIdOrder(both))};
    }),
  );
  const useful = pairs.filter((p) => p.expected.length >= 2 && p.expected.length < praktijken.length / 2);
  return useful.sort((a, b) => b.expected.length - a.expected.length)[0]!;
}

describe.each(sites)('overview ($name)', (site) => {
  it('one thema and one werkende factor show exactly the practices that have both; the URL reads back', async () => {
    const {thema, factor, expected} = themaAndFactor(site.data);
    expect(expected.length, 'een combinatie die op één pagina past').toBeLessThanOrEqual(PAGE_SIZE);
    const page = await open(site, '/praktijken');
    await page.click(`label[for="filter-thema-${thema}"]`);
    await page.locator(`#filter-factor-${factor}`).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => d.setAttribute('open', '')));
    await page.click(`label[for="filter-factor-${factor}"]`);
    await page.waitForFunction((q) => window.location.search === q, `?thema=${thema}&factor=${factor}`);
    await expect.poll(() => cardTitles(page)).toEqual(expected);
    expect(await page.locator('main [role=status] strong').first().textContent()).toBe(String(expected.length));
    expect(await axeViolations(page)).toEqual([]);
    const url = page.url();
    await page.context().close();
    const again = await open(site, new URL(url).pathname + new URL(url).search);
    await expect.poll(() => cardTitles(again)).toEqual(expected);
    expect(await again.isChecked(`#filter-thema-${thema}`)).toBe(true);
    expect(await again.isChecked(`#filter-factor-${factor}`)).toBe(true);
    await again.context().close();
  });

  it('filters on gemeente from the URL, shown as a chip that removes it', async () => {
    const {praktijken} = site.data;
    const gemeente = praktijken[0]!.gemeente;
    const expected = titles(inIdOrder(praktijken.filter((p) => p.gemeente === gemeente)));
    const page = await open(site, `/praktijken?gemeente=${encodeURIComponent(gemeente)}`);
    await expect.poll(() => cardTitles(page)).toEqual(expected);
    await page.click(`ul[aria-label="Gekozen filters"] button:has-text("${gemeente}")`);
    await expect.poll(() => cardTitles(page)).toHaveLength(Math.min(PAGE_SIZE, praktijken.length));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript lists the first page A–Z, every practice reachable through the pages', async () => {
    const page = await open(site, '/praktijken', false);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const shown = await cardTitles(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...shown);
      expect(await axeViolations(page)).toEqual([]);
      const next = page.locator('nav[aria-label="Paginering"] a[rel="next"]');
      if ((await next.count()) === 0) break;
      expect(await page.locator('nav[aria-label="Paginering"] [aria-current="page"]').textContent()).toContain(String(n));
      await next.click();
      await page.waitForLoadState('networkidle');
    }
    expect(seen).toEqual(titles(inIdOrder(site.data.praktijken)));
    await page.context().close();
  });

  it('says in <noscript> that a filtered link shows the whole list without JavaScript; with it, the note stays hidden', async () => {
    const factor = site.data.factoren[0]!.slug;
    const note = 'Filteren werkt alleen met JavaScript';
    const context = await site.session.browser.newContext({viewport: {width: 390, height: 844}, javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.session.origin}/praktijken?factor=${factor}`, {waitUntil: 'networkidle'});
    // Playwright turns script execution off, not the parser's scripting flag, so <noscript> stays unrendered here: read the HTML.
    expect(await page.content()).toMatch(new RegExp(`<noscript><p[^>]*>${note}`));
    expect(await cardTitles(page)).toEqual(titles(inIdOrder(site.data.praktijken)).slice(0, PAGE_SIZE));
    await context.close();
    const withScript = await open(site, `/praktijken?factor=${factor}`);
    expect(await withScript.getByText(note).isVisible()).toBe(false);
    await withScript.context().close();
  });

  it('with JavaScript pages through a filtered result, a page of cards at a time, and keeps the page in the URL', async () => {
    const {praktijken} = site.data;
    const count = (thema: string) => praktijken.filter((p) => (p.themas as readonly string[]).includes(thema)).length;
    const [first, second] = [...new Set(praktijken.flatMap((p) => p.themas))].sort((a, b) => count(b) - count(a));
    const everything = `/praktijken?operator=of&thema=${first}&thema=${second}`;
    const expected = titles(inIdOrder(praktijken.filter((p) => p.themas.some((t) => t === first || t === second))));
    if (site === fixture) expect(expected.length, 'de fixture-site moet meer dan één pagina opleveren').toBeGreaterThan(PAGE_SIZE);
    const page = await open(site, everything);
    const cardRequests: string[] = [];
    page.on('request', (request) => request.url().includes('/kaart/') && cardRequests.push(request.url()));
    const seen: string[] = [];
    const pages = Math.ceil(expected.length / PAGE_SIZE);
    for (let n = 1; n <= pages; n++) {
      await expect.poll(() => cardTitles(page)).toEqual(expected.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE));
      seen.push(...(await cardTitles(page)));
      expect(await page.locator('main [role=status] strong').first().textContent()).toBe(String(expected.length));
      if (n === pages) break;
      await page.locator('nav[aria-label="Paginering"] a[rel="next"]').click();
      await page.waitForFunction((p) => new URLSearchParams(window.location.search).get('pagina') === String(p), n + 1);
    }
    expect(seen).toEqual(expected);
    if (pages > 1) {
      // Another sort order (or filter) starts again at page 1.
      await page.getByLabel('Sorteer op').selectOption('startjaar');
      await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('pagina'));
      expect(await page.locator('nav[aria-label="Paginering"] [aria-current="page"]').textContent()).toContain('1');
    }
    // Cards are fetched for the pages shown only, never for the whole collection.
    expect(cardRequests.length).toBeLessThanOrEqual(expected.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
