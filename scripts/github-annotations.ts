/**
 * Turns content problems into GitHub Actions annotations, so a pull request shows each
 * problem on the line of the file it concerns.
 *
 *   npm run --silent validate 2>&1 | node --import tsx scripts/github-annotations.ts --stdin
 *       passes the report through and adds `::error file=…,line=…::…` for every problem line
 *   node --import tsx scripts/github-annotations.ts [siteDir]
 *       runs the checks of `npm run validate` itself and prints annotations and the report
 *
 * Exit status: 0 no problems, 1 problems found. `validate.ts` can offer a `--github` flag
 * by printing `githubAnnotations(problems)`.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadContent} from '../src/content/load';
import {validateContent} from '../src/content/validate';
import {formatProblem, formatReport, sortProblems, type Problem} from '../src/content/problems';

/** A problem as read back from a line of the validate report. */
export interface ReportedProblem {
  readonly file: string;
  readonly line?: number;
  /** Everything after the location: `field: message (waarde …) — bedoelde je …?` */
  readonly text: string;
}

// `formatProblem` writes `file[:line]  text` with two spaces; file names have no spaces.
const problemLine = /^([^\s:]+[./][^\s:]*)(?::(\d+))? {2}(\S.*)$/;

/** Reads one line of `npm run validate` output; undefined for summary and other lines. */
export function parseProblemLine(line: string): ReportedProblem | undefined {
  const match = problemLine.exec(line.trimEnd());
  if (!match) return undefined;
  const [, file, lineNumber, text] = match;
  return {file: file!, line: lineNumber ? Number(lineNumber) : undefined, text: text!};
}

// Escaping as in @actions/core: data and property values have their own reserved characters.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` workflow command for a reported problem. */
export function toAnnotation(problem: ReportedProblem): string {
  const line = problem.line ? `,line=${problem.line}` : '';
  return `::error file=${escapeProperty(problem.file)}${line},title=${escapeProperty('Inhoud ongeldig')}::${escapeData(problem.text)}`;
}

/** Annotations for problems straight from `validateContent`, one per line, sorted. */
export function githubAnnotations(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((problem) => {
      const formatted = formatProblem(problem);
      return toAnnotation({file: problem.file, line: problem.line, text: formatted.slice(formatted.indexOf('  ') + 2)});
    })
    .join('\n');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--stdin')) {
    const report = (await readStdin()).replace(/\n$/, '');
    let found = 0;
    for (const line of report ? report.split('\n') : []) {
      console.log(line);
      const problem = parseProblemLine(line);
      if (problem) {
        console.log(toAnnotation(problem));
        found++;
      }
    }
    return found > 0 ? 1 : 0;
  }
  const siteDir = resolve(argv.find((arg) => !arg.startsWith('--')) ?? process.cwd());
  const content = loadContent(siteDir);
  const problems = validateContent(content);
  if (problems.length > 0) console.log(githubAnnotations(problems));
  console.log(formatReport(problems, content.fileCount));
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
