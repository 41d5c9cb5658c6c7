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

export interface PlacedMarker<T> {
  readonly item: T;
  /** The projected, true position. */
  readonly anchor: MapPoint;
  /** Where the marker is drawn: the anchor, nudged apart from markers that would overlap. */
  readonly at: MapPoint;
}

/**
 * Spreads markers that would overlap, so that each stays visible and clickable. Deterministic:
 * pairs closer than `minDistance` are pushed apart along the line between them (or sideways
 * when they coincide) for a fixed number of rounds. Markers that do not collide stay put.
 */
export function placeMarkers<T>(items: readonly T[], position: (item: T) => MapPoint, minDistance: number): PlacedMarker<T>[] {
  const anchors = items.map(position);
  const at = anchors.map((p) => ({x: p.x, y: p.y}));
  for (let round = 0; round < 60; round += 1) {
    let moved = false;
    for (let i = 0; i < at.length; i += 1) {
      for (let j = i + 1; j < at.length; j += 1) {
        let dx = at[j].x - at[i].x;
        let dy = at[j].y - at[i].y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 1e-6) continue;
        if (distance < 1e-6) {
          dx = 1;
          dy = 0;
          distance = 1;
        }
        const push = (minDistance - distance) / 2 + 0.01;
        at[i].x -= (dx / distance) * push;
        at[i].y -= (dy / distance) * push;
        at[j].x += (dx / distance) * push;
        at[j].y += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return items.map((item, i) => ({item, anchor: anchors[i], at: at[i]}));
}
