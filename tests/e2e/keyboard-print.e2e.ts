import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {startSession, type Session} from './fixture';
import {pdfText} from './pdf-text';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

interface Focused {
  tag: string;
  type: string | null;
  id: string;
  outlineVisible: boolean;
}

/** Tabs `count` times and records, for each stop, what had focus and whether focus was visible. */
async function tabThrough(page: Page, count: number): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate((stop) => {
        const element = document.activeElement as HTMLElement;
        // Marked now, compared later: the DOM may still change while we tab.
        if (!element.hasAttribute('data-tab-stop')) element.setAttribute('data-tab-stop', String(stop));
        const style = getComputedStyle(element);
        return {
          tag: element.tagName.toLowerCase(),
          type: element.getAttribute('type'),
          id: element.id,
          outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      }, i),
    );
  }
  return stops;
}

describe('keyboard', () => {
  it.each([
    ['the practices overview', '/praktijken', 'filter-thema-opvoedondersteuning', 'thema=opvoedondersteuning'],
    ['the finder', '/welke-factoren-passen', 'situatie-doelgroep-ouders', 'doelgroep=ouders'],
  ])('%s: filters are reached by Tab in reading order, with visible focus, and toggle with Space', async (_, path, targetId, expectedQuery) => {
    const page = await session.browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(session.origin + path, {waitUntil: 'networkidle'});
    const stops = await tabThrough(page, 60);
    const reached = stops.findIndex((s) => s.id === targetId);
    expect(reached, `Tab bereikt ${targetId} niet binnen 60 stappen`).toBeGreaterThan(0);
    for (const stop of stops.slice(0, reached + 1)) {
      expect(stop.outlineVisible, `focus niet zichtbaar op ${stop.tag}#${stop.id}`).toBe(true);
    }
    // Only the stops up to the target: later ones may wrap around to the top of the page.
    const documentOrder = await page.evaluate(
      (last) =>
        Array.from(document.querySelectorAll('[data-tab-stop]'))
          .map((element) => Number(element.getAttribute('data-tab-stop')))
          .filter((stop) => stop <= last),
      reached,
    );
    const tabOrder = [...documentOrder].sort((a, b) => a - b);
    expect(documentOrder, 'de tabvolgorde volgt de leesvolgorde niet').toEqual(tabOrder);
    // Walk back to the target and toggle it.
    await page.focus(`#${targetId}`);
    await page.keyboard.press('Space');
    await page.waitForFunction((q) => window.location.search.includes(q), expectedQuery);
    expect(await page.isChecked(`#${targetId}`)).toBe(true);
    await page.close();
  });

  // The overview without JavaScript: overview-finder.e2e.ts follows its pages to every practice.
  it('the matrix lists every practice without JavaScript', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${session.origin}/werkende-factoren/matrix`);
    expect(await page.locator('main table tbody tr').count()).toBe(15);
    await context.close();
  });
});

describe('print', () => {
  it('a case page prints to PDF with title, source and address, without navigation', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/praktijken/kids-en-koffie-sliedrecht`, {waitUntil: 'networkidle'});
    const printed = await pdfText(new Uint8Array(await page.pdf({format: 'A4'})));
    expect(printed).toContain('Kids & Koffie op de kinderboerderij');
    expect(printed).toMatch(/Bron: Van nul tot later als ik groot ben/);
    // The source is cited once, in the generated 'Meer weten' section.
    expect(printed.match(/Bron:/g)).toHaveLength(1);
    expect(printed).toMatch(/Deze pagina online: https?:\/\/\S+\/praktijken\/kids-en-koffie-sliedrecht/);
    // External links carry their address in print.
    expect(printed).toContain('(https://www.facebook.com/kids.koffie');
    for (const navigation of ['Deel je praktijk', 'Welke factoren passen?', 'Bewerk deze pagina', 'Ga naar hoofdinhoud']) {
      expect(printed).not.toContain(navigation);
    }
    await page.close();
  });
});

describe('layout', () => {
  it.each(['/', '/praktijken', '/werkende-factoren/matrix', '/beleid/indicatoren', '/welke-factoren-passen'])(
    '%s does not scroll sideways at phone or desktop width',
    async (path) => {
      for (const width of [390, 1280]) {
        const page = await session.browser.newPage({viewport: {width, height: 800}});
        await page.goto(session.origin + path, {waitUntil: 'networkidle'});
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} op ${width}px`).toBeLessThanOrEqual(0);
        await page.close();
      }
    },
  );
});
