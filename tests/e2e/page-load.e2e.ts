import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {hydrated, recordedPage, startSession, type Session} from './fixture';
import {compileHint, eagerlyCompiledScripts} from '../../src/plugins/page-load';
import {registryModules} from '../../src/plugins/page-load/route-chunks';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const casePath = '/praktijken/think-op-school-zwolle';
const codePath = '/over/open-data';

/** Loads a page until hydrated and idle; returns the bodies of all JavaScript it fetched. */
async function loadedScripts(page: Page, path: string): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text());
  });
  await page.goto(session.origin + path, {waitUntil: 'networkidle'});
  await hydrated(page);
  return Promise.all(bodies);
}

// A string of prism-react-renderer's theme code, present wherever Prism is bundled.
const prismMarker = '--prism-color';

describe('page load', () => {
  it('paints the page before its scripts run, then hydrates', async () => {
    const page = await session.browser.newPage();
    await page.addInitScript(() => {
      const added: {src: string; at: number; batch: number}[] = [];
      (window as unknown as {__scripts: typeof added}).__scripts = added;
      // One observer callback per task that changed the DOM: the batch number tells tasks apart.
      let batch = 0;
      new MutationObserver((records) => {
        batch++;
        for (const record of records)
          for (const node of Array.from(record.addedNodes))
            if (node instanceof HTMLScriptElement && node.src) added.push({src: node.src, at: performance.now(), batch});
      }).observe(document, {childList: true, subtree: true});
    });
    await page.goto(session.origin + casePath, {waitUntil: 'load'});
    await hydrated(page);
    const {scripts, firstPaint} = await page.evaluate(() => ({
      scripts: (window as unknown as {__scripts: {src: string; at: number; batch: number}[]}).__scripts,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    const main = scripts.find((script) => /\/main\.[0-9a-f]+\.js$/.test(script.src));
    expect(main, 'main.js werd niet geladen').toBeDefined();
    expect(firstPaint).toBeGreaterThan(0);
    expect(main!.at).toBeGreaterThanOrEqual(firstPaint!);
    // The page's route chunks come from the loader, before main.js; main.js inserts none itself.
    const listed = JSON.parse((await page.locator('#route-chunks').textContent()) ?? '[]') as string[];
    expect(listed.length).toBeGreaterThan(3);
    const order = scripts.map((script) => new URL(script.src).pathname);
    expect(order.slice(1, -1)).toEqual(listed);
    expect(order.at(-1)).toBe(new URL(main!.src).pathname);
    // Each insertion costs the browser real time, so each script goes in its own task.
    expect(new Set(scripts.map((script) => script.batch)).size).toBe(scripts.length);
    await page.close();
  });

  it('loads Prism only on a page that shows code, and highlights that code', async () => {
    const page = await session.browser.newPage();
    const caseScripts = await loadedScripts(page, casePath);
    expect(caseScripts.length).toBeGreaterThan(0);
    expect(caseScripts.filter((body) => body.includes(prismMarker))).toEqual([]);

    const codeScripts = await loadedScripts(page, codePath);
    expect(codeScripts.some((body) => body.includes(prismMarker))).toBe(true);
    expect(await page.locator('pre code .token').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('serves the code highlighted in the HTML, before any script runs', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(session.origin + codePath);
    expect(await page.locator('pre code .token').count()).toBeGreaterThan(5);
    await context.close();
  });

  it('still prefetches the chunks of the links on screen, once the page is idle', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.origin + '/', {waitUntil: 'load'});
    await hydrated(page);
    await page.waitForFunction(() => document.querySelectorAll('head link[rel="prefetch"]').length >= 5);
    const prefetched = await page.locator('head link[rel="prefetch"]').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(prefetched.every((path) => /^\/assets\/js\/[\w~.-]+\.js$/.test(path)), prefetched.join(', ')).toBe(true);
    // The navbar links to the overview, so its own chunks (those the home page did not load) are fetched ahead.
    const overviewHtml = await (await page.request.get(session.origin + '/praktijken')).text();
    const overviewChunks = JSON.parse(/<script type="application\/json" id="route-chunks">(.*?)<\/script>/.exec(overviewHtml)![1]) as string[];
    const homeChunks = JSON.parse((await page.locator('#route-chunks').textContent()) ?? '[]') as string[];
    const overviewOnly = overviewChunks.filter((chunk) => !homeChunks.includes(chunk));
    expect(overviewOnly.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (expected) => {
        const have = new Set(Array.from(document.querySelectorAll('head link[rel="prefetch"]'), (link) => new URL((link as HTMLLinkElement).href).pathname));
        return expected.every((chunk) => have.has(chunk));
      },
      overviewOnly,
    );
    await page.close();
  });

  it('moves from page to page in the browser after hydration, loading the next page’s code on demand', async () => {
    const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
    const {page, record} = await recordedPage(context, session.origin);
    await page.goto(session.origin + casePath, {waitUntil: 'load'});
    await hydrated(page);
    // A full page load would drop this marker; a client-side navigation keeps it.
    await page.evaluate(() => ((window as unknown as {__sameDocument: boolean}).__sameDocument = true));
    await page.locator('nav.navbar').getByRole('link', {name: 'Welke factoren passen?', exact: true}).click();
    await page.waitForURL('**/welke-factoren-passen');
    await page.waitForFunction(() => /factoren passen/i.test(document.querySelector('h1')?.textContent ?? ''));
    expect(await page.evaluate(() => (window as unknown as {__sameDocument?: boolean}).__sameDocument)).toBe(true);
    expect(record.consoleErrors).toEqual([]);
    await context.close();
  });
});

/**
 * The page-load plugin's effect on the built files. Each mechanism leans on a Docusaurus or
 * Rspack internal; when one moves, the build still succeeds and only these checks notice.
 */
describe('page-load mechanisms in the built site', () => {
  const buildDir = join(process.cwd(), 'build');
  const jsDir = join(buildDir, 'assets', 'js');
  const jsFiles = readdirSync(jsDir);
  const read = (file: string) => readFileSync(join(jsDir, file), 'utf8');
  const mainFiles = jsFiles.filter((file) => eagerlyCompiledScripts.test(file));
  const caseHtml = readFileSync(join(buildDir, `${casePath.slice(1)}.html`), 'utf8');

  it('main.js starts with the compile hint (the `main` chunk group, named main.<hash>.js)', () => {
    expect(mainFiles, 'Rspack internal moved: one main.<hash>.js for the main chunk group').toHaveLength(1);
    expect(read(mainFiles[0]!).startsWith(`${compileHint}\n`), 'compile hint missing from the built main.js').toBe(true);
  });

  it('main.js carries no Prism (the theme-classic prism-include-languages alias)', () => {
    expect(read(mainFiles[0]!)).not.toContain(prismMarker);
  });

  it('a case page lists its route chunks, its own content among them, and no entry file', () => {
    const listed = JSON.parse(/<script type="?application\/json"? id="?route-chunks"?>([^<]+)<\/script>/.exec(caseHtml)?.[1] ?? '[]') as string[];
    expect(listed.length, 'no #route-chunks in the case page: registry.js or routesChunkNames.json format moved').toBeGreaterThan(2);
    for (const file of listed) expect(existsSync(join(buildDir, file)), file).toBe(true);
    expect(listed.filter((file) => /(^|\/)(runtime~)?main\.[0-9a-f]+\.js$/.test(file)), 'entry files listed: the `main` chunk group moved').toEqual([]);
    const modules = registryModules(readFileSync(join(process.cwd(), '.docusaurus', 'registry.js'), 'utf8'));
    const contentChunk = Object.keys(modules).find((name) => modules[name] === `@site/docs${casePath}.mdx`);
    expect(contentChunk, '.docusaurus/registry.js no longer names the page module').toBeDefined();
    expect(listed.some((file) => file.startsWith(`/assets/js/${contentChunk}.`))).toBe(true);
  });

  it("the paint-first loader gets runtime~main first and main.js last (the SSG template's it.scripts)", () => {
    // The loader is called with the script list at the end of the body: `(…)(["…", …])</script>`.
    const sources = JSON.parse(/\((\["[^\]]*\])\)<\/script>\s*<\/body>/.exec(caseHtml)?.[1] ?? '[]') as string[];
    expect(sources.length, 'paint-first loader call not found in the page').toBeGreaterThanOrEqual(2);
    expect(sources[0]).toMatch(/\/runtime~main\.[0-9a-f]+\.js$/);
    expect(sources.at(-1)).toMatch(/\/main\.[0-9a-f]+\.js$/);
  });

  it('the runtime resolves chunks through __webpack_require__.f, where main.js registers the next-task handler', () => {
    const runtime = read(jsFiles.find((file) => /^runtime~main\.[0-9a-f]+\.js$/.test(file))!);
    expect(runtime, 'Rspack internal moved: ensure-chunk handlers in __webpack_require__.f').toMatch(/Object\.keys\([\w$]+\.f\)\.reduce\(/);
    expect(read(mainFiles[0]!)).toContain('nextTaskUntilHydrated');
  });
});
