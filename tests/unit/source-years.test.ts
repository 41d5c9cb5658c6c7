import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {formatProblem} from '../../src/content/problems';
import {publicationAnchor, storyTexts, unsourcedYears, yearsIn} from '../../src/content/source-years';
import {publicationPractices} from './helpers/publication';

// Only practices retold from the 2018 publication have a story there to check against.
const praktijken = publicationPractices(loadContent(process.cwd()));
// The sources sit next to the checkout (../shared), or next to the worktrees folder.
const publication =
  [join('..', 'shared'), join('..', '..', 'shared')].map((dir) => join(process.cwd(), dir, 'seeds', '003_f3a8a1472eff92e2.txt')).find(existsSync) ??
  join(process.cwd(), '..', 'shared', 'seeds', '003_f3a8a1472eff92e2.txt');
const havePublication = existsSync(publication);
// The years each story gives, so the check also runs where the sources are not mounted;
// the last test below keeps this file equal to what the publication says.
const storyYearsFile = join(process.cwd(), 'tests', 'fixtures', 'bronjaren.json');
const storyYears = JSON.parse(readFileSync(storyYearsFile, 'utf8')) as Record<string, number[]>;

describe('yearsIn', () => {
  it('finds four-digit years and nothing else', () => {
    expect([...yearsIn('Sinds 2016 (stand eind 2017), 1.200 leerlingen, € 2000, 12-18 jaar, 20170')]).toEqual([2016, 2017, 2000]);
  });
});

describe('storyTexts', () => {
  const text = 'Inhoud: Het eerste verhaal, Het tweede verhaal. Het eerste\nverhaal begon in 2015. Het tweede verhaal in 2016. Colofon 2018';
  it('cuts each story from its last title to the next, and stops at the colophon', () => {
    const stories = storyTexts(text, ['Het eerste verhaal', 'Het tweede verhaal', 'Ontbreekt']);
    expect(stories.get('Het eerste verhaal')).toBe('Het eerste verhaal begon in 2015. ');
    expect(stories.get('Het tweede verhaal')).toBe('Het tweede verhaal in 2016. ');
    expect(stories.has('Ontbreekt')).toBe(false);
  });
});

describe('unsourcedYears', () => {
  const page = [
    '---',
    'title: Test',
    'startjaar: 2016',
    'kerncijfers:',
    '  - {label: Bereik, waarde: 7, jaar: 2017}',
    'bron:',
    '  jaar: 2018',
    'laatstBijgewerkt: 2026-11-22',
    '---',
    '',
    `Sinds 2016 doen zeven jongeren mee, ${publicationAnchor}.`,
    'In 2017 waren het er zeven.',
    `${publicationAnchor[0]!.toUpperCase()}${publicationAnchor.slice(1)} waren het er zeven.`,
  ].join('\n');
  it('reports every year the story does not give, with its line and field', () => {
    const problems = unsourcedYears('docs/praktijken/test.mdx', page, new Set([2016]));
    expect(problems.map((p) => [p.line, p.field, p.value])).toEqual([
      [5, 'kerncijfers', '- {label: Bereik, waarde: 7, jaar: 2017}'],
      [12, 'tekst', 'In 2017 waren het er zeven.'],
    ]);
  });
  it('accepts a page whose years are all in the story', () => {
    expect(unsourcedYears('docs/praktijken/test.mdx', page, new Set([2016, 2017]))).toEqual([]);
  });
});

describe('years on the case pages', () => {
  it('knows the years of every story', () => {
    expect(Object.keys(storyYears).sort()).toEqual(praktijken.map((p) => p.data.title).sort());
  });
  it.each(praktijken.map((p) => ({...p, title: p.data.title})))('$title gives only years its source story gives', (praktijk) => {
    const years = new Set(storyYears[praktijk.data.title] ?? []);
    const problems = unsourcedYears(praktijk.file, readFileSync(praktijk.file, 'utf8'), years);
    expect(problems.map(formatProblem)).toEqual([]);
  });
  it('has the years of each story as the publication gives them', (ctx) => {
    ctx.skip(!havePublication, `skipped: publication not found at ${publication} (../shared is not mounted here)`);
    const stories = storyTexts(readFileSync(publication, 'utf8'), praktijken.map((p) => p.data.title));
    const fromSource = Object.fromEntries([...stories].map(([title, story]) => [title, [...yearsIn(story)].sort()]));
    expect(storyYears).toEqual(fromSource);
  });
});
