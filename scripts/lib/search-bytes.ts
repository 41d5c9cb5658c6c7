import type {Server} from 'node:http';
import type {Browser} from 'playwright-core';

export interface ServedFile {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Records what a server sends under `prefix`. Pagefind fetches its index from a web worker,
 * whose requests a page listener does not reliably see; the server sees every one.
 */
export function recordServed(server: Server, prefix: string): ServedFile[] {
  const served: ServedFile[] = [];
  server.on('request', (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (!path.startsWith(prefix)) return;
    const end = response.end.bind(response) as (...args: unknown[]) => unknown;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      served.push({path, bytes: typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0});
      return end(...args);
    }) as typeof response.end;
  });
  return served;
}

/**
 * Types `query` into the navbar search of `pageUrl` as a reader would and returns the search
 * files the server sent for it (from first focus to the first result shown).
 */
export async function firstQueryFiles(browser: Browser, pageUrl: string, query: string, served: ServedFile[]): Promise<ServedFile[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl, {waitUntil: 'networkidle'});
  const start = served.length;
  await page.getByRole('combobox', {name: 'Zoeken'}).click();
  await page.keyboard.type(query, {delay: 20});
  await page.getByRole('option').first().waitFor({timeout: 30_000});
  await page.waitForLoadState('networkidle');
  const files = served.slice(start);
  await context.close();
  return files;
}

export const sumBytes = (files: readonly ServedFile[]) => files.reduce((sum, file) => sum + file.bytes, 0);

/** What a file under `pagefind/` is for, by its name (Pagefind 1.6's layout). */
export function searchFileKind(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'pagefind.js') return 'script';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_index')) return 'index chunk';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

/** Files and bytes per kind, in the order the kinds first appear: where a first query's bytes go. */
export function bytesByKind(files: readonly ServedFile[]): {kind: string; files: number; bytes: number}[] {
  const kinds = new Map<string, {kind: string; files: number; bytes: number}>();
  for (const file of files) {
    const kind = searchFileKind(file.path);
    const entry = kinds.get(kind) ?? {kind, files: 0, bytes: 0};
    kinds.set(kind, {kind, files: entry.files + 1, bytes: entry.bytes + file.bytes});
  }
  return [...kinds.values()];
}
