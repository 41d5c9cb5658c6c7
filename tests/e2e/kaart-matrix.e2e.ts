/**
 * The map and the matrix at two sizes: the real site (15 practices, below the matrix threshold)
 * and the synthetic fixture site (fixture-site.ts, above it). Every expected number comes from
 * the frontmatter of the site under test; each page is checked at 390 and 1280 px, with axe, and
 * without JavaScript.
 */
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {buildDir, hydrated, startSession, type Session} from './fixture';
import {ensureFixtureSite, fixtureBuildSeconds, fixtureSiteDir} from './fixture-site';
import {loadContent, type LoadedContent} from '../../src/content/load';
import {MATRIX_MAX_PRAKTIJKEN} from '../../src/content/matrix';
import {doelgroepen, provincies, themas} from '../../src/content/vocabularies';

const widths = [390, 1280] as const;

interface Site {
  readonly name: string;
  session: Session;
  content: LoadedContent;
}
const real: Site = {name: 'echte site'} as Site;
const fixture: Site = {name: 'fixture-site'} as Site;

beforeAll(async () => {
  real.content = loadContent(join(__dirname, '../..'));
  real.session = await startSession(buildDir);
  const dir = ensureFixtureSite();
  if (fixtureBuildSeconds !== undefined) console.info(`fixture-site gebouwd in ${fixtureBuildSeconds.toFixed(1)} s`);
  fixture.content = loadContent(fixtureSiteDir);
  fixture.session = await startSession(dir);
}, 900_000);
afterAll(async () => {
  await real.session?.close();
  await fixture.session?.close();
});

