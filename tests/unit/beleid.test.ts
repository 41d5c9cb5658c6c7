import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import type {Beleid} from '../../src/content/schemas/beleid';
import type {Praktijk} from '../../src/content/schemas/praktijk';
import {
  bronbestandVoor,
  buildIndicatorenbank,
  csvField,
  CSV_KOPPEN,
  filterIndicatoren,
  indicatorenToCsv,
  optieAantal,
} from '../../src/content/beleid/indicatoren';
import {buildInterventies, indexLetter, normaliseInterventie} from '../../src/content/beleid/interventies';
import {buildVergelijking} from '../../src/content/beleid/vergelijking';
import {indicatorenCsv} from '../../src/plugins/kennisbank/beleid-data';
import {kennisbankRoutes} from '../../src/plugins/kennisbank/routes';
import {buildKennisbank} from '../../src/content/graph';

const content = loadContent(process.cwd());
const seedsDir = join(process.cwd(), '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedsDir);

/** A tiny RFC 4180 reader, so the CSV tests do not trust the writer's own line splitting. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/* ---------------------------------------------------------------- fixtures */

const indicator = (label: string, bronregel: number, doel?: string): Beleid['indicatoren'][number] => ({
  label,
  domein: 'jeugd',
  thema: 'opvoedondersteuning',
  bronregel,
  ...(doel ? {doel} : {}),
});

function beleidFixture(slug: string, over: Partial<Beleid>): {slug: string; data: Beleid} {
  const data: Beleid = {
    title: `Document ${slug}`,
    summary: 'Een document om mee te testen, met een samenvatting die lang genoeg is voor het schema.',
    gemeenten: ['Testdorp'],
    provincie: 'utrecht',
    jaar: 2020,
    documenttype: 'beleidsplan',
    status: 'vastgesteld',
    domeinen: ['jeugd'],
    themas: ['opvoedondersteuning'],
    factoren: [],
    criteria: [],
    interventies: [],
    indicatoren: [],
    bron: {titel: 'Testbron', uitgever: 'Gemeente Testdorp', jaar: 2020},
    laatstBijgewerkt: '2026-01-01',
    ...over,
  };
  return {slug, data};
}

const interventie = (naam: string) => ({naam, omschrijving: `Omschrijving van ${naam}, lang genoeg.`});
const praktijkFixture = (slug: string, title: string, namen: string[]) => ({
  slug,
  data: {title, interventies: namen.map(interventie)} as Pick<Praktijk, 'title' | 'interventies'>,
});

/* ---------------------------------------------------------------- normaliser */

describe('normaliseInterventie', () => {
  it.each([
    ['VoorZorg', 'Voorzorg'],
    ['Rots & Water', 'Rots en Water'],
    ['Rots&Water', 'rots en water'],
    ['Kansrijk in de Wijk', 'Kansrijk  in de wijk'],
    ['Regionale Ontwikkelings Agenda Jeugd', 'Regionale Ontwikkelingsagenda Jeugd (ROJ)'],
    ['Digi-Thuis', 'Digi Thuis'],
    ['Eén tegen eenzaamheid', 'Een tegen eenzaamheid'],
    ['Dementievriendelijke gemeente', 'Dementievriendelijke gemeente (netwerk DVG)'],
  ])('treats “%s” and “%s” as one', (a, b) => {
    expect(normaliseInterventie(a)).toBe(normaliseInterventie(b));
  });
  it.each([
    ['Triple P', 'Triple P Online'],
    ['VVE-thuis', 'VVE-coördinatie'],
    ['Combifunctionaris / welzijnswerk', 'Combinatiefunctionaris / beweegmakelaar'],
  ])('keeps “%s” and “%s” apart', (a, b) => {
    expect(normaliseInterventie(a)).not.toBe(normaliseInterventie(b));
  });
  it('keeps a name that is only a bracketed note', () => {
    expect(normaliseInterventie('(ROJ)')).toBe('roj');
  });
  it('gives index letters without accents, and # for digits', () => {
    expect(indexLetter('Eén plan')).toBe('E');
    expect(indexLetter('’s Avonds')).toBe('S');
    expect(indexLetter('1Gezin1Plan')).toBe('#');
  });
});

/* ---------------------------------------------------------------- fixtures: interventies */

describe('buildInterventies (fixtures)', () => {
  const praktijken = [praktijkFixture('voorzorg-x', 'VoorZorg in X', ['VoorZorg']), praktijkFixture('omnia', 'Omnia', ['Rots & Water', 'Triple P'])];
  const beleid = [
    beleidFixture('a', {title: 'Plan A', interventies: [interventie('Voorzorg'), interventie('Rots en Water'), interventie('Rots en Water')]}),
    beleidFixture('b', {title: 'Plan B', interventies: [interventie('Rots en Water'), interventie('Buurtbemiddeling')]}),
  ];
  const entries = buildInterventies(praktijken, beleid);
  const byName = (naam: string) => entries.find((e) => normaliseInterventie(e.naam) === normaliseInterventie(naam))!;

  it('merges spellings into one entry each', () => {
    expect(entries.map((e) => e.naam)).toEqual(['Buurtbemiddeling', 'Rots en Water', 'Triple P', 'VoorZorg']);
  });
  it('prefers the most common spelling, then the practice’s', () => {
    expect(byName('rots en water').naam).toBe('Rots en Water');
    expect(byName('rots en water').varianten).toEqual(['Rots & Water']);
    expect(byName('voorzorg').naam).toBe('VoorZorg');
  });
  it('lists each page once, practices first', () => {
    expect(byName('rots en water').usedIn).toEqual([
      {title: 'Omnia', url: '/praktijken/omnia', kind: 'praktijk'},
      {title: 'Plan A', url: '/beleid/a', kind: 'beleid'},
      {title: 'Plan B', url: '/beleid/b', kind: 'beleid'},
    ]);
    expect(byName('triple p').usedIn).toHaveLength(1);
  });
  it('sorts A–Z with letters', () => {
    expect(entries.map((e) => e.letter)).toEqual(['B', 'R', 'T', 'V']);
  });
});

/* ---------------------------------------------------------------- fixtures: indicatoren and CSV */

describe('buildIndicatorenbank and indicatorenToCsv (fixtures)', () => {
  const beleid = [
    beleidFixture('z', {title: 'Zuid', indicatoren: [indicator('Bereik, in "procenten"', 3, '≥ 15%'), indicator('Aantal\nregels', 4)]}),
    beleidFixture('a', {title: 'Apeldoorn', gemeenten: ['Apeldoorn', 'Epe'], indicatoren: [indicator('Tevredenheid', 10)]}),
  ];
  const rows = buildIndicatorenbank(beleid, {bronbestand: (b) => `${b.slug}.txt`});

  it('makes one row per indicator, documents by title', () => {
    expect(rows.map((r) => r.label)).toEqual(['Tevredenheid', 'Bereik, in "procenten"', 'Aantal\nregels']);
    expect(rows[0]).toEqual({
      label: 'Tevredenheid',
      domein: 'jeugd',
      thema: 'opvoedondersteuning',
      document: {title: 'Apeldoorn', url: '/beleid/a', gemeenten: ['Apeldoorn', 'Epe']},
      bronregel: 10,
      bronbestand: 'a.txt',
    });
    expect(rows[1]!.doel).toBe('≥ 15%');
  });
  it('quotes fields per RFC 4180', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12)).toBe('12');
  });
  it('writes a BOM, a Dutch header, CRLF and round-trips every field', () => {
    const csv = indicatorenToCsv(rows, {siteUrl: 'https://example.org/'});
    expect(csv.startsWith('\uFEFFIndicator,Doel,Domein,Thema,Document')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(rows.length + 1);
    expect(records[0]).toEqual([...CSV_KOPPEN]);
    expect(records[2]).toEqual([
      'Bereik, in "procenten"',
      '≥ 15%',
      'Jeugd',
      'Opvoedondersteuning',
      'Zuid',
      'Testdorp',
      'https://example.org/beleid/z',
      'z.txt',
      '3',
    ]);
    expect(records[3]![0]).toBe('Aantal\nregels');
    for (const record of records) expect(record).toHaveLength(CSV_KOPPEN.length);
  });
});

