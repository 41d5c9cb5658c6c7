/**
 * `npm run bench:page-load`: what each mechanism of src/plugins/page-load buys (issue 13).
 *
 * For each size (default 15 and 1,000 practices: the repository as is, and with synthetic
 * practices added as in `bench:scale`) it builds the site once with every mechanism on and once
 * without each mechanism (`KENNISBANK_PAGE_LOAD_OFF`), all cold. Then Lighthouse (mobile,
 * simulated throttling) runs on the four perf pages of every build, interleaved: run 1 of every
 * variant and page, then run 2, …, so that a slow minute of the machine hits all variants alike.
 * Each build is served behind a gzip proxy as a static host would. Before measuring, every page
 * of every build must hydrate without console errors: a broken page would score better.
 *
 * It prints the medians per variant and page, and the verdict of the rule in
 * `scripts/lib/ablation.ts` per mechanism. Raw runs go to `<work>/ablation.json`.
 *
 * Flags: `--sizes 15,1000`, `--runs 5`, `--mechanisms a,b` (default: all),
 * `--work DIR` (reuse the sites and builds of an earlier run in DIR; missing builds are made),
 * `--report` (with `--work`: print the tables from DIR/ablation.json, as far as it got, without measuring).
 * Measure on a quiet machine: other work on the two cores shows up as blocking time.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {parseArgs} from 'node:util';
import {serveBuild} from '../tests/e2e/server';
import {chromiumPath, launchBrowser} from '../tests/e2e/browser';
import {startGzipProxy} from './lib/gzip-proxy';
import {importLighthouse, runLighthouse} from './lib/lighthouse';
import {pagesThatDoNotHydrate} from './lib/hydration';
import {perfPages} from './lib/perf-pages';
import {copySite, factorSlugsOf} from './lib/site-copy';
import {syntheticPraktijk} from './lib/synthetic';
import {runMeasured} from './lib/measure';
import {medians, verdict, type AblationRun, type AblationRuns} from './lib/ablation';
import {formatTable} from './lib/stats';
import {pageLoadMechanisms, mechanismsOff} from '../src/plugins/page-load/ablation';

const baseline = 'alles aan';
const {values: flags} = parseArgs({
  options: {
    sizes: {type: 'string', default: '15,1000'},
    runs: {type: 'string', default: '5'},
    mechanisms: {type: 'string'},
    work: {type: 'string'},
    report: {type: 'boolean', default: false},
  },
});
const sizes = flags.sizes.split(',').map(Number);
const runs = Number(flags.runs);
const mechanisms = flags.mechanisms ? [...mechanismsOff(flags.mechanisms)] : [...pageLoadMechanisms];
const variants = [baseline, ...mechanisms];
const siteDir = process.cwd();
const docusaurusBin = join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const started = performance.now();
const log = (line: string) => console.log(`[page-load ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);

function prepareSite(work: string, size: number): string {
  const site = join(work, `site-${size}`);
  if (existsSync(site)) return site;
  copySite(siteDir, site);
  const praktijkenDir = join(site, 'docs/praktijken');
  const real = readdirSync(praktijkenDir).filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_')).length;
  const factorSlugs = factorSlugsOf(site);
  for (let index = 1; index <= size - real; index++) {
    const praktijk = syntheticPraktijk(index, factorSlugs);
    writeFileSync(join(praktijkenDir, `${praktijk.slug}.mdx`), praktijk.source);
  }
  return site;
}

async function buildVariant(site: string, variant: string): Promise<string> {
  const outDir = join(site, `build-${variant.replace(/\s+/g, '-')}`);
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  const logFile = `${outDir}.log`;
  const result = await runMeasured(process.execPath, [docusaurusBin, 'build', '--out-dir', outDir], {
    cwd: site,
    logFile,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      KENNISBANK_PAGE_LOAD_OFF: variant === baseline ? '' : variant,
    },
  });
  if (result.exitCode !== 0) throw new Error(`build zonder ${variant} faalde; zie ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
  log(`${basename(site)}: ${variant === baseline ? 'alles aan' : `zonder ${variant}`} gebouwd in ${result.seconds.toFixed(0)} s`);
  return outDir;
}

async function main(): Promise<void> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium ontbreekt op ${chromiumPath}; installeer het met: apt-get install -y chromium`);
  const work = flags.work ?? mkdtempSync(join(tmpdir(), 'bench-page-load-'));
  mkdirSync(work, {recursive: true});
  log(`werkmap ${work}; maten ${sizes.join(', ')}; ${runs} runs; varianten: ${variants.join(', ')}`);

  if (flags.report) return report(JSON.parse(readFileSync(join(work, 'ablation.json'), 'utf8')) as AblationRuns);
  report(await measure(work));
  log(`klaar; ruwe runs in ${join(work, 'ablation.json')}`);
}

async function measure(work: string): Promise<AblationRuns> {
  const servers: {close(): void}[] = [];
  const origins: Record<string, Record<string, string>> = {};
  for (const size of sizes) {
    const site = prepareSite(work, size);
    origins[size] = {};
    for (const variant of variants) {
      const served = await serveBuild(await buildVariant(site, variant));
      const proxy = await startGzipProxy(served.origin);
      servers.push(served.server, proxy.server);
      origins[size]![variant] = proxy.origin;
    }
  }
  const results: AblationRuns = {};
  try {
    const browser = await launchBrowser();
    const problems: string[] = [];
    for (const origin of Object.values(origins).flatMap((bySize) => Object.values(bySize))) {
      problems.push(...(await pagesThatDoNotHydrate(browser, origin, perfPages.map(({path}) => path))));
    }
    await browser.close();
    if (problems.length > 0) throw new Error(`Niet te meten, pagina's werken niet:\n${problems.join('\n')}`);

    const lighthouse = await importLighthouse();
    for (let run = 1; run <= runs; run++) {
      for (const size of sizes) {
        for (const page of perfPages) {
          // Rotate the order each run, so no variant always follows the same one.
          const order = variants.map((_, i) => variants[(i + run) % variants.length]!);
          for (const variant of order) {
            const summary = await runLighthouse(lighthouse, `${origins[size]![variant]}${page.path}`, chromiumPath);
            const entry: AblationRun = {performance: summary.scores.performance ?? 0, tbt: summary.tbt};
            ((((results[size] ??= {})[variant] ??= {})[page.name] ??= []) as AblationRun[]).push(entry);
            log(`run ${run}/${runs} ${size} ${page.name} ${variant}: perf ${entry.performance}, TBT ${Math.round(entry.tbt)} ms, LCP ${Math.round(summary.lcp)} ms`);
          }
        }
      }
      writeFileSync(join(work, 'ablation.json'), JSON.stringify(results, null, 2));
    }
  } finally {
    for (const server of servers) server.close();
  }

  return results;
}

/** Prints medians and verdicts over the complete rounds only (a stopped run leaves one round half done). */
function report(measured: AblationRuns): void {
  const results: AblationRuns = {};
  for (const size of sizes) {
    const done = Math.min(...variants.flatMap((variant) => perfPages.map((page) => measured[size]?.[variant]?.[page.name]?.length ?? 0)));
    results[size] = Object.fromEntries(
      variants.map((variant) => [variant, Object.fromEntries(perfPages.map((page) => [page.name, (measured[size]?.[variant]?.[page.name] ?? []).slice(0, done)]))]),
    );
    console.log(`\n${size} praktijken — mediaan van ${done} runs (performance / TBT ms):\n`);
    if (done === 0) continue;
    console.log(
      formatTable(
        ['variant', ...perfPages.map((page) => page.name)],
        variants.map((variant) => [
          variant === baseline ? baseline : `zonder ${variant}`,
          ...perfPages.map((page) => {
            const m = medians(results[size]?.[variant]?.[page.name] ?? []);
            return `${m.performance} / ${Math.round(m.tbt)}`;
          }),
        ]),
        true,
      ),
    );
  }
  console.log('\nRuis: TBT van de build met alles aan, laagste–hoogste run (ms):\n');
  console.log(
    formatTable(
      ['maat', ...perfPages.map((page) => page.name)],
      sizes.map((size) => [
        size,
        ...perfPages.map((page) => {
          const tbts = (results[size]?.[baseline]?.[page.name] ?? []).map((run) => Math.round(run.tbt));
          return tbts.length > 0 ? `${Math.min(...tbts)}–${Math.max(...tbts)}` : '–';
        }),
      ]),
      true,
    ),
  );
  console.log('\nOordeel (houden als weglaten ≥ 20 ms TBT of ≥ 1 punt kost op een pagina, bij een maat):\n');
  console.log(
    formatTable(
      ['mechanisme', 'oordeel', 'grootste TBT-kost ms', 'grootste puntenkost', 'waarom'],
      mechanisms.map((mechanism) => {
        const v = verdict(results, mechanism, baseline);
        return [
          mechanism,
          v.keep ? 'houden' : 'weghalen',
          Math.round(Math.max(...v.costs.map((c) => c.tbtMs))),
          Math.max(...v.costs.map((c) => c.points)),
          v.reasons.map((c) => `${c.size}/${c.page}: +${Math.round(c.tbtMs)} ms, −${c.points} pt`).join('; ') || '–',
        ];
      }),
      true,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