async function open(site: Site, path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await site.session.browser.newContext({viewport: {width, height: 900}, javaScriptEnabled});
  const page = await context.newPage();
  await page.goto(site.session.origin + path, {waitUntil: 'networkidle'});
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

const close = (page: Page) => page.context().close();
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const countOf = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
const aantal = (n: number) => `${n} ${n === 1 ? 'praktijk' : 'praktijken'}`;

it('the two sites lie on either side of the matrix threshold', () => {
  expect(real.content.praktijken.length).toBeLessThanOrEqual(MATRIX_MAX_PRAKTIJKEN);
  expect(fixture.content.praktijken.length).toBeGreaterThan(MATRIX_MAX_PRAKTIJKEN);
  // The fixture must have gemeenten with several practices, or grouping per gemeente is untested.
  expect(Math.max(...countOf(fixture.content.praktijken, (p) => p.data.gemeente).values())).toBeGreaterThan(1);
});

describe.each([real, fixture])('map on the $name', (site) => {
  it.each(widths)('at %i px: a 44 × 44 marker per gemeente (or group), none overlapping, counts and links as in the frontmatter', async (width) => {
    const {praktijken} = site.content;
    const page = await open(site, '/praktijken/kaart', width);
    const markers = await page.$$eval('[data-marker]', (elements) =>
      elements
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return {
            x: r.x, y: r.y, width: r.width, height: r.height, onTop: el.contains(hit),
            count: Number(el.getAttribute('data-count')), gemeente: el.getAttribute('data-gemeente'),
            href: el.getAttribute('href'), popover: el.getAttribute('popovertarget'), text: el.textContent?.trim() ?? '',
          };
        }),
    );
    expect(markers.reduce((n, m) => n + m.count, 0)).toBe(praktijken.length);
    for (const m of markers) {
      expect(m.width).toBeGreaterThanOrEqual(44);
      expect(m.height).toBeGreaterThanOrEqual(44);
      expect(m.onTop, 'niets ligt over de stip').toBe(true);
      // The number on the marker is the number of practices (a lone practice is a plain dot).
      expect(m.text).toBe(m.count === 1 && m.gemeente ? '' : String(m.count));
    }
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        const [a, b] = [markers[i]!, markers[j]!];
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `stippen ${i} en ${j} overlappen`).toBe(false);
      }
    }
    // Every gemeente is reached once: by its own marker, or in the list a group marker opens.
    const reached: {gemeente: string; count: number; href: string}[] = markers.flatMap((m) => (m.gemeente ? [{gemeente: m.gemeente, count: m.count, href: m.href!}] : []));
    for (const m of markers.filter((x) => x.popover)) {
      // By keyboard: a group marker is a button that Enter opens.
      await page.focus(`[popovertarget="${m.popover}"]:not([popovertargetaction])`);
      await page.keyboard.press('Enter');
      const links = page.locator(`[id="${m.popover}"] a[data-gemeente]`);
      await expect.poll(() => links.first().isVisible()).toBe(true);
      const inGroup = await links.evaluateAll((as) => as.map((a) => ({gemeente: a.getAttribute('data-gemeente')!, count: Number(a.getAttribute('data-count')), href: a.getAttribute('href')!})));
      expect(inGroup.reduce((n, g) => n + g.count, 0)).toBe(m.count);
      reached.push(...inGroup);
      await page.keyboard.press('Escape');
      await expect.poll(() => links.first().isVisible()).toBe(false);
    }
    const expected = countOf(praktijken, (p) => p.data.gemeente);
    expect(new Map(reached.map((g) => [g.gemeente, g.count]))).toEqual(expected);
    expect(reached).toHaveLength(expected.size);
    for (const g of reached) {
      const there = praktijken.filter((p) => p.data.gemeente === g.gemeente);
      const url = new URL(g.href, site.session.origin);
      if (there.length === 1) expect(url.pathname).toBe(`/praktijken/${there[0]!.slug}`);
      else expect([url.pathname, url.searchParams.get('gemeente')]).toEqual(['/praktijken', g.gemeente]);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('lists the gemeenten per province, with counts and links to the filtered overview, also without JavaScript', async () => {
    const {praktijken} = site.content;
    const page = await open(site, '/praktijken/kaart', 390, false);
    for (const provincie of provincies) {
      const inProvincie = praktijken.filter((p) => p.data.provincie === provincie.value);
      const group = page.locator(`[data-provincie="${provincie.value}"]:has(h3)`);
      if (inProvincie.length === 0) {
        expect(await group.count(), provincie.value).toBe(0);
        continue;
      }
      const heading = group.locator('h3');
      expect(await heading.textContent()).toContain(`(${aantal(inProvincie.length)})`);
      expect(await heading.locator('a').getAttribute('href')).toBe(`/praktijken?provincie=${provincie.value}`);
      const items = await group.locator('li[data-gemeente]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-gemeente')!, Number(li.getAttribute('data-count'))] as const));
      expect(new Map(items)).toEqual(countOf(inProvincie, (p) => p.data.gemeente));
    }
    // Without JavaScript a group marker still opens its list (the popover is HTML).
    const group = page.locator('[data-marker][popovertarget]:visible').first();
    if (await group.count()) {
      const id = await group.getAttribute('popovertarget');
      await group.click();
      expect(await page.locator(`[id="${id}"] a[data-gemeente]`).first().isVisible()).toBe(true);
    }
    await close(page);
  });
});

