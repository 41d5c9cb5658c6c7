import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem, formatReport, nearest} from '../../src/content/problems';
import {praktijkHeadings} from '../../src/content/sections';
import {praktijkSections} from '../../src/lib/mdx-writer';

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
    expect(problems.length).toBe(24);
    const report = formatReport(problems, 14).split('\n');
    expect(report).toHaveLength(25);
    expect(report.at(-1)).toBe('✘ 24 problemen in 14 van 14 bestanden.');
  });

  it('reports a typo in a key and a wrong factor in the same file together', () => {
    const inFile = lines.filter((line) => line.startsWith('docs/praktijken/onbekende-sleutel.mdx'));
    expect(inFile).toHaveLength(2);
    expect(inFile).toEqual(expect.arrayContaining([
      'docs/praktijken/onbekende-sleutel.mdx:14  factoren[1]: deze werkende factor bestaat niet (waarde: "positieve-ontwikkelingg")',
      'docs/praktijken/onbekende-sleutel.mdx:15  themaas: onbekend veld — bedoelde je `themas`?',
    ]));
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

describe('a file that fails its schema', () => {
  it('still has its factor references checked, so all problems show in one run', () => {
    const problems = validateContent(loadContent(brokenSite));
    expect(problems.some((p) => p.file.endsWith('ontbrekend-veld.mdx') && p.field === 'gemeente')).toBe(true);
    // ontbrekend-veld.mdx only names `lange-adem`, which exists: no false alarm.
    expect(problems.filter((p) => p.file.endsWith('ontbrekend-veld.mdx')).map((p) => p.field)).toEqual(['gemeente']);
  });
});

describe('validation rejects what the build rejects', () => {
  const inFile = lines.filter((line) => line.startsWith('docs/praktijken/kapotte-links.mdx'));

  it('reports a Markdown link to a file that does not exist, with line and field (onBrokenMarkdownLinks)', () => {
    expect(inFile).toContain(
      'docs/praktijken/kapotte-links.mdx:19  link: dit bestand bestaat niet; controleer de naam en de map (zoals ../werkende-factoren/lange-adem.mdx) (waarde: "../werkende-factoren/bestaat-niet.mdx")',
    );
  });

  it('reports a link to a route that does not exist (onBrokenLinks)', () => {
    expect(inFile).toContain('docs/praktijken/kapotte-links.mdx:21  link: deze link wijst naar een pagina die niet bestaat (waarde: "/werkende-factoren/bestaat-ook-niet")');
  });

  it('reports a link to an anchor the target page does not have (onBrokenAnchors)', () => {
    expect(inFile.some((line) => line.startsWith('docs/praktijken/kapotte-links.mdx:21  link: het anker #geen-kop bestaat niet op /werkende-factoren/lange-adem'))).toBe(true);
  });

  it('reports javascript: links however they are encoded, and the percent-encoded link the form used to write', () => {
    const unsafe = problems.filter((p) => p.file === 'docs/praktijken/kapotte-links.mdx' && p.line === 23);
    expect(unsafe.map((p) => [p.field, p.value])).toEqual([
      ['inhoud', 'javascript%3Aalert(1)'],
      ['inhoud', 'javascript:alert(1)'],
    ]);
  });

  it('accepts a link to an existing factor page and to a heading on the same page', () => {
    expect(inFile).toHaveLength(5);
    expect(inFile.join('\n')).not.toMatch(/lange-adem\.mdx"\)|#in-het-kort/);
  });
});

describe('stricter checks, each reported as file:line field with value and nearest valid value', () => {
  const linesOf = (file: string) => lines.filter((line) => line.startsWith(`docs/praktijken/${file}:`));

  it('refuses a date that does not exist and names the last real day of that month', () => {
    expect(linesOf('datum-bestaat-niet.mdx')).toEqual([
      'docs/praktijken/datum-bestaat-niet.mdx:13  laatstBijgewerkt: deze datum bestaat niet of is niet geschreven als JJJJ-MM-DD (waarde: "2026-02-30") — bedoelde je `2026-02-28`?',
    ]);
  });

  it('refuses a laatstBijgewerkt in the future and suggests today', () => {
    expect(find('toekomst.mdx', 'laatstBijgewerkt')).toMatchObject({line: 13, value: '2099-01-01', suggestion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)});
  });

  it('refuses leeftijdsfasen that contradict leeftijd, with the phases the range covers', () => {
    expect(linesOf('leeftijd-tegenstrijdig.mdx')).toEqual([
      'docs/praktijken/leeftijd-tegenstrijdig.mdx:8  leeftijdsfasen[0]: deze fase valt buiten leeftijd 4–18 jaar (waarde: "0-4") — bedoelde je `[4-12, 12-18]`?',
      'docs/praktijken/leeftijd-tegenstrijdig.mdx:8  leeftijdsfasen: leeftijd 4–18 jaar omvat ook 4-12; vul de fasen aan of pas de leeftijd aan (waarde: ["0-4","12-18"]) — bedoelde je `[4-12, 12-18]`?',
    ]);
  });

  it('refuses markup in title and summary, with the text without it', () => {
    expect(find('opmaak-in-titel.mdx', 'title')).toMatchObject({line: 2, value: 'Samen <b>spelen</b>', suggestion: 'Samen spelen'});
    expect(find('opmaak-in-titel.mdx', 'summary')).toMatchObject({line: 3, suggestion: expect.stringMatching(/^Een praktijk om/)});
  });

  it('refuses a body without headings', () => {
    expect(linesOf('geen-kopjes.mdx')).toEqual([expect.stringMatching(/^docs\/praktijken\/geen-kopjes\.mdx:17 {2}tekst: de tekst heeft geen kopjes/)]);
  });

  it('names a heading out of order, a misspelt one, a hand-written Meer weten and the one that is missing', () => {
    expect(linesOf('kopjes-door-elkaar.mdx').map((line) => line.replace(/ \(volgorde: [^)]*\)|; de zeven kopjes zijn: [^(]*/g, ''))).toEqual([
      'docs/praktijken/kopjes-door-elkaar.mdx:25  tekst: kopje staat niet op zijn plaats: het hoort vóór ‘Aanpak’ (waarde: "Aanleiding")',
      'docs/praktijken/kopjes-door-elkaar.mdx:41  tekst: onbekend kopje(waarde: "Tips voor andere gemeentes") — bedoelde je `Tips voor andere gemeenten`?',
      'docs/praktijken/kopjes-door-elkaar.mdx:45  tekst: schrijf geen eigen sectie ‘Meer weten’: de site maakt die uit de frontmatter; verwijder dit kopje en de tekst eronder (waarde: "## Meer weten")',
      'docs/praktijken/kopjes-door-elkaar.mdx:45  tekst: kopje ‘Tips voor andere gemeenten’ ontbreekt — bedoelde je `## Tips voor andere gemeenten`?',
    ]);
  });
});

describe('the seven section headings', () => {
  it('are the same for validation and for the MDX writer behind the form and the issue bot', () => {
    expect(praktijkSections.map((section) => section.heading)).toEqual([...praktijkHeadings]);
  });
});
