import {readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {buildKennisbank, type PraktijkSummary} from '../../src/content/graph';
import {loadContent} from '../../src/content/load';
import {praktijkSchema} from '../../src/content/schemas/praktijk';
import {kaartData, perGemeente, perProvincie} from '../../src/content/kaart';
import {MATRIX_MAX_PRAKTIJKEN, factorTelling, matrixPagina, themaPagina} from '../../src/content/matrix';
import {doelgroepen, provincies, themas} from '../../src/content/vocabularies';
import {syntheticPraktijk} from '../../scripts/lib/synthetic';

const real = loadContent(process.cwd());
const factorSlugs = readdirSync('docs/werkende-factoren')
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

/** The real collection plus `count` seeded synthetic practices, as the site would build them. */
function collection(count: number) {
  const synthetic = Array.from({length: count}, (_, i) => {
    const {slug, frontmatter} = syntheticPraktijk(i + 1, factorSlugs);
    return {slug, data: praktijkSchema.parse(frontmatter)};
  });
  return buildKennisbank({praktijken: [...real.praktijken, ...synthetic], factoren: real.factoren, beleid: real.beleid});
}

const gzipKb = (value: unknown) => gzipSync(JSON.stringify(value)).length / 1024;

describe.each([
  ['the real practices', 0],
  ['1,000 synthetic practices besides', 1000],
])('map data on %s', (_, count) => {
  const data = collection(count);
  const gemeenten = perGemeente(data.praktijken);

  it('has one record per gemeente, counting exactly the practices the frontmatter places there', () => {
    const names = [...new Set(data.praktijken.map((p) => p.gemeente))];
    expect(gemeenten.map((g) => g.naam).sort()).toEqual(names.sort());
    for (const g of gemeenten) {
      const there = data.praktijken.filter((p) => p.gemeente === g.naam);
      expect(g.aantal, g.naam).toBe(there.length);
      expect(g.provincie).toBe(there[0]!.provincie);
      const meanLat = there.reduce((sum, p) => sum + p.coordinaten.lat, 0) / there.length;
      expect(g.lat).toBeCloseTo(meanLat, 3);
      // One practice: straight to its page; more: the overview filtered to the gemeente.
      if (there.length === 1) expect([g.url, g.titel]).toEqual([there[0]!.url, there[0]!.title]);
      else expect(new URL(g.url, 'https://x').searchParams.get('gemeente')).toBe(g.naam);
    }
    expect(gemeenten.reduce((sum, g) => sum + g.aantal, 0)).toBe(data.praktijken.length);
  });

  it('groups by province with totals that match the frontmatter, linking to the filtered overview', () => {
    const groups = perProvincie(gemeenten);
    expect(groups.map((g) => g.value)).toEqual(provincies.map((p) => p.value));
    for (const group of groups) {
      expect(group.aantal, group.value).toBe(data.praktijken.filter((p) => p.provincie === group.value).length);
      expect(group.url).toBe(`/praktijken?provincie=${group.value}`);
      expect(group.gemeenten.every((g) => g.provincie === group.value)).toBe(true);
    }
  });
});

it('keeps a gemeente that two provinces claim as two markers', () => {
  const base = {title: 'x', url: '/x', coordinaten: {lat: 52, lon: 5}};
  const twee = perGemeente([
    {...base, gemeente: 'Bergen', provincie: 'noord-holland'},
    {...base, gemeente: 'Bergen', provincie: 'limburg'},
  ]);
  expect(twee.map((g) => g.provincie).sort()).toEqual(['limburg', 'noord-holland']);
});

describe('the matrix threshold', () => {
  const large = collection(MATRIX_MAX_PRAKTIJKEN);
  const atLimit = (n: number): PraktijkSummary[] => large.praktijken.slice(0, n);

  it(`shows one row per practice up to ${MATRIX_MAX_PRAKTIJKEN} practices, counts above`, () => {
    const at = matrixPagina(atLimit(MATRIX_MAX_PRAKTIJKEN), large.factoren, large.themas);
    const above = matrixPagina(atLimit(MATRIX_MAX_PRAKTIJKEN + 1), large.factoren, large.themas);
    expect(at.soort).toBe('praktijken');
    if (at.soort === 'praktijken') expect(at.matrix.rows).toHaveLength(MATRIX_MAX_PRAKTIJKEN);
    expect(above.soort).toBe('tellingen');
    // The real collection (15) is well below the threshold.
    expect(matrixPagina(buildKennisbank(real).praktijken, large.factoren, large.themas).soort).toBe('praktijken');
  });

  it('gives thema pages cards only while the collection is small, and always the table', () => {
    const thema = large.themas.find((t) => t.praktijken.length > 0)!;
    const small = themaPagina(thema, large.factoren, MATRIX_MAX_PRAKTIJKEN);
    const big = themaPagina(thema, large.factoren, MATRIX_MAX_PRAKTIJKEN + 1);
    expect(small.kaarten.map((p) => p.slug)).toEqual(thema.praktijken.map((p) => p.slug));
    expect(big.kaarten).toEqual([]);
    for (const page of [small, big]) {
      expect(page.matrix.rows.map((r) => r.praktijk.slug)).toEqual(thema.praktijken.map((p) => p.slug));
      for (const row of page.matrix.rows) {
        const own = thema.praktijken.find((p) => p.slug === row.praktijk.slug)!.factoren;
        expect(page.matrix.factoren.filter((_, i) => row.cells[i]).map((f) => f.slug).sort()).toEqual([...own].sort());
      }
    }
  });
});

describe('factor × thema and factor × doelgroep counts on 1,000 synthetic practices', () => {
  const data = collection(1000);
  it.each([
    ['thema', themas, (p: PraktijkSummary) => p.themas as readonly string[]],
    ['doelgroep', doelgroepen, (p: PraktijkSummary) => p.doelgroepen as readonly string[]],
  ] as const)('counts per %s the practices that have both, and links to exactly them', (key, vocabulary, values) => {
    const telling = factorTelling(data.praktijken, data.factoren, key);
    expect(telling.columns.map((c) => c.value)).toEqual(vocabulary.map((v) => v.value));
    expect(telling.rows.map((r) => r.factor)).toEqual(data.factoren.map((f) => f.slug));
    let nonZero = 0;
    for (const row of telling.rows) {
      expect(row.aantal).toBe(data.praktijken.filter((p) => p.factoren.includes(row.factor)).length);
      row.cells.forEach((cell, i) => {
        const value = vocabulary[i]!.value;
        const expected = data.praktijken.filter((p) => p.factoren.includes(row.factor) && values(p).includes(value)).length;
        expect(cell.aantal, `${row.factor} × ${value}`).toBe(expected);
        if (expected > 0) nonZero++;
        const params = new URL(cell.url, 'https://x').searchParams;
        expect([new URL(cell.url, 'https://x').pathname, params.get('factor'), params.get(key)]).toEqual(['/praktijken', row.factor, value]);
      });
    }
    expect(nonZero).toBeGreaterThan(telling.rows.length);
  });
});

describe('data size at 5,000 synthetic practices (gzip)', () => {
  const data = collection(5000);
  it('map data is per gemeente and small', () => {
    const kaart = kaartData(data.praktijken);
    expect(kaart.totaal).toBe(5015);
    expect(kaart.gemeenten.length).toBeLessThan(100);
    expect(gzipKb(kaart)).toBeLessThan(10);
  });
  it('matrix data is counts, not rows', () => {
    const page = matrixPagina(data.praktijken, data.factoren, data.themas);
    expect(page.soort).toBe('tellingen');
    expect(gzipKb(page)).toBeLessThan(20);
  });
});
