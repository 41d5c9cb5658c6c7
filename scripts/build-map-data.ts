/**
 * Builds src/components/NederlandKaart/provinces.ts from the SVG map in the npm package
 * `@svg-maps/netherlands` (version 1.0.0, CC BY 4.0, based on the MapSVG map of the
 * Netherlands).
 *
 * The package is not a dependency of the site: the map data is converted once and committed.
 * To rebuild it:
 *
 *   cd /tmp && npm pack @svg-maps/netherlands@1.0.0 && tar xzf svg-maps-netherlands-1.0.0.tgz
 *   node --import tsx scripts/build-map-data.ts /tmp/package/netherlands.svg
 *
 * What the script does:
 * 1. Parses each province path (the source only uses `m`/`l` polylines and `z`) into rings of
 *    absolute coordinates in the SVG's own frame (viewBox 0 0 613 724).
 * 2. Drops specks (rings under MIN_RING_AREA square units), simplifies each ring with
 *    Douglas-Peucker (SIMPLIFY_TOLERANCE units) and writes compact relative path data.
 * 3. Calibrates the map projection. The source carries no geographic reference, so the
 *    script fits a Mercator projection with one scale for both axes,
 *      x = k * lon + x0,   y = y0 - k * mercator(lat),   mercator(lat) = ln(tan(45° + lat/2)) in degrees,
 *    by least squares on reference points whose position on the map is known (extreme points of
 *    the country and recognisable coastal tips, read off the path outlines). A free fit with
 *    separate x and y scales gives a y/x scale ratio of 0.999, which confirms that the source is
 *    Mercator; an equirectangular fit is markedly worse. The residuals are written into the
 *    header of the generated module.
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

type Point = readonly [number, number];
type Ring = Point[];

const SOURCE = {name: '@svg-maps/netherlands', version: '1.0.0', licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'};
const MIN_RING_AREA = 2;
const SIMPLIFY_TOLERANCE = 0.35;

/** Source path ids → province values of src/content/vocabularies.ts. */
const ID_TO_PROVINCIE: Record<string, string> = {
  dr: 'drenthe',
  fl: 'flevoland',
  fr: 'friesland',
  ge: 'gelderland',
  gr: 'groningen',
  li: 'limburg',
  nb: 'noord-brabant',
  nh: 'noord-holland',
  ov: 'overijssel',
  ut: 'utrecht',
  ze: 'zeeland',
  zh: 'zuid-holland',
};

interface Reference {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Position in the source SVG, read off the outline (a vertex at the named place). */
  readonly x: number;
  readonly y: number;
  /** Which coordinates are reliable enough to fit on. */
  readonly use: 'xy' | 'x' | 'y';
}

const REFERENCES: readonly Reference[] = [
  {name: 'Zwin/Sint Anna ter Muiden, westernmost point (min x of Zeeland)', lat: 51.28, lon: 3.358, x: 0.3, y: 581.6, use: 'x'},
  {name: 'Westkapelle, west tip of Walcheren', lat: 51.527, lon: 3.437, x: 12.0, y: 528.2, use: 'xy'},
  {name: 'Huisduinen, west tip of Den Helder', lat: 52.955, lon: 4.722, x: 215.0, y: 162.0, use: 'xy'},
  {name: 'Eierland, north tip of Texel', lat: 53.182, lon: 4.855, x: 237.1, y: 99.8, use: 'xy'},
  {name: 'Rottumerplaat, northernmost point (min y of Groningen)', lat: 53.555, lon: 6.478, x: 488.9, y: 0.3, use: 'xy'},
  {name: 'Noordkaap, north tip of the Groningen mainland', lat: 53.4656, lon: 6.7467, x: 536.0, y: 25.0, use: 'y'},
  {name: 'Bad Nieuweschans, easternmost point (max x of Groningen)', lat: 53.18, lon: 7.227, x: 612.3, y: 101.2, use: 'xy'},
  {name: 'Vaalserberg, tripoint NL-BE-DE', lat: 50.7548, lon: 6.0208, x: 421.5, y: 721.0, use: 'xy'},
  {name: 'Border mark 12, southernmost point (max y of Limburg)', lat: 50.7504, lon: 5.915, x: 405.1, y: 723.3, use: 'xy'},
];

