import type {Beleid} from '../../content/schemas/beleid';
import {buildIndicatorenbank, indicatorenToCsv, type CsvOptions} from '../../content/beleid/indicatoren';
import type {Sourced} from '../../content/graph';

/** Path of the CSV with every indicator, relative to the build output (and the site root). */
export const indicatorenCsvPath = 'data/indicatoren.csv';

/** The CSV of all indicators, for `/data/indicatoren.csv`, so the download works without JavaScript. */
export function indicatorenCsv(content: {readonly beleid: readonly Sourced<Beleid>[]}, options: CsvOptions = {}): string {
  return indicatorenToCsv(buildIndicatorenbank(content.beleid), options);
}
