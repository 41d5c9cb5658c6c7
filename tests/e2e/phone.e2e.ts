/**
 * What a reader meets on a phone (390 px) and on a desktop (1280 px): the overview's filter
 * panel and chips, options that stay reachable at 0, the matrix, case
 * titles and print, and heading names. Expected values come from the frontmatter.
 */
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {pageTypes} from './pages';
import {axeViolations} from './axe';
import {hydrated, startSession, type Session} from './fixture';
import {pdfLayout} from './pdf-text';
import {loadContent} from '../../src/content/load';
import {themas} from '../../src/content/vocabularies';

const content = loadContent(join(__dirname, '../..'));
const praktijken = content.praktijken;
const widths = [390, 1280] as const;
const height = {390: 844, 1280: 900} as const;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

async function open(path: string, width: number): Promise<Page> {
  const page = await session.browser.newPage({viewport: {width, height: height[width as 390 | 1280]}});
  await page.goto(session.origin + path, {waitUntil: 'networkidle'});
  await hydrated(page);
  return page;
}

/** The headings as the browser exposes them to assistive technology. */
async function headingNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const {nodes} = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {ignored: boolean; role?: {value: string}; name?: {value: string}}[];
  };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === 'heading').map((n) => n.name?.value ?? '');
}

describe('headings', () => {
  it.each(pageTypes.map((p) => [p.name, p.path]))('%s: every heading is named by its text alone', async (_, path) => {
    const page = await open(path, 1280);
    const names = await headingNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => /direct link/i.test(name))).toEqual([]);
    // The hash links beside headings are not Tab stops of their own.
    expect(await page.locator('.hash-link:not([tabindex="-1"])').count()).toBe(0);
    // A heading with a "#" link is named by its own text: the link adds nothing.
    const texts = await page.$$eval('h2:has(> .hash-link), h3:has(> .hash-link)', (hs) =>
      hs.filter((h) => h.getClientRects().length > 0).map((h) => (h.textContent ?? '').replace(/\u200b/g, '').trim()),
    );
    for (const text of texts) expect(names).toContain(text);
    await page.close();
  });
});

/** The thema with the most practices, and per thema how many practices have both. */
const withThema = (value: string) => praktijken.filter((p) => (p.data.themas as readonly string[]).includes(value));
const [mainThema] = [...themas].sort((a, b) => withThema(b.value).length - withThema(a.value).length);
const together = (other: string) => withThema(mainThema!.value).filter((p) => (p.data.themas as readonly string[]).includes(other)).length;

/** Tabs until focus returns to where it started or `max` stops; the ids that got focus. */
async function tabIds(page: Page, max: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    ids.push(await page.evaluate(() => document.activeElement?.id ?? ''));
  }
  return ids;
}

