/**
 * Field labels and the Dutch messages of the form: schema problems turned into one message
 * per input, keyed by the input's id. The numbers in the messages come from the schema.
 */
import type {Problem} from '../../content/problems';
import {praktijkSections} from '../mdx-writer';
import {bounds, choiceKeys, rowFields, type RowListKey} from './fields';
import type {RowIndex} from './state';

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

const decimal = (n: number | null) => String(n ?? '');
const yearMessage = `Vul een jaartal in van vier cijfers, tussen ${bounds.jaar.min} en ${bounds.jaar.max}`;
const urlMessage = 'Vul een volledig webadres in dat begint met https://';
const ageMessage = `Vul een leeftijd in hele jaren in, van ${bounds.leeftijd.min} tot en met ${bounds.leeftijd.max}`;

/** Plain messages for fields whose zod message would be technical. Keyed by path without indexes. */
const formatMessages: Readonly<Record<string, string>> = {
  startjaar: yearMessage,
  'bron.jaar': yearMessage,
  'kerncijfers.jaar': yearMessage,
  'kosten.jaar': yearMessage,
  'coordinaten.lat': `Vul een breedtegraad tussen ${decimal(bounds.lat.min)} en ${decimal(bounds.lat.max)} in (Nederland), zoals 52.09`,
  'coordinaten.lon': `Vul een lengtegraad tussen ${decimal(bounds.lon.min)} en ${decimal(bounds.lon.max)} in (Nederland), zoals 5.12`,
  leeftijd: 'De leeftijd ‘van’ mag niet hoger zijn dan ‘tot’',
  'leeftijd.van': ageMessage,
  'leeftijd.tot': ageMessage,
  'bron.pagina': 'Vul een paginanummer of een reeks pagina’s in, zoals 31 of 31-33',
  'bron.url': urlMessage,
  'websites.url': urlMessage,
  laatstBijgewerkt: 'Schrijf de datum als JJJJ-MM-DD, zoals 2026-11-22',
};

/** `kerncijfers[2].jaar` → `kerncijfers.jaar` */
export const genericPath = (path: string) => path.replace(/\[\d+\]/g, '');

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

/** A problem in plain Dutch; `label` (or the row field's name) names the field when it is missing. */
export function plainMessage(problem: Problem, generic: string, rowField: string | undefined, label: string): string {
  if (isMissing(problem)) return requiredMessages[generic] ?? `Vul ‘${rowField ?? label}’ in`;
  if (formatMessages[generic]) return formatMessages[generic]!;
  const length = typeof problem.value === 'string' ? problem.value.length : undefined;
  const tooShort = /^Te kort: .*>=\s*(\d+)/.exec(problem.message);
  if (tooShort && length !== undefined) return `Schrijf minstens ${tooShort[1]} tekens (nu ${length})`;
  const tooLong = /^Te lang: .*<=\s*(\d+)/.exec(problem.message);
  if (tooLong && length !== undefined) return `Schrijf hoogstens ${tooLong[1]} tekens (nu ${length})`;
  const suggestion = problem.suggestion ? ` Bedoelde je ‘${problem.suggestion}’?` : '';
  return `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}${suggestion}`;
}

// Which input a problem on a nested object belongs to when the problem names the object only.
const firstOfGroup: Readonly<Record<string, string>> = {leeftijd: 'van', coordinaten: 'lat', bron: 'titel', body: 'inHetKort'};

/** Where a problem shows in the form: input id, label, and the row field's name for row lists. */
function locate(path: string, rows: RowIndex): {id: string; label: string; rowField?: string; prefix: string} {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  const top = match?.[1] ?? '';
  const index = match?.[2] === undefined ? undefined : Number(match[2]);
  const sub = match?.[3];
  if (top in rowFields) {
    const list = top as RowListKey;
    const formIndex = index === undefined ? 0 : (rows[list][index] ?? index);
    const field = sub ?? rowFields[list][0]!;
    const rowField = rowLabels[list].fields[field] ?? field;
    return {id: fieldId(`${list}[${formIndex}].${field}`), label: `${rowLabels[list].item} ${formIndex + 1}: ${rowField}`, rowField, prefix: ''};
  }
  if (top === 'partners') {
    return {id: fieldId('partners'), label: fieldLabels.partners!, prefix: index === undefined ? '' : `Regel ${(rows.partners[index] ?? index) + 1}: `};
  }
  if ((choiceKeys as readonly string[]).includes(top)) return {id: fieldId(top), label: fieldLabels[top]!, prefix: ''};
  if (top in firstOfGroup) {
    const field = `${top}.${sub ?? firstOfGroup[top]}`;
    return {id: fieldId(field), label: fieldLabels[field] ?? field, prefix: ''};
  }
  return {id: fieldId(top || 'title'), label: fieldLabels[top] ?? top, prefix: ''};
}

/**
 * Turns schema problems into messages for the form. Paths use schema indexes; `rows` maps
 * them back to the rows of the form (empty rows were dropped). One message per input: the first.
 */
export function problemsToFieldErrors(problems: readonly Problem[], rows: RowIndex): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const problem of problems) {
    const {id, label, rowField, prefix} = locate(problem.field, rows);
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push({id, field: problem.field, label, message: prefix + plainMessage(problem, genericPath(problem.field), rowField, label)});
  }
  return errors;
}
