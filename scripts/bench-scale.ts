/**
 * `npm run bench:scale`: does the build grow linearly with the number of practices?
 *
 * For each size (default 100 and 1,000) this copies the repository to a temporary folder
 * (without node_modules, build, .docusaurus, test-results, .git; node_modules is a symlink to
 * ours), adds that many synthetic practices (valid frontmatter from the real vocabularies and
 * factor slugs, ~700 words in the eight template sections, inline factor links), and
 * measures `validate` and a cold production build: wall seconds and peak memory. Next to it,
 * a plain Docusaurus site (classic preset, docs only, `future: {v4: true}`, no plugin of
 * ours, no search) is built from the same practice and factor files. At the end it prints a
 * table, the per-page time ratio and fitted slope, and the page weight of the overview and
 * the finder at the largest size.
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
 * `--only-verwant` (time only the related-practices step; no builds).
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {serveBuild} from '../tests/e2e/server';
import {launchBrowser} from '../tests/e2e/browser';
import {mb, runMeasured, type Measured} from './lib/measure';
import {loadResources, summarize, type LoadedResource} from './lib/page-weight';
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
  },
});
const sizes = flags.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
  console.error(`--sizes verwacht gehele getallen, bijvoorbeeld 100,1000; kreeg ${flags.sizes}`);
  process.exit(1);
}

const siteDir = process.cwd();
const nodeModules = join(siteDir, 'node_modules');
const docusaurusBin = join(nodeModules, '@docusaurus/core/bin/docusaurus.mjs');
const skipped = new Set(['node_modules', 'build', '.docusaurus', 'test-results', '.git']);
const buildEnv = {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NODE_ENV: 'production'};
const started = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const factorSlugs = readdirSync(join(siteDir, 'docs/werkende-factoren'))
  .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
  .map((name) => basename(name).replace(/\.mdx?$/, ''))
  .sort();

interface SizeResult {
  readonly synthetic: number;
  /** Practice pages in the site: the synthetic ones plus the real ones. */
  readonly praktijken: number;
  readonly validate: Measured;
  readonly build: Measured;
  readonly plain?: Measured;
  readonly weights: readonly {path: string; resources: readonly LoadedResource[]}[];
  readonly files: {casePageHtml: number; factorPageHtml: number; largestJs: {file: string; bytes: number}; buildBytes: number};
  /** What the build's Pagefind step reported: pages, files and bytes written, seconds. */
  readonly searchIndex?: IndexStats;
  /** Search files sent for a first query ("ouders") typed into the navbar box of a case page. */
  readonly firstQuery: readonly ServedFile[];
}

function progress(label: string) {
  return (seconds: number, bytes: number) => log(`${label}: ${seconds.toFixed(0)} s, geheugen boom ${mb(bytes)} MB`);
}

