import {existsSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {buildDir, hydrated, startSession, type Session} from './fixture';
import {axeViolations} from './axe';
import {pdfPages, pdfText} from './pdf-text';
import {loadContent} from '../../src/content/load';

const content = loadContent(join(__dirname, '../..'));
const bySlug = new Map(content.praktijken.map((p) => [p.slug, p.data]));
const screenshotDir = join(__dirname, '../../test-results/screenshots');

let session: Session;
beforeAll(async () => {
  session = await startSession();
  mkdirSync(screenshotDir, {recursive: true});
});
afterAll(() => session?.close());

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab bereikt ${selector} niet binnen ${limit} stappen`);
}

describe('Vergelijkbare praktijken on case pages', () => {
  it('is in the static HTML of every case page, without JavaScript, and links to pages that exist', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    for (const {slug} of content.praktijken) {
      await page.goto(`${session.origin}/praktijken/${slug}`);
      const heading = page.locator('h2#vergelijkbare-praktijken');
      expect(await heading.count(), slug).toBe(1);
      const links = await page.locator('.kb-verwant .kb-mini-card > p:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length, slug).toBeGreaterThan(0);
      expect(links.length, slug).toBeLessThanOrEqual(4);
      expect(links, slug).not.toContain(`/praktijken/${slug}`);
      for (const href of links) expect(existsSync(join(buildDir, `${href}.html`)), `${slug} -> ${href}`).toBe(true);
      const reasons = await page.locator('.kb-verwant .kb-verwant__reden').allTextContents();
      expect(reasons).toHaveLength(links.length);
      // It closes the page, after the generated "Meer weten".
      const after = await page.evaluate(() => {
        const source = document.querySelector('h2#meer-weten');
        const block = document.querySelector('.kb-verwant');
        return !!source && !!block && (source.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(after, slug).toBe(true);
    }
    await context.close();
  });
});

describe('comparison page', () => {
  it('explains how to choose practices when nothing is chosen, also without JavaScript', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${session.origin}/praktijken/vergelijk?p=kids-en-koffie-sliedrecht,think-op-school-zwolle`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Zet twee tot vier praktijken naast elkaar/);
    expect(text).toMatch(/JavaScript/);
    await context.close();
  });

  it('compares three practices chosen by keyboard; the factor rows match the frontmatter', async () => {
    const page = await session.browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${session.origin}/praktijken/vergelijk`, {waitUntil: 'networkidle'});
    await hydrated(page);
    for (let i = 0; i < 3; i++) {
      // Focus goes back to the list after each addition; the first time it is reached by Tab.
      if (!(await page.evaluate(() => document.activeElement?.matches('main form select')))) await tabTo(page, 'main form select');
      // The list of practices is fetched when the chooser is reached.
      await page.waitForFunction(() => document.querySelectorAll('main form select option').length > 1);
      // Down arrow on a closed select picks the next option (the first practice not yet chosen).
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => new URL(location.href).searchParams.get('p')?.split(',').length === n, i + 1);
    }
    const chosen = new URL(page.url()).searchParams.get('p')!.split(',');
    expect(chosen).toHaveLength(3);
    await page.waitForSelector('table caption');
    const headers = await page.locator('thead th[scope=col] a').allTextContents();
    expect(headers).toEqual(chosen.map((slug) => bySlug.get(slug)!.title));

    const factorRows = await page.locator('tr[data-rij^="factor-"]').evaluateAll((rows) =>
      rows.map((row) => ({
        slug: row.getAttribute('data-rij')!.replace(/^factor-/, ''),
        cells: Array.from(row.querySelectorAll('td')).map((td) => td.querySelector('.visually-hidden')?.textContent),
      })),
    );
    expect(factorRows.map((r) => r.slug).sort()).toEqual(content.factoren.map((f) => f.slug).sort());
    for (const row of factorRows) {
      expect(row.cells, row.slug).toEqual(chosen.map((slug) => (bySlug.get(slug)!.factoren.includes(row.slug) ? 'ja' : 'nee')));
    }
    // Every row and column header is a th with a scope.
    expect(await page.locator('tbody tr:not([class*=group]) > th[scope=row]').count()).toBe(await page.locator('tbody tr:not([class*=group])').count());

    // Folding hides exactly the rows where all three are the same, e.g. the factors all practices share.
    const same = factorRows.filter((r) => r.cells.every((c) => c === r.cells[0])).map((r) => r.slug);
    await tabTo(page, 'button[aria-pressed]');
    await page.keyboard.press('Enter');
    expect(await page.locator('button[aria-pressed=true]').count()).toBe(1);
    const shownFactors = await page.locator('tr[data-rij^="factor-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rij')!.replace(/^factor-/, '')));
    expect(shownFactors.sort()).toEqual(factorRows.map((r) => r.slug).filter((s) => !same.includes(s)).sort());
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('loads only the chosen practices, not the whole collection; the list of all names only when choosing', async () => {
    const page = await session.browser.newPage();
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(new URL(response.url()).pathname));
    await page.goto(`${session.origin}/praktijken/vergelijk?p=kids-en-koffie-sliedrecht,think-op-school-zwolle`, {waitUntil: 'networkidle'});
    await page.waitForSelector('table caption');
    const details = fetched.filter((path) => /\/praktijk\/[^/]+\.json$/.test(path)).map((path) => path.replace(/^.*\//, ''));
    expect(details.sort()).toEqual(['kids-en-koffie-sliedrecht.json', 'think-op-school-zwolle.json']);
    // No script or data file that the page loads carries every practice's name.
    expect(fetched.filter((path) => path.endsWith('praktijk-namen.json'))).toEqual([]);
    await page.focus('main form select');
    await page.waitForFunction(() => document.querySelectorAll('main form select option').length > 1);
    expect(fetched.filter((path) => path.endsWith('praktijk-namen.json'))).toHaveLength(1);
    await page.close();
  });

  it.each([390, 1280])('keeps the table in its own scroll box at %i px, with 0 axe violations', async (width) => {
    const page = await session.browser.newPage({viewport: {width, height: 900}});
    await page.goto(`${session.origin}/praktijken/vergelijk?p=kids-en-koffie-sliedrecht,think-op-school-zwolle,social-brokers-kerkrade,centeringpregnancy-huizen`, {waitUntil: 'networkidle'});
    await page.waitForSelector('table caption');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({path: join(screenshotDir, `vergelijk-${width}.png`), fullPage: true});
    await page.close();
  });
});

describe('overview cards', () => {
  it('tick two practices to compare and reach the comparison with them', async () => {
    const page = await session.browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${session.origin}/praktijken`, {waitUntil: 'networkidle'});
    await hydrated(page);
    const boxes = page.locator('main article input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const link = page.locator('a[href^="/praktijken/vergelijk?p="]');
    await link.click();
    await page.waitForSelector('table caption');
    expect(await page.locator('thead th[scope=col] a').count()).toBe(2);
    await page.close();
  });
});

