/**
 * What a page costs to load: every response until the network is idle, with its raw size
 * and its gzip size (computed here with zlib at the default level 6, as static hosts serve
 * it; our test server does not compress). Requests the browser marks as prefetches
 * (`Sec-Purpose: prefetch`, what Docusaurus' `<link rel="prefetch">` for visible links
 * sends) are kept apart: they load code of *other* pages, not of this one. Chromium does
 * not hand out the bodies of prefetches, so their size is fetched again from the server.
 */
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';

export type ResourceKind = 'html' | 'js' | 'json' | 'css' | 'other';

export interface LoadedResource {
  readonly url: string;
  readonly kind: ResourceKind;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Requested as a prefetch for a later navigation. */
  readonly prefetch: boolean;
  /** A prefetch of a file the page had already loaded (served from cache, costs nothing). */
  readonly duplicate?: boolean;
}

/** Classifies a response by its URL and content type. Pure. */
export function kindOf(url: string, contentType: string | undefined, resourceType: string): ResourceKind {
  const path = new URL(url).pathname;
  const type = contentType ?? '';
  if (resourceType === 'document' || type.startsWith('text/html')) return 'html';
  if (/\.m?js$/.test(path) || type.includes('javascript')) return 'js';
  if (/\.json$/.test(path) || type.includes('json')) return 'json';
  if (/\.css$/.test(path) || type.startsWith('text/css')) return 'css';
  return 'other';
}

export interface WeightSummary {
  readonly requests: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Totals of the resources that pass `filter`. Pure. */
export function summarize(resources: readonly LoadedResource[], filter: (r: LoadedResource) => boolean): WeightSummary {
  const chosen = resources.filter(filter);
  return {
    requests: chosen.length,
    rawBytes: chosen.reduce((sum, r) => sum + r.rawBytes, 0),
    gzipBytes: chosen.reduce((sum, r) => sum + r.gzipBytes, 0),
  };
}

/**
 * Loads `url` in a fresh context (empty cache) and lists what it loaded until the page has
 * hydrated and the network is idle.
 */
export async function loadResources(browser: Browser, url: string): Promise<LoadedResource[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<LoadedResource | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const request = response.request();
        if (!response.ok()) return undefined;
        const headers = await request.allHeaders();
        const body = await response.body().catch(() => Buffer.alloc(0));
        const responseHeaders = await response.allHeaders();
        return {
          url: response.url(),
          kind: kindOf(response.url(), responseHeaders['content-type'], request.resourceType()),
          rawBytes: body.length,
          gzipBytes: body.length > 0 ? gzipSync(body).length : 0,
          prefetch: (headers['sec-purpose'] ?? headers['purpose'] ?? '').includes('prefetch'),
        };
      })(),
    );
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  // Network idle can come while a large main.js still runs and has not yet asked for the
  // page's own chunks; Docusaurus marks the end of hydration on <html>, then wait for idle again.
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000}).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== undefined);
  await context.close();
  const loaded = new Set(resources.filter((r) => !r.prefetch).map((r) => r.url));
  return Promise.all(
    resources.map(async (resource) => {
      if (!resource.prefetch) return resource;
      if (loaded.has(resource.url)) return {...resource, rawBytes: 0, gzipBytes: 0, duplicate: true};
      if (resource.rawBytes > 0) return resource;
      const body = Buffer.from(await (await fetch(resource.url)).arrayBuffer());
      return {...resource, rawBytes: body.length, gzipBytes: gzipSync(body).length};
    }),
  );
}
