import {describe, expect, it} from 'vitest';
import {buildKennisbank, countBy} from '../../src/content/graph';
import {buildMatrix} from '../../src/content/matrix';
import {loadContent} from '../../src/content/load';
import {publicationPractices, withContributedPractice} from './helpers/publication';

const real = loadContent(process.cwd());

describe('the 2018 publication in the content', () => {
  it('gives fifteen practices from fifteen municipalities, and the fourteen factors', () => {
    const fromPublication = publicationPractices(real);
    expect(fromPublication).toHaveLength(15);
    expect(new Set(fromPublication.map((p) => p.data.gemeente)).size).toBe(15);
    expect(real.factoren).toHaveLength(14);
  });
  it('still does with a contributed sixteenth practice', () => {
    const extended = withContributedPractice(real);
    expect(extended.praktijken).toHaveLength(real.praktijken.length + 1);
    expect(publicationPractices(extended)).toHaveLength(15);
  });
});

describe.each([
  ['the real content', real],
  ['the real content plus a contributed practice', withContributedPractice(real)],
])('buildKennisbank on %s', (_, content) => {
  const data = buildKennisbank(content);
  it('counts practices, municipalities and factors from the content', () => {
    expect(data.counts).toMatchObject({
      praktijken: content.praktijken.length,
      gemeenten: new Set(content.praktijken.map((p) => p.data.gemeente)).size,
      factoren: content.factoren.length,
    });
  });
  it('builds a matrix whose totals add up both ways', () => {
    const matrix = buildMatrix(data.praktijken, data.factoren);
    const rowSum = matrix.rows.reduce((sum, row) => sum + row.total, 0);
    expect(matrix.columnTotals.reduce((a, b) => a + b, 0)).toBe(rowSum);
    expect(matrix.rows).toHaveLength(content.praktijken.length);
    expect(matrix.rows.every((row) => row.cells.length === content.factoren.length)).toBe(true);
  });
  it('lists per factor exactly the practices that name it', () => {
    for (const factor of data.factoren) {
      const expected = data.praktijken.filter((p) => p.factoren.includes(factor.slug)).map((p) => p.slug);
      expect(data.factorPraktijken[factor.slug]!.map((p) => p.slug)).toEqual(expected);
    }
  });
  it('ranks practices in Dutch title order, so browsers can sort without a collator', () => {
    const initial = (title: string) => title.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toLocaleUpperCase('nl');
    const inOrder = [...data.praktijken].sort((a, b) => a.titelVolgorde - b.titelVolgorde);
    expect(inOrder.map((p) => p.titelVolgorde)).toEqual(inOrder.map((_, index) => index));
    const initials = inOrder.map((p) => initial(p.title));
    expect(initials).toEqual([...initials].sort((a, b) => a.localeCompare(b, 'nl')));
    // ‘THINK op school’ files under T: neither first for its quote nor past Z by code units.
    const think = inOrder.findIndex((p) => p.slug === 'think-op-school-zwolle');
    expect(initials[think]).toBe('T');
    expect(think).toBeGreaterThan(0);
  });
  it('never lists a factor as co-occurring with itself', () => {
    for (const [slug, counts] of Object.entries(data.coOccurrence)) expect(counts.map((c) => c.slug)).not.toContain(slug);
  });
});

describe('countBy', () => {
  it('sorts by count, then by the given order', () => {
    expect(countBy(['b', 'a', 'b', 'c', 'a'], ['c', 'b', 'a'])).toEqual([
      {slug: 'b', count: 2},
      {slug: 'a', count: 2},
      {slug: 'c', count: 1},
    ]);
  });
});
