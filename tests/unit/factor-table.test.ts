import {describe, expect, it} from 'vitest';
import {loadContent, type LoadedContent} from '../../src/content/load';
import {publicationPractices, withContributedPractice} from './helpers/publication';

/**
 * The publication's table of werkende factoren ("Van nul tot later als ik groot ben", p. 30),
 * written out by hand from the source. "Alle gemeenten" means all fifteen. The frontmatter of
 * the practices that cite the publication must reproduce it exactly: one missing or extra link
 * fails. Practices from other sources are not in the table, so they do not count.
 */
const ALLE = 'alle' as const;
const publicationTable: Record<string, readonly string[] | typeof ALLE> = {
  'inwoners-laten-meedoen': ['Tilburg', 'Kerkrade', 'Leiden', 'Sliedrecht'],
  'steun-wethouder-en-raad': ALLE,
  'vertrouwen-en-korte-lijnen': ALLE,
  'slim-combineren': ['Zwolle', 'De Marne', 'Dordrecht', 'Eindhoven'],
  'laagdrempelig-contact': ['Huizen', 'Dronten', 'Diemen', 'Sliedrecht', 'Eindhoven', 'Kerkrade'],
  'lange-adem': ['Leiden', 'Apeldoorn', 'Oss', 'Diemen'],
  'weet-wat-werkt': ['Dordrecht', 'Eindhoven', 'Huizen', 'Zwolle'],
  'juiste-mensen': ALLE,
  'gezamenlijke-zoektocht': ['Apeldoorn', 'Oss', 'Zwolle'],
  'onconventionele-oplossingen': ['Oss', 'Rotterdam', 'Dordrecht', 'Huizen'],
  'successen-vieren': ['Tilburg', 'De Marne', 'Kerkrade', 'Papendrecht'],
  'leefwereld-jongeren': ['Papendrecht', 'De Marne', 'Zwolle'],
  'vakmanschap-en-leren': ['Dronten', 'Rotterdam'],
  'positieve-ontwikkeling': ['Papendrecht', 'Eindhoven', 'Zwolle', 'Tilburg'],
};

const real = loadContent(process.cwd());

describe.each([
  ['the content', real],
  ['the content plus a contributed practice', withContributedPractice(real)],
])('werkende factoren in the case frontmatter of %s', (_, content: LoadedContent) => {
  const praktijken = publicationPractices(content);
  const gemeenten = praktijken.map((p) => p.data.gemeente).sort();

  it('has the fifteen municipalities of the publication', () => {
    expect(gemeenten).toEqual(
      [
        'Apeldoorn', 'De Marne', 'Diemen', 'Dordrecht', 'Dronten', 'Eindhoven', 'Huizen', 'Kerkrade',
        'Leiden', 'Oss', 'Papendrecht', 'Rotterdam', 'Sliedrecht', 'Tilburg', 'Zwolle',
      ].sort(),
    );
  });

  it('covers exactly the fourteen factors of the table', () => {
    expect(content.factoren.map((f) => f.slug).sort()).toEqual(Object.keys(publicationTable).sort());
  });

  it.each(Object.entries(publicationTable))('%s is shown by exactly the municipalities the publication names', (factor, expected) => {
    const actual = praktijken
      .filter((p) => p.data.factoren.includes(factor))
      .map((p) => p.data.gemeente)
      .sort();
    expect(actual).toEqual(expected === ALLE ? gemeenten : [...expected].sort());
  });
});