/* ---------------------------------------------------------------- fixtures: vergelijking */

describe('buildVergelijking (fixtures)', () => {
  const oud = beleidFixture('oud', {jaar: 2018, criteria: [{naam: 'Bereik', toelichting: 'Meer mensen bereiken dan nu.'}], factoren: ['lange-adem']});
  const nieuw = beleidFixture('nieuw', {jaar: 2021});
  (nieuw.data as Beleid & {vergelijking: unknown}).vergelijking = {rolGemeente: 'Opdrachtgever van het welzijnswerk.'};
  const data = buildVergelijking([nieuw, oud], [{slug: 'lange-adem', data: {korteNaam: 'Lange adem', kern: 'Volhouden over jaren heen.'}}]);
  const row = (key: string) => data.rijen.find((r) => r.key === key)!;

  it('orders documents oldest first', () => {
    expect(data.documenten.map((d) => d.slug)).toEqual(['oud', 'nieuw']);
  });
  it('has the six rows, one cell per document', () => {
    expect(data.rijen.map((r) => r.key)).toEqual(['criteria', 'doelgroepkeuze', 'rolGemeente', 'monitoring', 'themas', 'factoren']);
    for (const r of data.rijen) expect(r.cellen).toHaveLength(2);
  });
  it('reads the optional vergelijking field and leaves missing values empty', () => {
    expect(row('rolGemeente').cellen).toEqual([[], [{label: 'Opdrachtgever van het welzijnswerk.'}]]);
    expect(row('monitoring').cellen).toEqual([[], []]);
  });
  it('links factors with their short name', () => {
    expect(row('factoren').cellen[0]).toEqual([{label: 'Lange adem', url: '/werkende-factoren/lange-adem', toelichting: 'Volhouden over jaren heen.'}]);
    expect(row('themas').cellen[0]).toEqual([{label: 'Opvoedondersteuning', url: '/themas/opvoedondersteuning'}]);
  });
});

