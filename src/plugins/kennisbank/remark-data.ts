import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadedContent} from '../../content/load';
import type {KennisbankData} from '../../content/graph';
import type {Praktijk} from '../../content/schemas/praktijk';
import type {Factor} from '../../content/schemas/factor';

/** What the generated parts of the pages need of the site graph. */
export type RemarkGraph = Pick<KennisbankData, 'factoren' | 'factorPraktijken' | 'coOccurrence' | 'counts' | 'praktijken' | 'verwant'>;

/** The validated frontmatter per slug, and the graph, for the remark plugin. */
export interface RemarkData {
  readonly praktijken: Readonly<Record<string, Praktijk>>;
  readonly factoren: Readonly<Record<string, Factor>>;
  readonly beleid: Readonly<Record<string, {readonly bron: Praktijk['bron']}>>;
  readonly graph: RemarkGraph;
}

/**
 * Name of the file the plugin writes with `createData` in contentLoaded. The remark plugin runs
 * inside the docs plugin's MDX loader, so it reads the data from there, as that loader reads
 * the docs plugin's own metadata files: no module-level state is shared between the two.
 */
export const remarkDataFile = 'remark-data.json';

/** Where `createData` puts the file: `<generatedFilesDir>/<plugin name>/<plugin id>/`. */
export function remarkDataPath(siteDir: string, generatedFilesDir = join(siteDir, '.docusaurus')): string {
  return join(generatedFilesDir, 'kennisbank', 'default', remarkDataFile);
}

export function remarkData(content: LoadedContent, {factoren, factorPraktijken, coOccurrence, counts, praktijken, verwant}: KennisbankData): RemarkData {
  return {
    praktijken: Object.fromEntries(content.praktijken.map(({slug, data}) => [slug, data])),
    factoren: Object.fromEntries(content.factoren.map(({slug, data}) => [slug, data])),
    beleid: Object.fromEntries(content.beleid.map(({slug, data}) => [slug, {bron: data.bron}])),
    graph: {factoren, factorPraktijken, coOccurrence, counts, praktijken, verwant},
  };
}

/**
 * Reads the data file, again only when it changed (in development the plugin rewrites it
 * after an edit). The cache lives in the caller's closure.
 */
export function remarkDataReader(path: string): () => RemarkData {
  let cached: {mtimeMs: number; data: RemarkData} | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      throw new Error(`${path} ontbreekt: de kennisbank-plugin schrijft het in contentLoaded, vóór de pagina's worden gebouwd.`);
    }
    if (cached?.mtimeMs !== mtimeMs) cached = {mtimeMs, data: JSON.parse(readFileSync(path, 'utf8')) as RemarkData};
    return cached.data;
  };
}
