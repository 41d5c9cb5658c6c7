/**
 * Small statistics for the performance scripts: medians of repeated runs and a check that
 * build time grows linearly with the number of pages. Pure, so they are unit-tested.
 */

/** Median of a list of numbers; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A measurement: a number of pages and the seconds a build of them took. */
export interface SizePoint {
  readonly pages: number;
  readonly seconds: number;
}

/** Least-squares line `seconds = intercept + slope × pages`, with its coefficient of determination. */
export interface LineFit {
  /** Seconds each extra page adds. */
  readonly slope: number;
  /** Fixed cost in seconds: what a build of zero pages would take on this line. */
  readonly intercept: number;
  /** R²; 1 when every point lies on the line (always so for two points). */
  readonly r2: number;
}

export function fitLine(points: readonly SizePoint[]): LineFit {
  if (points.length < 2) throw new Error('a line needs at least two points');
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.pages, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.seconds, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.pages - meanX) ** 2, 0);
  if (sxx === 0) throw new Error('a line needs at least two different page counts');
  const sxy = points.reduce((sum, p) => sum + (p.pages - meanX) * (p.seconds - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const ssTotal = points.reduce((sum, p) => sum + (p.seconds - meanY) ** 2, 0);
  const ssResidual = points.reduce((sum, p) => sum + (p.seconds - (intercept + slope * p.pages)) ** 2, 0);
  return {slope, intercept, r2: ssTotal === 0 ? 1 : 1 - ssResidual / ssTotal};
}

export interface Linearity {
  /** Seconds per page at the largest size divided by seconds per page at the smallest. */
  readonly perPageRatio: number;
  /** Seconds each extra page costs between consecutive sizes, smallest interval first. */
  readonly marginal: readonly number[];
  readonly fit: LineFit;
  /** True when time per page does not grow by more than `tolerance` from small to large. */
  readonly linear: boolean;
}

/**
 * Judges whether build time grows at most linearly. A linear build `a + b·n` with a fixed
 * cost `a > 0` costs *less* per page as `n` grows, so the per-page ratio of the largest to
 * the smallest size stays at or below 1; a super-linear build (e.g. every page carrying a
 * list of every other page) pushes it above 1. With three or more sizes the marginal cost
 * per interval shows the same from another angle: it should not keep rising.
 */
export function linearity(points: readonly SizePoint[], tolerance = 0.1): Linearity {
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  const withPages = sorted.filter((p) => p.pages > 0);
  if (withPages.length < 2) throw new Error('linearity needs two sizes with pages');
  const first = withPages[0]!;
  const last = withPages[withPages.length - 1]!;
  const perPageRatio = last.seconds / last.pages / (first.seconds / first.pages);
  const marginal = sorted.slice(1).map((point, i) => (point.seconds - sorted[i]!.seconds) / (point.pages - sorted[i]!.pages));
  return {perPageRatio, marginal, fit: fitLine(sorted), linear: perPageRatio <= 1 + tolerance};
}

/** Renders rows as a plain-text table with right-aligned numbers, for the terminal and Markdown. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], markdown = false): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const isNumber = (text: string) => /^[-+]?[\d.,]+( ?[%a-zA-Z]+)?$|^–$/.test(text);
  const line = (row: readonly string[], rowIndex: number) =>
    row
      .map((cell, column) =>
        rowIndex > 0 && isNumber(cell) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join(markdown ? ' | ' : '  ');
  const rule = widths.map((width) => (markdown ? '-'.repeat(width) : '─'.repeat(width))).join(markdown ? ' | ' : '  ');
  const body = cells.map(line);
  const lines = [body[0]!, rule, ...body.slice(1)];
  return markdown ? lines.map((text) => `| ${text} |`).join('\n') : lines.join('\n');
}

/** Bytes as kilobytes with one decimal (1 KB = 1,000 bytes, as browsers' dev tools show). */
export function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
