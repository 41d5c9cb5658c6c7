/**
 * The page types `bench:scale` loads, what it keeps of each load, and the budgets of issue 19
 * it checks them against. Pure, so the verdicts are unit-tested; the script does the loading.
 */
import type {Measured} from './measure';
import type {LoadedResource, ResourceKind} from './page-weight';
import {formatTable, kb, median} from './stats';

/** The page types of issue 19, item 8, in report order. `case` is filled in per size. */
export const pageTypes = [
  {type: 'home', path: '/'},
  {type: 'case', path: ''},
  {type: 'overview', path: '/praktijken'},
  {type: 'finder', path: '/welke-factoren-passen'},
  {type: 'map', path: '/praktijken/kaart'},
  {type: 'matrix', path: '/werkende-factoren/matrix'},
] as const;
export type PageType = (typeof pageTypes)[number]['type'];

/** The plain Docusaurus site has a home page and doc pages; its doc page is the same practice as our case page. */
export const plainPageTypes: readonly PageType[] = ['home', 'case'];

/** What one page loaded until idle: gzip bytes per kind, prefetches and repeats left out. */
export interface PageWeight {
  readonly type: PageType;
  readonly path: string;
  readonly gzip: Record<ResourceKind | 'total', number>;
  readonly raw: number;
  readonly requests: number;
  /** Largest non-prefetched file other than main.js, gzip. */
  readonly largest?: {path: string; gzip: number};
  /** Responses that could not be read, or the reason the page did not load. */
  readonly errors: readonly string[];
  readonly failed: boolean;
}

const kinds: readonly ResourceKind[] = ['html', 'js', 'json', 'css', 'other'];

/** Reduces a page load to its weight. Pure. */
export function pageWeight(type: PageType, path: string, resources: readonly LoadedResource[], errors: readonly string[] = []): PageWeight {
  const counted = resources.filter((r) => !r.prefetch && !r.duplicate);
  const gzip = Object.fromEntries(kinds.map((kind) => [kind, counted.filter((r) => r.kind === kind).reduce((s, r) => s + r.gzipBytes, 0)]));
  const largest = counted
    .filter((r) => r.kind !== 'html' && !/\/main\.[^/]*\.js$/.test(r.url))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  return {
    type,
    path,
    gzip: {...gzip, total: counted.reduce((s, r) => s + r.gzipBytes, 0)} as PageWeight['gzip'],
    raw: counted.reduce((s, r) => s + r.rawBytes, 0),
    requests: counted.length,
    largest: largest ? {path: new URL(largest.url).pathname, gzip: largest.gzipBytes} : undefined,
    errors,
    failed: false,
  };
}

export function failedPage(type: PageType, path: string, error: string): PageWeight {
  return {type, path, gzip: {html: 0, js: 0, json: 0, css: 0, other: 0, total: 0}, raw: 0, requests: 0, errors: [error], failed: true};
}

/** Peak memory of a measured run: the larger of `time`'s single process and the sampled tree. */
export const peakBytes = (run: Measured) => Math.max(run.maxRssBytes ?? 0, run.treePeakBytes);

/**
 * One size built several times (`--runs`): ours and plain in turns, so each pair ran under the
 * same conditions. The median run stands for the size: median seconds and median peaks, each
 * taken on its own.
 */
export function medianRun(runs: readonly Measured[]): Measured {
  if (runs.length === 0) throw new Error('medianRun of no runs');
  const rss = runs.map((run) => run.maxRssBytes).filter((bytes): bytes is number => bytes !== undefined);
  return {
    exitCode: Math.max(...runs.map((run) => run.exitCode)),
    seconds: median(runs.map((run) => run.seconds)),
    maxRssBytes: rss.length ? median(rss) : undefined,
    treePeakBytes: median(runs.map((run) => run.treePeakBytes)),
  };
}

