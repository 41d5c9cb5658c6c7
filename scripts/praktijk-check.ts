/**
 * The praktijk bot, run by .github/workflows/praktijk-check.yml on a new or edited practice
 * issue: checks the submission and keeps one comment and one status label up to date.
 *
 *   GITHUB_EVENT_PATH=event.json GITHUB_TOKEN=… GITHUB_REPOSITORY=owner/name node --import tsx scripts/praktijk-check.ts
 *
 * The event is read from the file, never from the workflow's expressions, so nothing the
 * contributor typed ends up in a shell command.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {issueFormPath} from './issue-form';
import {commentBody, commentMarker, formLabels} from './praktijk-bot/comment';
import {issueToPage, type IssueEvent} from './praktijk-bot/convert';
import {restClient, type GitHubClient} from './praktijk-bot/github';

export const labels = {incomplete: 'praktijk: onvolledig', ready: 'praktijk: klaar voor review'} as const;

/** Checks the issue of `event` and updates the bot comment and the labels. */
export async function runCheck({event, github, siteDir}: {event: IssueEvent; github: GitHubClient; siteDir: string}): Promise<{ready: boolean; body: string}> {
  const issue = event.issue.number;
  const result = issueToPage(event, siteDir);
  const body = commentBody(result, formLabels(readFileSync(join(siteDir, issueFormPath), 'utf8')));
  // Only a bot's comment counts: anyone can paste the marker into a comment of their own.
  const existing = (await github.listComments(issue)).find((comment) => comment.user?.type === 'Bot' && comment.body.startsWith(commentMarker));
  if (existing) {
    if (existing.body !== body) await github.updateComment(existing.id, body);
  } else {
    await github.createComment(issue, body);
  }
  await github.addLabels(issue, [result.ok ? labels.ready : labels.incomplete]);
  await github.removeLabel(issue, result.ok ? labels.incomplete : labels.ready);
  return {ready: result.ok, body};
}

async function main(): Promise<void> {
  const {GITHUB_EVENT_PATH: eventPath, GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository, GITHUB_API_URL: apiUrl} = process.env;
  if (!eventPath || !token || !repository) throw new Error('GITHUB_EVENT_PATH, GITHUB_TOKEN en GITHUB_REPOSITORY zijn nodig');
  const event = JSON.parse(readFileSync(eventPath, 'utf8')) as IssueEvent;
  const {ready} = await runCheck({event, github: restClient({token, repository, apiUrl}), siteDir: process.cwd()});
  console.log(ready ? 'Klaar voor een redacteur.' : 'Onvolledig; de problemen staan in het issue.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
