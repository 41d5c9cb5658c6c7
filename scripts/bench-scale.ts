/**
 * `npm run bench:scale`: does the build grow linearly with the number of practices?
 *
 * For each size (default 100 and 1,000) this copies the repository to a temporary folder
 * (without node_modules, build, .docusaurus, test-results, .git; node_modules is a symlink to
 * ours), adds that many synthetic practices (valid frontmatter from the real vocabularies and
 * factor slugs, ~700 words in the eight template sections, inline factor links), and
 * measures `validate` and a cold production build: wall seconds and peak memory. Next to it,
 * a plain Docusaurus site (classic preset, docs only, `future: {v4: true}`, no plugin of
 * ours, no search, plus a home page) is built from the same practice and factor files.
 *
 * Per size it prints build seconds, peak memory and validate seconds next to plain; what each
 * page type loads (home, a case page, /praktijken, the finder, the map, the matrix; plain: home
 * and the same practice as a doc page), gzip, until hydrated and idle, prefetches not counted
 * (`scale-report.ts`); issue 19's budgets with a verdict each (reported, not enforced: the
 * exit code stays 0); and main.js split by generated file (route table, chunk names, registry,
 * global data, site metadata) plus the docs version metadata, with bytes per practice
 * between the smallest and the largest size (`every-page.ts`). With two sizes or more it also
 * prints the per-page time ratio and fitted slope.
 *
 * Order and memory: per size everything runs one after the other — validate, our build, our
 * pages (one browser, closed after), then the plain build, then plain's pages (a new browser).
 * Nothing of ours runs while plain builds; without --keep our site is deleted first.
 *
 * Search: the build's Pagefind step prints what it indexed and wrote and how long it took
 * (read back from the build log), and a browser types a first query ("ouders") into the
 * navbar box of a case page; the server counts every search file it sends for that query
 * (Pagefind's worker fetches most of them), as raw bytes on the wire without HTTP compression.
 *
 * Peak memory: `/usr/bin/time -v` "Maximum resident set size" is the largest single process;
 * the tree peak sums the RSS of the build and all its children, sampled every 500 ms.
 * Builds run with DOCUSAURUS_NO_PERSISTENT_CACHE=true, so every build is cold and nothing is
 * written to our node_modules/.cache.
 *
 * It also times the related-practices step (`verwantePraktijken`, the ranking behind
 * "Vergelijkbare praktijken" and `verwant` in the open data) over the same synthetic practices
 * at each size, in-process: that is the build time the step adds.
 *
 * Flags: `--sizes 100,1000`, `--keep` (keep the temporary sites), `--no-plain`,
 * `--only-verwant` (time only the related-practices step; no builds), `--runs 3` (build ours
 * and plain that many times per size, in turns, and report the medians and each pair's ratios:
 * one build per size varies by 10–15 % here, too much to settle a 1.5× budget).
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {parseArgs} from 'node:util';
import {serveBuild} from '../tests/e2e/server';
import {launchBrowser} from '../tests/e2e/browser';
import type {Browser} from 'playwright-core';
import {copySite, factorSlugsOf} from './lib/site-copy';
import {mb, runMeasured, type Measured} from './lib/measure';
import {measurePage} from './lib/page-weight';
import {everyPageBytes, type EveryPage} from './lib/every-page';
import {everyPageReport} from './lib/every-page-report';
import {failedPage, medianRun, pageTable, pageTypes, pageWeight, pairedRatios, peakBytes, plainPageTypes, verdicts, verdictTable, type PageType, type PageWeight} from './lib/scale-report';
import {writePlainSite} from './lib/plain-site';
import {formatTable, kb, linearity} from './lib/stats';
import {syntheticPraktijk, syntheticSlug} from './lib/synthetic';
import {firstQueryFiles, recordServed, sumBytes, type ServedFile} from './lib/search-bytes';
import {parseIndexStatsLine, type IndexStats} from '../src/plugins/pagefind/build-index';
import {timeVerwant} from './lib/verwant-bench';

const {values: flags} = parseArgs({
  options: {
    sizes: {type: 'string', default: '100,1000'},
    keep: {type: 'boolean', default: false},
    'no-plain': {type: 'boolean', default: false},
    'only-verwant': {type: 'boolean', default: false},
    runs: {type: 'string', default: '1'},
  },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs verwacht een geheel getal vanaf 1; kreeg ${flags.runs}`);
  process.exit(1);
}
const sizes = flags.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
  console.error(`--sizes verwacht gehele getallen, bijvoorbeeld 100,1000; kreeg ${flags.sizes}`);
  process.exit(1);
}

const siteDir = process.cwd();
const nodeModules = join(siteDir, 'node_modules');
const docusaurusBin = join(nodeModules, '@docusaurus/core/bin/docusaurus.mjs');
const buildEnv = {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production'};
const started = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const factorSlugs = factorSlugsOf(siteDir);

interface SizeResult {
  readonly synthetic: number;
  /** Practice pages in the site: the synthetic ones plus the real ones. */
  readonly praktijken: number;
  readonly validate: Measured;
  readonly build: Measured;
  readonly plain?: Measured;
  /** Every build of ours and of plain when `--runs` is above 1, in pairs; `build` and `plain` are their medians. */
  readonly repeated?: {readonly ours: readonly Measured[]; readonly plain: readonly Measured[]};
  /** What each page type loads (ours), and the plain site's home and doc page. */
  readonly pages: readonly PageWeight[];
  readonly plainPages: readonly PageWeight[];
  /** main.js split by generated file, and the docs version metadata (item 5). */
  readonly everyPage?: EveryPage;
  readonly plainEveryPage?: EveryPage;
  readonly files: {casePageHtml: number; factorPageHtml: number; largestJs: {file: string; bytes: number}; buildBytes: number};
  /** What the build's Pagefind step reported: pages, files and bytes written, seconds. */
  readonly searchIndex?: IndexStats;
  /** Search files sent for a first query ("ouders") typed into the navbar box of a case page. */
  readonly firstQuery: readonly ServedFile[];
}

