/**
 * Parsers for what Linux tells about processes: `/proc/<pid>/stat` and the report of
 * `/usr/bin/time -v`. Pure, so they are unit-tested; `measure.ts` does the reading.
 */

export interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size in pages (multiply by the page size, 4096 on x86-64). */
  readonly rssPages: number;
}

/**
 * Parses one `/proc/<pid>/stat` line. The command name sits in parentheses and may itself
 * contain spaces and parentheses, so the fields are counted from the *last* `)`.
 */
export function parseProcStat(line: string): ProcStat | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(line.slice(0, open).trim());
  // After ")": state(3) ppid(4) … rss(24); index 0 here is field 3.
  const fields = line.slice(close + 1).trim().split(/\s+/);
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined;
  return {pid, ppid, rssPages};
}

/** The process `root` and all its descendants, given every process's parent. */
export function descendants(stats: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const found: ProcStat[] = [];
  const self = stats.find((stat) => stat.pid === root);
  const queue = self ? [self] : (children.get(root) ?? []);
  const seen = new Set<number>();
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next.pid)) continue;
    seen.add(next.pid);
    found.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return found;
}

/** Sum of the resident memory of a process tree, in bytes. */
export function treeRssBytes(stats: readonly ProcStat[], root: number, pageSize = 4096): number {
  return descendants(stats, root).reduce((sum, stat) => sum + stat.rssPages * pageSize, 0);
}

/**
 * Reads "Maximum resident set size (kbytes)" from a `/usr/bin/time -v` report and returns
 * bytes. This is the peak of the largest single process that was waited for, not of the tree.
 */
export function parseTimeMaxRss(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Reads "Elapsed (wall clock) time" (`h:mm:ss` or `m:ss.ss`) from a `/usr/bin/time -v` report, in seconds. */
export function parseTimeElapsed(report: string): number | undefined {
  const match = /Elapsed \(wall clock\) time \([^)]*\):\s*([\d:.]+)/.exec(report);
  if (!match) return undefined;
  return match[1]!.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
