import {readFile} from 'node:fs/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSession, type Session} from './fixture';
import {loadContent} from '../../src/content/load';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const indicatoren = loadContent(process.cwd()).beleid.flatMap((b) => b.data.indicatoren);

/** CSV records, not lines: a quoted field may hold a line break. */
function countRecords(csv: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) records++;
  }
  return csv.endsWith('\n') ? records : records + 1;
}

describe('Indicatorenbank', () => {
  it('filters by domain through the URL and downloads the selection as CSV', async () => {
    const context = await session.browser.newContext({acceptDownloads: true});
    const page = await context.newPage();
    await page.goto(`${session.origin}/beleid/indicatoren`, {waitUntil: 'networkidle'});
    expect(await page.locator('main table tbody tr').count()).toBe(indicatoren.length);

    await page.check('#indicator-filter-domein-jeugd');
    await page.waitForFunction(() => window.location.search.includes('domein=jeugd'));
    const jeugd = indicatoren.filter((i) => i.domein === 'jeugd').length;
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(jeugd);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Download deze selectie (CSV)'}).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(countRecords(csv)).toBe(jeugd + 1);
    await context.close();
  });

  it('publishes the full CSV at /data/indicatoren.csv', async () => {
    const response = await fetch(`${session.origin}/data/indicatoren.csv`);
    expect(response.status).toBe(200);
    expect(countRecords(await response.text())).toBe(indicatoren.length + 1);
  });
});
