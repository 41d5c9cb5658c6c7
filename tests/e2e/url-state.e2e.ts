import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {hydrated, startSession, type Session} from './fixture';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

async function open(path: string): Promise<Page> {
  const page = await session.browser.newPage({viewport: {width: 1280, height: 900}});
  await page.goto(session.origin + path, {waitUntil: 'networkidle'});
  await hydrated(page);
  return page;
}

/** Waits until the address bar holds exactly this query (URLs are part of the behaviour: they are shared). */
async function expectQuery(page: Page, query: string): Promise<void> {
  await page.waitForFunction((expected) => window.location.search === expected, query, {timeout: 5000}).catch(() => undefined);
  expect(await page.evaluate(() => window.location.search)).toBe(query);
}

describe('filter state in the URL (useUrlState)', () => {
  it('the overview writes filters, operator and sort as Docusaurus does, and clears them all', async () => {
    const page = await open('/praktijken');
    const thema = page.locator('#filter-thema-opvoedondersteuning');
    await thema.click();
    await expectQuery(page, '?thema=opvoedondersteuning');
    await page.locator('input[name="operator"]').nth(1).check();
    await expectQuery(page, '?thema=opvoedondersteuning&operator=of');
    await page.getByLabel('Sorteer op').selectOption('startjaar');
    await expectQuery(page, '?thema=opvoedondersteuning&operator=of&sorteer=startjaar');
    await thema.click();
    await expectQuery(page, '?operator=of&sorteer=startjaar');
    // A list that changes moves to the end, as with useQueryStringList.
    await thema.click();
    await expectQuery(page, '?operator=of&sorteer=startjaar&thema=opvoedondersteuning');
    await page.getByRole('button', {name: 'Wis alle filters'}).first().click();
    await expectQuery(page, '');
    await page.close();
  });

  it('the overview reads a shared URL back into its controls', async () => {
    const page = await open('/praktijken?thema=opvoedondersteuning&operator=of&sorteer=startjaar');
    expect(await page.locator('#filter-thema-opvoedondersteuning').isChecked()).toBe(true);
    expect(await page.locator('input[name="operator"]').nth(1).isChecked()).toBe(true);
    expect(await page.getByLabel('Sorteer op').inputValue()).toBe('startjaar');
    await page.close();
  });

  it('the finder toggles and clears its situation', async () => {
    const page = await open('/welke-factoren-passen');
    await page.locator('#situatie-doelgroep-ouders').click();
    await expectQuery(page, '?doelgroep=ouders');
    await page.getByRole('button', {name: 'Begin opnieuw'}).click();
    await expectQuery(page, '');
    await page.close();
  });

  it('the indicatorenbank ignores values that are not in its vocabularies', async () => {
    const status = async (path: string) => {
      const page = await open(path);
      const text = await page.locator('main').getByRole('status').first().textContent();
      await page.close();
      return text;
    };
    const known = await status('/beleid/indicatoren?domein=jeugd');
    expect(await status('/beleid/indicatoren?domein=jeugd&domein=onbekend')).toBe(known);
    expect(known).not.toBe(await status('/beleid/indicatoren'));
  });
});
