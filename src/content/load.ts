import {readdirSync, readFileSync, existsSync} from 'node:fs';
import {join, relative, basename, extname} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {contentTypes, type ContentKind} from './schemas';
import type {Praktijk} from './schemas/praktijk';
import type {Factor} from './schemas/factor';
import type {Beleid} from './schemas/beleid';
import {checkFrontmatter, lineLocator, type LocateLine} from './frontmatter';
import {lintMdx} from './lint';
import {parseMdx} from './parse-mdx';
import {checkSections, sectionText} from './sections';
import {docPage} from './links';
import type {Problem} from './problems';

/** A content file that passed its own schema. */
export interface Entry<T> {
  /** File name without extension; also the last part of the URL. */
  readonly slug: string;
  /** Path relative to the site root. */
  readonly file: string;
  readonly data: T;
  /** Number of words in the body, for length checks. */
  readonly words: number;
  /** Finds the file line of a frontmatter field, for cross-file problems. */
  readonly locate: LocateLine;
  /** Plain text of the "In het kort" section (practices only), for the selection page. */
  readonly inHetKort?: readonly string[];
}

/** A file whose frontmatter failed its schema, kept so cross-file checks still see its references. */
export interface RejectedEntry {
  readonly kind: ContentKind;
  readonly slug: string;
  readonly file: string;
  readonly raw: unknown;
  readonly locate: LocateLine;
}

export interface LoadedContent {
  readonly praktijken: readonly Entry<Praktijk>[];
  readonly factoren: readonly Entry<Factor>[];
  readonly beleid: readonly Entry<Beleid>[];
  /** Files that failed their schema; their references are still checked. */
  readonly rejected: readonly RejectedEntry[];
  /** Problems of single files: syntax, schema, unsafe MDX. */
  readonly problems: readonly Problem[];
  readonly fileCount: number;
  /** Where the content was read from; the link check reads the rest of the site there. */
  readonly siteDir?: string;
}

type DataOf = {praktijk: Praktijk; factor: Factor; beleid: Beleid};

const cacheKey = Symbol.for('kennisbank.content.fileResults');

