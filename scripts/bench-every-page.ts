/**
 * `npm run bench:every-page`: which supported way of publishing practices adds the fewest
 * bytes to what every page loads (issue 19, item 5)? Builds small plain Docusaurus sites
 * (`plain-site.ts`, plus our factor files) with N synthetic practices published four ways, at
 * two sizes, and prints bytes per practice in main.js (route table, chunk names, registry,
 * global data; `every-page.ts`) and in the docs version metadata that doc pages load:
 *
 * - `docs`: practices as docs in `docs/praktijken/` (what the site does);
 * - `docs-kort-pad`: the same docs in `docs/p/` with `slug: /praktijken/<slug>` (shorter id
 *   and source path, same URL);
 * - `pages-instantie`: a second instance of `@docusaurus/plugin-content-pages` for
 *   `praktijken/*.mdx` (MDX pages: no global data, no version metadata);
 * - `eigen-route`: a plugin of our own that calls `addRoute` per practice with the page data
 *   as a route module (`modules: {content}`), as the thema pages do.
 *
 * Every practice is the same synthetic text in every variant (title and body, links as plain
 * text, so no variant pays for cross-plugin links). Flags: `--sizes 20,220`, `--keep`.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {everyPageBytes, partLabels, partNames, perPractice, type EveryPage} from './lib/every-page';
import {plainDocFrom} from './lib/js-budget';
import {runMeasured} from './lib/measure';
import {plainConfig, writePlainSite} from './lib/plain-site';
import {formatTable} from './lib/stats';
import {syntheticPraktijk} from './lib/synthetic';

const {values: flags} = parseArgs({options: {sizes: {type: 'string', default: '20,220'}, keep: {type: 'boolean', default: false}}});
const sizes = flags.sizes.split(',').map(Number);
if (sizes.length !== 2 || sizes.some((n) => !Number.isInteger(n) || n < 1) || sizes[0]! >= sizes[1]!) {
  console.error(`--sizes verwacht twee oplopende aantallen, bijvoorbeeld 20,220; kreeg ${flags.sizes}`);
  process.exit(1);
}
const siteDir = process.cwd();
const nodeModules = join(siteDir, 'node_modules');
const docusaurusBin = join(nodeModules, '@docusaurus/core/bin/docusaurus.mjs');
const variants = ['docs', 'docs-kort-pad', 'pages-instantie', 'eigen-route'] as const;
type Variant = (typeof variants)[number];

const factorDir = join(siteDir, 'docs/werkende-factoren');
const factorSlugs = readdirSync(factorDir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).map((name) => name.replace(/\.mdx$/, ''));
const factorDocs = factorSlugs.map((slug) => ({path: `werkende-factoren/${slug}.mdx`, source: plainDocFrom(readFileSync(join(factorDir, `${slug}.mdx`), 'utf8'))}));

/** A local plugin that publishes each practice through `addRoute` with its data as a route module. */
const ownRoutePlugin = `const {readdirSync, readFileSync} = require('node:fs');
const {join} = require('node:path');
module.exports = function praktijken(context) {
  const dir = join(context.siteDir, 'praktijken');
  return {
    name: 'praktijken',
    async loadContent() {
      return readdirSync(dir).map((file) => ({slug: file.replace(/\\.mdx$/, ''), text: readFileSync(join(dir, file), 'utf8')}));
    },
    async contentLoaded({content, actions}) {
      for (const {slug, text} of content) {
        const title = /^title: (.*)$/m.exec(text)[1];
        const data = await actions.createData(slug + '.json', JSON.stringify({title, body: text.slice(text.indexOf('\\n---', 3) + 4)}));
        actions.addRoute({path: '/praktijken/' + slug, component: '@site/src/Praktijk.js', modules: {content: data}, exact: true});
      }
    },
  };
};
`;
const ownRouteComponent = `import React from 'react';
import Layout from '@theme/Layout';
export default function Praktijk({content}) {
  return <Layout title={content.title}><main className="container"><h1>{content.title}</h1><p>{content.body}</p></main></Layout>;
}
`;

function writeVariant(dir: string, variant: Variant, count: number): void {
  const praktijken = Array.from({length: count}, (_, i) => syntheticPraktijk(i + 1, factorSlugs)).map((p) => ({slug: p.slug, source: plainDocFrom(p.source)}));
  const asDocs =
    variant === 'docs'
      ? praktijken.map((p) => ({path: `praktijken/${p.slug}.mdx`, source: p.source}))
      : variant === 'docs-kort-pad'
        ? praktijken.map((p) => ({path: `p/${p.slug}.mdx`, source: p.source.replace('---\n', `---\nslug: /praktijken/${p.slug}\n`)}))
        : [];
  writePlainSite(dir, [...factorDocs, ...asDocs], {sidebar: 'none-for-praktijken', home: true, nodeModules});
  if (variant === 'pages-instantie' || variant === 'eigen-route') {
    mkdirSync(join(dir, 'praktijken'));
    for (const p of praktijken) writeFileSync(join(dir, 'praktijken', `${p.slug}.mdx`), p.source);
    const plugin =
      variant === 'pages-instantie'
        ? `['@docusaurus/plugin-content-pages', {id: 'praktijken', path: 'praktijken', routeBasePath: 'praktijken'}]`
        : `require.resolve('./praktijken-plugin.js')`;
    writeFileSync(join(dir, 'docusaurus.config.js'), plainConfig().replace('  presets: [', `  plugins: [${plugin}],\n  presets: [`));
    if (variant === 'eigen-route') {
      writeFileSync(join(dir, 'praktijken-plugin.js'), ownRoutePlugin);
      writeFileSync(join(dir, 'src/Praktijk.js'), ownRouteComponent);
    }
  }
}

async function measure(work: string, variant: Variant, count: number): Promise<EveryPage> {
  const dir = join(work, `${variant}-${count}`);
  writeVariant(dir, variant, count);
  const logFile = join(work, `${variant}-${count}.log`);
  const built = await runMeasured(process.execPath, [docusaurusBin, 'build'], {cwd: dir, logFile, env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}});
  if (built.exitCode !== 0) throw new Error(`${variant} bij ${count} bouwt niet; zie ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
  console.log(`${variant}, ${count} praktijken: gebouwd in ${built.seconds.toFixed(1)} s`);
  const result = everyPageBytes(dir, count);
  if (!flags.keep) rmSync(dir, {recursive: true, force: true});
  return result;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-every-page-'));
  const rows: (string | number)[][] = [];
  for (const variant of variants) {
    const per = perPractice(await measure(work, variant, sizes[0]!), await measure(work, variant, sizes[1]!));
    const cells = [...partNames.filter((name) => name !== 'siteMetadata'), 'total' as const, 'runtime' as const, 'versionMetadata' as const].map((name) => `${per[name].raw.toFixed(0)} / ${per[name].gzip.toFixed(0)}`);
    rows.push([variant, ...cells]);
  }
  console.log(`\nBytes per praktijk (raw / gzip), verschil ${sizes[0]} → ${sizes[1]} praktijken, plain Docusaurus:\n`);
  console.log(
    formatTable(
      ['variant', partLabels.routes, partLabels.routesChunkNames, partLabels.registry, 'global data', 'main.js totaal', 'runtime~main.js', 'docs-versiemetadata (docpagina’s)'],
      rows,
      true,
    ),
  );
  console.log(`\nwerkmap ${work}${flags.keep ? '' : ' (sites verwijderd; --keep bewaart ze)'}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
