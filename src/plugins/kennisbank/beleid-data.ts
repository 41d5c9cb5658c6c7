import type {Beleid} from '../../content/schemas/beleid';
import type {Praktijk} from '../../content/schemas/praktijk';
import type {Factor} from '../../content/schemas/factor';
import {buildIndicatorenbank, indicatorenToCsv, type CsvOptions} from '../../content/beleid/indicatoren';
import {buildInterventies} from '../../content/beleid/interventies';
import {buildVergelijking} from '../../content/beleid/vergelijking';
import type {Sourced} from '../../content/graph';

/** The validated content these pages need: the loaded site's `content` fits. */
export interface BeleidContent {
  readonly praktijken: readonly Sourced<Praktijk>[];
  readonly beleid: readonly Sourced<Beleid>[];
  /** Optional: gives the comparison table the short names of the werkende factoren. */
  readonly factoren?: readonly Sourced<Factor>[];
}

/** Docusaurus' `actions.createData`. */
export type CreateData = (name: string, data: string) => Promise<string>;

/** File names of the JSON modules, importable as `@generated/kennisbank/default/<name>`. */
export const beleidDataFiles = {
  indicatoren: 'indicatoren.json',
  interventies: 'interventies.json',
  vergelijking: 'vergelijking.json',
} as const;

/** Path of the CSV with every indicator, relative to the build output (and the site root). */
export const indicatorenCsvPath = 'data/indicatoren.csv';

/**
 * Writes the data of /beleid/indicatoren, /beleid/interventies and /beleid/vergelijking.
 * Resolves to the paths `createData` returned, by name.
 */
export async function writeBeleidData(content: BeleidContent, createData: CreateData): Promise<Record<keyof typeof beleidDataFiles, string>> {
  const [indicatoren, interventies, vergelijking] = await Promise.all([
    createData(beleidDataFiles.indicatoren, JSON.stringify({indicatoren: buildIndicatorenbank(content.beleid)})),
    createData(beleidDataFiles.interventies, JSON.stringify({interventies: buildInterventies(content.praktijken, content.beleid)})),
    createData(beleidDataFiles.vergelijking, JSON.stringify(buildVergelijking(content.beleid, content.factoren ?? []))),
  ]);
  return {indicatoren: indicatoren!, interventies: interventies!, vergelijking: vergelijking!};
}

/** The CSV of all indicators, for `/data/indicatoren.csv`, so the download works without JavaScript. */
export function indicatorenCsv(content: Pick<BeleidContent, 'beleid'>, options: CsvOptions = {}): string {
  return indicatorenToCsv(buildIndicatorenbank(content.beleid), options);
}
