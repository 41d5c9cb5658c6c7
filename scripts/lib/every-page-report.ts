/**
 * Tables of what every page loads (see `every-page.ts`): per size, and per practice between
 * the smallest and the largest size, ours next to plain Docusaurus. Pure.
 */
import {partLabels, partNames, perPractice, type Bytes, type EveryPage} from './every-page';
import {formatTable, kb} from './stats';

const rowNames = [...partNames, 'rest', 'total', 'runtime', 'versionMetadata'] as const;
const label = (name: (typeof rowNames)[number]) => (name === 'total' ? 'main.js totaal' : partLabels[name]);
const bytesOf = (site: EveryPage, name: (typeof rowNames)[number]): Bytes =>
  name === 'total' ? site.total : name === 'runtime' ? site.runtime : name === 'versionMetadata' ? site.versionMetadata : site.parts[name];

export interface EveryPageSize {
  readonly everyPage: EveryPage;
  readonly plain?: EveryPage;
}

/** Whole bytes, for per-practice figures. */
const perRow = (bytes: Bytes) => [bytes.raw.toFixed(0), bytes.gzip.toFixed(0)];

export function everyPageReport(sizes: readonly EveryPageSize[]): string {
  const out: string[] = [];
  for (const {everyPage, plain} of sizes) {
    out.push(`\nWat elke pagina laadt bij ${everyPage.praktijken} praktijken (main.js per bron; KB, gzip = aandeel in de gzip van main.js):\n`);
    out.push(
      formatTable(
        ['deel', 'ons raw KB', 'ons gzip KB', 'plain raw KB', 'plain gzip KB'],
        rowNames.map((name) => [
          label(name),
          kb(bytesOf(everyPage, name).raw),
          kb(bytesOf(everyPage, name).gzip),
          plain ? kb(bytesOf(plain, name).raw) : '–',
          plain ? kb(bytesOf(plain, name).gzip) : '–',
        ]),
        true,
      ),
    );
  }
  if (sizes.length >= 2) {
    const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!];
    const ours = perPractice(first.everyPage, last.everyPage);
    const plain = first.plain && last.plain ? perPractice(first.plain, last.plain) : undefined;
    out.push(`\nBytes per praktijk in wat elke pagina laadt (verschil ${first.everyPage.praktijken} → ${last.everyPage.praktijken} praktijken):\n`);
    out.push(
      formatTable(
        ['deel', 'ons raw B', 'ons gzip B', 'plain raw B', 'plain gzip B'],
        rowNames.map((name) => [label(name), ...perRow(bytesOf(perAsSite(ours), name)), ...(plain ? perRow(bytesOf(perAsSite(plain), name)) : ['–', '–'])]),
        true,
      ),
    );
  }
  return out.join('\n');
}

/** Per-practice figures in the shape of a site, so one row function serves both. */
function perAsSite(per: ReturnType<typeof perPractice>): EveryPage {
  const {total, runtime, versionMetadata, ...parts} = per;
  return {total, runtime, versionMetadata, parts, praktijken: 1};
}