export const mercator = (lat: number): number => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Parses path data made of m/M, l/L and z/Z commands into absolute rings. */
export function parsePath(d: string): Ring[] {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: Ring[] = [];
  let current: Ring | null = null;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i += 1;
      if (command === 'z' || command === 'Z') {
        x = startX;
        y = startY;
        current = null;
      }
      continue;
    }
    const a = Number(tokens[i]);
    const b = Number(tokens[i + 1]);
    i += 2;
    switch (command) {
      case 'm':
      case 'M':
        x = command === 'm' ? x + a : a;
        y = command === 'm' ? y + b : b;
        startX = x;
        startY = y;
        current = [[x, y]];
        rings.push(current);
        command = command === 'm' ? 'l' : 'L';
        break;
      case 'l':
      case 'L':
        x = command === 'l' ? x + a : a;
        y = command === 'l' ? y + b : b;
        current?.push([x, y]);
        break;
      default:
        throw new Error(`Unsupported path command "${command}"`);
    }
  }
  return rings;
}

export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas-Peucker simplification of a closed ring. */
export function simplify(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Array<boolean>(ring.length).fill(false);
  keep[0] = true;
  keep[ring.length - 1] = true;
  const stack: [number, number][] = [[0, ring.length - 1]];
  // A closed ring starts and ends at the same vertex; split it at its farthest point first.
  let far = 0;
  let farDistance = -1;
  for (let i = 1; i < ring.length; i += 1) {
    const distance = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (distance > farDistance) {
      farDistance = distance;
      far = i;
    }
  }
  keep[far] = true;
  stack.pop();
  stack.push([0, far], [far, ring.length - 1]);
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let index = -1;
    let max = tolerance;
    for (let i = from + 1; i < to; i += 1) {
      const distance = distanceToSegment(ring[i], ring[from], ring[to]);
      if (distance > max) {
        max = distance;
        index = i;
      }
    }
    if (index !== -1) {
      keep[index] = true;
      stack.push([from, index], [index, to]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

/** Writes rings as compact path data: absolute move, relative line-tos, one decimal. */
export function toPathData(rings: readonly Ring[]): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  return rings
    .map((ring) => {
      const points = ring.map(([x, y]) => [round(x), round(y)] as const);
      let [px, py] = points[0];
      const parts = [`M${px} ${py}`];
      const deltas: string[] = [];
      for (const [x, y] of points.slice(1)) {
        const dx = round(x - px);
        const dy = round(y - py);
        if (dx === 0 && dy === 0) continue;
        deltas.push(`${dx} ${dy}`);
        px = x;
        py = y;
      }
      return `${parts[0]}l${deltas.join(' ')}z`;
    })
    .join('');
}

export interface Fit {
  readonly k: number;
  readonly x0: number;
  readonly y0: number;
  readonly residuals: readonly {name: string; dx: number | null; dy: number | null}[];
  readonly rms: number;
  readonly max: number;
}

/** Least-squares fit of x = k*lon + x0, y = y0 - k*mercator(lat): unknowns k, x0, y0. */
export function fitMercator(references: readonly Reference[]): Fit {
  // Normal equations for rows [u, 1, 0] → x and [-v, 0, 1] → y.
  const rows: {row: [number, number, number]; target: number}[] = [];
  for (const r of references) {
    if (r.use !== 'y') rows.push({row: [r.lon, 1, 0], target: r.x});
    if (r.use !== 'x') rows.push({row: [-mercator(r.lat), 0, 1], target: r.y});
  }
  const ata = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const atb = [0, 0, 0];
  for (const {row, target} of rows) {
    for (let i = 0; i < 3; i += 1) {
      atb[i] += row[i] * target;
      for (let j = 0; j < 3; j += 1) ata[i][j] += row[i] * row[j];
    }
  }
  const [k, x0, y0] = solve3(ata, atb);
  const residuals = references.map((r) => ({
    name: r.name,
    dx: r.use === 'y' ? null : k * r.lon + x0 - r.x,
    dy: r.use === 'x' ? null : y0 - k * mercator(r.lat) - r.y,
  }));
  const errors = residuals.flatMap((r) => [r.dx, r.dy].filter((v): v is number => v !== null));
  const rms = Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length);
  const max = Math.max(...errors.map(Math.abs));
  return {k, x0, y0, residuals, rms, max};
}

function solve3(m: number[][], b: number[]): [number, number, number] {
  const a = m.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < 3; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < 3; r += 1) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < 3; r += 1) {
      if (r === col) continue;
      const factor = a[r][col] / a[col][col];
      for (let c = col; c < 4; c += 1) a[r][c] -= factor * a[col][c];
    }
  }
  return [a[0][3] / a[0][0], a[1][3] / a[1][1], a[2][3] / a[2][2]];
}

