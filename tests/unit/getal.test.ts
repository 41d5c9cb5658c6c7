import {describe, expect, it} from 'vitest';
import {getal} from '../../src/lib/getal';

describe('getal: counts as Dutch readers write them', () => {
  it.each([
    [0, '0'],
    [15, '15'],
    [999, '999'],
    [1015, '1.015'],
    [52156, '52.156'],
    [5015000, '5.015.000'],
    [-1200, '-1.200'],
    [2.5, '2,5'],
  ])('%d → %s', (value, expected) => {
    expect(getal(value)).toBe(expected);
  });
});
