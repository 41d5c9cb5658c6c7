/**
 * Step of .github/workflows/praktijk-pr.yml: checks an approved practice issue again and
 * writes `docs/praktijken/<slug>.mdx`, refusing to overwrite an existing page. Writes the
 * file's path to `$GITHUB_OUTPUT` for the pull request step.
 *
 *   GITHUB_EVENT_PATH=event.json node --import tsx scripts/praktijk-pr.ts
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {appendFileSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {formatProblem} from '../src/content/problems';
import {contentTypes} from '../src/content/schemas';
import {issueToPage, type IssueEvent} from './praktijk-bot/convert';

/** Writes the page of an approved issue; returns its path, or throws with every problem. */
export function writeApprovedPage(event: IssueEvent, siteDir: string): string {
  const outcome = issueToPage(event, siteDir);
  if (!outcome.ok) throw new Error(`De aanmelding is niet (meer) in orde:\n${outcome.problems.map(formatProblem).join('\n')}`);
  const path = `${contentTypes.praktijk.folder}/${outcome.slug}.mdx`;
  // `wx`: fails if the file exists, also when it appeared after the check above.
  writeFileSync(join(siteDir, path), outcome.mdx, {flag: 'wx'});
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (!eventPath) throw new Error('GITHUB_EVENT_PATH is nodig');
    const path = writeApprovedPage(JSON.parse(readFileSync(eventPath, 'utf8')) as IssueEvent, process.cwd());
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `path=${path}\n`);
    console.log(`✔ ${path} geschreven.`);
  } catch (error) {
    console.error(`✘ ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