/** What each body cell of a table says, as text a screen reader reads. */
const cellTexts = (page: Page, table: string) =>
  page.locator(`${table} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      head: row.querySelector('th[scope="row"]')?.textContent ?? '',
      link: row.querySelector('th[scope="row"] a')?.getAttribute('href') ?? '',
      cells: Array.from(row.querySelectorAll('td')).map((td) => ({text: td.textContent ?? '', href: td.querySelector('a')?.getAttribute('href') ?? null})),
    })),
  );

describe('matrix below the threshold (real site)', () => {
  it.each(widths)('at %i px: one row per practice with a readable mark per factor, as the frontmatter says', async (width) => {
    const {praktijken, factoren} = real.content;
    const page = await open(real, '/werkende-factoren/matrix', width);
    expect(await page.locator('#matrix-caption').textContent()).toContain(`${praktijken.length} praktijken × ${factoren.length} werkende factoren`);
    const order = await page.$$eval('table thead th[scope="col"] a', (as) => as.map((a) => a.getAttribute('href')!.split('/').pop()!));
    const rows = await cellTexts(page, 'table:has(#matrix-caption)');
    expect(rows).toHaveLength(praktijken.length);
    for (const row of rows) {
      const p = praktijken.find((x) => row.link.endsWith(`/praktijken/${x.slug}`))!;
      expect(p, row.link).toBeDefined();
      const marks = row.cells.slice(0, order.length).map((c) => (c.text.includes('ja') ? 'ja' : c.text.includes('nee') ? 'nee' : '?'));
      expect(marks).toEqual(order.map((slug) => (p.data.factoren.includes(slug) ? 'ja' : 'nee')));
    }
    expect(await page.locator('#telling-thema-caption').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });
});

describe('matrix above the threshold (fixture site)', () => {
  const sets = [
    ['thema', themas, (p: LoadedContent['praktijken'][number]) => p.data.themas as readonly string[]],
    ['doelgroep', doelgroepen, (p: LoadedContent['praktijken'][number]) => p.data.doelgroepen as readonly string[]],
  ] as const;

  it.each(widths.flatMap((w) => [true, false].map((js) => [w, js] as const)))('at %i px (JavaScript: %s): factor × thema and × doelgroep counts, each cell linking to exactly those practices', async (width, js) => {
    const {praktijken, factoren} = fixture.content;
    const page = await open(fixture, '/werkende-factoren/matrix', width, js);
    expect(await page.locator('#matrix-caption').count(), 'geen tabel met een rij per praktijk').toBe(0);
    const order = [...factoren].sort((a, b) => a.data.order - b.data.order).map((f) => f.slug);
    for (const [key, vocabulary, values] of sets) {
      expect(await page.locator(`#telling-${key}-caption`).isVisible()).toBe(true);
      const rows = await cellTexts(page, `table:has(#telling-${key}-caption)`);
      expect(rows.map((r) => r.link.split('/').pop())).toEqual(order);
      rows.forEach((row, r) => {
        const factor = order[r]!;
        vocabulary.forEach(({value}, c) => {
          const expected = praktijken.filter((p) => p.data.factoren.includes(factor) && values(p).includes(value)).length;
          const cell = row.cells[c]!;
          expect(Number.parseInt(cell.text, 10), `${factor} × ${value}`).toBe(expected);
          if (expected === 0) expect(cell.href).toBeNull();
          else {
            const url = new URL(cell.href!, fixture.session.origin);
            expect([url.pathname, url.searchParams.get('factor'), url.searchParams.get(key)]).toEqual(['/praktijken', factor, value]);
          }
        });
        expect(Number(row.cells.at(-1)!.text)).toBe(praktijken.filter((p) => p.data.factoren.includes(factor)).length);
      });
    }
    expect(await page.locator('th[scope="col"]').count()).toBe(2 * 2 + themas.length + doelgroepen.length);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (js) expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it.each(widths)('at %i px: the thema page carries that thema\'s practices × factors table', async (width) => {
    const {praktijken} = fixture.content;
    const withThema = (value: string) => praktijken.filter((p) => (p.data.themas as readonly string[]).includes(value));
    const [thema] = [...themas].sort((a, b) => withThema(b.value).length - withThema(a.value).length);
    const expected = withThema(thema!.value);
    const page = await open(fixture, `/themas/${thema!.value}`, width);
    expect(await page.locator('#thema-matrix-caption').textContent()).toContain(`${expected.length} praktijken met het thema ${thema!.label}`);
    const rows = await cellTexts(page, 'table:has(#thema-matrix-caption)');
    expect(rows.map((r) => r.link.split('/').pop()).sort()).toEqual(expected.map((p) => p.slug).sort());
    // Above the threshold the table is the list: no card per practice as well.
    expect(await page.locator('main article').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
    // Without JavaScript the same table, or on a phone its list, is in the HTML.
    const plain = await open(fixture, `/themas/${thema!.value}`, width, false);
    const list = plain.locator('section:has(#thema-matrix-per-praktijk) > ul > li');
    expect(width < 700 ? await list.count() : (await cellTexts(plain, 'table:has(#thema-matrix-caption)')).length).toBe(expected.length);
    await close(plain);
  });
});
