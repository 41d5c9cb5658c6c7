/**
 * How a figure (a kerncijfer or a cost) is dated on the site, in open data and in JSON-LD.
 *
 * A figure carries a year only where its source gives one. Without that year the figure is
 * true at the date of the source, not "now" and not a guessed year, so the wording names the
 * source's year instead of pretending the figure has one of its own.
 */

/** The part of a figure that dates it. */
export interface DatedFigure {
  readonly jaar?: number;
}

/** The part of a source that dates it. */
export interface DatedSource {
  readonly jaar: number;
}

/** The year a figure was true, and whether that year is the figure's own or the source's. */
export function figureYear(figure: DatedFigure, bron: DatedSource): {jaar: number; eigenJaar: boolean} {
  return figure.jaar === undefined ? {jaar: bron.jaar, eigenJaar: false} : {jaar: figure.jaar, eigenJaar: true};
}

/** Display date of a figure: `2015`, or `volgens de bron (2018)` when the figure has no year of its own. */
export function figureDate(figure: DatedFigure, bron: DatedSource): string {
  const {jaar, eigenJaar} = figureYear(figure, bron);
  return eigenJaar ? String(jaar) : `volgens de bron (${jaar})`;
}

/** A figure's label with its date, as it reads after the value: `leerlingen (2015)` or `leerlingen, volgens de bron (2018)`. */
export function figureLabel(figure: DatedFigure & {readonly label: string}, bron: DatedSource): string {
  const date = figureDate(figure, bron);
  return figure.jaar === undefined ? `${figure.label}, ${date}` : `${figure.label} (${date})`;
}
