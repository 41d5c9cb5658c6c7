/**
 * The matrix page and the thema pages' tables. Up to MATRIX_MAX_PRAKTIJKEN practices the matrix
 * page is the full practices × factors table; above that a table of one row per practice is too
 * long to read and to load, so it shows how many practices combine each factor with each thema
 * and each doelgroep, and each thema page carries its own practices × factors table. Pure.
 */
import type {FactorSummary, PraktijkSummary, ThemaSummary} from './graph';
import {doelgroepen, themas, type VocabularyEntry} from './vocabularies';
import {overzichtLink} from './overzicht-links';

/** Up to this many practices the matrix page shows one row per practice. */
export const MATRIX_MAX_PRAKTIJKEN = 60;

/** What a matrix row needs of a practice. */
export type MatrixPraktijk = Pick<PraktijkSummary, 'slug' | 'url' | 'title' | 'gemeente' | 'titelVolgorde'>;

export interface MatrixData {
  readonly factoren: readonly FactorSummary[];
  readonly rows: readonly {readonly praktijk: MatrixPraktijk; readonly cells: readonly boolean[]; readonly total: number}[];
  readonly columnTotals: readonly number[];
}

export function buildMatrix(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[]): MatrixData {
  const rows = praktijken.map(({slug, url, title, gemeente, titelVolgorde, factoren: own}) => {
    const cells = factoren.map((factor) => own.includes(factor.slug));
    return {praktijk: {slug, url, title, gemeente, titelVolgorde}, cells, total: cells.filter(Boolean).length};
  });
  const columnTotals = factoren.map((_, column) => rows.filter((row) => row.cells[column]).length);
  return {factoren, rows, columnTotals};
}

export type TellingKey = 'thema' | 'doelgroep';

/** Factors × the values of one facet: how many practices have both, each cell a link to them. */
export interface Telling {
  readonly key: TellingKey;
  readonly columns: readonly {readonly value: string; readonly label: string; readonly aantal: number}[];
  readonly rows: readonly {
    readonly factor: string;
    /** Practices with this factor, whatever their thema or doelgroep. */
    readonly aantal: number;
    readonly cells: readonly {readonly aantal: number; readonly url: string}[];
  }[];
}

const facets: Record<TellingKey, {vocabulary: readonly VocabularyEntry[]; values: (p: PraktijkSummary) => readonly string[]}> = {
  thema: {vocabulary: themas, values: (p) => p.themas},
  doelgroep: {vocabulary: doelgroepen, values: (p) => p.doelgroepen},
};

export function factorTelling(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[], key: TellingKey): Telling {
  const {vocabulary, values} = facets[key];
  const columns = vocabulary.map(({value, label}) => ({value, label, aantal: praktijken.filter((p) => values(p).includes(value)).length}));
  const rows = factoren.map((factor) => {
    const withFactor = praktijken.filter((p) => p.factoren.includes(factor.slug));
    return {
      factor: factor.slug,
      aantal: withFactor.length,
      cells: columns.map(({value}) => ({
        aantal: withFactor.filter((p) => values(p).includes(value)).length,
        url: overzichtLink({factor: factor.slug, [key]: value}),
      })),
    };
  });
  return {key, columns, rows};
}

export type MatrixPagina =
  | {readonly soort: 'praktijken'; readonly matrix: MatrixData}
  | {
      readonly soort: 'tellingen';
      readonly totaal: number;
      readonly factoren: readonly FactorSummary[];
      readonly themas: Telling;
      readonly doelgroepen: Telling;
      readonly themaLinks: readonly {readonly label: string; readonly url: string; readonly aantal: number}[];
    };

export function matrixPagina(praktijken: readonly PraktijkSummary[], factoren: readonly FactorSummary[], themaSummaries: readonly ThemaSummary[]): MatrixPagina {
  if (praktijken.length <= MATRIX_MAX_PRAKTIJKEN) return {soort: 'praktijken', matrix: buildMatrix(praktijken, factoren)};
  return {
    soort: 'tellingen',
    totaal: praktijken.length,
    factoren,
    themas: factorTelling(praktijken, factoren, 'thema'),
    doelgroepen: factorTelling(praktijken, factoren, 'doelgroep'),
    themaLinks: themaSummaries.map(({label, url, praktijken: list}) => ({label, url, aantal: list.length})),
  };
}

/**
 * A thema page's data: the thema, its practices × factors table, and its practices as cards
 * only while the whole collection is small (above the threshold the table lists them, lighter).
 */
export function themaPagina(thema: ThemaSummary, factoren: readonly FactorSummary[], totaal: number) {
  const {praktijken, ...rest} = thema;
  return {
    thema: {...rest, aantal: praktijken.length, overzicht: overzichtLink({thema: thema.value})},
    factoren,
    kaarten: totaal <= MATRIX_MAX_PRAKTIJKEN ? praktijken : [],
    matrix: buildMatrix(praktijken, factoren),
  };
}

export type ThemaPaginaData = ReturnType<typeof themaPagina>;
