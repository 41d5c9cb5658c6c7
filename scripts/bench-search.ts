/**
 * `npm run bench:search`: Pagefind at N practice pages without building Docusaurus N times.
 *
 * Needs a production build in `build/` (`npx docusaurus build`). For each size it copies
 * `build/` to a temporary folder (without its `pagefind/`), writes N synthetic case pages
 * into `praktijken/` in the shape of a built case page, with the texts and filters a build
 * of synthetic practice i would index (`scripts/lib/synthetic-html.ts`, the same practices as
 * `bench:scale`), runs the site's own indexing step (`buildSearchIndex`, the build's
 * `postBuild`), and serves the folder to count the raw bytes a first query ("ouders") in the
 * navbar search of a case page loads (`scripts/lib/search-bytes.ts`, as `bench:scale`).
 *
 * The index step is compared with the build time Docusaurus would need at the same size,
 * *estimated* from the linear fit measured by `bench:scale` (docs-dev/PERFORMANCE.md):
 * `--build-intercept` seconds + `--build-slope-ms` per practice. Only the index is measured.
 *
 * Flags: `--pages 1000,5000`, `--build DIR` (default `build`), `--keep`.
 */
// First import: zod's global settings before any schema is created (synthetic.ts uses the schemas' types and vocabularies).
import '../src/content/zod-config';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {serveBuild} from '../tests/e2e/server';
import {launchBrowser} from '../tests/e2e/browser';
import {buildSearchIndex, type IndexStats} from '../src/plugins/pagefind/build-index';
import {bytesByKind, firstQueryFiles, recordServed, sumBytes, type ServedFile} from './lib/search-bytes';
import {formatTable, kb} from './lib/stats';
import {syntheticSlug} from './lib/synthetic';
import {syntheticCasePage} from './lib/synthetic-html';
import {loadFactoren} from '../src/plugins/kennisbank/state';

const {values: flags} = parseArgs({
  options: {
    pages: {type: 'string', default: '1000,5000'},
    build: {type: 'string', default: 'build'},
    keep: {type: 'boolean', default: false},
    // The fit of the last `bench:scale` run in docs-dev/PERFORMANCE.md (cold builds, 115 and 1,015 practices).
    'build-intercept': {type: 'string', default: '14.3'},
    'build-slope-ms': {type: 'string', default: '90'},
  },
});
const sizes = flags.pages.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--pages verwacht positieve gehele getallen, bijvoorbeeld 1000,5000; kreeg ${flags.pages}`);
  process.exit(1);
}
const siteDir = process.cwd();
const buildDir = join(siteDir, flags.build);
const praktijkenDir = join(siteDir, 'docs/praktijken');
const estimateBuildSeconds = (praktijken: number) => Number(flags['build-intercept']) + (Number(flags['build-slope-ms']) / 1000) * praktijken;

const mdxNames = (dir: string) => readdirSync(dir).filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'));
const realSlugs = mdxNames(praktijkenDir).map((name) => name.replace(/\.mdx?$/, ''));
const factoren = loadFactoren(siteDir);

/** Built case pages with key figures (every synthetic practice has them), as templates. */
function readTemplates(): string[] {
  return realSlugs.map((slug) => readFileSync(join(buildDir, 'praktijken', `${slug}.html`), 'utf8')).filter((html) => html.includes('Kerncijfers<ul>'));
}

interface SizeResult {
  readonly synthetic: number;
  readonly praktijken: number;
  readonly index: IndexStats;
  readonly firstQuery: readonly ServedFile[];
}

async function measure(synthetic: number, templates: readonly string[]): Promise<SizeResult> {
  const site = mkdtempSync(join(tmpdir(), `bench-search-${synthetic}-`));
  try {
    cpSync(buildDir, site, {recursive: true, filter: (source) => source !== join(buildDir, 'pagefind')});
    for (let index = 1; index <= synthetic; index++) {
      writeFileSync(join(site, 'praktijken', `${syntheticSlug(index)}.html`), syntheticCasePage(index, templates[index % templates.length]!, factoren));
    }
    const index = await buildSearchIndex(site);
    console.log(`[bench:search] ${synthetic}: ${index.pages} pagina's geïndexeerd in ${index.seconds.toFixed(2)} s, ${index.files} bestanden, ${kb(index.bytes)} KB`);
    const served = await serveBuild(site);
    const searchServed = recordServed(served.server, '/pagefind/');
    const browser = await launchBrowser();
    let firstQuery: ServedFile[];
    try {
      firstQuery = await firstQueryFiles(browser, `${served.origin}/praktijken/${realSlugs[0]}`, 'ouders', searchServed);
    } finally {
      await browser.close();
      served.server.close();
    }
    const parts = bytesByKind(firstQuery).map((part) => `${part.kind} ${part.files > 1 ? `${part.files}× ` : ''}${kb(part.bytes)}`);
    console.log(`[bench:search] ${synthetic}: eerste zoekvraag “ouders”: ${firstQuery.length} bestanden, ${kb(sumBytes(firstQuery))} KB (${parts.join(', ')})`);
    return {synthetic, praktijken: synthetic + realSlugs.length, index, firstQuery};
  } finally {
    if (flags.keep) console.log(`[bench:search] site bewaard in ${site}`);
    else rmSync(site, {recursive: true, force: true});
  }
}

async function main() {
  if (!existsSync(join(buildDir, 'praktijken'))) {
    console.error(`Geen build in ${buildDir}: draai eerst npx docusaurus build (of geef --build DIR).`);
    process.exit(1);
  }
  const templates = readTemplates();
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measure(size, templates));
  const header = [
    'praktijken',
    "geïndexeerde pagina's",
    'index s',
    'bestanden',
    'index KB',
    'eerste zoekvraag KB (bestanden)',
    'build s (schatting)',
    'index / build (schatting)',
  ];
  const rows = results.map((r) => {
    const build = estimateBuildSeconds(r.praktijken);
    return [
      r.praktijken,
      r.index.pages,
      r.index.seconds.toFixed(2),
      r.index.files,
      kb(r.index.bytes),
      `${kb(sumBytes(r.firstQuery))} (${r.firstQuery.length})`,
      build.toFixed(0),
      `${((r.index.seconds / build) * 100).toFixed(1)} %`,
    ];
  });
  console.log(`\nPagefind op synthetische praktijkpagina's (build geschat: ${flags['build-intercept']} s + ${flags['build-slope-ms']} ms × praktijken):\n`);
  console.log(formatTable(header, rows, true));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