/* ---------------------------------------------------------------- the real content */

describe('the real policy content', () => {
  const rows = buildIndicatorenbank(content.beleid);
  const documentOf = (gemeente: string) => rows.filter((r) => r.document.gemeenten.includes(gemeente));

  it('loads four policy documents without problems', () => {
    expect(content.problems.filter((p) => p.file.startsWith('docs/beleid/'))).toEqual([]);
    expect(content.beleid).toHaveLength(4);
  });
  it('has at least 40 indicators across Meierijstad and Midden-Limburg West', () => {
    const count = documentOf('Meierijstad').length + documentOf('Weert').length;
    expect(count).toBeGreaterThanOrEqual(40);
  });
  it('has one row per indicator in the frontmatter', () => {
    expect(rows).toHaveLength(content.beleid.reduce((n, b) => n + b.data.indicatoren.length, 0));
  });
  it('knows the source file of every document, by its bron.titel', () => {
    const files = Object.fromEntries(content.beleid.map((b) => [b.slug, bronbestandVoor(b)]));
    expect(files).toEqual({
      'koersdocument-preventie-midden-limburg-west': '000_ad13d746e9491e9f.txt',
      'beleidsplan-sociaal-domein-midden-limburg-west': '001_58f486c5ed5ea253.txt',
      'preventie-sociaal-domein-hengelo': '002_7dcc1beace939601.txt',
      'opdracht-welzijn-meierijstad-2021': '004_34234c50cd362e2e.txt',
    });
  });
  it('points every bronregel at a non-empty line within its source file', (ctx) => {
    ctx.skip(!haveSeeds, `skipped: source texts not found at ${seedsDir} (../shared is not mounted here)`);
    const lengths = new Map<string, string[]>();
    const wrong: string[] = [];
    for (const row of rows) {
      expect(row.bronbestand, `${row.document.title}: geen bronbestand`).toBeDefined();
      const file = row.bronbestand!;
      if (!lengths.has(file)) lengths.set(file, readFileSync(join(seedsDir, file), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/));
      const lines = lengths.get(file)!;
      if (row.bronregel > lines.length) wrong.push(`${row.document.title} – ${row.label}: regel ${row.bronregel} > ${lines.length} regels in ${file}`);
      else if (!lines[row.bronregel - 1]!.trim()) wrong.push(`${row.document.title} – ${row.label}: regel ${row.bronregel} van ${file} is leeg`);
    }
    expect(wrong).toEqual([]);
  });
  it('writes a CSV with one record per indicator plus the header', () => {
    const csv = indicatorenCsv(content);
    const records = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(rows.length + 1);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(rows.length + 1);
  });
  it('merges interventions named in more than one place', () => {
    const entries = buildInterventies(content.praktijken, content.beleid);
    const find = (naam: string) => entries.find((e) => normaliseInterventie(e.naam) === normaliseInterventie(naam));
    expect(find('Voorzorg')?.usedIn.map((u) => u.kind).sort()).toEqual(['beleid', 'praktijk']);
    expect(find('Rots en Water')?.usedIn.length).toBeGreaterThanOrEqual(2);
    const keys = entries.map((e) => normaliseInterventie(e.naam));
    expect(new Set(keys).size).toBe(keys.length);
    const total = content.praktijken.reduce((n, p) => n + p.data.interventies.length, 0) + content.beleid.reduce((n, b) => n + b.data.interventies.length, 0);
    expect(entries.reduce((n, e) => n + e.usedIn.length, 0)).toBeLessThanOrEqual(total);
  });
  it('compares the four documents on six rows', () => {
    const data = buildVergelijking(content.beleid, content.factoren);
    expect(data.documenten).toHaveLength(4);
    expect(data.rijen).toHaveLength(6);
    for (const r of data.rijen) expect(r.cellen).toHaveLength(4);
  });
  it('routes the three beleid pages with their data', () => {
    const routes = kennisbankRoutes({content, data: buildKennisbank(content)});
    const dataOf = (path: string) => routes.find((route) => route.path === path)?.data;
    expect((dataOf('/beleid/indicatoren') as {indicatoren: unknown[]}).indicatoren).toHaveLength(rows.length);
    expect(dataOf('/beleid/interventies')).toEqual({interventies: buildInterventies(content.praktijken, content.beleid)});
    expect(dataOf('/beleid/vergelijking')).toEqual(buildVergelijking(content.beleid, content.factoren));
    expect((dataOf('/beleid') as {documenten: {slug: string}[]}).documenten.map((d) => d.slug).sort()).toEqual(content.beleid.map((b) => b.slug).sort());
  });
});

