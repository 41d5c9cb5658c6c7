import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {loadContent} from '../../src/content/load';
import {preloadContent, threadCount} from '../../src/content/load-threads';
import {validateContent} from '../../src/content/validate';
import {formatReport} from '../../src/content/problems';
import {loadWorkerBundle} from '../../src/content/worker-bundle';
import {pathToFileURL} from 'node:url';

const brokenSite = join(__dirname, '../fixtures/broken-site');
const realSite = join(__dirname, '../..');
const withoutFunctions = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('reading content on worker threads', () => {
  // The workers read YAML with js-yaml and parse with their own copy of the MDX parser.
  it.each([['a broken site', brokenSite], ['the real site', realSite]])('gives %s the same entries and report, lines included, as one thread', async (_, site) => {
    const single = loadContent(site);
    const singleReport = formatReport(validateContent(single), single.fileCount);
    await preloadContent(site, 2);
    const threaded = loadContent(site);
    // New objects: the entries came back from the workers, not from the first run's cache.
    expect(threaded.praktijken[0]).not.toBe(single.praktijken[0]);
    expect(withoutFunctions(threaded)).toEqual(withoutFunctions(single));
    expect(formatReport(validateContent(threaded), threaded.fileCount)).toBe(singleReport);
    expect(threaded.praktijken.length).toBeGreaterThan(0);
  }, 60_000);

  it('revives the line locator, for problems found across files', async () => {
    await preloadContent(brokenSite, 2);
    const report = formatReport(validateContent(loadContent(brokenSite)), 0);
    expect(report).toMatch(/verkeerde-verwijzing\.mdx:14 {2}factoren\[0\]/);
  }, 60_000);

  it('uses one thread per core, and none for a small site', () => {
    expect(threadCount(5000, {}, 2)).toBe(2);
    expect(threadCount(5000, {}, 8)).toBe(8);
    expect(threadCount(30, {}, 8)).toBe(1);
    expect(threadCount(5000, {KENNISBANK_THREADS: '1'}, 8)).toBe(1);
    expect(threadCount(5000, {KENNISBANK_THREADS: '3'}, 2)).toBe(3);
  });
});

describe('the content cache', () => {
  // Docusaurus loads the config (with the front matter parser) and the plugin as separate fresh
  // module copies; both must find a file read by either.
  it('is shared by fresh copies of the loader module', async () => {
    const first = await import('../../src/content/load');
    const file = join(realSite, 'docs/praktijken/voorzorg-dordrecht.mdx');
    const result = first.loadFile('praktijk', file, realSite);
    vi.resetModules();
    const second = await import('../../src/content/load');
    expect(second).not.toBe(first);
    expect(second.loadFile('praktijk', file, realSite)).toBe(result);
  });

  it('of docs pages for the link check is shared by fresh copies of its module', async () => {
    const first = await import('../../src/content/links');
    const file = join(realSite, 'docs/praktijken/voorzorg-dordrecht.mdx');
    const source = readFileSync(file, 'utf8');
    const page = first.docPage(realSite, file, source);
    vi.resetModules();
    const second = await import('../../src/content/links');
    expect(second).not.toBe(first);
    expect(second.docPage(realSite, file, source)).toBe(page);
  });
});

describe("the workers' bundle of the content code", () => {
  it('inlines every module of ours, leaves packages as imports, and reads a file as the loader does', async () => {
    const file = await loadWorkerBundle();
    const code = readFileSync(file, 'utf8');
    // A relative import would resolve next to the bundle, in node_modules/.cache, and fail there.
    expect(code).not.toMatch(/from\s*["']\.{1,2}\//);
    expect(code).toMatch(/from\s*["']zod["']/);
    const bundled = (await import(pathToFileURL(file).href)) as typeof import('../../src/content/load-worker-jobs');
    const path = join(realSite, 'docs/praktijken/voorzorg-dordrecht.mdx');
    const [{result, page}] = bundled.readJobs(realSite, [{kind: 'praktijk', path, source: readFileSync(path, 'utf8')}]);
    const loaded = loadContent(realSite).praktijken.find((p) => p.slug === 'voorzorg-dordrecht')!;
    expect(withoutFunctions(result.entry)).toEqual(withoutFunctions({...loaded, locate: undefined}));
    expect(page.links.length).toBeGreaterThan(0);
    expect(await loadWorkerBundle()).toBe(file);
  }, 60_000);
});