function progress(label: string) {
  return (seconds: number, bytes: number) => log(`${label}: ${seconds.toFixed(0)} s, geheugen boom ${mb(bytes)} MB`);
}

function folderBytes(dir: string): number {
  return readdirSync(dir, {withFileTypes: true}).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

function largestJs(buildDir: string): {file: string; bytes: number} {
  const dir = join(buildDir, 'assets/js');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((file) => ({file, bytes: statSync(join(dir, file)).size}))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a), {file: '–', bytes: 0});
}

/**
 * Loads each page in a fresh browser context. A page that does not load is reported as
 * failed, with the reason, instead of ending the benchmark.
 */
async function weighPages(browser: Browser, origin: string, pages: readonly {type: PageType; path: string}[], label: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const {type, path} of pages) {
    try {
      const {resources, errors} = await measurePage(browser, `${origin}${path}`);
      weights.push(pageWeight(type, path, resources, errors));
      log(`${label} ${path}: ${kb(weights.at(-1)!.gzip.total)} KB gzip${errors.length ? `, ${errors.length} antwoorden niet gelezen` : ''}`);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      weights.push(failedPage(type, path, message));
      log(`${label} ${path}: MISLUKT (${message})`);
    }
  }
  return weights;
}

/** Starts a server and a browser, hands them over, and always closes both (the browser holds the most memory). */
async function withBrowser<T>(buildDir: string, use: (browser: Browser, origin: string, server: Server) => Promise<T>): Promise<T> {
  const served = await serveBuild(buildDir);
  const browser = await launchBrowser();
  try {
    return await use(browser, served.origin, served.server);
  } finally {
    await browser.close();
    await new Promise((resolve) => served.server.close(resolve));
  }
}

