import {describe, expect, it} from 'vitest';
import {figureDate, figureLabel, figureYear} from '../../src/content/figures';

const bron = {jaar: 2018};

describe('figureDate', () => {
  it('gives the figure its own year where the source gives one', () => {
    expect(figureDate({jaar: 2015}, bron)).toBe('2015');
    expect(figureYear({jaar: 2015}, bron)).toEqual({jaar: 2015, eigenJaar: true});
  });

  it('dates a figure without a year to its source, and says so', () => {
    expect(figureDate({}, bron)).toBe('volgens de bron (2018)');
    expect(figureDate({}, {jaar: 2021})).toBe('volgens de bron (2021)');
    expect(figureYear({}, bron)).toEqual({jaar: 2018, eigenJaar: false});
  });

  it('writes the date after the label in either form', () => {
    expect(figureLabel({label: 'leerlingen bereikt', jaar: 2015}, bron)).toBe('leerlingen bereikt (2015)');
    expect(figureLabel({label: 'leerlingen bereikt'}, bron)).toBe('leerlingen bereikt, volgens de bron (2018)');
  });
});
