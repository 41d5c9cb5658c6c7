import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';

/**
 * The publication's table of werkende factoren ("Van nul tot later als ik groot ben", p. 30),
 * written out by hand from the source. "Alle gemeenten" means all fifteen. The case
 * frontmatter must reproduce it exactly: one missing or extra link fails.
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

const content = loadContent(process.cwd());
const gemeenten = content.praktijken.map((p) => p.data.gemeente).sort();

describe('werkende factoren in the case frontmatter', () => {
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
    const actual = content.praktijken
      .filter((p) => p.data.factoren.includes(factor))
      .map((p) => p.data.gemeente)
      .sort();
    expect(actual).toEqual(expected === ALLE ? gemeenten : [...expected].sort());
  });
});
