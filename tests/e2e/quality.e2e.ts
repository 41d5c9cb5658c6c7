import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pageTypes} from './pages';
import {axeViolations} from './axe';
import {recordedPage, startSession, type Session} from './fixture';

const screenshotDir = join(__dirname, '../../test-results/screenshots');
const viewports = {telefoon: {width: 390, height: 844}, desktop: {width: 1280, height: 900}} as const;

let session: Session;
beforeAll(async () => {
  session = await startSession();
  mkdirSync(screenshotDir, {recursive: true});
});
afterAll(() => session?.close());

describe.each(pageTypes)('$name ($path)', (pageType) => {
  it('has no WCAG A/AA violations, no foreign requests, cookies, console errors or CSP violations', async () => {
    const context = await session.browser.newContext({viewport: viewports.desktop});
    const {page, record} = await recordedPage(context, session.origin);
    const response = await page.goto(session.origin + pageType.path, {waitUntil: 'networkidle'});
    expect(response?.status()).toBe('status' in pageType ? pageType.status : 200);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const expectedErrors = 'status' in pageType ? /404/ : /^$/;
    expect(record.consoleErrors.filter((e) => !expectedErrors.test(e))).toEqual([]);
    expect(await record.cspViolations()).toEqual([]);
    await context.close();
  });

  it.each(Object.entries(viewports))('screenshot at %s width', async (label, viewport) => {
    const context = await session.browser.newContext({viewport});
    const page = await context.newPage();
    await page.goto(session.origin + pageType.path, {waitUntil: 'networkidle'});
    await page.screenshot({path: join(screenshotDir, `${pageType.name}-${label}.png`), fullPage: true});
    await context.close();
  });
});
