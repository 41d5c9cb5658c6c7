/**
 * What every page loads, split by where it comes from (issue 19, item 5). Every page of a
 * Docusaurus site runs `main.js`, and Docusaurus puts four generated files into it that grow
 * with the number of pages: the route table (`routes.js`), the chunk names of every route
 * (`routesChunkNames.json`), the registry of every route module (`registry.js`) and every
 * plugin's global data (`globalData.json`, where the docs plugin lists every doc). Doc pages
 * also load the docs version metadata (title and description of every doc). Next to main.js
 * every page runs the bundler's runtime (`runtime~main.js`), which maps the id of every chunk,
 * one or more per route, to its file name.
 *
 * The build writes no source maps, so the parts are found in the minified main.js itself:
 * the route table and registry as the array and object literals that start like the
 * generated files, the JSON files as the `JSON.parse('…')` literals whose value equals the
 * file in `.docusaurus/`. The bundler concatenates modules, so a part is a literal, not a
 * module. Raw bytes are the literal's length; gzip bytes are what main.js' gzip size loses
 * when the literal is cut out (its share of the compressed file, not its size compressed alone).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';
import {gzipSync} from 'node:zlib';

export const partNames = ['routes', 'routesChunkNames', 'registry', 'globalData', 'siteMetadata'] as const;
export type PartName = (typeof partNames)[number];

/** What each part is, in the words of the report. */
export const partLabels: Record<PartName | 'rest' | 'runtime' | 'versionMetadata', string> = {
  routes: 'routetabel (routes.js)',
  routesChunkNames: 'chunknamen per route (routesChunkNames.json)',
  registry: 'registry (registry.js)',
  globalData: 'global data (globalData.json; docs: id + pad per doc)',
  siteMetadata: 'site- en versiemetadata (site-metadata.json)',
  rest: 'rest van main.js (React, router, thema, config)',
  runtime: 'bundler-runtime (runtime~main.js; bestandsnaam per chunk)',
  versionMetadata: 'docs-versiemetadata (elke docpagina; titel + beschrijving per doc)',
};

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The index just past the bracket that closes the one at `start` (`[`, `{` or `(`), skipping
 * string literals. Enough for generated data literals, which hold no regular expressions,
 * template literals or comments. Pure.
 */
export function closingBracket(source: string, start: number): number {
  const pairs: Record<string, string> = {'[': ']', '{': '}', '(': ')'};
  const stack: string[] = [];
  for (let i = start; i < source.length; i++) {
    const char = source[i]!;
    if (char === '"' || char === "'") {
      i = stringEnd(source, i) - 1;
      continue;
    }
    if (pairs[char]) stack.push(pairs[char]!);
    else if (char === ']' || char === '}' || char === ')') {
      if (stack.pop() !== char) throw new Error(`unbalanced ${char} at ${i}`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error(`no closing bracket for ${source[start]} at ${start}`);
}

/** The index just past the string literal that starts at `start` (a quote). Pure. */
function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  for (; i < source.length && source[i] !== quote; i++) if (source[i] === '\\') i++;
  return i + 1;
}

/**
 * Every `JSON.parse('…')` in `source` whose argument is one string literal: the span of the
 * call and the parsed value. Calls on anything else are skipped. Pure.
 */
export function jsonParseLiterals(source: string): {span: Span; value: unknown}[] {
  const found: {span: Span; value: unknown}[] = [];
  const marker = 'JSON.parse(';
  for (let at = source.indexOf(marker); at >= 0; at = source.indexOf(marker, at + 1)) {
    const start = at + marker.length;
    if (source[start] !== "'" && source[start] !== '"') continue;
    const end = stringEnd(source, start);
    if (source[end] !== ')') continue;
    // A lone string literal evaluates to its text and runs nothing.
    const text = runInNewContext(source.slice(start, end)) as string;
    try {
      found.push({span: {start: at, end: end + 1}, value: JSON.parse(text)});
    } catch {
      // Not JSON after all; not one of the generated files.
    }
  }
  return found;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The generated files of a site, as `.docusaurus/` holds them after a build. */
export interface Generated {
  readonly routes: string;
  readonly registry: string;
  readonly routesChunkNames: unknown;
  readonly globalData: unknown;
  readonly siteMetadata: unknown;
}

export function readGenerated(siteDir: string): Generated {
  const file = (name: string) => readFileSync(join(siteDir, '.docusaurus', name), 'utf8');
  return {
    routes: file('routes.js'),
    registry: file('registry.js'),
    routesChunkNames: JSON.parse(file('routesChunkNames.json')),
    globalData: JSON.parse(file('globalData.json')),
    siteMetadata: JSON.parse(file('site-metadata.json')),
  };
}

/** Where each generated part sits in a minified main.js. Throws when one is not found. Pure. */
export function findParts(mainJs: string, generated: Generated): Record<PartName, Span> {
  const literals = jsonParseLiterals(mainJs);
  const json = (name: 'routesChunkNames' | 'globalData' | 'siteMetadata'): Span => {
    const hit = literals.find((literal) => sameJson(literal.value, generated[name]));
    if (!hit) throw new Error(`${name}: no JSON.parse literal in main.js equals .docusaurus/${name}`);
    return hit.span;
  };
  // routes.js: `export default [\n  {\n    path: '/x',` → minified `[{path:"/x",`.
  const firstPath = /path: '([^']*)'/.exec(generated.routes)?.[1];
  // registry.js: `export default {\n  "abc": [() => import(` → minified `{"abc":[()=>`.
  const firstKey = /^\s*"([^"]+)": \[/m.exec(generated.registry)?.[1];
  if (firstPath === undefined || firstKey === undefined) throw new Error('routes.js or registry.js has an unexpected shape');
  const literal = (name: string, needle: string): Span => {
    const start = mainJs.indexOf(needle);
    if (start < 0) throw new Error(`${name}: ${needle} not found in main.js`);
    return {start, end: closingBracket(mainJs, start)};
  };
  return {
    routes: literal('routes', `[{path:${JSON.stringify(firstPath)},`),
    routesChunkNames: json('routesChunkNames'),
    registry: literal('registry', `{${JSON.stringify(firstKey)}:[`),
    globalData: json('globalData'),
    siteMetadata: json('siteMetadata'),
  };
}

