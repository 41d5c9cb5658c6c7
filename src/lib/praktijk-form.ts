/**
 * Logic of the "praktijk aanmelden" form, without React: pure and browser-safe.
 *
 * - `emptyFormState`, `newRow`, `toggleChoice`: the form state (every value as typed, as text).
 * - `formToInput(state)`: the state as praktijk frontmatter (numbers parsed, line lists split,
 *   empty rows dropped, empty optional fields left out) plus where each kept row came from.
 * - `checkForm(state)`: checks with the same zod schema as the build (`praktijkSchema`, via
 *   `checkFrontmatter`, which also sets the Dutch zod messages) and, when valid, writes the MDX.
 * - `problemsToFieldErrors`: schema problems as messages for the form, keyed by input id.
 * - `serializeDraft` / `parseDraft` / `isBlankState`: the draft kept in localStorage.
 */
import {checkFrontmatter} from '../content/frontmatter';
import type {Problem} from '../content/problems';
import {praktijkSchema, type PraktijkInput} from '../content/schemas/praktijk';
import {praktijkSections, praktijkToMdx, slugify, type PraktijkBody, type SectionKey} from './mdx-writer';

/** Sub-fields of each repeatable row list, in the order of the schema. */
export const rowFields = {
  interventies: ['naam', 'omschrijving', 'doelgroep', 'setting'],
  kerncijfers: ['label', 'waarde', 'jaar'],
  kosten: ['label', 'waarde', 'jaar'],
  contact: ['organisatie', 'rol', 'naam'],
  websites: ['label', 'url'],
} as const;

export type RowListKey = keyof typeof rowFields;
export type RowField<K extends RowListKey> = (typeof rowFields)[K][number];
/** One row as typed; `key` only identifies the row in the page, it is never written. */
export type Row<K extends RowListKey> = {key: string} & Record<RowField<K>, string>;

export const rowListKeys = Object.keys(rowFields) as RowListKey[];

/** Checkbox groups; the value is a list of vocabulary values (or factor slugs). */
export const choiceKeys = ['doelgroepen', 'leeftijdsfasen', 'settings', 'themas', 'factoren', 'preventieniveau'] as const;
export type ChoiceKey = (typeof choiceKeys)[number];

export const textKeys = ['title', 'summary', 'gemeente', 'regio', 'provincie', 'lat', 'lon', 'startjaar', 'leeftijdVan', 'leeftijdTot', 'partners', 'laatstBijgewerkt'] as const;
export type TextKey = (typeof textKeys)[number];

export const bronKeys = ['titel', 'uitgever', 'jaar', 'pagina', 'url'] as const;
export type BronKey = (typeof bronKeys)[number];

export type PraktijkFormState = Record<TextKey, string> &
  Record<ChoiceKey, string[]> & {[K in RowListKey]: Row<K>[]} & {
    bron: Record<BronKey, string>;
    body: Record<SectionKey, string>;
  };

let rowCounter = 0;

/** An empty row with a key that is unique within this page. */
export function newRow<K extends RowListKey>(list: K): Row<K> {
  rowCounter += 1;
  const fields = Object.fromEntries(rowFields[list].map((field) => [field, '']));
  return {key: `${list}-${rowCounter}-${Math.random().toString(36).slice(2, 7)}`, ...fields} as Row<K>;
}

/** A fresh form: one empty row in every row list, `laatstBijgewerkt` set to `today`. */
export function emptyFormState(today = ''): PraktijkFormState {
  return {
    title: '',
    summary: '',
    gemeente: '',
    regio: '',
    provincie: '',
    lat: '',
    lon: '',
    startjaar: '',
    leeftijdVan: '',
    leeftijdTot: '',
    partners: '',
    laatstBijgewerkt: today,
    doelgroepen: [],
    leeftijdsfasen: [],
    settings: [],
    themas: [],
    factoren: [],
    preventieniveau: [],
    interventies: [newRow('interventies')],
    kerncijfers: [newRow('kerncijfers')],
    kosten: [newRow('kosten')],
    contact: [newRow('contact')],
    websites: [newRow('websites')],
    bron: {titel: '', uitgever: '', jaar: '', pagina: '', url: ''},
    body: Object.fromEntries(praktijkSections.map(({key}) => [key, ''])) as Record<SectionKey, string>,
  };
}