function copySite(target: string): void {
  cpSync(siteDir, target, {
    recursive: true,
    filter: (source) => {
      const rel = relative(siteDir, source);
      return !skipped.has(rel.split('/')[0]!);
    },
  });
  symlinkSync(nodeModules, join(target, 'node_modules'), 'dir');
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

async function benchSize(work: string, synthetic: number): Promise<SizeResult> {
  const site = join(work, `site-${synthetic}`);
  log(`${synthetic} synthetische praktijken: repository kopiëren naar ${site}`);
  copySite(site);
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
  const weights: SizeResult['weights'][number][] = [];
  const searchIndex = parseIndexStatsLine(readFileSync(buildLog, 'utf8'));
  if (searchIndex) log(`${synthetic}: zoekindex ${searchIndex.pages} pagina's, ${searchIndex.files} bestanden, ${kb(searchIndex.bytes)} KB, ${searchIndex.seconds.toFixed(2)} s`);
  const served = await serveBuild(buildDir);
  const searchServed = recordServed(served.server, '/pagefind/');
  let firstQuery: ServedFile[] = [];
  const browser = await launchBrowser();
  try {
    for (const path of ['/praktijken', '/welke-factoren-passen']) {
      weights.push({path, resources: await loadResources(browser, `${served.origin}${path}`)});
    }
    firstQuery = await firstQueryFiles(browser, `${served.origin}/praktijken/think-op-school-zwolle`, 'ouders', searchServed);
    log(`${synthetic}: eerste zoekvraag “ouders”: ${firstQuery.length} bestanden, ${kb(sumBytes(firstQuery))} KB`);
  } finally {
    await browser.close();
    served.server.close();
  }
  const firstSynthetic = synthetic > 0 ? `${syntheticSlug(1)}.html` : 'think-op-school-zwolle.html';
  const files = {
    casePageHtml: statSync(join(buildDir, 'praktijken', firstSynthetic)).size,
    factorPageHtml: statSync(join(buildDir, 'werkende-factoren', 'laagdrempelig-contact.html')).size,
    largestJs: largestJs(buildDir),
    buildBytes: folderBytes(buildDir),
  };

  let plain: Measured | undefined;
  if (!flags['no-plain']) {
    const plainDir = join(work, `plain-${synthetic}`);
    const docs = [
      ...praktijkFiles.map((name) => ({path: `praktijken/${name}`, source: readFileSync(join(praktijkenDir, name), 'utf8')})),
      ...factorSlugs.map((slug) => ({
        path: `werkende-factoren/${slug}.mdx`,
        source: readFileSync(join(site, 'docs/werkende-factoren', `${slug}.mdx`), 'utf8'),
      })),
    ];
    writePlainSite(plainDir, docs, {sidebar: 'none-for-praktijken', nodeModules});
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
    if (!flags.keep) rmSync(plainDir, {recursive: true, force: true});
  }
  if (!flags.keep) rmSync(site, {recursive: true, force: true});
  return {synthetic, praktijken: praktijkFiles.length, validate, build, plain, weights, files, searchIndex, firstQuery};
}

function weightTable(result: SizeResult): string {
  const rows = result.weights.flatMap(({path, resources}) => {
    const atLoad = (kind: LoadedResource['kind']) => summarize(resources, (r) => r.kind === kind && !r.prefetch);
    const all = summarize(resources, (r) => !r.prefetch && ['html', 'js', 'json'].includes(r.kind));
    // main.js is the same on every page; the page's own chunk (with its data inlined) tells more.
    const biggest = [...resources]
      .filter((r) => !r.prefetch && r.kind === 'js' && !/\/main\.[^/]*\.js$/.test(r.url))
      .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
    return [
      [
        path,
        kb(atLoad('html').gzipBytes),
        `${kb(atLoad('js').gzipBytes)} (${atLoad('js').requests})`,
        `${kb(atLoad('json').gzipBytes)} (${atLoad('json').requests})`,
        kb(all.gzipBytes),
        kb(all.rawBytes),
        biggest ? `${new URL(biggest.url).pathname} ${kb(biggest.gzipBytes)} gzip / ${kb(biggest.rawBytes)} raw` : '–',
      ],
    ];
  });
  return formatTable(['pagina', 'HTML KB', 'JS KB (n)', 'JSON KB (n)', 'totaal KB gzip', 'totaal KB raw', 'grootste JS behalve main.js'], rows);
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
  ]);
  const header = ['praktijken', 'validate s', 'build s', 'piek MB (proces / boom)', 'plain build s', 'plain piek MB', 'ratio build'];
  console.log('\nSchaalbenchmark (koude builds, 2 cores):\n');
  console.log(formatTable(header, rows));
  console.log('\nMarkdown:\n');
  console.log(formatTable(header, rows, true));

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

  const largest = results[results.length - 1]!;
  console.log(`\nPaginagewicht bij ${largest.praktijken} praktijken (gzip, tot network idle, zonder prefetches):\n`);
  console.log(weightTable(largest));

  const summaryFile = join(work, 'results.json');
  writeFileSync(
    summaryFile,
    JSON.stringify(
      results.map(({weights, ...rest}) => ({
        ...rest,
        weights: weights.map(({path, resources}) => ({path, resources: resources.filter((r) => !r.prefetch).map(({url, ...r}) => ({path: new URL(url).pathname, ...r}))})),
      })),
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

