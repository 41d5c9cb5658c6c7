import {describe, expect, it} from 'vitest';
import {praktijkSchema} from '../../src/content/schemas/praktijk';
import {factorSchema} from '../../src/content/schemas/factor';
import {beleidSchema} from '../../src/content/schemas/beleid';
import {checkFrontmatter, lineLocator} from '../../src/content/frontmatter';
import * as vocabularies from '../../src/content/vocabularies';

const validPraktijk = {
  title: 'Kids & Koffie',
  summary: 'Wekelijkse inloop op de kinderboerderij waar ouders van jonge kinderen elkaar ontmoeten en tips uitwisselen.',
  gemeente: 'Sliedrecht',
  provincie: 'zuid-holland',
  coordinaten: {lat: 51.82, lon: 4.78},
  doelgroepen: ['ouders', 'jonge-kinderen'],
  leeftijdsfasen: ['0-4'],
  settings: ['ontmoetingsplek'],
  themas: ['opvoedondersteuning'],
  factoren: ['laagdrempelig-contact'],
  preventieniveau: ['universeel'],
  bron: {titel: 'Van nul tot later als ik groot ben', uitgever: 'Ministerie van VWS', jaar: 2018, pagina: '31-33'},
  laatstBijgewerkt: new Date('2026-11-22'),
};

describe('praktijkSchema', () => {
  it('accepts a complete practice and applies defaults', () => {
    const parsed = praktijkSchema.parse(validPraktijk);
    expect(parsed.partners).toEqual([]);
    expect(parsed.laatstBijgewerkt).toBe('2026-11-22');
  });

  it('rejects unknown keys, so typos fail', () => {
    const result = checkFrontmatter(praktijkSchema, {...validPraktijk, gemeentee: 'x'}, {file: 'x.mdx'});
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({field: 'gemeentee', suggestion: 'gemeente'})]);
  });

  it('rejects a value outside a vocabulary and suggests the nearest', () => {
    const result = checkFrontmatter(praktijkSchema, {...validPraktijk, provincie: 'zuid-hollnd'}, {file: 'x.mdx'});
    expect(result.problems).toEqual([expect.objectContaining({field: 'provincie', value: 'zuid-hollnd', suggestion: 'zuid-holland'})]);
  });

  it('lists every problem at once', () => {
    const result = checkFrontmatter(
      praktijkSchema,
      {...validPraktijk, summary: 'kort', themas: [], coordinaten: {lat: 40, lon: 5}},
      {file: 'x.mdx'},
    );
    expect(result.problems.map((p) => p.field).sort()).toEqual(['coordinaten.lat', 'summary', 'themas']);
  });

  it('rejects a summary over 200 characters and an inverted age range', () => {
    expect(praktijkSchema.safeParse({...validPraktijk, summary: 'x'.repeat(201)}).success).toBe(false);
    expect(praktijkSchema.safeParse({...validPraktijk, leeftijd: {van: 12, tot: 4}}).success).toBe(false);
  });

  it('rejects a website that is not http(s)', () => {
    expect(praktijkSchema.safeParse({...validPraktijk, websites: [{label: 'x', url: 'javascript:alert(1)'}]}).success).toBe(false);
  });

  it('writes its messages in Dutch', () => {
    const result = praktijkSchema.safeParse({...validPraktijk, startjaar: 'vorig jaar'});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ongeldig|verwacht/i);
  });
});

describe('factorSchema', () => {
  const factor = {title: 'Lange adem', korteNaam: 'Lange adem', kern: 'Succes vraagt jaren; een visie op lange termijn houdt de koers vast.', order: 6, vragen: ['a?'.repeat(6), 'b?'.repeat(6), 'c?'.repeat(6)], bron: validPraktijk.bron};
  it('accepts a factor', () => expect(factorSchema.safeParse(factor).success).toBe(true));
  it('rejects an order outside 1–14', () => expect(factorSchema.safeParse({...factor, order: 15}).success).toBe(false));
  it('asks for 3–5 questions', () => expect(factorSchema.safeParse({...factor, vragen: factor.vragen.slice(0, 2)}).success).toBe(false));
});

describe('beleidSchema', () => {
  it('requires a source line for every indicator', () => {
    const result = beleidSchema.shape.indicatoren.safeParse([{label: 'Bereik', domein: 'jeugd', thema: 'jongerenwerk-en-vrije-tijd'}]);
    expect(result.success).toBe(false);
  });
});

describe('vocabularies', () => {
  const lists = Object.entries(vocabularies).filter(([, v]) => Array.isArray(v)) as unknown as [string, vocabularies.VocabularyEntry[]][];
  it.each(lists)('%s has unique kebab-case values, each with a label and a description', (_, list) => {
    expect(new Set(list.map((e) => e.value)).size).toBe(list.length);
    for (const entry of list) {
      expect(entry.value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.label.length).toBeGreaterThan(1);
      expect(entry.description.length).toBeGreaterThan(5);
    }
  });
});

describe('lineLocator', () => {
  it('finds the file line of nested keys and list items', () => {
    const yaml = 'title: x\nfactoren:\n  - a\n  - b\nbron:\n  titel: y\n';
    const locate = lineLocator(yaml, 2);
    expect(locate(['title'])).toBe(2);
    expect(locate(['factoren', 1])).toBe(5);
    expect(locate(['bron', 'titel'])).toBe(7);
    expect(locate(['bron', 'jaar'])).toBe(6);
  });
});
