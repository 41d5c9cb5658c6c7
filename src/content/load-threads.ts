/**
 * Reads the content files on worker threads before the loader assembles them. Parsing MDX is
 * most of the time validation takes (about 3 ms a file), and files do not depend on each other,
 * so at a few thousand practices the work is split over the machine's cores. The results go into
 * the loader's and the link check's caches; `loadContent` then runs as before and finds every
 * file already read, so problems, order and messages are those of a single-threaded run.
 */
import {readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import {Worker} from 'node:worker_threads';
import {contentTypes, type ContentKind} from './schemas';
import {listContentFiles, rememberFile, type FileResult} from './load';
import {rememberDocPage} from './links';
import {lineLocator} from './frontmatter';
import {loadWorkerBundle} from './worker-bundle';
import type {Job, readJobs, Sent} from './load-worker-jobs';

/** Below this many files per thread, starting a worker (about half a second) costs more than it saves. */
const MIN_FILES_PER_THREAD = 400;
/** Young-generation size of a worker: parsing allocates many short-lived nodes; a larger nursery halves the collector's share. */
const YOUNG_GENERATION_MB = 64;

/** How many threads to use for `files` files: one per core, `KENNISBANK_THREADS` to override. */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const configured = Number(env.KENNISBANK_THREADS);
  const wanted = Number.isInteger(configured) && configured > 0 ? configured : cores;
  return Math.max(1, Math.min(wanted, Math.floor(files / MIN_FILES_PER_THREAD)));
}

function revive(sent: Sent): FileResult<ContentKind> {
  const locate = sent.frontmatter ? lineLocator(sent.frontmatter.yaml, sent.frontmatter.firstLine) : () => undefined;
  return {...sent, entry: sent.entry && {...sent.entry, locate}, rejected: sent.rejected && {...sent.rejected, locate}};
}

function runWorker(siteDir: string, jobs: readonly Job[], bundle: string | undefined): Promise<ReturnType<typeof readJobs>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'load-worker.mjs'), {
      workerData: {siteDir, jobs, bundle},
      execArgv: [],
      resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB},
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`content worker stopped with exit code ${code}`)));
  });
}

/**
 * Reads every content file of the site on worker threads and fills the caches of `loadFile`
 * and the link check. Does nothing for a small site: one thread is faster there.
 */
export async function preloadContent(siteDir: string, threads?: number): Promise<void> {
  const kinds = Object.keys(contentTypes) as ContentKind[];
  const paths = kinds.flatMap((kind) => listContentFiles(siteDir, contentTypes[kind].folder).map((path) => ({kind, path})));
  const count = threads ?? threadCount(paths.length);
  if (count < 2) return;
  const jobs = paths.map(({kind, path}) => ({kind, path, source: readFileSync(path, 'utf8')}));
  // Interleaved, so each thread gets a similar mix of long and short files.
  const shares = Array.from({length: count}, (_, thread) => jobs.filter((_, index) => index % count === thread));
  // Without the bundle (esbuild failed) the workers load the TypeScript through tsx, slower.
  const bundle = await loadWorkerBundle().catch(() => undefined);
  let done: Awaited<ReturnType<typeof runWorker>>[];
  try {
    done = await Promise.all(shares.map((share) => runWorker(siteDir, share, bundle)));
  } catch {
    // Only a warm-up: without it the loader reads every file itself, with the same result.
    return;
  }
  done.forEach((results, thread) =>
    results.forEach(({result, page}, index) => {
      const job = shares[thread]![index]!;
      rememberFile(job.kind, job.path, siteDir, job.source, revive(result));
      rememberDocPage(job.path, job.source, page);
    }),
  );
}