/** Build and peak ratio of each pair (ours run i against plain run i). */
export function pairedRatios(ours: readonly Measured[], plain: readonly Measured[]): {build: number[]; peak: number[]} {
  if (ours.length !== plain.length) throw new Error(`${ours.length} builds of ours against ${plain.length} of plain: pairs needed`);
  return {
    build: ours.map((run, i) => run.seconds / plain[i]!.seconds),
    peak: ours.map((run, i) => peakBytes(run) / peakBytes(plain[i]!)),
  };
}

export interface BudgetInput {
  readonly validate: Measured;
  readonly build: Measured;
  readonly plain?: Measured;
  readonly pages: readonly PageWeight[];
  readonly plainPages: readonly PageWeight[];
}

export interface Verdict {
  readonly budget: string;
  readonly measured: string;
  /** undefined: not measured (no plain build, or the page failed). */
  readonly pass: boolean | undefined;
}

const KB = 1000;

/** Issue 19's budgets for 5,000 practices (gzip, until idle, no prefetches). Pure. */
export function verdicts(input: BudgetInput): Verdict[] {
  const page = (type: PageType, list = input.pages) => list.find((p) => p.type === type && !p.failed);
  const ratio = (ours: number, plain: number | undefined, limit: number, unit = '×'): Omit<Verdict, 'budget'> =>
    plain === undefined || plain === 0
      ? {measured: 'niet gemeten', pass: undefined}
      : {measured: `${(ours / plain).toFixed(2)}${unit}`, pass: ours <= plain * limit};
  const size = (type: PageType, limitKb: number): Verdict => {
    const found = page(type);
    return {
      budget: `${pageTypes.find((p) => p.type === type)!.path} ≤ ${limitKb} KB`,
      measured: found ? `${kb(found.gzip.total)} KB` : 'niet gemeten',
      pass: found ? found.gzip.total <= limitKb * KB : undefined,
    };
  };
  const caseJs = page('case');
  const plainCaseJs = page('case', input.plainPages);
  return [
    {budget: 'build ≤ 1,5× plain', ...ratio(input.build.seconds, input.plain?.seconds, 1.5)},
    {budget: 'piekgeheugen ≤ 1,3× plain', ...ratio(peakBytes(input.build), input.plain && peakBytes(input.plain), 1.3)},
    {budget: 'validate ≤ 10 s', measured: `${input.validate.seconds.toFixed(1)} s`, pass: input.validate.seconds <= 10},
    {budget: 'JS praktijkpagina ≤ 1,1× plain docpagina', ...ratio(caseJs?.gzip.js ?? 0, caseJs ? plainCaseJs?.gzip.js : undefined, 1.1)},
    size('overview', 200),
    size('finder', 150),
    size('map', 200),
    size('matrix', 150),
  ];
}

export function verdictTable(list: readonly Verdict[], markdown = false): string {
  return formatTable(
    ['budget', 'gemeten', 'oordeel'],
    list.map((v) => [v.budget, v.measured, v.pass === undefined ? '–' : v.pass ? 'gehaald' : 'NIET gehaald']),
    markdown,
  );
}

/** One row per page: gzip per kind and in total, ours and plain. */
export function pageTable(rows: readonly {site: string; page: PageWeight}[], markdown = false): string {
  return formatTable(
    ['site', 'pagina', 'pad', 'totaal KB gzip', 'HTML', 'JS', 'JSON', 'CSS', 'overig', 'verzoeken', 'grootste bestand (geen main.js)', 'fouten'],
    rows.map(({site, page}) => [
      site,
      page.type,
      page.path,
      page.failed ? 'mislukt' : kb(page.gzip.total),
      kb(page.gzip.html),
      kb(page.gzip.js),
      kb(page.gzip.json),
      kb(page.gzip.css),
      kb(page.gzip.other),
      page.requests,
      page.largest ? `${page.largest.path} ${kb(page.largest.gzip)}` : '–',
      page.errors.length === 0 ? '0' : `${page.errors.length}: ${page.errors[0]!.slice(0, 80)}`,
    ]),
    markdown,
  );
}
