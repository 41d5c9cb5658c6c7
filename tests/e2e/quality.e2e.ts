import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pageTypes} from './pages';
import {axeViolations} from './axe';
import {recordedPage, startSession, type Session} from './fixture';
import {layoutReport} from './layout';

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

  it.each(Object.entries(viewports))('at %s width: no sideways scrolling, the title in view, no text over text', async (label, viewport) => {
    const context = await session.browser.newContext({viewport});
    const page = await context.newPage();
    await page.goto(session.origin + pageType.path, {waitUntil: 'networkidle'});
    // The screenshot is an artefact for people reviewing the layout; the checks below are the test.
    await page.screenshot({path: join(screenshotDir, `${pageType.name}-${label}.png`), fullPage: true});
    const layout = await layoutReport(page);
    await context.close();
    expect(layout.overflowX, 'page wider than the window').toBe(0);
    expect(layout.title, 'no visible h1').not.toBeNull();
    expect(layout.title!.top, `title "${layout.title!.text}" starts above the window`).toBeGreaterThanOrEqual(0);
    expect(layout.title!.bottom, `title "${layout.title!.text}" ends below the first screen`).toBeLessThanOrEqual(layout.viewportHeight);
    expect(layout.overlaps).toEqual([]);
  });
});
