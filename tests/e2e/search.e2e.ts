import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hydrated, startSession, type Session} from './fixture';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** Runs a query on the local search page and returns the result links. */
async function search(query: string): Promise<string[]> {
  const page = await session.browser.newPage();
  await page.goto(`${session.origin}/search?q=${encodeURIComponent(query)}`, {waitUntil: 'networkidle'});
  await page.locator('article h2 a').first().waitFor({timeout: 10_000}).catch(() => undefined);
  const links = await page.locator('article h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  await page.close();
  return links;
}

describe('local Dutch search, offline', () => {
  it.each([
    ['scholen', '/praktijken/think-op-school-zwolle'],
    ['kinderboerderijen', '/praktijken/kids-en-koffie-sliedrecht'],
    ['vroegtijdige', '/praktijken/voorzorg-dordrecht'],
  ])('stems Dutch: "%s" finds %s', async (query, expected) => {
    const links = await search(query);
    expect(links.some((href) => href.startsWith(expected)), `${query}: ${links.join(', ')}`).toBe(true);
  });

  it.each([
    ['factor pages', 'laagdrempelig', '/werkende-factoren/'],
    ['policy pages', 'Meierijstad', '/beleid/'],
    ['the blog', 'online', '/blog/'],
  ])('covers %s', async (_, query, prefix) => {
    const links = await search(query);
    expect(links.some((href) => href.startsWith(prefix)), `${query}: ${links.join(', ')}`).toBe(true);
  });
});

describe('search page', () => {
  it('labels its input in Dutch and keeps the footer at the bottom', async () => {
    const page = await session.browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${session.origin}/search`, {waitUntil: 'networkidle'});
    await hydrated(page);
    await expect.poll(() => page.locator('input[name="q"]').getAttribute('aria-label')).toBe('Zoek in de kennisbank');
    const footerBottom = await page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().bottom);
    expect(footerBottom).toBeGreaterThanOrEqual(900);
    await page.close();
  });
});

describe('search bar in the navbar', () => {
  it('loads its code and index only when used, then suggests pages', async () => {
    const page = await session.browser.newPage({viewport: {width: 1280, height: 900}});
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${session.origin}/praktijken/think-op-school-zwolle`, {waitUntil: 'networkidle'});
    expect(requested.filter((path) => path.includes('search-index'))).toEqual([]);
    const before = requested.length;
    await page.getByRole('searchbox', {name: 'Zoeken'}).first().focus();
    await page.keyboard.type('kinderboerderij', {delay: 30});
    const suggestion = page.locator('.navbar__search [role="listbox"] [role="option"]', {hasText: 'Kids & Koffie'}).first();
    await suggestion.waitFor({timeout: 10_000});
    expect(requested.slice(before).some((path) => path.includes('search-index'))).toBe(true);
    await page.close();
  });
});
