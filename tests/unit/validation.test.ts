import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem, formatReport, nearest} from '../../src/content/problems';

const brokenSite = join(__dirname, '../fixtures/broken-site');
const problems = validateContent(loadContent(brokenSite));
const lines = problems.map(formatProblem);
const find = (file: string, field: string) => problems.find((p) => p.file === `docs/praktijken/${file}` && p.field === field);

describe('validation of a broken fixture site', () => {
  it('reports a reference to a factor that does not exist, with its line and the nearest valid value', () => {
    expect(find('verkeerde-verwijzing.mdx', 'factoren[0]')).toMatchObject({
      line: 14,
      value: 'laagdrempelig-kontakt',
      suggestion: 'laagdrempelig-contact',
    });
    expect(lines).toContain(
      'docs/praktijken/verkeerde-verwijzing.mdx:14  factoren[0]: deze werkende factor bestaat niet (waarde: "laagdrempelig-kontakt") — bedoelde je `laagdrempelig-contact`?',
    );
  });

  it('reports a missing required field by name', () => {
    expect(find('ontbrekend-veld.mdx', 'gemeente')?.message).toBe('verplicht veld ontbreekt');
  });

  it('reports an unknown key with its line and the key that was probably meant', () => {
    expect(find('onbekende-sleutel.mdx', 'themaas')).toMatchObject({line: 15, message: 'onbekend veld', suggestion: 'themas'});
  });

  it('reports a duplicate slug and a slug that differs from the file name', () => {
    expect(problems.some((p) => p.field === 'slug' && p.message.startsWith('dubbele slug'))).toBe(true);
    expect(find('dubbel-kopie.mdx', 'slug')).toMatchObject({value: 'dubbel', suggestion: 'dubbel-kopie'});
  });

  it('reports a repeated and an incomplete factor order', () => {
    expect(problems.filter((p) => p.field === 'order').map((p) => p.message)).toEqual([
      expect.stringContaining('volgorde 1 is al gebruikt'),
      expect.stringContaining('ontbreekt: 2, 3'),
    ]);
  });

  it('lists every problem in one run, with a summary line', () => {
    expect(problems.length).toBe(7);
    const report = formatReport(problems, 7).split('\n');
    expect(report).toHaveLength(8);
    expect(report.at(-1)).toBe('✘ 7 problemen in 7 van 7 bestanden.');
  });
});

describe('validation of the real site', () => {
  it('finds no problems', () => {
    expect(validateContent(loadContent(process.cwd())).map(formatProblem)).toEqual([]);
  });
});

describe('nearest', () => {
  it.each([
    ['laagdrempelig-kontakt', ['laagdrempelig-contact', 'lange-adem'], 'laagdrempelig-contact'],
    ['Utrecht', ['utrecht', 'zeeland'], 'utrecht'],
    ['onderwijs', ['onderwijs-en-zorg', 'opvoedondersteuning'], 'onderwijs-en-zorg'],
    ['xyz', ['laagdrempelig-contact', 'lange-adem'], undefined],
    [42, ['a'], undefined],
  ])('%s → %s', (value, candidates, expected) => {
    expect(nearest(value, candidates)).toBe(expected);
  });
});
