import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {KaartPraktijk} from '@site/src/content/graph';
import {provincies} from '@site/src/content/vocabularies';
import {inTitleOrder} from '@site/src/content/collate';
import NederlandKaart, {aantalPraktijken, provincieLink} from '@site/src/components/NederlandKaart';
import styles from './styles.module.css';

interface Props {
  readonly praktijken: readonly KaartPraktijk[];
}

/** The map and the same practices as a text list grouped by province (beside it or below, as the width allows). */
export default function KaartOverzicht({praktijken}: Props): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  const groups = provincies.map((provincie) => ({
    ...provincie,
    praktijken: praktijken.filter((p) => p.provincie === provincie.value).sort(inTitleOrder),
  }));
  const leeg = groups.filter((g) => g.praktijken.length === 0);
  return (
    <div className={styles.layout}>
      <section aria-labelledby="kaart-title" className={styles.mapColumn}>
        <Heading as="h2" id="kaart-title" className="visually-hidden">
          Kaart
        </Heading>
        <NederlandKaart praktijken={praktijken} href={(path) => withBaseUrl(path)} />
      </section>
      <section aria-labelledby="lijst-title">
        <Heading as="h2" id="lijst-title" className={styles.listTitle}>
          Praktijken per provincie
        </Heading>
        {groups
          .filter((g) => g.praktijken.length > 0)
          .map((group) => (
            <div key={group.value} className={styles.group}>
              <Heading as="h3" className={styles.groupTitle}>
                <Link to={provincieLink(group.value)}>{group.label}</Link>{' '}
                <span className={styles.count}>({aantalPraktijken(group.praktijken.length)})</span>
              </Heading>
              <ul className={styles.list}>
                {group.praktijken.map((p) => (
                  <li key={p.slug}>
                    <Link to={p.url}>{p.title}</Link> <span className={styles.gemeente}>– {p.gemeente}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        {leeg.length > 0 && <p className={styles.empty}>Nog geen praktijken in {leeg.map((g) => g.label).join(', ')}.</p>}
      </section>
    </div>
  );
}
