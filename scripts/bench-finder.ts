/**
 * `npm run bench:finder`: how long the finder takes to re-rank the werkende factoren when the
 * reader changes their situation, on the compact index the page uses, at 1,000 and 10,000
 * synthetic practices (flags: `--sizes 1000,10000`, `--updates 400`). One update is one
 * option ticked or unticked (a seeded random walk over the finder's questions) followed by
 * `rankFactorsCompact`; the overview's work per update (filter, sort, the count beside every
 * option) is timed the same way. Also prints the gzip size of the index as the page ships it.
 * Timings are wall-clock on this machine: a figure to compare, not a test.
 */
import '../src/content/zod-config';
import {gzipSync} from 'node:zlib';
import {parseArgs} from 'node:util';
import {decodeIndex, encodeIndex, filterIds, optionCounts, sortIds, type CompactIndex} from '../src/lib/compact-index';
import {rankFactorsCompact} from '../src/lib/compact-finder';
import {facetKeys} from '../src/lib/facets';
import {situationKeys, type Situation} from '../src/lib/finder';
import {realFactoren, syntheticSummaries} from './lib/synthetic-summaries';
import {seededRandom} from './lib/random';
import {formatTable, kb, median} from './lib/stats';

const {values: flags} = parseArgs({options: {sizes: {type: 'string', default: '1000,10000'}, updates: {type: 'string', default: '400'}}});
const sizes = flags.sizes.split(',').map(Number);
const updates = Number(flags.updates);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Situations a reader passes through: each one option toggled from the one before. */
function walk(index: CompactIndex, keys: readonly string[], count: number): Record<string, string[]>[] {
  const random = seededRandom(42);
  let current: Record<string, string[]> = {};
  return Array.from({length: count}, () => {
    const key = keys[Math.floor(random() * keys.length)]!;
    const values = index.facets.get(key as never)!.values;
    const value = values[Math.floor(random() * values.length)]!;
    const list = current[key] ?? [];
    current = {...current, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value]};
    // Readers rarely tick more than a few options; start over now and then, as a reader would.
    if (Object.values(current).flat().length > 4) current = {};
    return current;
  });
}

function time(runs: readonly unknown[], run: (input: never) => unknown): number[] {
  for (const input of runs.slice(0, 20)) run(input as never); // warm up the JIT
  return runs.map((input) => {
    const start = performance.now();
    run(input as never);
    return performance.now() - start;
  });
}

const factoren = realFactoren(process.cwd());
const rows: (string | number)[][] = [];
for (const size of sizes) {
  const praktijken = syntheticSummaries(size, factoren);
  const data = encodeIndex(praktijken, factoren);
  const index = decodeIndex(data);
  const gzip = gzipSync(JSON.stringify(data)).length;
  const finder = time(walk(index, situationKeys, updates), (situation: Situation) => rankFactorsCompact(index, factoren, situation));
  const overview = time(walk(index, facetKeys, updates), (selection: Record<string, string[]>) => {
    sortIds(index, filterIds(index, selection, 'en'), 'startjaar');
    optionCounts(index, selection, 'en');
  });
  const ms = (values: number[]) => [median(values).toFixed(2), percentile(values, 95).toFixed(2)];
  rows.push([size, ...ms(finder), ...ms(overview), kb(gzip)]);
}
console.log(`ms per update (${updates} updates; goal ≤ 16 ms for the finder at 10,000)\n`);
console.log(formatTable(['practices', 'finder median', 'finder p95', 'overview median', 'overview p95', 'index KB gzip'], rows));
