/**
 * `npm run perf`: the "fast" quality bar, measured on `./build` (run `npm run build` first).
 *
 * 1. Lighthouse (mobile, default simulated throttling) runs 3 times on home, a case page, the
 *    overview and the finder; prints the medians. Targets: performance ≥ 95; accessibility,
 *    best practices and SEO 100. The build is served on 127.0.0.1 with its `_headers`,
 *    behind a gzip proxy, as a static host serves it.
 * 2. JavaScript budget: the case page loads no more JavaScript (gzip, until network idle,
 *    prefetches not counted) than a plain Docusaurus doc page with the same text, plus 10 %.
 *    The plain site is built in the same run from our node_modules.
 *
 * Prints everything, then exits 1 when a target is missed.
 * Flags: `--runs N` (default 3), `--only lighthouse|js`, `--no-gzip` (serve uncompressed),
 * `--build DIR` (another build folder, e.g. a copy while someone rebuilds ./build).
 * Env: `CHROMIUM_PATH` (default /usr/bin/chromium), `LIGHTHOUSE_MODULE` (another Lighthouse install).
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {serveBuild} from '../tests/e2e/server';
import {chromiumPath, launchBrowser} from '../tests/e2e/browser';
import {pagesThatDoNotHydrate as hydrationProblems} from './lib/hydration';
import {startGzipProxy} from './lib/gzip-proxy';
import {measureJsBudget, jsMargin} from './lib/js-budget';
import {
  categories,
  importLighthouse,
  medianSummary,
  missedTargets,
  runLighthouse,
  targets,
  type RunSummary,
} from './lib/lighthouse';
import {formatTable, kb} from './lib/stats';
import {perfPages} from './lib/perf-pages';


const {values: flags} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    only: {type: 'string'},
    'no-gzip': {type: 'boolean', default: false},
    build: {type: 'string', default: 'build'},
  },
});
const runs = Number(flags.runs);
const siteDir = process.cwd();
const buildDir = resolve(siteDir, flags.build);
const log = (line: string) => console.log(`[perf] ${line}`);

async function lighthouseReport(): Promise<string[]> {
  const lighthouse = await importLighthouse();
  const served = await serveBuild(buildDir);
  const proxy = flags['no-gzip'] ? undefined : await startGzipProxy(served.origin);
  const origin = proxy?.origin ?? served.origin;
  const failures: string[] = [];
  const rows: (string | number)[][] = [];
  const audits: string[] = [];
  try {
    // A page whose scripts fail scores better, so a broken page must not pass as a fast one.
    const broken = await pagesThatDoNotHydrate(origin);
    if (broken.length > 0) return broken.map((problem) => `${problem} — Lighthouse-cijfers zouden niets zeggen`);
    for (const page of perfPages) {
      const results: RunSummary[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await runLighthouse(lighthouse, `${origin}${page.path}`, chromiumPath);
        results.push(result);
        const s = result.scores;
        log(`${page.path} run ${run}/${runs}: perf ${s.performance} a11y ${s.accessibility} bp ${s['best-practices']} seo ${s.seo}, LCP ${Math.round(result.lcp)} ms`);
      }
      const summary = medianSummary(results);
      const missed = missedTargets(summary.scores);
      rows.push([
        page.path,
        ...categories.map((id) => summary.scores[id] ?? '–'),
        (summary.lcp / 1000).toFixed(2),
        Math.round(summary.tbt),
        summary.cls.toFixed(3),
        missed.length === 0 ? 'ok' : `MIS: ${missed.join(', ')}`,
      ]);
      if (missed.length > 0) failures.push(`${page.path}: ${missed.map((id) => `${id} ${summary.scores[id]} < ${targets[id]}`).join(', ')}`);
      if (summary.failedAudits.length > 0) audits.push(`${page.path}: ${summary.failedAudits.join('; ')}`);
    }
  } finally {
    proxy?.server.close();
    served.server.close();
  }
  console.log(`\nLighthouse (mobiel, mediaan van ${runs} runs${flags['no-gzip'] ? ', zonder gzip' : ', met gzip'}):\n`);
  console.log(
    formatTable(['pagina', 'performance', 'accessibility', 'best-practices', 'seo', 'LCP s', 'TBT ms', 'CLS', 'doel'], rows),
  );
  if (audits.length > 0) console.log(`\nAfgekeurde audits buiten performance:\n${audits.map((a) => `  ${a}`).join('\n')}`);
  return failures;
}

async function pagesThatDoNotHydrate(origin: string): Promise<string[]> {
  const browser = await launchBrowser();
  try {
    return await hydrationProblems(browser, origin, perfPages.map(({path}) => path));
  } finally {
    await browser.close();
  }
}

async function jsBudgetReport(): Promise<string[]> {
  const browser = await launchBrowser();
  try {
    const casePage = perfPages[1];
    const budget = await measureJsBudget({
      siteDir,
      buildDir,
      casePath: casePage.path,
      caseFile: join(siteDir, 'docs/praktijken/think-op-school-zwolle.mdx'),
      browser,
      log,
    });
    console.log('\nJavaScript bij het laden (gzip, tot network idle, zonder prefetches):\n');
    console.log(
      formatTable(
        ['pagina', 'requests', 'KB raw', 'KB gzip', 'prefetch daarna (KB gzip)'],
        [
          [`ons: ${casePage.path}`, budget.ours.requests, kb(budget.ours.rawBytes), kb(budget.ours.gzipBytes), `${kb(budget.oursPrefetched.gzipBytes)} in ${budget.oursPrefetched.requests}`],
          ['plain Docusaurus doc', budget.plain.requests, kb(budget.plain.rawBytes), kb(budget.plain.gzipBytes), `${kb(budget.plainPrefetched.gzipBytes)} in ${budget.plainPrefetched.requests}`],
        ],
      ),
    );
    const limit = budget.plain.gzipBytes * (1 + jsMargin);
    console.log(`\nverhouding ${budget.ratio.toFixed(3)} (grens ${(1 + jsMargin).toFixed(2)}; ${kb(budget.ours.gzipBytes)} KB van maximaal ${kb(limit)} KB)`);
    return budget.withinBudget ? [] : [`JavaScript-budget: case page ${kb(budget.ours.gzipBytes)} KB > ${kb(limit)} KB`];
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(buildDir, 'index.html'))) {
    console.error(`Geen build gevonden in ${buildDir}. Draai eerst: npm run build`);
    process.exit(1);
  }
  if (!existsSync(chromiumPath)) {
    console.error(`Chromium ontbreekt op ${chromiumPath}. Installeer het met: apt-get install -y chromium`);
    process.exit(1);
  }
  const failures: string[] = [];
  if (flags.only !== 'js') failures.push(...(await lighthouseReport()));
  if (flags.only !== 'lighthouse') failures.push(...(await jsBudgetReport()));
  if (failures.length > 0) {
    console.error(`\nDoel niet gehaald:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAlle doelen gehaald.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
