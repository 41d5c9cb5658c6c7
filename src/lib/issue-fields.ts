/**
 * The GitHub issue form "Praktijk aanmelden" and the praktijk schema, field by field: how an
 * answer becomes frontmatter (for the bot) and how frontmatter becomes a prefilled answer (for
 * the in-site form's "Meld aan via GitHub" link). Pure and browser-safe; the issue form itself
 * is generated from this list by scripts/issue-form.ts.
 */
import type {PraktijkInput} from '../content/schemas/praktijk';
import {praktijkSections, type SectionKey} from './mdx-writer';
import {parseNumber, parsePagina, splitLines, withoutUndefined} from './praktijk-form/state';
import type {Submission} from './submission';

type Kind = 'text' | 'number' | 'pagina' | 'choice' | 'choices' | 'lines' | 'range' | 'rows' | 'section';

export interface IssueField {
  /** The `id` in the issue form, also its query parameter. */
  readonly id: string;
  /** Where the answer goes: a frontmatter path, or `body.<section>`. */
  readonly path: string;
  readonly kind: Kind;
}

const field = (id: string, path: string, kind: Kind): IssueField => ({id, path, kind});

export const issueFields: readonly IssueField[] = [
  field('titel', 'title', 'text'),
  field('gemeente', 'gemeente', 'text'),
  field('regio', 'regio', 'text'),
  field('provincie', 'provincie', 'choice'),
  field('lat', 'coordinaten.lat', 'number'),
  field('lon', 'coordinaten.lon', 'number'),
  field('startjaar', 'startjaar', 'number'),
  field('samenvatting', 'summary', 'text'),
  field('doelgroepen', 'doelgroepen', 'choices'),
  field('leeftijdsfasen', 'leeftijdsfasen', 'choices'),
  field('leeftijd', 'leeftijd', 'range'),
  field('settings', 'settings', 'choices'),
  field('themas', 'themas', 'choices'),
  field('factoren', 'factoren', 'choices'),
  field('preventieniveau', 'preventieniveau', 'choices'),
  field('partners', 'partners', 'lines'),
  field('interventies', 'interventies', 'rows'),
  field('kerncijfers', 'kerncijfers', 'rows'),
  field('kosten', 'kosten', 'rows'),
  field('contact', 'contact', 'rows'),
  field('websites', 'websites', 'rows'),
  field('bron-titel', 'bron.titel', 'text'),
  field('bron-uitgever', 'bron.uitgever', 'text'),
  field('bron-jaar', 'bron.jaar', 'number'),
  field('bron-pagina', 'bron.pagina', 'pagina'),
  field('bron-url', 'bron.url', 'text'),
  ...praktijkSections.map(({key}) => field(key, `body.${key}`, 'section')),
];

/** Form fields that are no part of the page: the contributor's agreements. */
export const issueOnlyFields: readonly string[] = ['afspraken'];

/** Schema fields the issue form does not ask for, with the reason (a test checks the rest). */
export const schemaFieldsNotAsked: Readonly<Record<string, string>> = {
  slug: 'follows from the title',
  hide_table_of_contents: 'layout, for editors',
  keywords: 'search tuning, for editors',
  laatstBijgewerkt: 'the date of the issue',
};

/** How a dropdown option reads in the issue form and in the issue: `Label (value)`. */
export const optionText = (option: {readonly value: string; readonly label: string}) => `${option.label} (${option.value})`;

/** The value of a dropdown answer: the part in brackets, or the whole text when it has none. */
const optionValue = (text: string) => /\(([^()]+)\)\s*$/.exec(text)?.[1]?.trim() ?? text.trim();

/** One line of a row list, split at the first `separator`. */
function splitOnce(line: string, separator: RegExp): [string, string | undefined] {
  const match = separator.exec(line);
  return match ? [line.slice(0, match.index).trim(), line.slice(match.index + match[0].length).trim()] : [line.trim(), undefined];
}