/** Adds or removes a value, keeping the order of `options` so the file does not depend on click order. */
export function toggleChoice(current: readonly string[], value: string, options: readonly string[]): string[] {
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const position = (v: string) => (options.includes(v) ? options.indexOf(v) : options.length);
  return [...next].sort((a, b) => position(a) - position(b));
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---------------------------------------------------------------------------------------
// Form state → schema input

/**
 * A number as typed: empty → undefined, `52,1` and `52.1` → 52.1. Anything else stays text,
 * so the schema reports it (as "not a number") instead of the form guessing.
 */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(',', '.');
  return /^-?\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
}

/** Non-empty trimmed lines of a textarea. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** For each list, the form row index of every row that was kept (schema index → form index). */
export type RowIndex = Record<RowListKey | 'partners', number[]>;

export interface FormInput {
  /** Frontmatter as it will be written; may still be invalid. */
  readonly input: Record<string, unknown>;
  readonly rows: RowIndex;
}

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

const isBlankRow = <K extends RowListKey>(list: K, row: Row<K>) =>
  rowFields[list].every((field) => (row[field as RowField<K>] ?? '').trim() === '');

function rowToInput<K extends RowListKey>(list: K, row: Row<K>): Record<string, unknown> {
  const value = (field: string) => optionalText((row as Record<string, string>)[field] ?? '');
  switch (list) {
    case 'kerncijfers':
    case 'kosten': {
      const jaar = (row as Record<string, string>).jaar ?? '';
      return withoutUndefined({label: value('label'), waarde: value('waarde'), jaar: parseNumber(jaar)});
    }
    default:
      return withoutUndefined(Object.fromEntries(rowFields[list].map((field) => [field, value(field)])));
  }
}

/**
 * The form state as frontmatter. Required fields left empty are left out, so the schema
 * reports them as missing; optional ones are left out so the file stays short. Lists that end
 * up empty are left out too (the schema defaults them to `[]`).
 */
export function formToInput(state: PraktijkFormState): FormInput {
  const rows = {} as RowIndex;
  const lists: Record<string, unknown> = {};
  for (const list of rowListKeys) {
    const kept: number[] = [];
    const values: Record<string, unknown>[] = [];
    (state[list] as Row<typeof list>[]).forEach((row, index) => {
      if (isBlankRow(list, row)) return;
      kept.push(index);
      values.push(rowToInput(list, row));
    });
    rows[list] = kept;
    lists[list] = values.length > 0 ? values : undefined;
  }
  const partnerLines = state.partners.split(/\r?\n/);
  rows.partners = partnerLines.flatMap((line, index) => (line.trim() ? [index] : []));
  const partners = splitLines(state.partners);

  const van = parseNumber(state.leeftijdVan);
  const tot = parseNumber(state.leeftijdTot);
  const lat = parseNumber(state.lat);
  const lon = parseNumber(state.lon);
  const pagina = parseNumber(state.bron.pagina);

  const input = withoutUndefined({
    title: optionalText(state.title),
    summary: optionalText(state.summary),
    gemeente: optionalText(state.gemeente),
    regio: optionalText(state.regio),
    provincie: optionalText(state.provincie),
    coordinaten: withoutUndefined({lat, lon}),
    startjaar: parseNumber(state.startjaar),
    doelgroepen: [...state.doelgroepen],
    leeftijdsfasen: [...state.leeftijdsfasen],
    leeftijd: van === undefined && tot === undefined ? undefined : withoutUndefined({van, tot}),
    settings: [...state.settings],
    themas: [...state.themas],
    factoren: [...state.factoren],
    preventieniveau: [...state.preventieniveau],
    partners: partners.length > 0 ? partners : undefined,
    ...lists,
    bron: withoutUndefined({
      titel: optionalText(state.bron.titel),
      uitgever: optionalText(state.bron.uitgever),
      jaar: parseNumber(state.bron.jaar),
      // A page range such as `31-33` stays text; a single page becomes a number.
      pagina: typeof pagina === 'number' && Number.isInteger(pagina) && pagina > 0 ? pagina : optionalText(state.bron.pagina),
      url: optionalText(state.bron.url),
    }),
    laatstBijgewerkt: optionalText(state.laatstBijgewerkt),
  });
  return {input, rows};
}

