import React, {useId, useState, type ReactNode} from 'react';
import type {KaartPraktijk} from '@site/src/content/graph';
import {provincies} from '@site/src/content/vocabularies';
import {inTitleOrder} from '@site/src/content/collate';
import {MAP_VIEWBOX, provinceShapes} from './provinces';
import {placeMarkers, project} from './project';
import styles from './styles.module.css';

interface Props {
  readonly praktijken: readonly KaartPraktijk[];
  /**
   * Turns a site path into an href. SVG links bypass `@docusaurus/Link`, so the page passes
   * `useBaseUrlUtils().withBaseUrl` to honour a non-root baseUrl. Defaults to the path itself.
   */
  readonly href?: (path: string) => string;
}

/** Marker radius and the minimum distance between marker centres, in map units. */
const MARKER_RADIUS = 7;
const MARKER_SPACING = 17;
/** Room around the outlines so markers and focus rings at the edge are not clipped. */
const PAD = 12;

export const provincieLink = (value: string): string => `/praktijken?provincie=${encodeURIComponent(value)}`;

export const aantalPraktijken = (count: number): string => `${count} ${count === 1 ? 'praktijk' : 'praktijken'}`;

/**
 * Map of the Netherlands as inline SVG, with a link per province (to the overview filtered on
 * that province) and a marker link per practice. Outline data ships with the site (provinces.ts);
 * nothing is loaded at run time. Pages should give a text list of the practices beside it.
 */
export default function NederlandKaart({praktijken, href = (path) => path}: Props): ReactNode {
  const id = useId();
  // The focused province's outline is redrawn on top, so neighbours drawn later cannot hide it.
  const [focused, setFocused] = useState<string | null>(null);
  const focusedShape = provinceShapes.find((shape) => shape.value === focused);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const counts = new Map<string, number>();
  for (const p of praktijken) counts.set(p.provincie, (counts.get(p.provincie) ?? 0) + 1);
  const labels = new Map<string, string>(provincies.map((p) => [p.value, p.label]));
  // Draw from north to south so southern markers sit on top, the way a reader scans the map.
  const sorted = [...praktijken].sort((a, b) => b.coordinaten.lat - a.coordinaten.lat || inTitleOrder(a, b));
  const placed = placeMarkers(sorted, (p) => project(p.coordinaten.lat, p.coordinaten.lon), MARKER_SPACING);

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.map}
        viewBox={`${-PAD} ${-PAD} ${MAP_VIEWBOX.width + 2 * PAD} ${MAP_VIEWBOX.height + 2 * PAD}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}>
        <title id={titleId}>{`Kaart van Nederland met ${aantalPraktijken(praktijken.length)}`}</title>
        <desc id={descId}>
          De twaalf provincies, elk een link naar de praktijken in die provincie. Elke stip is een praktijk en linkt naar
          het praktijkverhaal.
        </desc>
        <g className={styles.provinces}>
          {provinceShapes.map((shape) => {
            const label = labels.get(shape.value) ?? shape.value;
            const name = `Provincie ${label}: ${aantalPraktijken(counts.get(shape.value) ?? 0)}`;
            return (
              <a key={shape.value} href={href(provincieLink(shape.value))} aria-label={name} className={styles.province}
                data-provincie={shape.value}
                onFocus={() => setFocused(shape.value)}
                onBlur={() => setFocused(null)}>
                <title>{name}</title>
                <path d={shape.d} />
              </a>
            );
          })}
        </g>
        {focusedShape && <path className={styles.focusOutline} d={focusedShape.d} aria-hidden="true" />}
        <g className={styles.leaders} aria-hidden="true">
          {placed
            .filter(({anchor, at}) => Math.hypot(at.x - anchor.x, at.y - anchor.y) > MARKER_RADIUS)
            .map(({item, anchor, at}) => (
              <g key={item.slug}>
                <line x1={anchor.x} y1={anchor.y} x2={at.x} y2={at.y} />
                <circle cx={anchor.x} cy={anchor.y} r={1.8} />
              </g>
            ))}
        </g>
        <g className={styles.markers}>
          {placed.map(({item, at}) => {
            const name = `${item.title} (${item.gemeente})`;
            return (
              <a key={item.slug} href={href(item.url)} aria-label={name} className={styles.marker} data-slug={item.slug}>
                <title>{name}</title>
                <circle className={styles.focusRing} cx={at.x} cy={at.y} r={MARKER_RADIUS + 4} />
                <circle className={styles.dot} cx={at.x} cy={at.y} r={MARKER_RADIUS} />
              </a>
            );
          })}
        </g>
      </svg>
      <figcaption className={styles.caption}>
        Kaartgegevens: MapSVG, via het npm-pakket @svg-maps/netherlands, onder licentie{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/deed.nl" rel="license noopener noreferrer" target="_blank">
          CC BY 4.0
        </a>
        ; vereenvoudigd. Stippen die elkaar zouden overlappen, staan iets uit elkaar; ligt een stip ver van de echte plek, dan wijst een lijntje die aan.
      </figcaption>
    </figure>
  );
}
