import {describe, expect, it} from 'vitest';
import {byDutchTitle, titleSortKey} from '../../src/content/collate';

describe('titleSortKey', () => {
  it.each([
    ['‘THINK op school’ verbindt', 'THINK op school’ verbindt'],
    ['"Samen" sterk', 'Samen" sterk'],
    ['(Her)start', 'Her)start'],
    ['¡Vamos!', 'Vamos!'],
    ['Gewoon een titel', 'Gewoon een titel'],
  ])('%s sorts as %s', (title, key) => {
    expect(titleSortKey(title)).toBe(key);
  });

  it('keeps a title that is only punctuation', () => {
    expect(titleSortKey('…')).toBe('…');
  });
});

describe('byDutchTitle', () => {
  it('files quoted titles among the other titles with the same first letter', () => {
    const titles = ['VoorZorg', '‘THINK op school’', 'Stichting Omnia', 'Bureau Frontlijn', '“Aan de slag”'];
    expect(titles.map((title) => ({title})).sort(byDutchTitle).map((t) => t.title)).toEqual([
      '“Aan de slag”',
      'Bureau Frontlijn',
      'Stichting Omnia',
      '‘THINK op school’',
      'VoorZorg',
    ]);
  });
});
