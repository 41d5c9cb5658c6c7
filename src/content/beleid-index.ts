/**
 * Pure functions from validated policy and practice content to the data of the three policy
 * overview pages: the indicatorenbank, interventies A–Z and the comparison of documents.
 * No I/O here, and nothing Node-only: the indicator page imports `indicatorenToCsv` in the
 * browser to offer the current selection as a download.
 */
import type {Beleid} from './schemas/beleid';
import type {Praktijk} from './schemas/praktijk';
import type {Factor} from './schemas/factor';
import {documenttypes, domeinen, labelOf, themas} from './vocabularies';
import {urls} from './graph';
import {compareDutchNatural} from './collate';

interface Sourced<T> {
  readonly slug: string;
  readonly data: T;
}

/* ------------------------------------------------------------------------------------------
 * Source files
 * ---------------------------------------------------------------------------------------- */

/**
 * Which plain-text source each policy document was read from, matched on `bron.titel`.
 * Midden-Limburg West has two documents, so the title (not the region) decides the file.
 * `bronregel` of an indicator is a line number in this file.
 */
export const BRONBESTANDEN: readonly {readonly titel: RegExp; readonly bestand: string}[] = [
  {titel: /koersdocument preventie/i, bestand: '000_ad13d746e9491e9f.txt'},
  {titel: /beleidsplan sociaal domein/i, bestand: '001_58f486c5ed5ea253.txt'},
  {titel: /nieuwe focus op preventie/i, bestand: '002_7dcc1beace939601.txt'},
  {titel: /^opdracht 2021/i, bestand: '004_34234c50cd362e2e.txt'},
];

/** The source file of a policy document, or `undefined` when its title matches none. */
export function bronbestandVoor(beleid: Sourced<Beleid>): string | undefined {
  return BRONBESTANDEN.find(({titel}) => titel.test(beleid.data.bron.titel))?.bestand;
}

/* ------------------------------------------------------------------------------------------
 * Indicatorenbank
 * ---------------------------------------------------------------------------------------- */

export interface DocumentRef {
  readonly title: string;
  readonly url: string;
  readonly gemeenten: readonly string[];
}

export interface IndicatorRow {
  readonly label: string;
  readonly domein: Beleid['indicatoren'][number]['domein'];
  readonly thema: Beleid['indicatoren'][number]['thema'];
  readonly doel?: string;
  readonly document: DocumentRef;
  /** Line in the source text file where the indicator is found. */
  readonly bronregel: number;
  /** File name of that source text, e.g. `001_58f486c5ed5ea253.txt`. */
  readonly bronbestand?: string;
}

export interface IndicatorenbankOptions {
  /** Maps a document to its source text file; defaults to {@link bronbestandVoor}. */
  readonly bronbestand?: (beleid: Sourced<Beleid>) => string | undefined;
}

export function documentRef({slug, data}: Sourced<Beleid>): DocumentRef {
  return {title: data.title, url: urls.beleid(slug), gemeenten: data.gemeenten};
}

/**
 * Every indicator of every policy document, one row each. Documents are ordered by title;
 * within a document the indicators keep the order of the frontmatter (the source's order).
 */
export function buildIndicatorenbank(
  beleid: readonly Sourced<Beleid>[],
  {bronbestand = bronbestandVoor}: IndicatorenbankOptions = {},
): IndicatorRow[] {
  return [...beleid]
    .sort((a, b) => compareDutchNatural(a.data.title, b.data.title))
    .flatMap((entry) => {
      const document = documentRef(entry);
      const file = bronbestand(entry);
      return entry.data.indicatoren.map(
        (indicator): IndicatorRow => ({
          label: indicator.label,
          domein: indicator.domein,
          thema: indicator.thema,
          ...(indicator.doel ? {doel: indicator.doel} : {}),
          document,
          bronregel: indicator.bronregel,
          ...(file ? {bronbestand: file} : {}),
        }),
      );
    });
}

/** Column headers of the CSV, in Dutch. */
export const CSV_KOPPEN = ['Indicator', 'Doel', 'Domein', 'Thema', 'Document', 'Gemeenten', 'Link', 'Bronbestand', 'Bronregel'] as const;

/** Quotes one CSV field as RFC 4180 asks: in double quotes when it holds a comma, quote or line break. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvOptions {
  /** Prefix for the document links, e.g. `https://example.org`; without it links stay site-relative. */
  readonly siteUrl?: string;
}

/**
 * The rows as CSV for spreadsheets: comma-separated, CRLF line ends, fields quoted per
 * RFC 4180, with a UTF-8 byte order mark so Excel reads ≥, é and – correctly. Domain and
 * theme are written as their Dutch labels.
 */
