/**
 * Runs a command under `/usr/bin/time -v` and samples the resident memory of its whole
 * process tree every 500 ms through `/proc`, because `time` only reports the largest single
 * process and a build may spread over worker threads or child processes.
 */
import {spawn} from 'node:child_process';
import {createWriteStream, existsSync, readFileSync, readdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseProcStat, parseTimeMaxRss, treeRssBytes, type ProcStat} from './proc';

export interface Measured {
  readonly exitCode: number;
  /** Wall-clock seconds, measured here (not parsed from `time`, which rounds to 10 ms). */
  readonly seconds: number;
  /** "Maximum resident set size" of `/usr/bin/time -v`: the largest single process, in bytes. */
  readonly maxRssBytes?: number;
  /** Highest sum of RSS over the process tree seen in the 500 ms samples, in bytes. */
  readonly treePeakBytes: number;
}

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return stats;
}

export const timeBinary = '/usr/bin/time';

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** File that receives the command's stdout and stderr. */
  readonly logFile: string;
  /** Called every `progressSeconds` with elapsed seconds and the current tree RSS. */
  readonly onProgress?: (seconds: number, treeBytes: number) => void;
  readonly progressSeconds?: number;
}

export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const useTime = existsSync(timeBinary);
  const reportDir = mkdtempSync(join(tmpdir(), 'measure-'));
  const reportFile = join(reportDir, 'time.txt');
  const [file, fileArgs] = useTime ? [timeBinary, ['-v', '-o', reportFile, command, ...args]] : [command, [...args]];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(file, fileArgs, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe']});
  child.stdout.pipe(log, {end: false});
  child.stderr.pipe(log, {end: false});
  let treePeakBytes = 0;
  let lastProgress = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const bytes = treeRssBytes(readAllStats(), child.pid);
    treePeakBytes = Math.max(treePeakBytes, bytes);
    const elapsed = (performance.now() - started) / 1000;
    if (options.onProgress && elapsed - lastProgress >= (options.progressSeconds ?? 15)) {
      lastProgress = elapsed;
      options.onProgress(elapsed, bytes);
    }
  };
  const timer = setInterval(sample, 500);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => log.end(resolve));
  const maxRssBytes = useTime && existsSync(reportFile) ? parseTimeMaxRss(readFileSync(reportFile, 'utf8')) : undefined;
  rmSync(reportDir, {recursive: true, force: true});
  return {exitCode, seconds, maxRssBytes, treePeakBytes};
}

/** Bytes as megabytes (1 MB = 2^20 bytes, as `time` and `top` count). */
export function mb(bytes: number | undefined): string {
  return bytes === undefined ? '–' : String(Math.round(bytes / 2 ** 20));
}