describe('filterIndicatoren', () => {
  const rows = buildIndicatorenbank([
    beleidFixture('a', {
      indicatoren: [
        {label: 'Een', domein: 'jeugd', thema: 'opvoedondersteuning', bronregel: 1},
        {label: 'Twee', domein: 'wmo', thema: 'opvoedondersteuning', bronregel: 2},
        {label: 'Drie', domein: 'wmo', thema: 'mentale-gezondheid', bronregel: 3},
      ],
    }),
  ]);
  it('combines facets with AND and values with OR', () => {
    expect(filterIndicatoren(rows, {domein: [], thema: []})).toHaveLength(3);
    expect(filterIndicatoren(rows, {domein: ['wmo'], thema: []}).map((r) => r.label)).toEqual(['Twee', 'Drie']);
    expect(filterIndicatoren(rows, {domein: ['wmo', 'jeugd'], thema: ['opvoedondersteuning']}).map((r) => r.label)).toEqual(['Een', 'Twee']);
  });
  it('counts an option against the other facet only', () => {
    const selectie = {domein: ['wmo'], thema: ['mentale-gezondheid']};
    expect(optieAantal(rows, selectie, 'domein', 'jeugd')).toBe(0);
    expect(optieAantal(rows, selectie, 'domein', 'wmo')).toBe(1);
    expect(optieAantal(rows, selectie, 'thema', 'opvoedondersteuning')).toBe(1);
  });
});
