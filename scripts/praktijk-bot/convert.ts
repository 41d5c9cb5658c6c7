/**
 * From an `issues` event to a checked page: the issue body parsed against the issue form with
 * @github/issue-parser, converted with the shared conversion, then checked as `npm run
 * validate` checks a page, in a copy of the site's docs folder with the new page added.
 */
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseIssue} from '@github/issue-parser';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import type {Problem} from '../../src/content/problems';
import {contentTypes} from '../../src/content/schemas';
import {parse} from 'yaml';
import {answersToSubmission, issueFields} from '../../src/lib/issue-fields';
import {praktijkSections} from '../../src/lib/mdx-writer';
import {submissionToPage, type PageOutcome} from '../../src/lib/submission';
import {issueFormPath} from '../issue-form';

/** The part of an `issues` event payload the bot reads. */
export interface IssueEvent {
  readonly action: string;
  readonly issue: {
    readonly number: number;
    readonly title: string;
    readonly body: string | null;
    readonly created_at: string;
    readonly updated_at?: string;
    readonly labels?: readonly ({readonly name: string} | string)[];
  };
  readonly label?: {readonly name: string};
}

export const issueFile = (issue: number) => `issue #${issue}`;

/** The issue's answers, keyed by the ids of the issue form. */
export function parseIssueAnswers(body: string, siteDir: string): Record<string, unknown> {
  const template = readFileSync(join(siteDir, issueFormPath), 'utf8');
  return parseIssue(body, template) as Record<string, unknown>;
}

/**
 * A line `### <label of a field>` in an answer cannot be told apart from the next field, so
 * the parser would move text to the wrong field. Asking the contributor is the only safe way.
 */
function repeatedHeadings(body: string, siteDir: string, file: string): Problem[] {
  const template = parse(readFileSync(join(siteDir, issueFormPath), 'utf8')) as {body: {id?: string; attributes?: {label?: string}}[]};
  const lines = body.split(/\r?\n/).map((line) => line.trim());
  return template.body.flatMap((item): Problem[] => {
    const label = item.attributes?.label;
    const field = issueFields.find((candidate) => candidate.id === item.id);
    if (!label || !field || lines.filter((line) => line === `### ${label}`).length < 2) return [];
    return [{file, field: field.path, value: `### ${label}`, message: `de kop ‘### ${label}’ staat meer dan eens in je aanmelding; haal hem weg uit je tekst, dan weten we welk veld wat is`}];
  });
}

/** Problems `npm run validate` would report for `mdx` written as `docs/praktijken/<slug>.mdx`. */
export function validateAsPage(siteDir: string, slug: string, mdx: string, file: string): Problem[] {
  const copy = mkdtempSync(join(tmpdir(), 'praktijk-check-'));
  try {
    cpSync(join(siteDir, 'docs'), join(copy, 'docs'), {recursive: true});
    const relative = `${contentTypes.praktijk.folder}/${slug}.mdx`;
    writeFileSync(join(copy, relative), mdx);
    const problems = validateContent(loadContent(copy));
    return problems.filter((problem) => problem.file === relative).map((problem) => ({...problem, file, field: bodyField(problem, mdx)}));
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}

/** A problem in the page body belongs to the section whose heading comes before its line. */
function bodyField(problem: Problem, mdx: string): string {
  if (problem.line === undefined || !['link', 'inhoud'].includes(problem.field)) return problem.field;
  const before = mdx.split('\n').slice(0, problem.line).reverse();
  const heading = before.find((line) => line.startsWith('## '))?.slice(3).trim();
  const section = praktijkSections.find((candidate) => candidate.heading === heading);
  return section ? `body.${section.key}` : problem.field;
}

/**
 * The issue as a page, or every problem with it: form answers that do not fit the schema,
 * unsafe links, an existing page of the same name, and what validation of the page finds.
 */
export function issueToPage(event: IssueEvent, siteDir: string): PageOutcome {
  const file = issueFile(event.issue.number);
  const today = (event.issue.updated_at ?? event.issue.created_at).slice(0, 10);
  const body = event.issue.body ?? '';
  const repeated = repeatedHeadings(body, siteDir, file);
  if (repeated.length > 0) return {ok: false, problems: repeated};
  const submission = answersToSubmission(parseIssueAnswers(body, siteDir), today);
  const outcome = submissionToPage(submission, {file});
  if (!outcome.ok) return outcome;
  const target = join(siteDir, contentTypes.praktijk.folder, `${outcome.slug}.mdx`);
  if (existsSync(target)) {
    return {ok: false, problems: [{file, field: 'title', message: `er staat al een praktijk met deze naam op de site (${outcome.slug}); kies een andere naam`, value: submission.frontmatter.title}]};
  }
  const problems = validateAsPage(siteDir, outcome.slug, outcome.mdx, file);
  return problems.length > 0 ? {ok: false, problems} : outcome;
}
