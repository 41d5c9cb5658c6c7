import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';
import {
  praktijkenFileJsonSchema,
  praktijkenOpenData,
  praktijkJsonSchema,
  praktijkRecordSchema,
} from '../../src/plugins/kennisbank/open-data';
import {jsonSchemaValidator as validator} from '../support/json-schema';

const siteUrl = 'https://example.org';
const loaded = loadContent(process.cwd());
const praktijken = loaded.praktijken;
const graph = buildKennisbank(loaded);
/** The file exactly as the build writes it, read back as a reuser would. */
const file = JSON.parse(JSON.stringify(praktijkenOpenData(praktijken, siteUrl, graph.verwant))) as {
  schema: string;
  praktijken: Record<string, unknown>[];
};

describe('/data/praktijken.json', () => {
  it('holds every practice, with slug and page address', () => {
    expect(file.praktijken).toHaveLength(praktijken.length);
    expect(file.praktijken.length).toBeGreaterThan(10);
    for (const record of file.praktijken) expect(record.url).toBe(`${siteUrl}/praktijken/${record.slug}`);
  });

  it('lists for every practice the related practices of its page, as slugs of practices in the file', () => {
    const slugs = new Set(file.praktijken.map((record) => record.slug));
    for (const record of file.praktijken) {
      const verwant = record.verwant as string[];
      expect(verwant, String(record.slug)).toEqual(graph.verwant[String(record.slug)]!.map((v) => v.slug));
      expect(verwant.length, String(record.slug)).toBeGreaterThan(0);
      expect(verwant).not.toContain(record.slug);
      for (const slug of verwant) expect(slugs.has(slug), slug).toBe(true);
    }
  });

  it('points at the schema of the whole file', () => {
    expect(file.schema).toBe(`${siteUrl}/data/praktijken.schema.json`);
    expect(praktijkenFileJsonSchema(siteUrl).$id).toBe(file.schema);
  });

  it('validates against its file schema (Ajv, JSON Schema 2020-12)', () => {
    const validate = validator().compile(praktijkenFileJsonSchema(siteUrl));
    expect(validate(file), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('has every record valid against the record schema', () => {
    const validate = validator().compile(praktijkJsonSchema(siteUrl));
    for (const record of file.praktijken) {
      expect(validate(record), `${String(record.slug)}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(praktijkRecordSchema.safeParse(record).success).toBe(true);
    }
  });

  it('dates every figure: its own year, or the year of the source', () => {
    const figures = file.praktijken.flatMap((record) => {
      const bron = record.bron as {jaar: number};
      return [...(record.kerncijfers as object[]), ...(record.kosten as object[])].map((figure) => ({figure, bron}));
    });
    expect(figures.length).toBeGreaterThan(0);
    for (const {figure, bron} of figures as {figure: {jaar?: number; peiljaar: number; datering: string}; bron: {jaar: number}}[]) {
      if (figure.jaar === undefined) {
        expect(figure).toMatchObject({peiljaar: bron.jaar, datering: `volgens de bron (${bron.jaar})`});
      } else {
        expect(figure).toMatchObject({peiljaar: figure.jaar, datering: String(figure.jaar)});
      }
    }
  });
});

describe('the schemas reject what the file must not hold', () => {
  const validateFile = validator().compile(praktijkenFileJsonSchema(siteUrl));
  const first = file.praktijken[0]!;
  const withRecord = (record: Record<string, unknown>) => ({...file, praktijken: [record]});

  it.each([
    ['an unknown field', {...first, onbekend: 1}],
    ['a record without url', (({url: _url, ...rest}) => rest)(first)],
    ['a date that does not exist', {...first, laatstBijgewerkt: '2026-02-30'}],
    ['a theme outside the vocabulary', {...first, themas: ['sport']}],
    ['a figure without its date', {...first, kerncijfers: [{label: 'Leerlingen', waarde: '12'}]}],
  ])('%s', (_, record) => {
    expect(validateFile(withRecord(record))).toBe(false);
  });

  it('an envelope without licence', () => {
    const {licentie: _licentie, ...rest} = file as unknown as Record<string, unknown>;
    expect(validateFile(rest)).toBe(false);
  });
});
