import React, {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import type {KaartGemeente} from '@site/src/content/kaart';
import {provincies} from '@site/src/content/vocabularies';
import {overzichtLink} from '@site/src/content/overzicht-links';
import {MAP_VIEWBOX, provinceShapes} from './provinces';
import {groupMarkers, project, type MarkerGroup} from './project';
import styles from './styles.module.css';

interface Props {
  /** One marker each; the data is per gemeente, so it stays small however many practices there are. */
  readonly gemeenten: readonly KaartGemeente[];
  /**
   * Turns a site path into an href. SVG links bypass `@docusaurus/Link`, so the page passes
   * `useBaseUrlUtils().withBaseUrl` to honour a non-root baseUrl. Defaults to the path itself.
   */
  readonly href?: (path: string) => string;
}

/** Room around the outlines so markers and focus rings at the edge are not clipped. */
const PAD = 12;
const FRAME = {width: MAP_VIEWBOX.width + 2 * PAD, height: MAP_VIEWBOX.height + 2 * PAD};
/** A marker's tap target in CSS pixels (WCAG 2.5.5), plus a gap so targets never touch. */
const TARGET = 44;
const GAP = 2;
/**
 * Markers are grouped for the narrowest map each layer is shown at (styles.module.css switches
 * layers with a container query at 500 px), so at any width no two tap targets overlap.
 */
const layers = [
  {name: 'narrow', minWidth: 280},
  {name: 'wide', minWidth: 500},
] as const;
const spacingAt = (mapWidth: number) => ((TARGET + GAP) * FRAME.width) / mapWidth;

export const aantalPraktijken = (count: number): string => `${count} ${count === 1 ? 'praktijk' : 'praktijken'}`;

/** What a gemeente's marker or list entry says: the practice's name when it is the only one. */
export const gemeenteNaam = (g: KaartGemeente): string => (g.titel ? `${g.titel} (${g.naam})` : `${g.naam}: ${aantalPraktijken(g.aantal)}`);

/**
 * Map of the Netherlands as inline SVG, with a link per province (to the overview filtered on
 * that province) and a marker per gemeente that shows how many practices it has and leads to
 * them. Outline data ships with the site (provinces.ts); nothing is loaded at run time. Pages
 * should give a text list of the gemeenten beside it.
 */
export default function NederlandKaart({gemeenten, href = (path) => path}: Props): ReactNode {
  const id = useId();
  // The focused province's outline is redrawn on top, so neighbours drawn later cannot hide it.
  const [focused, setFocused] = useState<string | null>(null);
  const focusedShape = provinceShapes.find((shape) => shape.value === focused);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const counts = new Map<string, number>();
  for (const g of gemeenten) counts.set(g.provincie, (counts.get(g.provincie) ?? 0) + g.aantal);
  const totaal = gemeenten.reduce((sum, g) => sum + g.aantal, 0);
  const labels = new Map<string, string>(provincies.map((p) => [p.value, p.label]));
  const position = (g: KaartGemeente) => project(g.lat, g.lon);

  return (
    <figure className={styles.figure}>
      <div className={styles.frame}>
      <svg
        className={styles.map}
        viewBox={`${-PAD} ${-PAD} ${MAP_VIEWBOX.width + 2 * PAD} ${MAP_VIEWBOX.height + 2 * PAD}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}>
        <title id={titleId}>{`Kaart van Nederland met ${aantalPraktijken(totaal)} in ${gemeenten.length} ${gemeenten.length === 1 ? 'gemeente' : 'gemeenten'}`}</title>
        <desc id={descId}>
          De twaalf provincies, elk een link naar de praktijken in die provincie. Elke stip is een gemeente, met het aantal
          praktijken daar; een stip voor meer gemeenten die dicht bij elkaar liggen opent de lijst van die gemeenten.
        </desc>
        <g className={styles.provinces}>
          {provinceShapes.map((shape) => {
            const label = labels.get(shape.value) ?? shape.value;
            const name = `Provincie ${label}: ${aantalPraktijken(counts.get(shape.value) ?? 0)}`;
            return (
              <a key={shape.value} href={href(overzichtLink({provincie: shape.value}))} aria-label={name} className={styles.province}
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
      </svg>
      {layers.map((layer) => (
        <MarkerLayer key={layer.name} className={styles[layer.name]} idPrefix={`${id}-${layer.name}`} groups={groupMarkers(gemeenten, position, spacingAt(layer.minWidth))} href={href} />
      ))}
      </div>
      <figcaption className={styles.caption}>
        Kaartgegevens: MapSVG, via het npm-pakket @svg-maps/netherlands, onder licentie{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/deed.nl" rel="license noopener noreferrer" target="_blank">
          CC BY 4.0
        </a>
        ; vereenvoudigd. Gemeenten die op de kaart te dicht bij elkaar liggen om apart aan te tikken, delen één stip;
        kies die stip voor de lijst.
      </figcaption>
    </figure>
  );
}

const percent = (value: number, offset: number, size: number) => `${(((value + offset) / size) * 100).toFixed(3)}%`;

/** The markers as HTML over the map, so each keeps a 44 × 44 px target whatever the map's size. */
function MarkerLayer({className, idPrefix, groups, href}: {
  readonly className: string | undefined;
  readonly idPrefix: string;
  readonly groups: readonly MarkerGroup<KaartGemeente>[];
  readonly href: (path: string) => string;
}): ReactNode {
  return (
    <div className={clsx(styles.layer, className)}>
      {groups.map((group, index) => {
        // Kept inside the map's box, so a marker at the edge does not widen the page.
        const style = {
          left: `clamp(${TARGET / 2}px, ${percent(group.at.x, PAD, FRAME.width)}, calc(100% - ${TARGET / 2}px))`,
          top: percent(group.at.y, PAD, FRAME.height),
        };
        const aantal = group.items.reduce((sum, g) => sum + g.aantal, 0);
        const [first] = group.items;
        if (group.items.length === 1 && first) {
          const name = gemeenteNaam(first);
          return (
            <a key={`${first.provincie}-${first.naam}`} href={href(first.url)} aria-label={name} title={name} className={styles.target} style={style} data-marker data-count={aantal} data-gemeente={first.naam}>
              {aantal === 1 ? <span className={styles.dot} /> : <span className={styles.cluster}>{aantal}</span>}
            </a>
          );
        }
        const popoverId = `${idPrefix}-${index}`;
        const places = group.items.map((g) => g.naam).join(', ');
        return (
          <React.Fragment key={popoverId}>
            <button type="button" popoverTarget={popoverId} aria-label={`${aantalPraktijken(aantal)} in ${places}`} title={places} className={styles.target} style={style} data-marker data-count={aantal}>
              <span className={clsx(styles.cluster, styles.group)}>{aantal}</span>
            </button>
            <div popover="auto" id={popoverId} className={styles.popover} role="group" aria-label={`Gemeenten: ${places}`}>
              <p className={styles.popoverTitle}>
                {aantalPraktijken(aantal)} in {group.items.length} gemeenten
              </p>
              <ul>
                {group.items.map((g) => (
                  <li key={`${g.provincie}-${g.naam}`}>
                    <a href={href(g.url)} data-gemeente={g.naam} data-count={g.aantal}>
                      {g.titel ?? g.naam}
                    </a>{' '}
                    <span className={styles.popoverPlace}>– {g.titel ? g.naam : aantalPraktijken(g.aantal)}</span>
                  </li>
                ))}
              </ul>
              <button type="button" popoverTarget={popoverId} popoverTargetAction="hide" className="button button--secondary">
                Sluiten
              </button>
            </div>
          </React.Fragment>
        );
      })}
    </div>
  );
}