describe('Mijn selectie', () => {
  const slugs = ['kids-en-koffie-sliedrecht', 'think-op-school-zwolle'];

  it('survives a reload, lives in the URL and localStorage (no cookie), and prints one practice per page', async () => {
    const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    for (const slug of slugs) {
      await page.goto(`${session.origin}/praktijken/${slug}`, {waitUntil: 'networkidle'});
      await hydrated(page);
      await page.locator('.kb-acties button[aria-pressed=false]').click();
      await page.locator('.kb-acties button[aria-pressed=true]').waitFor();
    }
    await page.goto(`${session.origin}/praktijken/selectie`, {waitUntil: 'networkidle'});
    await page.waitForSelector('article[data-praktijk]');
    expect(new URL(page.url()).searchParams.get('p')).toBe(slugs.join(','));
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('article[data-praktijk]');
    expect(await page.locator('article[data-praktijk]').evaluateAll((as) => as.map((a) => a.getAttribute('data-praktijk')))).toEqual(slugs);
    expect(await page.evaluate(() => localStorage.getItem('kb-selectie'))).toBe(JSON.stringify(slugs));
    expect(await context.cookies()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    const pdf = await page.pdf({format: 'A4'});
    const text = await pdfText(new Uint8Array(pdf));
    for (const slug of slugs) {
      const data = bySlug.get(slug)!;
      expect(text).toContain(data.title);
      expect(text).toContain(data.bron.titel);
      expect(text).toContain(`/praktijken/${slug}`);
    }
    for (const navbar of ['Deel je praktijk', 'Welke factoren passen?', 'Kopieer link']) expect(text).not.toContain(navbar);
    // One practice per printed page: each practice after the first starts on a page after the
    // one that ends the previous practice (its footer with the page address).
    const pages = await pdfPages(new Uint8Array(pdf));
    const pageOf = (needle: string) => pages.findIndex((pageText) => pageText.includes(needle));
    for (let i = 1; i < slugs.length; i++) {
      expect(pageOf(bySlug.get(slugs[i]!)!.title), slugs[i]).toBeGreaterThan(pageOf(`/praktijken/${slugs[i - 1]}`));
    }
    await context.close();
  });

  it('opens a shared link as the selection, on a new browser', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.origin}/praktijken/selectie?p=${slugs.join(',')}`, {waitUntil: 'networkidle'});
    await page.waitForSelector('article[data-praktijk]');
    expect(await page.locator('article[data-praktijk]').count()).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('kb-selectie'))).toBe(JSON.stringify(slugs));
    await context.close();
  });

  it.each([390, 1280])('looks right at %i px', async (width) => {
    const context = await session.browser.newContext({viewport: {width, height: 900}});
    const page = await context.newPage();
    await page.goto(`${session.origin}/praktijken/selectie?p=${slugs.join(',')}`, {waitUntil: 'networkidle'});
    await page.waitForSelector('article[data-praktijk]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({path: join(screenshotDir, `selectie-${width}.png`), fullPage: true});
    await context.close();
  });
});