export function indicatorenToCsv(rows: readonly IndicatorRow[], {siteUrl = ''}: CsvOptions = {}): string {
  const base = siteUrl.replace(/\/+$/, '');
  const lines = [
    CSV_KOPPEN.join(','),
    ...rows.map((row) =>
      [
        row.label,
        row.doel,
        labelOf(domeinen, row.domein),
        labelOf(themas, row.thema),
        row.document.title,
        row.document.gemeenten.join(', '),
        `${base}${row.document.url}`,
        row.bronbestand,
        row.bronregel,
      ]
        .map(csvField)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/* ------------------------------------------------------------------------------------------
 * Interventies A–Z
 * ---------------------------------------------------------------------------------------- */

export interface InterventieUse {
  readonly title: string;
  readonly url: string;
  readonly kind: 'praktijk' | 'beleid';
}

export interface InterventieEntry {
  /** Display name: the most common spelling. */
  readonly naam: string;
  /** Other spellings found in the content, if any. */
  readonly varianten: readonly string[];
  readonly omschrijving: string;
  /** Distinct pages that name it: practices first, then policy documents, each by title. */
  readonly usedIn: readonly InterventieUse[];
  /** Letter of the A–Z index: `A`–`Z`, or `#` for names starting with a digit or sign. */
  readonly letter: string;
}

const stripDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * Key under which spellings of one intervention merge: case, accents, spacing, hyphens and
 * punctuation do not count, `&` and `+` read as `en`, and a trailing explanation in
 * brackets is dropped. So `VoorZorg` = `Voorzorg`, `Rots & Water` = `Rots en Water`,
 * `Regionale Ontwikkelings Agenda Jeugd` = `Regionale Ontwikkelingsagenda Jeugd (ROJ)`.
 */
export function normaliseInterventie(naam: string): string {
  const withoutNote = naam.replace(/\s*\([^()]*\)\s*$/, '');
  const base = withoutNote.trim() === '' ? naam : withoutNote;
  return stripDiacritics(base)
    .toLowerCase()
    .replace(/\s*[&+]\s*/g, ' en ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** First letter for the A–Z index. */
export function indexLetter(naam: string): string {
  const first = stripDiacritics(naam.replace(/^['‘’"“”(]+/, '')).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

interface Mention {
  readonly naam: string;
  readonly omschrijving: string;
  readonly use: InterventieUse;
}

function pickName(mentions: readonly Mention[]): Mention {
  const count = (naam: string) => mentions.filter((m) => m.naam === naam).length;
  return [...mentions].sort(
    (a, b) =>
      count(b.naam) - count(a.naam) ||
      // A practice page is about the programme itself, so its spelling is the better guess.
      Number(b.use.kind === 'praktijk') - Number(a.use.kind === 'praktijk') ||
      b.naam.length - a.naam.length ||
      compareDutchNatural(a.naam, b.naam),
  )[0]!;
}

/**
 * All named interventions of practices and policy documents, A–Z, with spellings merged
 * by {@link normaliseInterventie} and for each the pages that use it.
 */
export function buildInterventies(
  praktijken: readonly Sourced<Pick<Praktijk, 'title' | 'interventies'>>[],
  beleid: readonly Sourced<Pick<Beleid, 'title' | 'interventies'>>[],
): InterventieEntry[] {
  const mentions: Mention[] = [
    ...praktijken.flatMap(({slug, data}) =>
      data.interventies.map((i) => ({naam: i.naam.trim(), omschrijving: i.omschrijving, use: {title: data.title, url: urls.praktijk(slug), kind: 'praktijk' as const}})),
    ),
    ...beleid.flatMap(({slug, data}) =>
      data.interventies.map((i) => ({naam: i.naam.trim(), omschrijving: i.omschrijving, use: {title: data.title, url: urls.beleid(slug), kind: 'beleid' as const}})),
    ),
  ];
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = normaliseInterventie(mention.naam);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const entries = [...groups.values()].map((group): InterventieEntry => {
    const chosen = pickName(group);
    const usedIn = [...new Map(group.map((m) => [m.use.url, m.use])).values()].sort(
      (a, b) => Number(b.kind === 'praktijk') - Number(a.kind === 'praktijk') || compareDutchNatural(a.title, b.title),
    );
    return {
      naam: chosen.naam,
      varianten: [...new Set(group.map((m) => m.naam))].filter((naam) => naam !== chosen.naam).sort(compareDutchNatural),
      omschrijving: chosen.omschrijving,
      usedIn,
      letter: indexLetter(chosen.naam),
    };
  });
  return entries.sort((a, b) => compareDutchNatural(a.letter, b.letter) || compareDutchNatural(a.naam, b.naam));
}

/* ------------------------------------------------------------------------------------------
 * Vergelijking
 * ---------------------------------------------------------------------------------------- */

/**
 * Optional frontmatter for the comparison rows the schema has no field for yet. Read
 * defensively so the page builds before the field exists; a missing value shows as "—".
 */
export interface VergelijkingVelden {
  /** Which target groups the document chooses, and how. */
  readonly doelgroepkeuze?: string;
  /** The role the municipality gives itself. */
  readonly rolGemeente?: string;
  /** How results are monitored. */
  readonly monitoring?: string;
}

export interface VergelijkingItem {
  readonly label: string;
  readonly toelichting?: string;
  readonly url?: string;
}

export interface VergelijkingDocument {
  readonly slug: string;
  readonly title: string;
  readonly url: string;
  readonly gemeenten: readonly string[];
  readonly jaar: number;
  readonly documenttype: string;
}

export type VergelijkingRijKey = 'criteria' | 'doelgroepkeuze' | 'rolGemeente' | 'monitoring' | 'themas' | 'factoren';

export interface VergelijkingRij {
  readonly key: VergelijkingRijKey;
  readonly label: string;
  /** One cell per document, in the order of `documenten`; an empty list means "not given". */
  readonly cellen: readonly (readonly VergelijkingItem[])[];
}

export interface VergelijkingData {
  readonly documenten: readonly VergelijkingDocument[];
  readonly rijen: readonly VergelijkingRij[];
}

const slugToWords = (slug: string) => {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The documents side by side, oldest first. `factoren` gives the short names of the
 * werkende factoren; without it the slugs are shown as words.
 */
export function buildVergelijking(
  beleid: readonly Sourced<Beleid>[],
  factoren: readonly Sourced<Pick<Factor, 'korteNaam' | 'kern'>>[] = [],
): VergelijkingData {
  const docs = [...beleid].sort((a, b) => a.data.jaar - b.data.jaar || compareDutchNatural(a.data.title, b.data.title));
  const extra = (entry: Sourced<Beleid>): VergelijkingVelden =>
    (entry.data as Beleid & {vergelijking?: VergelijkingVelden}).vergelijking ?? {};
  const tekst = (value: string | undefined): VergelijkingItem[] => (value && value.trim() ? [{label: value.trim()}] : []);
  const factorItem = (slug: string): VergelijkingItem => {
    const factor = factoren.find((f) => f.slug === slug);
    return {label: factor?.data.korteNaam ?? slugToWords(slug), url: urls.factor(slug), ...(factor ? {toelichting: factor.data.kern} : {})};
  };
  const rij = (key: VergelijkingRijKey, label: string, cell: (entry: Sourced<Beleid>) => VergelijkingItem[]): VergelijkingRij => ({
    key,
    label,
    cellen: docs.map(cell),
  });
  return {
    documenten: docs.map(({slug, data}) => ({
      slug,
      title: data.title,
      url: urls.beleid(slug),
      gemeenten: data.gemeenten,
      jaar: data.jaar,
      documenttype: labelOf(documenttypes, data.documenttype),
    })),
    rijen: [
      rij('criteria', 'Criteria voor preventie', (e) => e.data.criteria.map((c) => ({label: c.naam, toelichting: c.toelichting}))),
      rij('doelgroepkeuze', 'Keuze van doelgroepen', (e) => tekst(extra(e).doelgroepkeuze)),
      rij('rolGemeente', 'Rol van de gemeente', (e) => tekst(extra(e).rolGemeente)),
      rij('monitoring', 'Aanpak van monitoring', (e) => tekst(extra(e).monitoring)),
      rij('themas', 'Thema’s', (e) => e.data.themas.map((t) => ({label: labelOf(themas, t), url: urls.thema(t)}))),
      rij('factoren', 'Werkende factoren', (e) => e.data.factoren.map(factorItem)),
    ],
  };
}

/* ------------------------------------------------------------------------------------------
 * Filtering the indicatorenbank
 * ---------------------------------------------------------------------------------------- */

/** Chosen values per facet; an empty list means no filter on that facet. */
export interface IndicatorSelectie {
  readonly domein: readonly string[];
  readonly thema: readonly string[];
}

export type IndicatorFacet = keyof IndicatorSelectie;

/** Facets combine with AND; the values within one facet with OR. */
export function filterIndicatoren(rows: readonly IndicatorRow[], selectie: IndicatorSelectie, skip?: IndicatorFacet): IndicatorRow[] {
  return rows.filter((row) =>
    (['domein', 'thema'] as const).every((facet) => facet === skip || selectie[facet].length === 0 || selectie[facet].includes(row[facet])),
  );
}

/** How many rows an option of a facet would show, given the choices in the other facet. */
export function optieAantal(rows: readonly IndicatorRow[], selectie: IndicatorSelectie, facet: IndicatorFacet, value: string): number {
  return filterIndicatoren(rows, selectie, facet).filter((row) => row[facet] === value).length;
}
