/**
 * What a page costs to load: every response until the network is idle, with its raw size
 * and its gzip size (computed here with zlib at the default level 6, as static hosts serve
 * it; our test server does not compress). Requests the browser marks as prefetches
 * (`Sec-Purpose: prefetch`, what Docusaurus' `<link rel="prefetch">` for visible links
 * sends) are kept apart: they load code of *other* pages, not of this one. Chromium does
 * not hand out the bodies of prefetches, so their size is fetched again from the server.
 */
import {gzipSync} from 'node:zlib';
import type {Browser, Response} from 'playwright-core';

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
 * Reads that run in the background (one per response) and must all have ended before the
 * browser context closes: a read still running at that moment rejects with "Target page,
 * context or browser has been closed", and a rejection nobody awaits ends the process. That
 * is how `bench:scale` crashed at 3,000 and 5,000 practices, where large pages keep
 * answering prefetches after the first idle. Every read is caught and counted; `settle`
 * waits until no read is left, also for reads that started while it was waiting.
 */
export class PendingReads<T> {
  private readonly running = new Set<Promise<void>>();
  private readonly values: T[] = [];
  private readonly errors: string[] = [];
  private closed = false;

  /** Starts tracking `read`; ignored once `settle` has been called and finished. */
  track(read: () => Promise<T | undefined>): void {
    if (this.closed) return;
    const task: Promise<void> = (async () => {
      try {
        const value = await read();
        if (value !== undefined) this.values.push(value);
      } catch (error) {
        this.errors.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
      }
    })().finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Waits for every tracked read, including ones added meanwhile, then refuses new ones. */
  async settle(): Promise<{values: T[]; errors: string[]}> {
    while (this.running.size > 0) await Promise.all([...this.running]);
    this.closed = true;
    return {values: [...this.values], errors: [...this.errors]};
  }
}

async function readResponse(response: Response): Promise<LoadedResource | undefined> {
  const request = response.request();
  if (!response.ok()) return undefined;
  const headers = await request.allHeaders();
  const responseHeaders = await response.allHeaders();
  // Chromium hands out no body for prefetches; their size is fetched again below.
  const body = await response.body().catch(() => Buffer.alloc(0));
  return {
    url: response.url(),
    kind: kindOf(response.url(), responseHeaders['content-type'], request.resourceType()),
    rawBytes: body.length,
    gzipBytes: body.length > 0 ? gzipSync(body).length : 0,
    prefetch: (headers['sec-purpose'] ?? headers['purpose'] ?? '').includes('prefetch'),
  };
}

export interface PageLoad {
  readonly resources: LoadedResource[];
  /** Responses that could not be read (each message once per response); their bytes are missing from `resources`. */
  readonly errors: string[];
}

/**
 * How long a page may take to load, and then to hydrate and go idle again. Pages of several MB
 * at 5,000 practices are slow, but a page that hangs may cost at most 4 minutes of the run.
 */
export const pageTimeoutMs = 120_000;
export const hydrateTimeoutMs = 60_000;

/**
 * Loads `url` in a fresh context (empty cache) and lists what it loaded until the page has
 * hydrated and the network is idle. Throws only when the page itself does not load.
 */
export async function measurePage(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext();
  const reads = new PendingReads<LoadedResource>();
  let settled: {values: LoadedResource[]; errors: string[]};
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(hydrateTimeoutMs);
    const onResponse = (response: Response) => reads.track(() => readResponse(response));
    page.on('response', onResponse);
    await page.goto(url, {waitUntil: 'networkidle', timeout: pageTimeoutMs});
    // Network idle can come while a large main.js still runs and has not yet asked for the
    // page's own chunks; Docusaurus marks the end of hydration on <html>, then wait for idle again.
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: hydrateTimeoutMs}).catch(() => undefined);
    await page.waitForLoadState('networkidle', {timeout: hydrateTimeoutMs});
    page.off('response', onResponse);
    settled = await reads.settle();
  } finally {
    // Also on failure: no read may outlive the context unawaited.
    await reads.settle();
    await context.close();
  }
  const loaded = new Set(settled.values.filter((r) => !r.prefetch).map((r) => r.url));
  const errors = [...settled.errors];
  const resources = await Promise.all(
    settled.values.map(async (resource) => {
      if (!resource.prefetch) return resource;
      if (loaded.has(resource.url)) return {...resource, rawBytes: 0, gzipBytes: 0, duplicate: true};
      if (resource.rawBytes > 0) return resource;
      try {
        const body = Buffer.from(await (await fetch(resource.url)).arrayBuffer());
        return {...resource, rawBytes: body.length, gzipBytes: gzipSync(body).length};
      } catch (error) {
        errors.push(`prefetch ${resource.url}: ${error instanceof Error ? error.message : String(error)}`);
        return resource;
      }
    }),
  );
  return {resources, errors};
}

/** `measurePage` for callers that only want the list; unreadable responses are reported on stderr. */
export async function loadResources(browser: Browser, url: string): Promise<LoadedResource[]> {
  const {resources, errors} = await measurePage(browser, url);
  if (errors.length > 0) console.error(`${url}: ${errors.length} antwoorden niet gelezen (${errors[0]})`);
  return resources;
}