// Row lists are typed one item per line, in the formats the issue form's hints show.
const rowParsers: Readonly<Record<string, (line: string) => Record<string, unknown>>> = {
  interventies: (line) => {
    const [naam, omschrijving] = splitOnce(line, /:\s/);
    return withoutUndefined({naam, omschrijving});
  },
  kerncijfers: (line) => figure(line),
  kosten: (line) => figure(line),
  contact: (line) => {
    const [organisatie, rol, naam] = line.split(',').map((part) => part.trim());
    return withoutUndefined({organisatie, rol: rol || undefined, naam: naam || undefined});
  },
  websites: (line) => {
    const [label, url] = splitOnce(line, /:\s+(?=\S+:)/);
    if (url !== undefined) return {label, url};
    const host = /^[a-z][a-z\d+.-]*:\/\/([^/?#]+)/i.exec(label)?.[1];
    return {label: host ? host.replace(/^www\./, '') : label, url: label};
  },
};

/** `Label: waarde (2017)`; the year is optional. */
function figure(line: string): Record<string, unknown> {
  const [label, rest = ''] = splitOnce(line, /:\s/);
  const year = /\((\d{4})\)\s*$/.exec(rest);
  const waarde = (year ? rest.slice(0, year.index) : rest).trim();
  return withoutUndefined({label, waarde: waarde || undefined, jaar: year ? Number(year[1]) : undefined});
}

const rowWriters: Readonly<Record<string, (row: Record<string, unknown>) => string>> = {
  interventies: (row) => `${row.naam}: ${row.omschrijving}`,
  kerncijfers: (row) => `${row.label}: ${row.waarde}${row.jaar === undefined ? '' : ` (${row.jaar})`}`,
  kosten: (row) => `${row.label}: ${row.waarde}${row.jaar === undefined ? '' : ` (${row.jaar})`}`,
  contact: (row) => [row.organisatie, row.rol, row.naam].filter((part) => part !== undefined).join(', '),
  websites: (row) => `${row.label}: ${row.url}`,
};

export type IssueAnswers = Readonly<Record<string, unknown>>;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
  } else {
    target[head] = {...((target[head] as Record<string, unknown> | undefined) ?? {}), [tail]: value};
  }
}

const asText = (answer: unknown) => (typeof answer === 'string' ? answer.trim() : Array.isArray(answer) ? answer.join(', ').trim() : '');
const optional = (text: string) => (text === '' ? undefined : text);

/**
 * The answers of an issue (as @github/issue-parser gives them: text, or a list for a
 * dropdown) as a submission. `today` is the date the page was last compared with its source.
 */
export function answersToSubmission(answers: IssueAnswers, today: string): Submission {
  const frontmatter: Record<string, unknown> = {};
  const body: Partial<Record<SectionKey, string>> = {};
  for (const {id, path, kind} of issueFields) {
    const answer = answers[id];
    const text = asText(answer);
    const list = Array.isArray(answer) ? answer.map(String) : text === '' ? [] : text.split(/,\s*/);
    switch (kind) {
      case 'text':
        setPath(frontmatter, path, optional(text));
        break;
      case 'number':
        setPath(frontmatter, path, parseNumber(text));
        break;
      case 'pagina':
        setPath(frontmatter, path, parsePagina(text));
        break;
      case 'choice':
        setPath(frontmatter, path, list[0] === undefined ? undefined : optionValue(list[0]));
        break;
      case 'choices':
        setPath(frontmatter, path, list.map(optionValue));
        break;
      case 'lines':
        setPath(frontmatter, path, text === '' ? undefined : splitLines(text));
        break;
      case 'range': {
        const [van, tot] = text.split(/\s*(?:tot en met|tot|t\/m|-|–)\s*/);
        setPath(frontmatter, path, text === '' ? undefined : withoutUndefined({van: parseNumber(van ?? ''), tot: parseNumber(tot ?? '')}));
        break;
      }
      case 'rows':
        setPath(frontmatter, path, text === '' ? undefined : splitLines(text).map(rowParsers[path]!));
        break;
      case 'section':
        body[path.slice('body.'.length) as SectionKey] = typeof answer === 'string' ? answer : '';
        break;
    }
  }
  frontmatter.laatstBijgewerkt = today;
  return {frontmatter, body};
}

function getPath(source: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), source);
}

/**
 * The other way round: a checked page as issue form answers, to prefill the issue form through
 * its URL. `options` gives the dropdown texts (value → `Label (value)`).
 */
export function submissionToAnswers(frontmatter: PraktijkInput, body: Readonly<Partial<Record<SectionKey, string>>>, options: (value: string) => string): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const {id, path, kind} of issueFields) {
    const value = kind === 'section' ? body[path.slice('body.'.length) as SectionKey] : getPath(frontmatter as Record<string, unknown>, path);
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (kind === 'choice') answers[id] = options(String(value));
    else if (kind === 'choices') answers[id] = (value as string[]).map(options).join(', ');
    else if (kind === 'lines') answers[id] = (value as string[]).join('\n');
    else if (kind === 'rows') answers[id] = (value as Record<string, unknown>[]).map(rowWriters[path]!).join('\n');
    else if (kind === 'range') answers[id] = `${(value as {van: number}).van} tot ${(value as {tot: number}).tot}`;
    else answers[id] = String(value);
  }
  return answers;
}

/** The issue form field an answer path belongs to, e.g. `kerncijfers[1].jaar` → the `kerncijfers` field. */
export function issueFieldOf(path: string): IssueField | undefined {
  const generic = path.replace(/\[\d+\]/g, '');
  return issueFields.find((candidate) => generic === candidate.path || generic.startsWith(`${candidate.path}.`) || (candidate.path.includes('.') && generic === candidate.path.split('.')[0]));
}