describe('overview filters', () => {
  it('on a phone: a panel behind "Filters", ending in "Toon N praktijken" that lands on the results, with chips', async () => {
    const page = await open('/praktijken', 390);
    expect(await page.locator('#filter-thema-' + mainThema!.value).isVisible()).toBe(false);
    await page.click('main button:text-matches("^Filters")');
    const dialog = page.locator('dialog[open]');
    await dialog.locator(`label[for="filter-thema-${mainThema!.value}"]`).click();
    const expected = withThema(mainThema!.value).length;
    const show = dialog.locator(`button:text-is("Toon ${expected} ${expected === 1 ? 'praktijk' : 'praktijken'}")`);
    await expect.poll(() => show.count()).toBe(1);
    const action = await show.boundingBox();
    await show.click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    const card = await page.locator('main article').first().boundingBox();
    const screen = page.viewportSize()!.height;
    expect(card!.y).toBeGreaterThanOrEqual(0);
    expect(card!.y, 'eerste kaart binnen één scherm').toBeLessThan(screen);
    expect(Math.abs(card!.y - action!.y)).toBeLessThan(screen);
    expect(await page.locator('main article').count()).toBe(expected);
    const chips = page.locator('ul[aria-label="Gekozen filters"] button');
    expect(await chips.allTextContents()).toEqual([`${mainThema!.label}×`]);
    expect(await page.textContent('main button[aria-haspopup=dialog]')).toBe('Filters (1)');
    // Removing the chip removes the filter.
    await chips.first().click();
    await expect.poll(() => page.locator('main article').count()).toBe(praktijken.length);
    await page.close();
  });

  it('on a desktop: chips beside the count, and "Wis alle filters" is at least 14 px', async () => {
    const page = await open(`/praktijken?thema=${mainThema!.value}`, 1280);
    expect(await page.locator('main button[aria-haspopup=dialog]').isVisible()).toBe(false);
    expect(await page.locator('ul[aria-label="Gekozen filters"] button').allTextContents()).toEqual([`${mainThema!.label}×`]);
    const size = await page.$eval('button:text("Wis alle filters")', (b) => parseFloat(getComputedStyle(b).fontSize));
    expect(size).toBeGreaterThanOrEqual(14);
    await page.close();
  });

  it.each(widths)('at %i px every option stays reachable by Tab when a filter leaves it at 0, and says why it cannot be ticked', async (width) => {
    const zero = themas.filter((t) => t.value !== mainThema!.value && together(t.value) === 0);
    expect(zero.length, 'geen thema valt op 0: kies andere testgegevens').toBeGreaterThan(0);
    const page = await open(`/praktijken?thema=${mainThema!.value}`, width);
    const scope = width === 390 ? 'dialog[open]' : 'main';
    if (width === 390) await page.click('main button[aria-haspopup=dialog]');
    else await page.focus('#filters-title');
    const reached = await tabIds(page, 40);
    for (const thema of themas) expect(reached, `Tab bereikt ${thema.value} niet`).toContain(`filter-thema-${thema.value}`);
    const target = `${scope} #filter-thema-${zero[0]!.value}`;
    expect(await page.getAttribute(target, 'aria-disabled')).toBe('true');
    expect(await page.textContent(`${scope} label[for="filter-thema-${zero[0]!.value}"]`)).toContain('(0)');
    await page.focus(target);
    await page.keyboard.press('Space');
    const why = page.locator(`${scope} #filter-thema-${zero[0]!.value}-waarom`);
    await expect.poll(() => why.textContent()).toMatch(/geen resultaat/);
    expect(await page.isChecked(target)).toBe(false);
    expect(new URL(page.url()).searchParams.getAll('thema')).toEqual([mainThema!.value]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('matrix', () => {
  it('keeps the header row and the practice column in view after scrolling the table both ways', async () => {
    const page = await open('/werkende-factoren/matrix', 1280);
    const box = page.locator('[role=region]:has(table)');
    const scrollable = await box.evaluate((el) => ({x: el.scrollWidth > el.clientWidth, y: el.scrollHeight > el.clientHeight}));
    expect(scrollable, 'de tabel moet in haar eigen box scrollen').toEqual({x: true, y: true});
    await box.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    const frame = (await box.boundingBox())!;
    const corner = (await box.locator('thead th').first().boundingBox())!;
    const lastHeader = (await box.locator('thead th').last().boundingBox())!;
    expect(Math.abs(corner.y - frame.y)).toBeLessThan(3);
    expect(Math.abs(corner.x - frame.x)).toBeLessThan(3);
    expect(Math.abs(lastHeader.y - frame.y)).toBeLessThan(3);
    // The last row's practice name is still at the left edge, beside its marks.
    const rowHead = (await box.locator('tbody tr').last().locator('th').boundingBox())!;
    expect(Math.abs(rowHead.x - frame.x)).toBeLessThan(3);
    expect(rowHead.y).toBeGreaterThan(frame.y);
    expect(rowHead.y + rowHead.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    // What is on top at those points is the header, not a cell that scrolled under it.
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent ?? '', [corner.x + 5, corner.y + 5]);
    expect(onTop).toBe('Praktijk');
    await page.close();
  });

  it('on a phone, lists each practice with its factors, also without JavaScript', async () => {
    const context = await session.browser.newContext({viewport: {width: 390, height: 844}, javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(session.origin + '/werkende-factoren/matrix');
    expect(await page.locator('main table').isVisible()).toBe(false);
    const items = page.locator('main section:has(#matrix-per-praktijk) > ul > li');
    expect(await items.count()).toBe(praktijken.length);
    for (const p of praktijken) {
      const item = items.filter({has: page.locator(`a[href$="/praktijken/${p.slug}"]`)});
      expect(await item.locator('ul > li').count(), p.slug).toBe(p.data.factoren.length);
      expect(await item.isVisible()).toBe(true);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

// The map's markers (per gemeente) are tested in kaart-matrix.e2e.ts, on the real and the fixture site.

describe('sorting', () => {
  it('A–Z ignores leading quotes and punctuation', async () => {
    const page = await open('/praktijken', 1280);
    const shown = await page.$$eval('main article h3', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(shown.length).toBe(praktijken.length);
    const initials = shown.map((title) => title.replace(/^[\p{P}\p{S}\s]+/u, '').charAt(0).toUpperCase());
    expect(initials).toEqual([...initials].sort((a, b) => a.localeCompare(b, 'nl')));
    // A title with a leading quote, if any, is not first just because of the quote.
    const quoted = praktijken.map((p) => p.data.title).filter((t) => /^[\p{P}\p{S}]/u.test(t));
    for (const title of quoted) {
      const before = shown.slice(0, shown.indexOf(title)).map((t) => t.replace(/^[\p{P}\p{S}\s]+/u, ''));
      const key = title.replace(/^[\p{P}\p{S}\s]+/u, '');
      expect(before.every((t) => t.localeCompare(key, 'nl', {sensitivity: 'base'}) <= 0)).toBe(true);
    }
    await page.close();
  });
});

describe('case page', () => {
  it.each(praktijken.map((p) => [p.slug, p.data.title]))('%s: no word of the title is split over two lines at 390 px', async (slug, title) => {
    const page = await open(`/praktijken/${slug}`, 390);
    const h1 = page.locator('article h1').first();
    expect((await h1.textContent())?.trim()).toBe(title);
    const split = await h1.evaluate((element) => {
      const node = element.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return ['(geen tekst)'];
      const text = node.textContent ?? '';
      const broken: string[] = [];
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
      return broken;
    });
    expect(split).toEqual([]);
    await page.close();
  });

  it('keeps waar, voor wie and thema’s on top and folds the rest, which print shows', async () => {
    const p = praktijken[0]!;
    const page = await open(`/praktijken/${p.slug}`, 390);
    const top = await page.$$eval('.kb-facts > dl > dt', (dts) => dts.map((dt) => dt.textContent));
    expect(top).toEqual(['Waar', 'Voor wie', 'Thema’s']);
    const folded = page.locator('.kb-facts details');
    expect(await folded.getAttribute('open')).toBeNull();
    expect(await folded.locator('dt:text-is("Werkende factoren")').isVisible()).toBe(false);
    // The story starts within the first screen on a phone.
    const story = (await page.locator('article h2').first().boundingBox())!;
    expect(story.y).toBeLessThan(page.viewportSize()!.height);
    const printed = (await pdfLayout(new Uint8Array(await page.pdf({format: 'A4'})))).flatMap((pg) => pg.runs.map((r) => r.text)).join(' ');
    const factor = content.factoren.find((f) => p.data.factoren.includes(f.slug))!;
    expect(printed.replace(/\s+/g, ' ')).toContain(factor.data.korteNaam);
    await page.close();
  });

  it('prints with at least 1 cm of margin on every side of every page', async () => {
    const page = await open(`/praktijken/${praktijken[0]!.slug}`, 1280);
    const layout = await pdfLayout(new Uint8Array(await page.pdf({format: 'A4'})));
    const cm = 72 / 2.54;
    expect(layout.length).toBeGreaterThan(0);
    for (const [index, printed] of layout.entries()) {
      expect(printed.runs.length, `pagina ${index + 1} is leeg`).toBeGreaterThan(0);
      const left = Math.min(...printed.runs.map((r) => r.x));
      const right = Math.max(...printed.runs.map((r) => r.x + r.width));
      const bottom = Math.min(...printed.runs.map((r) => r.y));
      const top = Math.max(...printed.runs.map((r) => r.y + r.height));
      expect(left, `linkermarge pagina ${index + 1}`).toBeGreaterThanOrEqual(cm);
      expect(printed.width - right, `rechtermarge pagina ${index + 1}`).toBeGreaterThanOrEqual(cm);
      expect(bottom, `ondermarge pagina ${index + 1}`).toBeGreaterThanOrEqual(cm);
      expect(printed.height - top, `bovenmarge pagina ${index + 1}`).toBeGreaterThanOrEqual(cm);
    }
    await page.close();
  });
});

describe('finder', () => {
  it('links from "Lees eerst" to the overview with every match, in words that fit the count', async () => {
    const page = await open('/welke-factoren-passen?doelgroep=ouders', 1280);
    const status = (await page.locator('main p[role=status]').first().textContent()) ?? '';
    const matched = praktijken.filter((p) => p.data.doelgroepen.includes('ouders')).length;
    expect(status).toContain(`${matched} van de ${praktijken.length} praktijken ${matched === 1 ? 'past' : 'passen'}`);
    if (matched > 5) {
      const link = page.locator(`a:text("Bekijk alle ${matched} passende praktijken in het overzicht")`);
      await link.click();
      await page.waitForURL(/\/praktijken\?doelgroep=ouders/);
      await expect.poll(() => page.locator('main article').count()).toBe(matched);
    }
    expect(await page.textContent('main')).not.toMatch(/hiernaast|van de 1 praktijken/);
    await page.close();
  });
});

describe('axe', () => {
  it.each(
    widths.flatMap((width) =>
      ['/praktijken', '/praktijken?thema=opvoedondersteuning', '/praktijken/kaart', '/werkende-factoren/matrix', '/welke-factoren-passen', `/praktijken/${praktijken[0]!.slug}`, '/praktijk-aanmelden'].map(
        (path) => [path, width] as const,
      ),
    ),
  )('%s at %i px has no WCAG A/AA violations', async (path, width) => {
    const page = await open(path, width);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
