/**
 * The form state of "praktijk aanmelden" (every value as typed, as text) and its conversion
 * to praktijk frontmatter. Pure and browser-safe.
 */
import {praktijkSections, type PraktijkBody, type SectionKey} from '../mdx-writer';
import {bronKeys, choiceKeys, leeftijdKeys, rowFields, rowListKeys, textKeys, type BronKey, type ChoiceKey, type RowField, type RowListKey, type TextKey} from './fields';

/** One row as typed; `key` only identifies the row in the page, it is never written. */
export type Row<K extends RowListKey> = {key: string} & Record<RowField<K>, string>;

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

const emptyRecord = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;

/** A fresh form: one empty row in every row list, `laatstBijgewerkt` set to `today`. */
export function emptyFormState(today = ''): PraktijkFormState {
  return {
    ...emptyRecord(textKeys),
    laatstBijgewerkt: today,
    ...(Object.fromEntries(choiceKeys.map((key) => [key, []])) as unknown as Record<ChoiceKey, string[]>),
    ...(Object.fromEntries(rowListKeys.map((list) => [list, [newRow(list)]])) as unknown as {[K in RowListKey]: Row<K>[]}),
    bron: emptyRecord(bronKeys),
    body: emptyRecord(praktijkSections.map(({key}) => key)),
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

export const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** A single page becomes a number; a range such as `31-33` stays text. */
export function parsePagina(text: string): number | string | undefined {
  const pagina = parseNumber(text);
  return typeof pagina === 'number' && Number.isInteger(pagina) && pagina > 0 ? pagina : optionalText(text);
}

/** For each list, the form row index of every row that was kept (schema index → form index). */
export type RowIndex = Record<RowListKey | 'partners', number[]>;

export interface FormInput {
  /** Frontmatter as it will be written; may still be invalid. */
  readonly input: Record<string, unknown>;
  readonly rows: RowIndex;
}

export function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export const isBlankRow = <K extends RowListKey>(list: K, row: Row<K>) =>
  rowFields[list].every((field) => (row[field as RowField<K>] ?? '').trim() === '');

// Figures and costs carry a year, the only number in a row.
const numericRowFields: ReadonlySet<string> = new Set(['jaar']);

function rowToInput<K extends RowListKey>(list: K, row: Row<K>): Record<string, unknown> {
  const values = row as Record<string, string>;
  return withoutUndefined(
    Object.fromEntries(
      rowFields[list].map((field) => [field, numericRowFields.has(field) ? parseNumber(values[field] ?? '') : optionalText(values[field] ?? '')]),
    ),
  );
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
  rows.partners = state.partners.split(/\r?\n/).flatMap((line, index) => (line.trim() ? [index] : []));
  const partners = splitLines(state.partners);
  const leeftijd = withoutUndefined(Object.fromEntries(leeftijdKeys.map(([key, formKey]) => [key, parseNumber(state[formKey])])));

  const input = withoutUndefined({
    title: optionalText(state.title),
    summary: optionalText(state.summary),
    gemeente: optionalText(state.gemeente),
    regio: optionalText(state.regio),
    provincie: optionalText(state.provincie),
    coordinaten: withoutUndefined({lat: parseNumber(state.lat), lon: parseNumber(state.lon)}),
    startjaar: parseNumber(state.startjaar),
    ...Object.fromEntries(choiceKeys.map((key) => [key, [...state[key]]])),
    leeftijd: Object.keys(leeftijd).length === 0 ? undefined : leeftijd,
    partners: partners.length > 0 ? partners : undefined,
    ...lists,
    bron: withoutUndefined({
      titel: optionalText(state.bron.titel),
      uitgever: optionalText(state.bron.uitgever),
      jaar: parseNumber(state.bron.jaar),
      pagina: parsePagina(state.bron.pagina),
      url: optionalText(state.bron.url),
    }),
    laatstBijgewerkt: optionalText(state.laatstBijgewerkt),
  });
  return {input, rows};
}

/** The written body sections as Markdown, trimmed. */
export function formToBody(state: PraktijkFormState): PraktijkBody {
  return Object.fromEntries(praktijkSections.map(({key}) => [key, (state.body[key] ?? '').trim()])) as PraktijkBody;
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