const gzipBytes = (text: string) => gzipSync(text).length;

export interface MainJsSplit {
  readonly total: Bytes;
  readonly parts: Record<PartName | 'rest', Bytes>;
}

/** Sizes of the parts of main.js; gzip as each part's share of main.js' gzip size. Pure. */
export function splitMainJs(mainJs: string, generated: Generated): MainJsSplit {
  const spans = findParts(mainJs, generated);
  const totalGzip = gzipBytes(mainJs);
  const entries = partNames.map((name) => {
    const {start, end} = spans[name];
    const bytes: Bytes = {raw: end - start, gzip: totalGzip - gzipBytes(mainJs.slice(0, start) + mainJs.slice(end))};
    return [name, bytes] as const;
  });
  const sum = (key: keyof Bytes) => entries.reduce((total, [, bytes]) => total + bytes[key], 0);
  const rest: Bytes = {raw: mainJs.length - sum('raw'), gzip: totalGzip - sum('gzip')};
  return {total: {raw: mainJs.length, gzip: totalGzip}, parts: {...Object.fromEntries(entries), rest} as MainJsSplit['parts']};
}

/** A site's every-page bytes: main.js split in parts, and the docs version metadata doc pages load. */
export interface EveryPage extends MainJsSplit {
  readonly praktijken: number;
  /** runtime~main.js, loaded by every page next to main.js. */
  readonly runtime: Bytes;
  readonly versionMetadata: Bytes;
}

/**
 * Reads a built site (`build/` and `.docusaurus/` of the same build). The version metadata is
 * the docs plugin's props file (`{"version":{"pluginId":…`), minified JSON as the chunk holds it.
 */
export function everyPageBytes(siteDir: string, praktijken: number): EveryPage {
  const jsDir = join(siteDir, 'build/assets/js');
  const files = readdirSync(jsDir);
  const main = files.find((name) => /^main\.[\w]+\.js$/.test(name));
  const runtime = files.find((name) => /^runtime~main\.[\w]+\.js$/.test(name));
  if (!main || !runtime) throw new Error(`no main.*.js or runtime~main.*.js in ${jsDir}`);
  const runtimeJs = readFileSync(join(jsDir, runtime));
  const split = splitMainJs(readFileSync(join(jsDir, main), 'utf8'), readGenerated(siteDir));
  const propsDir = join(siteDir, '.docusaurus/docusaurus-plugin-content-docs/default/p');
  const versionFile = readdirSync(propsDir)
    .map((name) => readFileSync(join(propsDir, name), 'utf8'))
    .find((text) => text.startsWith('{"version":{"pluginId"'));
  const minified = versionFile ? JSON.stringify(JSON.parse(versionFile)) : '';
  return {...split, praktijken, runtime: {raw: runtimeJs.length, gzip: gzipSync(runtimeJs).length}, versionMetadata: {raw: Buffer.byteLength(minified), gzip: minified ? gzipBytes(minified) : 0}};
}

/** Bytes each extra practice adds, between two sites with different numbers of practices. Pure. */
export function perPractice(small: EveryPage, large: EveryPage): Record<PartName | 'rest' | 'total' | 'runtime' | 'versionMetadata', Bytes> {
  const practices = large.praktijken - small.praktijken;
  if (practices <= 0) throw new Error('per practice needs a larger second site');
  const per = (a: Bytes, b: Bytes): Bytes => ({raw: (b.raw - a.raw) / practices, gzip: (b.gzip - a.gzip) / practices});
  const parts = Object.fromEntries(
    [...partNames, 'rest' as const].map((name) => [name, per(small.parts[name], large.parts[name])]),
  ) as Record<PartName | 'rest', Bytes>;
  return {...parts, total: per(small.total, large.total), runtime: per(small.runtime, large.runtime), versionMetadata: per(small.versionMetadata, large.versionMetadata)};
}
