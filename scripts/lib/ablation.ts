/**
 * The rule of issue 13 for `npm run bench:page-load`: a mechanism stays only if building
 * without it costs at least 20 ms of median Total Blocking Time, or one point of the median
 * performance score, on some page at some size. Pure, so the rule itself is tested.
 */
import {median} from './stats';

export const tbtThresholdMs = 20;
export const scoreThreshold = 1;

/** One Lighthouse run's two figures that the rule reads. */
export interface AblationRun {
  readonly performance: number;
  readonly tbt: number;
}

/** Runs per variant, page and size: `runs[size][variant][page]`. */
export type AblationRuns = Record<string, Record<string, Record<string, readonly AblationRun[]>>>;

export interface Cost {
  readonly size: string;
  readonly page: string;
  /** Median TBT without the mechanism minus the median with it, ms (positive: removing it hurts). */
  readonly tbtMs: number;
  /** Median score with it minus without it (positive: removing it hurts). */
  readonly points: number;
}

export interface Verdict {
  readonly mechanism: string;
  readonly keep: boolean;
  readonly costs: readonly Cost[];
  /** The costs that meet the rule (empty when the mechanism goes). */
  readonly reasons: readonly Cost[];
}

export function medians(runs: readonly AblationRun[]): AblationRun {
  return {performance: median(runs.map((run) => run.performance)), tbt: median(runs.map((run) => run.tbt))};
}

/** The verdict for one mechanism, compared with `baseline` (the build with everything on). */
export function verdict(runs: AblationRuns, mechanism: string, baseline = 'alles aan'): Verdict {
  const costs: Cost[] = [];
  for (const [size, variants] of Object.entries(runs)) {
    const without = variants[mechanism];
    const all = variants[baseline];
    if (!without || !all) continue;
    for (const [page, pageRuns] of Object.entries(without)) {
      const withIt = all[page];
      if (!withIt || withIt.length === 0 || pageRuns.length === 0) continue;
      const a = medians(withIt);
      const b = medians(pageRuns);
      costs.push({size, page, tbtMs: b.tbt - a.tbt, points: a.performance - b.performance});
    }
  }
  const reasons = costs.filter((cost) => cost.tbtMs >= tbtThresholdMs || cost.points >= scoreThreshold);
  return {mechanism, keep: reasons.length > 0, costs, reasons};
}