function main(svgFile: string): void {
  const svg = readFileSync(svgFile, 'utf8');
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1];
  if (viewBox !== '0 0 613 724') throw new Error(`Unexpected viewBox ${viewBox}; the calibration below is for @svg-maps/netherlands 1.0.0`);
  const provinces = [...svg.matchAll(/<path\s+id="(\w+)"\s+name="([^"]+)"\s+d="([^"]+)"/g)].map(([, id, , d]) => {
    const value = ID_TO_PROVINCIE[id];
    if (!value) throw new Error(`Unknown province id ${id}`);
    const rings = parsePath(d)
      .filter((ring) => ringArea(ring) >= MIN_RING_AREA)
      .map((ring) => simplify(ring, SIMPLIFY_TOLERANCE));
    const points = rings.flat();
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map((v) => Math.round(v * 10) / 10);
    return {value, d: toPathData(rings), box, vertices: points.length};
  });
  if (provinces.length !== 12) throw new Error(`Expected 12 provinces, found ${provinces.length}`);
  provinces.sort((a, b) => a.value.localeCompare(b.value));

  const fit = fitMercator(REFERENCES);
  const fmt = (v: number | null) => (v === null ? '   -' : (v >= 0 ? ' ' : '') + v.toFixed(1));
  const residualLines = fit.residuals.map((r) => ` *   ${fmt(r.dx)} ${fmt(r.dy)}  ${r.name}`).join('\n');

  const out = `/**
 * Province outlines of the Netherlands for the NederlandKaart component.
 *
 * GENERATED by scripts/build-map-data.ts — do not edit by hand.
 *
 * Source: npm package ${SOURCE.name}@${SOURCE.version} (netherlands.svg, viewBox 0 0 613 724),
 * based on the MapSVG map of the Netherlands (https://mapsvg.com/maps/netherlands).
 * Licence: ${SOURCE.licence}. Attribution is shown with the map on the page.
 * Changes: specks under ${MIN_RING_AREA} square units dropped, outlines simplified
 * (Douglas-Peucker, ${SIMPLIFY_TOLERANCE} units), coordinates rounded to 0.1 unit.
 *
 * Projection, fitted by least squares on ${REFERENCES.length} reference points (Mercator, one scale):
 *   x = k * lon + x0,  y = y0 - k * ln(tan(45° + lat/2)) [in degrees]
 * Fit error in map units (1 unit ≈ 0.45 km east-west): rms ${fit.rms.toFixed(2)}, max ${fit.max.toFixed(1)}.
 * Residuals (dx, dy; '-' = coordinate not used):
${residualLines}
 */

export interface ProvinceShape {
  /** Province value as in \`provincies\` of src/content/vocabularies.ts. */
  readonly value: string;
  /** SVG path data in the map's coordinate frame. */
  readonly d: string;
  /** Bounding box [minX, minY, maxX, maxY] of the outline. */
  readonly box: readonly [number, number, number, number];
}

/** The source SVG's frame. */
export const MAP_VIEWBOX = {width: 613, height: 724} as const;

/** Fitted projection constants; see project.ts. */
export const MAP_PROJECTION = {k: ${fit.k.toFixed(5)}, x0: ${fit.x0.toFixed(3)}, y0: ${fit.y0.toFixed(3)}} as const;

export const provinceShapes: readonly ProvinceShape[] = [
${provinces.map((p) => `  {value: '${p.value}', box: [${p.box.join(', ')}], d: '${p.d}'},`).join('\n')}
];
`;
  const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'components', 'NederlandKaart', 'provinces.ts');
  writeFileSync(target, out);
  console.log(`Wrote ${target}: ${provinces.map((p) => `${p.value} ${p.vertices}`).join(', ')}`);
  console.log(`Fit k=${fit.k.toFixed(4)} x0=${fit.x0.toFixed(2)} y0=${fit.y0.toFixed(2)} rms=${fit.rms.toFixed(2)} max=${fit.max.toFixed(2)}`);
  console.log(residualLines);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node --import tsx scripts/build-map-data.ts <path to @svg-maps/netherlands/netherlands.svg>');
    process.exit(1);
  }
  main(file);
}
