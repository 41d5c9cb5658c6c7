import {describe, expect, it} from 'vitest';
import type {PraktijkSummary} from '../../src/content/graph';
import {filterPraktijken, loosenSuggestions, optionCount, sortPraktijken, toggle} from '../support/full-data-oracle';

function praktijk(slug: string, extra: Partial<PraktijkSummary>): PraktijkSummary {
  return {
    slug,
    url: `/praktijken/${slug}`,
    title: slug,
    summary: '',
    gemeente: slug,
    provincie: 'utrecht',
    coordinaten: {lat: 52, lon: 5},
    doelgroepen: ['ouders'],
    leeftijdsfasen: ['0-4'],
    settings: ['thuis'],
    themas: ['opvoedondersteuning'],
    factoren: ['a'],
    preventieniveau: ['universeel'],
    // The build's Dutch title order; here the slugs are already alphabetical.
    titelVolgorde: ['alpha', 'beta', 'gamma'].indexOf(slug),
    ...extra,
  };
}

const alpha = praktijk('alpha', {themas: ['opvoedondersteuning', 'eerste-1000-dagen'], factoren: ['a', 'b'], startjaar: 2015});
const beta = praktijk('beta', {themas: ['onderwijs-en-zorg'], factoren: ['b'], provincie: 'limburg', startjaar: 2017});
const gamma = praktijk('gamma', {themas: ['eerste-1000-dagen'], factoren: ['c']});
const all = [gamma, beta, alpha];

describe('filterPraktijken', () => {
  it('shows everything without a selection', () => {
    expect(filterPraktijken(all, {}, 'en')).toHaveLength(3);
  });
  it('with EN asks for every chosen value within a facet', () => {
    expect(filterPraktijken(all, {thema: ['opvoedondersteuning', 'eerste-1000-dagen']}, 'en').map((p) => p.slug)).toEqual(['alpha']);
  });
  it('with OF asks for one of the chosen values within a facet', () => {
    expect(filterPraktijken(all, {thema: ['onderwijs-en-zorg', 'eerste-1000-dagen']}, 'of').map((p) => p.slug)).toEqual(['gamma', 'beta', 'alpha']);
  });
  it('always combines different facets with AND', () => {
    expect(filterPraktijken(all, {factor: ['b'], provincie: ['limburg']}, 'of').map((p) => p.slug)).toEqual(['beta']);
  });
});

describe('optionCount', () => {
  it('counts what ticking an option would leave', () => {
    expect(optionCount(all, {}, 'en', 'factor', 'b')).toBe(2);
    expect(optionCount(all, {factor: ['b']}, 'en', 'factor', 'c')).toBe(0);
    expect(optionCount(all, {factor: ['b']}, 'of', 'factor', 'c')).toBe(3);
  });
});

describe('sortPraktijken', () => {
  it('sorts by title, or by start year with the unknown ones last', () => {
    expect(sortPraktijken(all, 'titel').map((p) => p.slug)).toEqual(['alpha', 'beta', 'gamma']);
    expect(sortPraktijken(all, 'startjaar').map((p) => p.slug)).toEqual(['beta', 'alpha', 'gamma']);
  });
});

describe('loosenSuggestions', () => {
  it('names the chosen values whose removal brings results back, most results first', () => {
    const selection = toggle(toggle({}, 'provincie', 'limburg'), 'factor', 'c');
    expect(filterPraktijken(all, selection, 'en')).toHaveLength(0);
    expect(loosenSuggestions(all, selection, 'en')).toEqual([
      {key: 'factor', value: 'c', count: 1},
      {key: 'provincie', value: 'limburg', count: 1},
    ]);
  });
});
