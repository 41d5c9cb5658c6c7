import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkFrontmatter} from '../../src/content/frontmatter';
import {loadFile} from '../../src/content/load';
import {praktijkSchema} from '../../src/content/schemas/praktijk';
import {bodyWords, sections, syntheticPraktijk, syntheticSlug} from '../../scripts/lib/synthetic';
import {plaatsen} from '../../scripts/lib/gemeenten';
import {fitLine, formatTable, linearity, median} from '../../scripts/lib/stats';
import {descendants, parseProcStat, parseTimeElapsed, parseTimeMaxRss, treeRssBytes} from '../../scripts/lib/proc';
import {kindOf, PendingReads, summarize, type LoadedResource} from '../../scripts/lib/page-weight';
import {jsVerdict, plainDocFrom} from '../../scripts/lib/js-budget';
import {medianSummary, missedTargets, summarizeLhr, type RunSummary} from '../../scripts/lib/lighthouse';
import {compressible} from '../../scripts/lib/gzip-proxy';
import {plainSidebars, unlinkMarkdown, writePlainSite} from '../../scripts/lib/plain-site';
import {medianRun, pairedRatios} from '../../scripts/lib/scale-report';
import type {Measured} from '../../scripts/lib/measure';

const factorSlugs = readdirSync(join(__dirname, '../../docs/werkende-factoren'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

describe('synthetic practices', () => {
  const samples = [1, 2, 17, 500, 1000].map((index) => syntheticPraktijk(index, factorSlugs));

  it.each(samples.map((sample) => [sample.slug, sample] as const))('%s validates against the praktijk schema', (_, sample) => {
    const result = checkFrontmatter(praktijkSchema, sample.frontmatter, {file: `${sample.slug}.mdx`});
    expect(result.problems).toEqual([]);
  });

  it.each(samples.map((sample) => [sample.slug, sample] as const))('%s loads as the validate command reads it (MDX, YAML, schema, lint)', (_, sample) => {
    const result = loadFile('praktijk', `/site/docs/praktijken/${sample.slug}.mdx`, '/site', sample.source);
    expect(result.problems).toEqual([]);
    expect(result.entry?.data.factoren).toEqual(sample.frontmatter.factoren);
  });

  it('has the seven written template sections in order and about 700 words', () => {
    for (const sample of samples) {
      const headings = [...sample.source.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      expect(headings).toEqual([...sections]);
      expect(bodyWords(sample.source)).toBeGreaterThan(600);
      expect(bodyWords(sample.source)).toBeLessThan(900);
    }
  });

  it('links every factor it names, and only real factors', () => {
    for (const sample of samples) {
      const linked = [...sample.source.matchAll(/\]\(\.\.\/werkende-factoren\/([a-z0-9-]+)\.mdx\)/g)].map((match) => match[1]);
      expect(linked).toEqual(sample.frontmatter.factoren);
      expect(linked.every((slug) => factorSlugs.includes(slug!))).toBe(true);
    }
  });

  it('places practices in real gemeenten that several share, each with one province and one position', () => {
    const many = Array.from({length: 200}, (_, i) => syntheticPraktijk(i + 1, factorSlugs).frontmatter);
    const byGemeente = new Map<string, (typeof many)[number][]>();
    for (const p of many) byGemeente.set(p.gemeente, [...(byGemeente.get(p.gemeente) ?? []), p]);
    // Shared places are what the map groups; 200 practices over a few dozen gemeenten must repeat.
    expect(byGemeente.size).toBeLessThan(many.length / 2);
    expect([...byGemeente.keys()].every((name) => plaatsen.some((p) => p.gemeente === name))).toBe(true);
    for (const [name, list] of byGemeente) {
      expect(new Set(list.map((p) => p.provincie)).size, name).toBe(1);
      expect(new Set(list.map((p) => `${p.coordinaten.lat},${p.coordinaten.lon}`)).size, name).toBe(1);
    }
  });

  it('is deterministic and gives distinct slugs', () => {
    expect(syntheticPraktijk(42, factorSlugs).source).toBe(syntheticPraktijk(42, factorSlugs).source);
    expect(syntheticSlug(7)).toBe('synthetische-praktijk-0007');
    expect(new Set(samples.map((sample) => sample.slug)).size).toBe(samples.length);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count, unsorted input', () => expect(median([3, 1, 2])).toBe(2));
  it('averages the middle two of an even count', () => expect(median([4, 1, 3, 2])).toBe(2.5));
  it('does not sort the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => expect(() => median([])).toThrow());
});

describe('linearity', () => {
  it('fits an exact line', () => {
    const fit = fitLine([
      {pages: 100, seconds: 40},
      {pages: 1000, seconds: 130},
      {pages: 500, seconds: 80},
    ]);
    expect(fit.slope).toBeCloseTo(0.1);
    expect(fit.intercept).toBeCloseTo(30);
    expect(fit.r2).toBeCloseTo(1);
  });

  it('calls a build with a fixed cost plus a cost per page linear', () => {
    const result = linearity([
      {pages: 115, seconds: 60},
      {pages: 1015, seconds: 240},
    ]);
    expect(result.perPageRatio).toBeCloseTo(240 / 1015 / (60 / 115));
    expect(result.perPageRatio).toBeLessThan(1);
    expect(result.linear).toBe(true);
    expect(result.fit.slope).toBeCloseTo(0.2);
  });

  it('flags a build whose time per page grows (quadratic)', () => {
    const quadratic = [100, 300, 1000].map((pages) => ({pages, seconds: 10 + pages ** 2 / 1000}));
    const result = linearity(quadratic);
    expect(result.linear).toBe(false);
    expect(result.perPageRatio).toBeGreaterThan(1.1);
    expect(result.marginal[1]!).toBeGreaterThan(result.marginal[0]!);
  });

  it('ignores a zero-page point for the per-page ratio but uses it for the fit', () => {
    const result = linearity([
      {pages: 0, seconds: 20},
      {pages: 100, seconds: 30},
      {pages: 1000, seconds: 120},
    ]);
    expect(result.marginal).toEqual([0.1, 0.1]);
    expect(result.fit.intercept).toBeCloseTo(20);
  });

  it('needs two sizes with pages', () => expect(() => linearity([{pages: 100, seconds: 3}])).toThrow());
});

describe('process measurements', () => {
  const stat = (pid: number, ppid: number, rss: number, comm = 'node') =>
    `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 10 5 0 0 20 0 11 0 1000 123456 ${rss} 184467 1 1 0 0 0 0`;

  it('reads pid, parent and RSS, also when the command name has spaces and parentheses', () => {
    expect(parseProcStat(stat(42, 7, 1000, 'my (odd) name'))).toEqual({pid: 42, ppid: 7, rssPages: 1000});
  });

  it('sums the RSS of a process tree and nothing outside it', () => {
    const stats = [stat(1, 0, 5), stat(10, 1, 100), stat(11, 10, 200), stat(12, 11, 300), stat(20, 1, 9999)].map((line) => parseProcStat(line)!);
    expect(descendants(stats, 10).map((s) => s.pid)).toEqual([10, 11, 12]);
    expect(treeRssBytes(stats, 10)).toBe(600 * 4096);
  });

  it('reads the peak and the wall time of /usr/bin/time -v', () => {
    const report = '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:52.31\n\tMaximum resident set size (kbytes): 3145728\n';
    expect(parseTimeMaxRss(report)).toBe(3145728 * 1024);
    expect(parseTimeElapsed(report)).toBeCloseTo(112.31);
    expect(parseTimeElapsed('Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03')).toBe(3723);
  });
});

describe('repeated builds (--runs)', () => {
  const run = (seconds: number, peakMb: number, tree = peakMb): Measured => ({exitCode: 0, seconds, maxRssBytes: peakMb * 2 ** 20, treePeakBytes: tree * 2 ** 20});

  it('stands for a size by the median seconds and the median peaks, each on its own', () => {
    const middle = medianRun([run(50, 2000), run(40, 2600), run(45, 2300)]);
    expect(middle.seconds).toBe(45);
    expect(middle.maxRssBytes).toBe(2300 * 2 ** 20);
    expect(medianRun([run(10, 100)]).seconds).toBe(10);
    expect(() => medianRun([])).toThrow();
  });

  it('gives each pair its own ratios, and refuses runs without a partner', () => {
    const ratios = pairedRatios([run(40, 2000), run(60, 3000, 3300)], [run(20, 1000), run(30, 1100)]);
    expect(ratios.build).toEqual([2, 2]);
    expect(ratios.peak).toEqual([2, 3]);
    expect(() => pairedRatios([run(1, 1)], [])).toThrow(/pairs/);
  });
});

describe('page weight and JS budget', () => {
  const resource = (url: string, kind: LoadedResource['kind'], gzipBytes: number, prefetch = false): LoadedResource => ({
    url,
    kind,
    rawBytes: gzipBytes * 3,
    gzipBytes,
    prefetch,
  });

  it('classifies responses', () => {
    expect(kindOf('http://x/a', 'text/html; charset=utf-8', 'document')).toBe('html');
    expect(kindOf('http://x/assets/js/main.1.js', undefined, 'script')).toBe('js');
    expect(kindOf('http://x/search-index.json', 'application/json', 'fetch')).toBe('json');
    expect(kindOf('http://x/s.css', 'text/css', 'stylesheet')).toBe('css');
  });

  it('sums only what the filter keeps', () => {
    const list = [resource('http://x/a.js', 'js', 100), resource('http://x/b.js', 'js', 50, true), resource('http://x/', 'html', 7)];
    expect(summarize(list, (r) => r.kind === 'js' && !r.prefetch)).toEqual({requests: 1, rawBytes: 300, gzipBytes: 100});
  });

  it('allows 10 % more than the plain page, not more', () => {
    const plain = {requests: 9, rawBytes: 0, gzipBytes: 1000};
    expect(jsVerdict({requests: 10, rawBytes: 0, gzipBytes: 1100}, plain).withinBudget).toBe(true);
    expect(jsVerdict({requests: 10, rawBytes: 0, gzipBytes: 1101}, plain).withinBudget).toBe(false);
  });

  it('turns a case page into a plain doc with the same text and no links', () => {
    const doc = plainDocFrom('---\ntitle: "Iets"\ngemeente: X\n---\n\n## Wat werkt\n\n- [Lange adem](../werkende-factoren/lange-adem.mdx): tekst.\n');
    expect(doc).toBe('---\ntitle: "Iets"\n---\n\n\n## Wat werkt\n\n- Lange adem: tekst.\n');
    expect(unlinkMarkdown('![beeld](a.png) en [tekst](b.md)')).toBe('![beeld](a.png) en tekst');
  });

  it('gives the plain site our sidebar choice or Docusaurus’ default', () => {
    expect(plainSidebars({sidebar: 'default'})).toContain("dirName: '.'");
    expect(plainSidebars({sidebar: 'none-for-praktijken'})).not.toContain('praktijken');
  });

  it('gives the plain site a home page only when asked, as a page and not a doc', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-site-test-'));
    try {
      writePlainSite(join(dir, 'a'), [{path: 'praktijken/x.mdx', source: '# x\n'}], {sidebar: 'default', nodeModules: dir});
      writePlainSite(join(dir, 'b'), [{path: 'praktijken/x.mdx', source: '# x\n'}], {sidebar: 'default', home: true, nodeModules: dir});
      expect(existsSync(join(dir, 'a/src/pages/index.js'))).toBe(false);
      expect(readFileSync(join(dir, 'b/src/pages/index.js'), 'utf8')).toContain("from '@theme/Layout'");
      expect(readFileSync(join(dir, 'b/docs/praktijken/x.mdx'), 'utf8')).toBe('# x\n');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('compresses text, not images', () => {
    expect(compressible('text/javascript; charset=utf-8')).toBe(true);
    expect(compressible('image/svg+xml')).toBe(true);
    expect(compressible('image/png')).toBe(false);
  });
});

describe('pending response reads', () => {
  const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
  const closed = () => Promise.reject(new Error('response.allHeaders: Target page, context or browser has been closed\nCall log: …'));

  it('waits for reads that start while it waits, and counts failed reads instead of throwing', async () => {
    const reads = new PendingReads<string>();
    reads.track(async () => {
      const first = await later(5, 'first');
      // A response that arrives while the earlier ones are still being read.
      reads.track(() => later(10, 'late'));
      return first;
    });
    reads.track(closed);
    reads.track(async () => undefined);
    const {values, errors} = await reads.settle();
    expect(values.sort()).toEqual(['first', 'late']);
    expect(errors).toEqual(['response.allHeaders: Target page, context or browser has been closed']);
  });

  it('ignores reads tracked after it settled, so nothing runs against a closed context', async () => {
    const reads = new PendingReads<string>();
    reads.track(() => later(1, 'a'));
    await reads.settle();
    let started = false;
    reads.track(async () => {
      started = true;
      return 'b';
    });
    expect(started).toBe(false);
    expect((await reads.settle()).values).toEqual(['a']);
  });
});

describe('Lighthouse summaries', () => {
  const run = (performance: number, lcp: number): RunSummary => ({
    scores: {performance, accessibility: 100, 'best-practices': 100, seo: 100},
    lcp,
    tbt: 50,
    cls: 0,
    failedAudits: [],
  });

  it('reads scores ×100, metrics and failed audits outside performance', () => {
    const summary = summarizeLhr({
      categories: {
        performance: {score: 0.97, auditRefs: [{id: 'lcp-lazy', weight: 0}]},
        accessibility: {score: 0.95, auditRefs: [{id: 'color-contrast', weight: 7}, {id: 'unused', weight: 0}]},
        'best-practices': {score: 1},
        seo: {score: null},
      },
      audits: {
        'largest-contentful-paint': {numericValue: 1800},
        'total-blocking-time': {numericValue: 120},
        'cumulative-layout-shift': {numericValue: 0.01},
        'color-contrast': {score: 0, title: 'Background and foreground colors do not have a sufficient contrast ratio.'},
        unused: {score: 0},
      },
    });
    expect(summary.scores).toEqual({performance: 97, accessibility: 95, 'best-practices': 100, seo: null});
    expect([summary.lcp, summary.tbt, summary.cls]).toEqual([1800, 120, 0.01]);
    expect(summary.failedAudits).toEqual(['Background and foreground colors do not have a sufficient contrast ratio.']);
  });

  it('takes medians over runs and checks the targets', () => {
    const summary = medianSummary([run(96, 2000), run(93, 2600), run(98, 1900)]);
    expect(summary.scores.performance).toBe(96);
    expect(summary.lcp).toBe(2000);
    expect(missedTargets(summary.scores)).toEqual([]);
    expect(missedTargets({...summary.scores, performance: 94, seo: null})).toEqual(['performance', 'seo']);
  });
});

describe('formatTable', () => {
  it('aligns numbers right and writes Markdown', () => {
    const text = formatTable(['a', 'b'], [['x', 1], ['yy', 22]], true);
    expect(text.split('\n')).toEqual(['| a  | b  |', '| -- | -- |', '| x  |  1 |', '| yy | 22 |']);
  });
});
