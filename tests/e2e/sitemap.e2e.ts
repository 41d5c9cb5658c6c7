import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {axeViolations} from './axe';
import {buildDir, hydrated, recordedPage, startSession, streamed, type Session} from './fixture';
import {jsonSchemaValidator} from '../support/json-schema';

/** Every page the site tells search engines about, as a path on the local server. */
const paths = [...readFileSync(join(buildDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname,
);

/** What schema.org type the page's JSON-LD must have, by the kind of page. */
function expectedJsonLd(path: string): string | undefined {
  if (path === '/praktijken') return 'ItemList';
  if (/^\/praktijken\/(?!(?:kaart|vergelijk|selectie)$)[^/]+$/.test(path)) return 'Article';
  if (/^\/werkende-factoren\/(?!matrix$)[^/]+$/.test(path)) return 'DefinedTerm';
  return undefined;
}

/**
 * One browser, a few pages at a time. Each page borrows a browser context from a small pool,
 * so contexts are not opened per page, and no two pages share one at the same time: a cookie
 * found after a page was set by that page.
 */
const workers = 4;
let session: Session;
const idle: BrowserContext[] = [];
const waiting: ((context: BrowserContext) => void)[] = [];

async function borrow(): Promise<BrowserContext> {
  return idle.pop() ?? new Promise((resolve) => waiting.push(resolve));
}

function giveBack(context: BrowserContext): void {
  const next = waiting.shift();
  if (next) next(context);
  else idle.push(context);
}

beforeAll(async () => {
  session = await startSession();
  idle.push(...(await Promise.all(Array.from({length: workers}, () => session.browser.newContext({viewport: {width: 1280, height: 900}})))));
});
afterAll(async () => {
  await Promise.all(idle.map((context) => context.close()));
  await session?.close();
});

describe('the sitemap', () => {
  it('lists the pages of every content type', () => {
    expect(paths.length).toBeGreaterThan(60);
    expect(paths).toContain('/over/open-data');
    expect(paths.filter((path) => expectedJsonLd(path) === 'Article').length).toBeGreaterThanOrEqual(15);
  });
});

describe('open data as published', () => {
  it('validates against the schema the file names', async () => {
    const file = (await (await fetch(`${session.origin}/data/praktijken.json`)).json()) as {schema: string; praktijken: unknown[]};
    const schemaPath = new URL(file.schema).pathname;
    const schema = (await (await fetch(session.origin + schemaPath)).json()) as object;
    const validate = jsonSchemaValidator().compile(schema);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.praktijken.length).toBeGreaterThanOrEqual(15);
  });
});

describe.concurrent.each(paths)('%s', (path) => {
  it('passes axe, makes no foreign requests, sets no cookies and logs no errors', async () => {
    const context = await borrow();
    await context.clearCookies();
    const {page, record} = await recordedPage(context, session.origin);
    try {
      const response = await page.goto(session.origin + path, {waitUntil: 'load'});
      expect(response?.status()).toBe(200);
      await hydrated(page, 20_000);
      await streamed(page, 5_000);
      const problems = {
        axe: await axeViolations(page),
        foreignRequests: record.foreignRequests,
        cookies: (await context.cookies()).map((cookie) => cookie.name),
        consoleErrors: record.consoleErrors,
        cspViolations: await record.cspViolations(),
      };
      expect(problems).toEqual({axe: [], foreignRequests: [], cookies: [], consoleErrors: [], cspViolations: []});

      // Every JSON-LD block parses; the pages the kennisbank describes carry exactly one of its own.
      const jsonLd = await page.locator('head script[type="application/ld+json"]').allTextContents();
      const types = jsonLd.map((text) => (JSON.parse(text) as {'@type': string})['@type']);
      const expected = expectedJsonLd(path);
      if (expected) expect(types).toEqual([expected]);
    } finally {
      await page.close();
      giveBack(context);
    }
  }, 60_000);
});