/** main.js split by generated file; a Docusaurus that lays main.js out differently loses this table, not the run. */
function splitOrWarn(siteDir: string, praktijken: number, label: string): EveryPage | undefined {
  try {
    return everyPageBytes(siteDir, praktijken);
  } catch (error) {
    log(`${label}: main.js niet opgesplitst: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function benchSize(work: string, synthetic: number): Promise<SizeResult> {
  const site = join(work, `site-${synthetic}`);
  log(`${synthetic} synthetische praktijken: repository kopiëren naar ${site}`);
  copySite(siteDir, site);
  const praktijkenDir = join(site, 'docs/praktijken');
  for (let index = 1; index <= synthetic; index++) {
    const praktijk = syntheticPraktijk(index, factorSlugs);
    writeFileSync(join(praktijkenDir, `${praktijk.slug}.mdx`), praktijk.source);
  }
  const praktijkFiles = readdirSync(praktijkenDir).filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'));
  log(`${synthetic}: validate (${praktijkFiles.length} praktijken)`);
  const validate = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', site], {
    cwd: site,
    logFile: join(work, `validate-${synthetic}.log`),
  });
  if (validate.exitCode !== 0) {
    throw new Error(`validate faalde bij ${synthetic}; zie ${join(work, `validate-${synthetic}.log`)}:\n${readFileSync(join(work, `validate-${synthetic}.log`), 'utf8').slice(0, 3000)}`);
  }
  log(`${synthetic}: validate ${validate.seconds.toFixed(1)} s; build start`);
  const buildLog = join(work, `build-${synthetic}.log`);
  const build = await runMeasured(process.execPath, [docusaurusBin, 'build'], {
    cwd: site,
    env: buildEnv,
    logFile: buildLog,
    onProgress: progress(`${synthetic}: build`),
  });
  if (build.exitCode !== 0) throw new Error(`build faalde bij ${synthetic}; zie ${buildLog}:\n${readFileSync(buildLog, 'utf8').slice(-3000)}`);
  log(`${synthetic}: build ${build.seconds.toFixed(1)} s, piek ${mb(build.maxRssBytes)} MB (één proces) / ${mb(build.treePeakBytes)} MB (boom)`);

  const buildDir = join(site, 'build');
  const everyPage = splitOrWarn(site, praktijkFiles.length, `${synthetic}: ons`);
  const searchIndex = parseIndexStatsLine(readFileSync(buildLog, 'utf8'));
  if (searchIndex) log(`${synthetic}: zoekindex ${searchIndex.pages} pagina's, ${searchIndex.files} bestanden, ${kb(searchIndex.bytes)} KB, ${searchIndex.seconds.toFixed(2)} s`);
  const caseSlug = synthetic > 0 ? syntheticSlug(1) : 'think-op-school-zwolle';
  const pagesToWeigh = pageTypes.map((page) => (page.type === 'case' ? {...page, path: `/praktijken/${caseSlug}`} : page));
  const {pages, firstQuery} = await withBrowser(buildDir, async (browser, origin, server) => {
    const searchServed = recordServed(server, '/pagefind/');
    const weights = await weighPages(browser, origin, pagesToWeigh, `${synthetic}: ons`);
    const query = await firstQueryFiles(browser, `${origin}/praktijken/think-op-school-zwolle`, 'ouders', searchServed).catch((error: unknown) => {
      log(`${synthetic}: eerste zoekvraag mislukt: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return [];
    });
    log(`${synthetic}: eerste zoekvraag “ouders”: ${query.length} bestanden, ${kb(sumBytes(query))} KB`);
    return {pages: weights, firstQuery: query};
  });
  const files = {
    casePageHtml: statSync(join(buildDir, 'praktijken', `${caseSlug}.html`)).size,
    factorPageHtml: statSync(join(buildDir, 'werkende-factoren', 'laagdrempelig-contact.html')).size,
    largestJs: largestJs(buildDir),
    buildBytes: folderBytes(buildDir),
  };

  let plain: Measured | undefined;
  let repeated: SizeResult['repeated'];
  let plainPages: PageWeight[] = [];
  let plainEveryPage: EveryPage | undefined;
  if (!flags['no-plain']) {
    const plainDir = join(work, `plain-${synthetic}`);
    const docs = [
      ...praktijkFiles.map((name) => ({path: `praktijken/${name}`, source: readFileSync(join(praktijkenDir, name), 'utf8')})),
      ...factorSlugs.map((slug) => ({
        path: `werkende-factoren/${slug}.mdx`,
        source: readFileSync(join(site, 'docs/werkende-factoren', `${slug}.mdx`), 'utf8'),
      })),
    ];
    writePlainSite(plainDir, docs, {sidebar: 'none-for-praktijken', home: true, nodeModules});
    // Our site is measured; without --keep it goes before the plain build (disk; at 5,000 practices both are large),
    // unless it is built again below.
    if (!flags.keep && runs === 1) rmSync(site, {recursive: true, force: true});
    log(`${synthetic}: plain Docusaurus-site (${docs.length} docs) bouwen`);
    const plainLog = join(work, `plain-build-${synthetic}.log`);
    plain = await runMeasured(process.execPath, [docusaurusBin, 'build'], {
      cwd: plainDir,
      env: buildEnv,
      logFile: plainLog,
      onProgress: progress(`${synthetic}: plain build`),
    });
    if (plain.exitCode !== 0) throw new Error(`plain build faalde bij ${synthetic}; zie ${plainLog}:\n${readFileSync(plainLog, 'utf8').slice(-3000)}`);
    log(`${synthetic}: plain build ${plain.seconds.toFixed(1)} s, piek ${mb(plain.maxRssBytes)} / ${mb(plain.treePeakBytes)} MB`);
    plainEveryPage = splitOrWarn(plainDir, praktijkFiles.length, `${synthetic}: plain`);
    const plainToWeigh = pagesToWeigh.filter((page) => plainPageTypes.includes(page.type));
    plainPages = await withBrowser(join(plainDir, 'build'), (browser, origin) => weighPages(browser, origin, plainToWeigh, `${synthetic}: plain`));
    if (runs > 1) repeated = await buildAgain(site, plainDir, synthetic, {ours: [build], plain: [plain]});
    if (!flags.keep) rmSync(plainDir, {recursive: true, force: true});
  }
  if (!flags.keep) rmSync(site, {recursive: true, force: true});
  const [medianBuild, medianPlain] = repeated ? [medianRun(repeated.ours), medianRun(repeated.plain)] : [build, plain];
  return {synthetic, praktijken: praktijkFiles.length, validate, build: medianBuild, plain: medianPlain, repeated, pages, plainPages, everyPage, plainEveryPage, files, searchIndex, firstQuery};
}

/** Runs 2 … `--runs` of one size: our build, then plain's, in turns; the pages were weighed after run 1. */
async function buildAgain(site: string, plainDir: string, synthetic: number, first: {ours: Measured[]; plain: Measured[]}): Promise<NonNullable<SizeResult['repeated']>> {
  const {ours, plain} = first;
  for (let run = 2; run <= runs; run++) {
    for (const [label, dir, list] of [['ons', site, ours], ['plain', plainDir, plain]] as const) {
      const logFile = join(dirname(site), `${label === 'ons' ? 'build' : 'plain-build'}-${synthetic}-run${run}.log`);
      const measured = await runMeasured(process.execPath, [docusaurusBin, 'build'], {cwd: dir, env: buildEnv, logFile, onProgress: progress(`${synthetic}: ${label} run ${run}`)});
      if (measured.exitCode !== 0) throw new Error(`${label} build ${run} faalde bij ${synthetic}; zie ${logFile}`);
      list.push(measured);
      log(`${synthetic}: ${label} run ${run}: ${measured.seconds.toFixed(1)} s, piek ${mb(peakBytes(measured))} MB`);
    }
  }
  return {ours, plain};
}

/** Prints how long the related-practices ranking takes at each size (median of three runs). */
function reportVerwant(): void {
  const rows = sizes.map((size) => {
    const timing = timeVerwant(size + 15, factorSlugs);
    return [timing.size, timing.median.toFixed(0), timing.runs.map((ms) => ms.toFixed(0)).join(' / ')];
  });
  console.log('\nVergelijkbare praktijken: tijd die de rangschikking aan de build toevoegt (in het proces, 3 runs):\n');
  console.log(formatTable(['praktijken', 'mediaan ms', 'runs ms'], rows));
}

async function main(): Promise<void> {
  if (flags['only-verwant']) return reportVerwant();
  if (!existsSync(docusaurusBin)) throw new Error(`Docusaurus ontbreekt in ${nodeModules}; draai npm ci`);
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  mkdirSync(work, {recursive: true});
  log(`werkmap ${work}; maten ${sizes.join(', ')}; factoren ${factorSlugs.length}`);
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(work, size));

  const rows = results.map((r) => [
    `${r.praktijken} (${r.synthetic} synth.)`,
    r.validate.seconds.toFixed(1),
    r.build.seconds.toFixed(1),
    `${mb(r.build.maxRssBytes)} / ${mb(r.build.treePeakBytes)}`,
    r.plain ? r.plain.seconds.toFixed(1) : '–',
    r.plain ? `${mb(r.plain.maxRssBytes)} / ${mb(r.plain.treePeakBytes)}` : '–',
    r.plain ? (r.build.seconds / r.plain.seconds).toFixed(2) : '–',
    r.plain ? (peakBytes(r.build) / peakBytes(r.plain)).toFixed(2) : '–',
  ]);
  const header = ['praktijken', 'validate s', 'build s', 'piek MB (proces / boom)', 'plain build s', 'plain piek MB', 'ratio build', 'ratio piek'];
  console.log('\nSchaalbenchmark (koude builds, 2 cores):\n');
  console.log(formatTable(header, rows));
  console.log('\nMarkdown:\n');
  console.log(formatTable(header, rows, true));

  const repeatedRows = results.flatMap((r) => {
    if (!r.repeated) return [];
    const ratios = pairedRatios(r.repeated.ours, r.repeated.plain);
    return [[
      r.praktijken,
      r.repeated.ours.map((m) => m.seconds.toFixed(1)).join(' / '),
      r.repeated.plain.map((m) => m.seconds.toFixed(1)).join(' / '),
      ratios.build.map((x) => x.toFixed(2)).join(' / '),
      r.repeated.ours.map((m) => mb(peakBytes(m))).join(' / '),
      r.repeated.plain.map((m) => mb(peakBytes(m))).join(' / '),
      ratios.peak.map((x) => x.toFixed(2)).join(' / '),
    ]];
  });
  if (repeatedRows.length) {
    console.log(`\nHerhaalde builds (--runs ${runs}; ons en plain om en om; de tabel hierboven geeft de medianen):\n`);
    console.log(formatTable(['praktijken', 'ons s per run', 'plain s per run', 'ratio build per paar', 'ons piek MB', 'plain piek MB', 'ratio piek per paar'], repeatedRows, true));
  }

  console.log('\nBestanden per maat:\n');
  console.log(
    formatTable(
      ['praktijken', 'praktijkpagina HTML KB', 'factorpagina HTML KB', 'grootste JS-bestand KB', 'build totaal MB'],
      results.map((r) => [r.praktijken, kb(r.files.casePageHtml), kb(r.files.factorPageHtml), `${r.files.largestJs.file} ${kb(r.files.largestJs.bytes)}`, (r.files.buildBytes / 1e6).toFixed(1)]),
    ),
  );

  console.log('\nZoeken (Pagefind) per maat:\n');
  console.log(
    formatTable(
      ['praktijken', "geïndexeerde pagina's", 'index s', 'bestanden', 'index KB', 'eerste zoekvraag KB (bestanden)', 'index s / build s'],
      results.map((r) => [
        r.praktijken,
        r.searchIndex?.pages ?? '–',
        r.searchIndex ? r.searchIndex.seconds.toFixed(2) : '–',
        r.searchIndex?.files ?? '–',
        r.searchIndex ? kb(r.searchIndex.bytes) : '–',
        `${kb(sumBytes(r.firstQuery))} (${r.firstQuery.length})`,
        r.searchIndex ? `${((r.searchIndex.seconds / r.build.seconds) * 100).toFixed(1)} %` : '–',
      ]),
      true,
    ),
  );

  if (results.length >= 2) {
    const describe = (label: string, points: {pages: number; seconds: number}[]) => {
      const line = linearity(points);
      const [first, last] = [points[0]!, points[points.length - 1]!];
      console.log(
        `${label}: ${((first.seconds / first.pages) * 1000).toFixed(0)} ms/pagina bij ${first.pages}, ` +
          `${((last.seconds / last.pages) * 1000).toFixed(0)} ms/pagina bij ${last.pages} → verhouding ${line.perPageRatio.toFixed(2)}; ` +
          `lijn: ${line.fit.intercept.toFixed(1)} s + ${(line.fit.slope * 1000).toFixed(0)} ms × pagina's (R² ${line.fit.r2.toFixed(3)})` +
          (line.marginal.length > 1 ? `; marginaal ${line.marginal.map((m) => `${(m * 1000).toFixed(0)} ms`).join(' → ')}` : '') +
          ` → ${line.linear ? 'lineair (of beter)' : 'NIET lineair: tijd per pagina groeit'}`,
      );
    };
    console.log('\nLineariteit (seconden per praktijkpagina):');
    describe('  ons', results.map((r) => ({pages: r.praktijken, seconds: r.build.seconds})));
    if (results.every((r) => r.plain)) describe('  plain', results.map((r) => ({pages: r.praktijken, seconds: r.plain!.seconds})));
    describe('  validate', results.map((r) => ({pages: r.praktijken, seconds: r.validate.seconds})));
  }

  reportVerwant();

  for (const r of results) {
    const rows = [...r.pages.map((page) => ({site: 'ons', page})), ...r.plainPages.map((page) => ({site: 'plain', page}))];
    console.log(`\nPaginagewicht bij ${r.praktijken} praktijken (gzip, tot hydratatie en network idle, zonder prefetches):\n`);
    console.log(pageTable(rows));
    console.log('\nMarkdown:\n');
    console.log(pageTable(rows, true));
    console.log(`\nBudgetten van issue 19 (gesteld voor 5.000 praktijken) bij ${r.praktijken} praktijken:\n`);
    const list = verdicts(r);
    console.log(verdictTable(list));
    console.log('\nMarkdown:\n');
    console.log(verdictTable(list, true));
  }

  const split = results.filter((r) => r.everyPage);
  console.log(everyPageReport(split.map((r) => ({everyPage: r.everyPage!, plain: r.plainEveryPage}))));

  const summaryFile = join(work, 'results.json');
  writeFileSync(
    summaryFile,
    JSON.stringify(
      results,
      null,
      2,
    ),
  );
  log(`klaar; ruwe cijfers in ${summaryFile}${flags.keep ? '' : ' (sites verwijderd; --keep bewaart ze)'}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

