import {MAP_PROJECTION} from './provinces';

export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Projects a WGS84 position onto the frame of the province outlines (see provinces.ts).
 *
 * The outline data is a Mercator map; scripts/build-map-data.ts fitted the scale and offsets
 * on reference points (rms error about 1.3 map units, roughly 0.6 km).
 */
export function project(lat: number, lon: number): MapPoint {
  const {k, x0, y0} = MAP_PROJECTION;
  const mercator = (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return {x: k * lon + x0, y: y0 - k * mercator};
}

export interface MarkerGroup<T> {
  /** The practices at this marker: one, or several that would otherwise overlap. */
  readonly items: readonly T[];
  /** Where the marker is drawn: the mean of its items' projected positions. */
  readonly at: MapPoint;
}

/**
 * Groups markers whose square tap targets would overlap into one marker, so every target
 * keeps its full size. Two markers overlap when they are closer than `minDistance` along
 * both axes (Chebyshev distance: the targets are squares). Groups are merged until no two
 * are that close; a grid of `minDistance` cells keeps each round linear in the number of
 * markers. Deterministic; groups come north to south, the way a reader scans a map.
 */
export function groupMarkers<T>(items: readonly T[], position: (item: T) => MapPoint, minDistance: number): MarkerGroup<T>[] {
  type Group = {items: T[]; sum: MapPoint; at: MapPoint};
  let groups: Group[] = items.map((item) => {
    const at = position(item);
    return {items: [item], sum: at, at};
  });
  const cellOf = (p: MapPoint) => [Math.floor(p.x / minDistance), Math.floor(p.y / minDistance)] as const;
  const close = (a: MapPoint, b: MapPoint) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < minDistance;
  for (;;) {
    const cells = new Map<string, number[]>();
    groups.forEach((group, index) => {
      const key = cellOf(group.at).join(',');
      cells.set(key, [...(cells.get(key) ?? []), index]);
    });
    const owner = groups.map((_, index) => index);
    let merged = false;
    groups.forEach((group, i) => {
      if (owner[i] !== i) return;
      const [cx, cy] = cellOf(group.at);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j > i && owner[j] === j && close(group.at, groups[j]!.at)) {
              owner[j] = i;
              merged = true;
            }
          }
        }
      }
    });
    if (!merged) break;
    const next = new Map<number, Group>();
    groups.forEach((group, index) => {
      const into = next.get(owner[index]!);
      if (!into) next.set(owner[index]!, {items: [...group.items], sum: group.sum, at: group.at});
      else {
        into.items.push(...group.items);
        into.sum = {x: into.sum.x + group.sum.x, y: into.sum.y + group.sum.y};
        into.at = {x: into.sum.x / into.items.length, y: into.sum.y / into.items.length};
      }
    });
    groups = [...next.values()];
  }
  return groups.sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x).map(({items: members, at}) => ({items: members, at}));
}
