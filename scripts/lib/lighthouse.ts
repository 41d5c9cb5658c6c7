/**
 * Runs Lighthouse against Debian's Chromium. Chromium is started here with a remote
 * debugging port (no chrome-launcher needed), Lighthouse connects to that port. Lighthouse
 * is loaded at run time so that type-checking does not depend on it being installed.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {median} from './stats';
import {chromiumArgs} from '../../tests/e2e/browser';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** The part of a Lighthouse result we read. */
export interface LighthouseResult {
  readonly categories: Record<string, {score: number | null; auditRefs?: readonly {id: string; weight: number}[]} | undefined>;
  readonly audits: Record<string, {numericValue?: number; score?: number | null; title?: string} | undefined>;
  readonly runtimeError?: {code: string; message: string};
  readonly lighthouseVersion?: string;
}

type LighthouseFn = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{lhr: LighthouseResult} | undefined>;

export interface RunSummary {
  /** Category scores ×100, `null` when Lighthouse could not score. */
  readonly scores: Record<Category, number | null>;
  /** Largest Contentful Paint, ms. */
  readonly lcp: number;
  /** Total Blocking Time, ms. */
  readonly tbt: number;
  /** Cumulative Layout Shift. */
  readonly cls: number;
  /** Titles of audits that failed in the three non-performance categories. */
  readonly failedAudits: readonly string[];
}

/** Reads scores and the three metrics from a Lighthouse result. Pure. */
export function summarizeLhr(lhr: LighthouseResult): RunSummary {
  const score = (id: Category) => {
    const value = lhr.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  // Scored audits that cost points outside performance, so a report says what to fix.
  const failedAudits = categories
    .filter((id) => id !== 'performance')
    .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id]!.score! < 1)
    .map((ref) => lhr.audits[ref.id]?.title ?? ref.id);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failedAudits,
  };
}

/** Median per score and metric over repeated runs; a category unscored in any run stays `null`. Pure. */
export function medianSummary(runs: readonly RunSummary[]): Omit<RunSummary, 'failedAudits'> & {failedAudits: string[]} {
  const scoreMedian = (id: Category) => {
    const values = runs.map((run) => run.scores[id]);
    return values.some((value) => value === null) ? null : median(values as number[]);
  };
  return {
    scores: {
      performance: scoreMedian('performance'),
      accessibility: scoreMedian('accessibility'),
      'best-practices': scoreMedian('best-practices'),
      seo: scoreMedian('seo'),
    },
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
    failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))],
  };
}

/** The quality bar of the brief: performance ≥ 95, the other three 100. */
export const targets: Record<Category, number> = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100};

/** Categories whose median misses its target. Pure. */
export function missedTargets(scores: Record<Category, number | null>): Category[] {
  return categories.filter((id) => scores[id] === null || scores[id]! < targets[id]);
}


/** A Chromium with a DevTools port, in its own throw-away profile. */
export interface DebuggableChromium {
  readonly port: number;
  close(): Promise<void>;
}

export async function launchDebuggableChromium(executable: string): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'lh-chromium-'));
  const child: ChildProcess = spawn(
    executable,
    // Lighthouse was calibrated here with the new headless mode named explicitly.
    [...chromiumArgs.map((arg) => (arg === '--headless' ? '--headless=new' : arg)), '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group, so closing ends the helper processes with it.
    {stdio: 'ignore', detached: true},
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    try {
      rmSync(profile, {recursive: true, force: true, maxRetries: 10, retryDelay: 200});
    } catch {
      // A helper still writing to the throw-away profile must not fail the measurement.
    }
  };
  // Chromium writes the port it picked to DevToolsActivePort in the profile.
  const portFile = join(profile, 'DevToolsActivePort');
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return {port, close};
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await close();
  throw new Error(`Chromium (${executable}) did not open a DevTools port`);
}

/**
 * Imports Lighthouse. `LIGHTHOUSE_MODULE` may point at another install (e.g.
 * `/tmp/lh/node_modules/lighthouse/core/index.js`) when it is not in our node_modules.
 */
export async function importLighthouse(): Promise<LighthouseFn> {
  const specifier = process.env.LIGHTHOUSE_MODULE ?? 'lighthouse';
  try {
    const module = (await import(specifier)) as {default: LighthouseFn};
    return module.default;
  } catch (error) {
    throw new Error(
      `Lighthouse kon niet geladen worden (${specifier}): ${(error as Error).message}\nInstalleer het met: npm i -D lighthouse`,
    );
  }
}

/** One Lighthouse run (mobile, default simulated throttling) in a fresh Chromium. */
export async function runLighthouse(lighthouse: LighthouseFn, url: string, executable: string): Promise<RunSummary> {
  const chromium = await launchDebuggableChromium(executable);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return summarizeLhr(result.lhr);
  } finally {
    await chromium.close();
  }
}
