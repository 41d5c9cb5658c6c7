import {readdir, readFile, rm, stat} from 'node:fs/promises';
import {join, relative} from 'node:path';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';

export interface IndexStats {
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  readonly seconds: number;
}

/**
 * Files Pagefind writes for its ready-made interfaces. The site has its own search box and
 * page, so these would only be dead weight in `build/`.
 */
export const unusedBundleFiles = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

async function filesUnder(dir: string): Promise<{path: string; bytes: number}[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [{path, bytes: (await stat(path)).size}];
    }),
  );
  return nested.flat();
}

const execFileAsync = promisify(execFile);

/**
 * Indexes the built HTML with Pagefind's Node API (in `run-pagefind.mjs`, a child process) and
 * writes the index to `<outDir>/pagefind`. Pagefind takes the language, and so its Dutch
 * stemmer, from `<html lang="nl">`; pages mark their main content with `data-pagefind-body`,
 * so only that is indexed.
 */
export async function buildSearchIndex(outDir: string): Promise<IndexStats> {
  const started = performance.now();
  const outputPath = join(outDir, 'pagefind');
  await execFileAsync(process.execPath, [join(__dirname, 'run-pagefind.mjs'), outDir, outputPath], {
    cwd: outDir,
    maxBuffer: 1024 * 1024,
  }).catch((error: {stderr?: string; message: string}) => {
    throw new Error(`Zoekindex maken mislukt: ${error.stderr?.trim() || error.message}`);
  });
  // addDirectory counts every HTML file it read; the entry file counts the pages it indexed.
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const all = await filesUnder(outputPath);
  const unused = all.filter((file) => unusedBundleFiles.test(relative(outputPath, file.path)));
  await Promise.all(unused.map((file) => rm(file.path)));
  const kept = all.filter((file) => !unused.includes(file));
  return {
    pages,
    files: kept.length,
    bytes: kept.reduce((sum, file) => sum + file.bytes, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The progress line the build prints; `npm run bench:scale` reads it back from the build log. */
export function indexStatsLine(stats: IndexStats): string {
  return `[pagefind] ${stats.pages} pagina's geïndexeerd in ${stats.seconds.toFixed(2)} s: ${stats.files} bestanden, ${(stats.bytes / 1024).toFixed(0)} KB`;
}

export function parseIndexStatsLine(log: string): IndexStats | undefined {
  const match = /\[pagefind\] (\d+) pagina's geïndexeerd in ([\d.]+) s: (\d+) bestanden, (\d+) KB/.exec(log);
  if (!match) return undefined;
  return {pages: Number(match[1]), seconds: Number(match[2]), files: Number(match[3]), bytes: Number(match[4]) * 1024};
}