/** The seven written body sections as Markdown, trimmed. */
export function formToBody(state: PraktijkFormState): PraktijkBody {
  return Object.fromEntries(praktijkSections.map(({key}) => [key, (state.body[key] ?? '').trim()])) as PraktijkBody;
}

// ---------------------------------------------------------------------------------------
// Ids, labels and messages

/** The id of the input for a field path: `kerncijfers[1].jaar` → `veld-kerncijfers-1-jaar`. */
export function fieldId(path: string): string {
  return `veld-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

/** Labels of the fields, by path. Components use them for `<label>` and the error summary. */
export const fieldLabels: Readonly<Record<string, string>> = {
  title: 'Naam van de praktijk',
  summary: 'Samenvatting',
  gemeente: 'Gemeente',
  regio: 'Regio',
  provincie: 'Provincie',
  'coordinaten.lat': 'Breedtegraad (lat)',
  'coordinaten.lon': 'Lengtegraad (lon)',
  startjaar: 'Startjaar',
  doelgroepen: 'Doelgroepen',
  leeftijdsfasen: 'Leeftijdsfasen',
  'leeftijd.van': 'Leeftijd van',
  'leeftijd.tot': 'Leeftijd tot',
  settings: 'Vindplaatsen',
  themas: 'Thema’s',
  factoren: 'Werkende factoren',
  preventieniveau: 'Preventieniveau',
  partners: 'Partners',
  'bron.titel': 'Titel van de bron',
  'bron.uitgever': 'Uitgever',
  'bron.jaar': 'Jaar van uitgave',
  'bron.pagina': 'Pagina’s',
  'bron.url': 'Webadres van de bron',
  laatstBijgewerkt: 'Laatst bijgewerkt',
  ...Object.fromEntries(praktijkSections.map(({key, heading}) => [`body.${key}`, heading])),
};

/** Names of the row lists and their fields. */
export const rowLabels: Readonly<Record<RowListKey, {legend: string; item: string; fields: Readonly<Record<string, string>>}>> = {
  interventies: {legend: 'Interventies en methoden', item: 'Interventie', fields: {naam: 'Naam', omschrijving: 'Omschrijving in één zin', doelgroep: 'Voor wie', setting: 'Waar'}},
  kerncijfers: {legend: 'Kerncijfers', item: 'Kerncijfer', fields: {label: 'Wat is geteld', waarde: 'Waarde', jaar: 'Jaar'}},
  kosten: {legend: 'Kosten en financiering', item: 'Kostenpost', fields: {label: 'Waarvoor', waarde: 'Bedrag', jaar: 'Jaar'}},
  contact: {legend: 'Contact', item: 'Contact', fields: {organisatie: 'Organisatie', rol: 'Rol', naam: 'Naam'}},
  websites: {legend: 'Websites', item: 'Website', fields: {label: 'Naam van de link', url: 'Webadres'}},
};

const requiredMessages: Readonly<Record<string, string>> = {
  title: 'Vul de naam van de praktijk in',
  summary: 'Vul de samenvatting in',
  gemeente: 'Vul de gemeente in',
  provincie: 'Kies de provincie',
  'coordinaten.lat': 'Vul de breedtegraad in',
  'coordinaten.lon': 'Vul de lengtegraad in',
  'leeftijd.van': 'Vul ook de leeftijd ‘van’ in, of laat beide leeg',
  'leeftijd.tot': 'Vul ook de leeftijd ‘tot’ in, of laat beide leeg',
  doelgroepen: 'Kies minstens één doelgroep',
  leeftijdsfasen: 'Kies minstens één leeftijdsfase',
  settings: 'Kies minstens één vindplaats',
  themas: 'Kies minstens één thema',
  factoren: 'Kies minstens één werkende factor',
  preventieniveau: 'Kies minstens één preventieniveau',
  'bron.titel': 'Vul de titel van de bron in',
  'bron.uitgever': 'Vul de uitgever van de bron in',
  'bron.jaar': 'Vul het jaar van uitgave in',
  laatstBijgewerkt: 'Vul de datum in waarop je de tekst met de bron vergeleek',
  'body.inHetKort': 'Schrijf de tekst voor ‘In het kort’',
};

const yearMessage = 'Vul een jaartal in van vier cijfers, tussen 1950 en 2100';
const urlMessage = 'Vul een volledig webadres in dat begint met https://';

/** Plain messages for fields whose zod message would be technical. Keyed by path without indexes. */
const formatMessages: Readonly<Record<string, string>> = {
  startjaar: yearMessage,
  'bron.jaar': yearMessage,
  'kerncijfers.jaar': yearMessage,
  'kosten.jaar': yearMessage,
  'coordinaten.lat': 'Vul een breedtegraad tussen 50.7 en 53.6 in (Nederland), zoals 52.09',
  'coordinaten.lon': 'Vul een lengtegraad tussen 3.3 en 7.3 in (Nederland), zoals 5.12',
  leeftijd: 'De leeftijd ‘van’ mag niet hoger zijn dan ‘tot’',
  'leeftijd.van': 'Vul een leeftijd in hele jaren in, van 0 tot en met 27',
  'leeftijd.tot': 'Vul een leeftijd in hele jaren in, van 0 tot en met 27',
  'bron.pagina': 'Vul een paginanummer of een reeks pagina’s in, zoals 31 of 31-33',
  'bron.url': urlMessage,
  'websites.url': urlMessage,
  laatstBijgewerkt: 'Schrijf de datum als JJJJ-MM-DD, zoals 2026-11-22',
};

/** `kerncijfers[2].jaar` → `kerncijfers.jaar` */
const genericPath = (path: string) => path.replace(/\[\d+\]/g, '');

export interface FieldError {
  /** Id of the input the message belongs to (and the summary links to). */
  readonly id: string;
  /** Schema path, e.g. `kerncijfers[0].jaar` (in schema indexes, not form rows). */
  readonly field: string;
  /** What the field is called, for the error summary. */
  readonly label: string;
  /** What to do, in Dutch. */
  readonly message: string;
}

function isMissing(problem: Problem): boolean {
  return problem.value === undefined || problem.value === '' || (Array.isArray(problem.value) && problem.value.length === 0);
}

function plainMessage(problem: Problem, generic: string, rowField: string | undefined, label: string): string {
  if (isMissing(problem)) {
    if (requiredMessages[generic]) return requiredMessages[generic]!;
    return `Vul ‘${rowField ?? label}’ in`;
  }
  if (formatMessages[generic]) return formatMessages[generic]!;
  const length = typeof problem.value === 'string' ? problem.value.length : undefined;
  const tooShort = /^Te kort: .*>=\s*(\d+)/.exec(problem.message);
  if (tooShort && length !== undefined) return `Schrijf minstens ${tooShort[1]} tekens (nu ${length})`;
  const tooLong = /^Te lang: .*<=\s*(\d+)/.exec(problem.message);
  if (tooLong && length !== undefined) return `Schrijf hoogstens ${tooLong[1]} tekens (nu ${length})`;
  const suggestion = problem.suggestion ? ` Bedoelde je ‘${problem.suggestion}’?` : '';
  return `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}${suggestion}`;
}

/**
 * Turns schema problems into messages for the form. Paths use schema indexes; `rows` maps
 * them back to the rows of the form (empty rows were dropped). One message per input: the first.
 */
export function problemsToFieldErrors(problems: readonly Problem[], rows: RowIndex): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const problem of problems) {
    const path = problem.field;
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
    const top = match?.[1] ?? '';
    const index = match?.[2] === undefined ? undefined : Number(match[2]);
    const sub = match?.[3];
    let id: string;
    let label: string;
    let rowField: string | undefined;
    let prefix = '';
    if (top in rowFields) {
      const list = top as RowListKey;
      const formIndex = index === undefined ? 0 : (rows[list][index] ?? index);
      rowField = sub ?? rowFields[list][0];
      id = fieldId(`${list}[${formIndex}].${rowField}`);
      label = `${rowLabels[list].item} ${formIndex + 1}: ${rowLabels[list].fields[rowField] ?? rowField}`;
    } else if (top === 'partners') {
      id = fieldId('partners');
      label = fieldLabels.partners!;
      if (index !== undefined) prefix = `Regel ${(rows.partners[index] ?? index) + 1}: `;
    } else if ((choiceKeys as readonly string[]).includes(top)) {
      id = fieldId(top);
      label = fieldLabels[top]!;
    } else if (top === 'leeftijd' || top === 'coordinaten' || top === 'bron' || top === 'body') {
      const field = `${top}.${sub ?? (top === 'leeftijd' ? 'van' : top === 'coordinaten' ? 'lat' : top === 'bron' ? 'titel' : 'inHetKort')}`;
      id = fieldId(field);
      label = fieldLabels[field] ?? field;
    } else {
      id = fieldId(top || 'title');
      label = fieldLabels[top] ?? top;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    const rowFieldLabel = rowField && top in rowFields ? (rowLabels[top as RowListKey].fields[rowField] ?? rowField) : undefined;
    const message = plainMessage(problem, genericPath(path), rowFieldLabel, label);
    errors.push({id, field: path, label, message: prefix + message});
  }
  return errors;
}

// ---------------------------------------------------------------------------------------
// The check

export type CheckOutcome =
  | {readonly ok: true; readonly slug: string; readonly frontmatter: PraktijkInput; readonly body: PraktijkBody; readonly mdx: string}
  | {readonly ok: false; readonly errors: FieldError[]};

/** Body sections that must have text. */
export const requiredSections: readonly SectionKey[] = ['inHetKort'];

/**
 * Checks the form with the schema the build uses and, when everything is right, writes the
 * MDX file. Errors come in the order of the form.
 */
export function checkForm(state: PraktijkFormState): CheckOutcome {
  const {input, rows} = formToInput(state);
  const result = checkFrontmatter(praktijkSchema, input, {file: 'formulier'});
  const body = formToBody(state);
  const bodyProblems: Problem[] = requiredSections
    .filter((key) => body[key] === '')
    .map((key) => ({file: 'formulier', field: `body.${key}`, message: 'verplicht veld ontbreekt'}));
  const problems = [...(result.ok ? [] : result.problems), ...bodyProblems];
  if (problems.length > 0) return {ok: false, errors: problemsToFieldErrors(problems, rows)};
  const frontmatter = input as PraktijkInput;
  return {ok: true, slug: slugify(frontmatter.title), frontmatter, body, mdx: praktijkToMdx(frontmatter, body)};
}

// ---------------------------------------------------------------------------------------
// Draft

export interface Draft {
  readonly state: PraktijkFormState;
  /** When it was saved, as an ISO timestamp. */
  readonly savedAt: string;
}

const DRAFT_VERSION = 1;

export function serializeDraft(state: PraktijkFormState, savedAt: Date): string {
  return JSON.stringify({version: DRAFT_VERSION, savedAt: savedAt.toISOString(), state});
}

const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const asStringList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Reads a saved draft back, field by field: whatever is missing or of the wrong type falls
 * back to the empty form, so an old or damaged draft never breaks the page.
 */
export function parseDraft(text: string | null | undefined): Draft | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined;
  const {savedAt, state} = raw as {savedAt?: unknown; state?: unknown};
  if (state === null || typeof state !== 'object' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  const saved = state as Record<string, unknown>;
  const empty = emptyFormState();
  const result = {...empty} as Record<string, unknown>;
  for (const key of textKeys) result[key] = asString(saved[key]);
  for (const key of choiceKeys) result[key] = asStringList(saved[key]);
  for (const list of rowListKeys) {
    const savedRows = Array.isArray(saved[list]) ? (saved[list] as unknown[]) : [];
    result[list] = savedRows
      .filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object')
      .map((row) => {
        const fresh = newRow(list) as Record<string, string>;
        for (const field of rowFields[list]) fresh[field] = asString(row[field]);
        return fresh;
      });
  }
  const bron = (saved.bron ?? {}) as Record<string, unknown>;
  result.bron = Object.fromEntries(bronKeys.map((key) => [key, asString(bron[key])]));
  const body = (saved.body ?? {}) as Record<string, unknown>;
  result.body = Object.fromEntries(praktijkSections.map(({key}) => [key, asString(body[key])]));
  return {state: result as PraktijkFormState, savedAt};
}

/** Whether nothing has been filled in (the date, set by the form itself, does not count). */
export function isBlankState(state: PraktijkFormState): boolean {
  return (
    textKeys.every((key) => key === 'laatstBijgewerkt' || state[key].trim() === '') &&
    choiceKeys.every((key) => state[key].length === 0) &&
    rowListKeys.every((list) => (state[list] as Row<typeof list>[]).every((row) => isBlankRow(list, row))) &&
    bronKeys.every((key) => state.bron[key].trim() === '') &&
    praktijkSections.every(({key}) => state.body[key].trim() === '')
  );
}

/** Paragraphs of a section text, for the simple preview. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
