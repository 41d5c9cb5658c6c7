import {closest, distance} from 'fastest-levenshtein';

/** One thing wrong in one content file. Validation collects all of them before it stops. */
export interface Problem {
  /** Path relative to the site root, e.g. `docs/praktijken/kids-en-koffie-sliedrecht.mdx`. */
  readonly file: string;
  /** 1-based line of the offending key, where it can be found. */
  readonly line?: number;
  /** Field path as written in frontmatter, e.g. `factoren[1]`; empty for file-level problems. */
  readonly field: string;
  /** What is wrong, in Dutch. */
  readonly message: string;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** The nearest valid value, when one is close enough to be a likely typo. */
  readonly suggestion?: string;
}

/**
 * The nearest candidate to a mistyped value, or undefined when nothing is plausibly meant.
 * The threshold grows with the length so that `laagdrempelig-kontakt` still finds its match
 * but `x` does not suggest an arbitrary value.
 */
export function nearest(value: unknown, candidates: readonly string[]): string | undefined {
  if (typeof value !== 'string' || candidates.length === 0) return undefined;
  const lower = value.toLowerCase();
  const prefixed = candidates.find((c) => c.startsWith(lower) || lower.startsWith(c));
  if (prefixed && lower.length >= 3) return prefixed;
  const best = closest(lower, [...candidates]);
  return distance(lower, best) <= Math.max(2, Math.ceil(best.length * 0.4)) ? best : undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function formatValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 57)}…` : (text ?? String(value));
}

/** One line per problem: `file:line  field: message (waarde …) — bedoelde je …?` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  const value = problem.value === undefined ? '' : ` (waarde: ${formatValue(problem.value)})`;
  const hint = problem.suggestion ? ` — bedoelde je \`${problem.suggestion}\`?` : '';
  return `${where}  ${field}${problem.message}${value}${hint}`;
}

/** Sorted by file and line so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export function formatReport(problems: readonly Problem[], fileCount: number): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = sortProblems(problems).map(formatProblem);
  const summary =
    problems.length === 0
      ? `✔ ${fileCount} bestanden gecontroleerd, geen problemen.`
      : `✘ ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} van ${fileCount} bestanden.`;
  return [...lines, summary].join('\n');
}

/** Thrown by the build when content is invalid; its message is the full report. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[], fileCount: number) {
    super(`Ongeldige inhoud: de site wordt niet gebouwd.\n${formatReport(problems, fileCount)}`);
    this.name = 'ContentError';
  }
}
