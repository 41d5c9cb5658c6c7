import {describe, expect, it} from 'vitest';
import {buildKennisbank} from '../../src/content/graph';
import {loadContent} from '../../src/content/load';
import {provincies} from '../../src/content/vocabularies';
import {parsePath} from '../../scripts/build-map-data';
import {MAP_VIEWBOX, provinceShapes} from '../../src/components/NederlandKaart/provinces';
import {groupMarkers, project, type MapPoint} from '../../src/components/NederlandKaart/project';

const praktijken = buildKennisbank(loadContent(process.cwd())).praktijken;

const shape = (value: string) => {
  const found = provinceShapes.find((s) => s.value === value);
  if (!found) throw new Error(`no shape for ${value}`);
  return found;
};

/** Even-odd point-in-polygon over all rings of a province outline. */
function inside(value: string, {x, y}: MapPoint): boolean {
  let odd = false;
  for (const ring of parsePath(shape(value).d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const inBox = (value: string, {x, y}: MapPoint) => {
  const [minX, minY, maxX, maxY] = shape(value).box;
  return x >= minX && x <= maxX && y >= minY && y <= maxY;
};

describe('province outlines', () => {
  it('has exactly one outline per province of the vocabulary', () => {
    expect(provinceShapes.map((s) => s.value).sort()).toEqual(provincies.map((p) => p.value).sort());
  });
  it('stays within the viewBox', () => {
    for (const s of provinceShapes) {
      const [minX, minY, maxX, maxY] = s.box;
      expect(minX).toBeGreaterThanOrEqual(0);
      expect(minY).toBeGreaterThanOrEqual(0);
      expect(maxX).toBeLessThanOrEqual(MAP_VIEWBOX.width);
      expect(maxY).toBeLessThanOrEqual(MAP_VIEWBOX.height);
    }
  });
});

describe('project', () => {
  it.each([
    ['Zwolle', 52.512, 6.094, 'overijssel'],
    ['Maastricht', 50.851, 5.691, 'limburg'],
    ['Groningen', 53.219, 6.567, 'groningen'],
    ['Leeuwarden', 53.201, 5.8, 'friesland'],
    ['Assen', 52.993, 6.562, 'drenthe'],
    ['Lelystad', 52.518, 5.471, 'flevoland'],
    ['Arnhem', 51.985, 5.899, 'gelderland'],
    ['Utrecht', 52.091, 5.122, 'utrecht'],
    ['Haarlem', 52.381, 4.637, 'noord-holland'],
    ['Den Haag', 52.078, 4.288, 'zuid-holland'],
    ['Middelburg', 51.499, 3.614, 'zeeland'],
    ["'s-Hertogenbosch", 51.697, 5.304, 'noord-brabant'],
  ])('puts %s inside %s', (_city, lat, lon, provincie) => {
    const point = project(lat, lon);
    expect(inBox(provincie, point)).toBe(true);
    expect(inside(provincie, point)).toBe(true);
  });
  it('is monotonic: east is right, north is up', () => {
    expect(project(52, 6).x).toBeGreaterThan(project(52, 5).x);
    expect(project(53, 5).y).toBeLessThan(project(52, 5).y);
  });
});

describe('the real practices on the map', () => {
  it('has practices to place', () => {
    expect(praktijken.length).toBeGreaterThanOrEqual(15);
  });
  it('puts every practice inside the viewBox and inside its own province', () => {
    for (const p of praktijken) {
      const point = project(p.coordinaten.lat, p.coordinaten.lon);
      expect(point.x, p.slug).toBeGreaterThan(0);
      expect(point.x, p.slug).toBeLessThan(MAP_VIEWBOX.width);
      expect(point.y, p.slug).toBeGreaterThan(0);
      expect(point.y, p.slug).toBeLessThan(MAP_VIEWBOX.height);
      expect(inside(p.provincie, point), `${p.slug} in ${p.provincie}`).toBe(true);
    }
  });
  it('groups markers whose square targets would overlap, and keeps every practice', () => {
    for (const spacing of [20, 60, 100]) {
      const groups = groupMarkers(praktijken, (p) => project(p.coordinaten.lat, p.coordinaten.lon), spacing);
      expect(groups.flatMap((g) => g.items.map((p) => p.slug)).sort()).toEqual(praktijken.map((p) => p.slug).sort());
      for (let i = 0; i < groups.length; i++) {
        for (let j = i + 1; j < groups.length; j++) {
          const [a, b] = [groups[i]!.at, groups[j]!.at];
          expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThanOrEqual(spacing);
        }
      }
    }
  });
  it('leaves markers that are far apart alone, and puts a group at the mean of its members', () => {
    const points = [{x: 0, y: 0}, {x: 10, y: 0}, {x: 200, y: 200}];
    const groups = groupMarkers(points, (p) => p, 50);
    expect(groups).toEqual([
      {items: [{x: 0, y: 0}, {x: 10, y: 0}], at: {x: 5, y: 0}},
      {items: [{x: 200, y: 200}], at: {x: 200, y: 200}},
    ]);
  });
  it('merges chains until no two groups are close, on 1,000 markers', () => {
    const points = Array.from({length: 1000}, (_, i) => ({x: (i * 37) % 600, y: (i * 91) % 700}));
    const groups = groupMarkers(points, (p) => p, 60);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(1000);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const [a, b] = [groups[i]!.at, groups[j]!.at];
        expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThanOrEqual(60);
      }
    }
  });
});
