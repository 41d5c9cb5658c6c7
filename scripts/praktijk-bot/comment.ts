/**
 * The bot's one comment on a practice issue: every problem in Dutch under the label of the
 * form field it belongs to, or "klaar voor een redacteur" with the page folded open below.
 * Values typed by the contributor only ever appear inside code spans or a code block, with
 * `@` defused, so they cannot mention people, close the comment's markup or look like ours.
 */
import {parse} from 'yaml';
import type {Problem} from '../../src/content/problems';
import {issueFieldOf} from '../../src/lib/issue-fields';
import {genericPath, plainMessage} from '../../src/lib/praktijk-form/errors';

/** Marks the bot's comment, so a later run edits it instead of adding another. */
export const commentMarker = '<!-- kennisbank: praktijk-check -->';

/** `@name` → `@\u200bname`: GitHub no longer sees a mention, a reader sees the same text. */
const defuse = (text: string) => text.replace(/@/g, '@\u200b');

/** Text as an inline code span that no backtick in it can close. */
export function codeSpan(value: unknown): string {
  const text = defuse(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.trim() === '' ? ' ' : '';
  return `${fence}${pad}${text.length > 120 ? `${text.slice(0, 117)}…` : text}${pad}${fence}`;
}

/** A fenced code block that no backtick run in `text` can close. */
function codeBlock(text: string, info: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

interface FormField {
  readonly id: string;
  readonly label: string;
}

/** The labels of the issue form, by field id. */
export function formLabels(template: string): ReadonlyMap<string, string> {
  const form = parse(template) as {body: {id?: string; attributes?: {label?: string}}[]};
  return new Map(form.body.flatMap((item): [string, string][] => (item.id && item.attributes?.label ? [[item.id, item.attributes.label]] : [])));
}

function fieldFor(problem: Problem, labels: ReadonlyMap<string, string>): FormField {
  const field = issueFieldOf(problem.field);
  const id = field?.id ?? 'titel';
  return {id, label: labels.get(id) ?? id};
}

/** One line per problem: the form label in bold, what is wrong, and the value as typed. */
export function problemLines(problems: readonly Problem[], labels: ReadonlyMap<string, string>): string[] {
  return problems.map((problem) => {
    const {label} = fieldFor(problem, labels);
    const row = /^[a-z]+\[(\d+)\]/i.exec(problem.field);
    const where = row && !problem.field.startsWith('partners') ? ` (regel ${Number(row[1]) + 1})` : '';
    const sub = /\.(\w+)$/.exec(problem.field.replace(/^body\.\w+$/, ''))?.[1];
    const message = plainMessage(problem, genericPath(problem.field), sub, label);
    const value = problem.value === undefined || problem.value === '' ? '' : ` Je schreef: ${codeSpan(problem.value)}.`;
    const hint = problem.suggestion ? ` Bedoelde je ${codeSpan(problem.suggestion)}?` : '';
    return `- **${label}**${where}: ${message.replace(/\.?$/, '.')}${value}${hint}`;
  });
}

/** The whole comment, marker first. */
export function commentBody(result: {ok: true; slug: string; mdx: string} | {ok: false; problems: readonly Problem[]}, labels: ReadonlyMap<string, string>): string {
  if (result.ok) {
    return [
      commentMarker,
      '### ✅ Klaar voor een redacteur',
      '',
      `Bedankt! Alle velden zijn goed ingevuld. Een redacteur van de kennisbank leest je aanmelding na en reageert hier. Na goedkeuring wordt dit de pagina ${codeSpan(`docs/praktijken/${result.slug}.mdx`)}.`,
      '',
      '<details>',
      '<summary>Voorbeeld van de pagina (MDX)</summary>',
      '',
      codeBlock(result.mdx, 'mdx'),
      '',
      '</details>',
    ].join('\n');
  }
  const count = result.problems.length;
  return [
    commentMarker,
    `### ✏️ Nog ${count === 1 ? 'één ding' : `${count} dingen`} aan te passen`,
    '',
    'Bedankt voor je aanmelding! Voordat een redacteur ermee verder kan, moet er nog iets veranderen. Kies **Edit** (de drie puntjes rechtsboven je aanmelding), pas de velden hieronder aan en sla op; dit bericht wordt dan vanzelf bijgewerkt.',
    '',
    ...problemLines(result.problems, labels),
  ].join('\n');
}
