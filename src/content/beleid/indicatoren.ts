/**
 * The indicatorenbank: every indicator of every policy document as a row, with its source
 * file and line, the CSV download and the domain/theme filter. Nothing Node-only: the
 * indicator page imports `indicatorenToCsv` and the filter in the browser.
 */
import type {Beleid} from '../schemas/beleid';
import {domeinen, labelOf, themas} from '../vocabularies';
import {urls, type Sourced} from '../graph';
import {compareDutchNatural} from '../collate';
import {facetFilter} from '../../lib/facets';

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

/** Chosen values per facet; an empty list means no filter on that facet. */
export interface IndicatorSelectie {
  readonly domein: readonly string[];
  readonly thema: readonly string[];
}

export type IndicatorFacet = keyof IndicatorSelectie;

const indicatorFacets = facetFilter<IndicatorFacet, IndicatorRow>(['domein', 'thema'], (row, facet) => [row[facet]]);

/** Facets combine with AND; the values within one facet with OR. */
export function filterIndicatoren(rows: readonly IndicatorRow[], selectie: IndicatorSelectie): IndicatorRow[] {
  return indicatorFacets.filter(rows, selectie, 'of');
}

/** How many rows an option of a facet would show, given the choices in the other facet. */
export function optieAantal(rows: readonly IndicatorRow[], selectie: IndicatorSelectie, facet: IndicatorFacet, value: string): number {
  return indicatorFacets.filter(rows, {...selectie, [facet]: [value]}, 'of').length;
}