export function listContentFiles(siteDir: string, folder: string): string[] {
  const dir = join(siteDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

export type FileResult<K extends ContentKind> = {
  entry?: Entry<DataOf[K]>;
  rejected?: RejectedEntry;
  problems: Problem[];
  /** What `locate` is built from, so a result can cross to another thread without its functions. */
  frontmatter?: {yaml: string; firstLine: number};
};

let readYaml: (text: string) => unknown = parseYaml;

/**
 * Reads sound frontmatter with a faster YAML parser (js-yaml's core schema, the same YAML 1.2
 * types; five times faster at a few thousand files). Anything it rejects is read again by
 * `yaml`, whose error, with its line, the report shows. Used by the worker threads.
 */
export function useFastYaml(load: (text: string) => unknown): void {
  readYaml = (text) => {
    try {
      return load(text);
    } catch {
      return parseYaml(text);
    }
  };
}

/**
 * Results by file and source text. A build reads every file more than once (the plugin's
 * check, then Docusaurus' own frontmatter parsing); the result depends only on the text,
 * so the second read costs nothing. Kept on `globalThis`: Docusaurus loads the site config and
 * each plugin as fresh modules (jiti without a require cache), so the config's front matter
 * parser and the plugin each have their own copy of this module, and would each parse every file.
 */
const fileResults = ((globalThis as {[cacheKey]?: Map<string, {source: string; result: FileResult<ContentKind>}>})[cacheKey] ??= new Map());

/** Reads one content file: parses MDX, checks frontmatter against its schema, lints the body. */
export function loadFile<K extends ContentKind>(
  kind: K,
  absolutePath: string,
  siteDir: string,
  source: string = readFileSync(absolutePath, 'utf8'),
): FileResult<K> {
  const cached = fileResults.get(resultKey(kind, siteDir, absolutePath));
  if (cached?.source === source) return cached.result as FileResult<K>;
  const result = parseContentFile(kind, absolutePath, siteDir, source);
  rememberFile(kind, absolutePath, siteDir, source, result);
  return result;
}

const resultKey = (kind: ContentKind, siteDir: string, absolutePath: string) => `${kind}\0${siteDir}\0${absolutePath}`;

/** Stores the result of a file read elsewhere (a worker thread, see load-threads.ts). */
export function rememberFile<K extends ContentKind>(kind: K, absolutePath: string, siteDir: string, source: string, result: FileResult<K>): void {
  fileResults.set(resultKey(kind, siteDir, absolutePath), {source, result});
}

function parseContentFile<K extends ContentKind>(kind: K, absolutePath: string, siteDir: string, source: string): FileResult<K> {
  const file = relative(siteDir, absolutePath).replaceAll('\\', '/');
  const slug = basename(absolutePath, extname(absolutePath));
  let parsed: ReturnType<typeof parseMdx>;
  try {
    parsed = parseMdx(source);
  } catch (error) {
    const place = error as {line?: number; place?: {line?: number; start?: {line?: number}}; reason?: string; message?: string};
    const reason = place.reason ?? place.message ?? '';
    // Some MDX errors carry their position only in the text, as "(3:1-3:9)".
    const line = place.line ?? place.place?.start?.line ?? place.place?.line ?? Number(/\((\d+):\d+/.exec(reason)?.[1]);
    return {problems: [{file, line: Number.isFinite(line) ? line : undefined, field: 'inhoud', message: `MDX kan niet gelezen worden: ${reason}`}]};
  }
  if (parsed.yaml === undefined) {
    return {problems: [{file, line: 1, field: '', message: 'frontmatter ontbreekt: begin het bestand met --- en de velden'}]};
  }
  let data: unknown;
  try {
    data = readYaml(parsed.yaml) ?? {};
  } catch (error) {
    const place = error as {linePos?: [{line: number}]; message: string};
    const line = place.linePos?.[0]?.line;
    return {
      problems: [{file, line: line && line + parsed.yamlFirstLine - 1, field: 'frontmatter', message: `YAML-fout: ${place.message.split('\n')[0]}`}],
    };
  }
  // The link check needs this file's anchors and links; it gets them from this parse.
  docPage(siteDir, absolutePath, source, parsed.tree);
  const problems: Problem[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.push({file, field: 'bestandsnaam', message: 'gebruik kleine letters, cijfers en koppeltekens', value: basename(absolutePath)});
  }
  const schema = contentTypes[kind].schema;
  const locate = lineLocator(parsed.yaml, parsed.yamlFirstLine);
  const result = checkFrontmatter(schema, data, {file, locate});
  problems.push(...result.problems, ...lintMdx(parsed.tree, file), ...(kind === 'praktijk' ? checkSections(parsed.tree, file) : []));
  const body = source.slice(source.indexOf('---', 3) + 3);
  const words = body.split(/\s+/).filter(Boolean).length;
  return {
    entry: result.ok
      ? {slug, file, data: result.value as DataOf[K], words, locate, ...(kind === 'praktijk' ? {inHetKort: sectionText(parsed.tree, 'In het kort')} : {})}
      : undefined,
    rejected: result.ok ? undefined : {kind, slug, file, raw: data, locate},
    problems,
    frontmatter: {yaml: parsed.yaml, firstLine: parsed.yamlFirstLine},
  };
}

/** Loads every content file of the site. Collects all problems instead of stopping at one. */
export function loadContent(siteDir: string): LoadedContent {
  const problems: Problem[] = [];
  const rejected: RejectedEntry[] = [];
  let fileCount = 0;
  const loadKind = <K extends ContentKind>(kind: K): Entry<DataOf[K]>[] =>
    listContentFiles(siteDir, contentTypes[kind].folder).flatMap((path) => {
      fileCount++;
      const result = loadFile(kind, path, siteDir);
      problems.push(...result.problems);
      if (result.rejected) rejected.push(result.rejected);
      return result.entry ? [result.entry] : [];
    });
  const praktijken = loadKind('praktijk');
  const factoren = loadKind('factor');
  const beleid = loadKind('beleid');
  return {praktijken, factoren, beleid, rejected, problems, fileCount, siteDir};
}
