import type {Browser} from 'playwright-core';
import {hydrated, recordedPage} from '../../tests/e2e/fixture';

/**
 * The pages that do not become interactive (hydrate) within 15 s, or log errors. A page whose
 * scripts fail scores better in Lighthouse, so a broken page must not pass as a fast one.
 */
export async function pagesThatDoNotHydrate(browser: Browser, origin: string, paths: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const context = await browser.newContext();
    const {page, record} = await recordedPage(context, origin);
    await page.goto(`${origin}${path}`, {waitUntil: 'load'});
    const isHydrated = await hydrated(page, 15_000).then(() => true, () => false);
    if (!isHydrated) problems.push(`${origin}${path}: de pagina hydrateert niet`);
    if (record.consoleErrors.length > 0) problems.push(`${origin}${path}: fouten in de console: ${record.consoleErrors.join('; ')}`);
    await context.close();
  }
  return problems;
}
