import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {perProvincie, type KaartData} from '@site/src/content/kaart';
import NederlandKaart, {aantalPraktijken} from '@site/src/components/NederlandKaart';
import styles from './styles.module.css';

/** The map and the same gemeenten as a text list grouped by province (beside it or below, as the width allows). */
export default function KaartOverzicht({kaart}: {readonly kaart: KaartData}): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  const groups = perProvincie(kaart.gemeenten);
  const leeg = groups.filter((g) => g.aantal === 0);
  return (
    <div className={styles.layout}>
      <section aria-labelledby="kaart-title" className={styles.mapColumn}>
        <Heading as="h2" id="kaart-title" className="visually-hidden">
          Kaart
        </Heading>
        <NederlandKaart gemeenten={kaart.gemeenten} href={(path) => withBaseUrl(path)} />
      </section>
      <section aria-labelledby="lijst-title">
        <Heading as="h2" id="lijst-title" className={styles.listTitle}>
          Praktijken per provincie
        </Heading>
        {groups
          .filter((g) => g.aantal > 0)
          .map((group) => (
            <div key={group.value} className={styles.group} data-provincie={group.value}>
              <Heading as="h3" className={styles.groupTitle}>
                <Link to={group.url}>{group.label}</Link> <span className={styles.count}>({aantalPraktijken(group.aantal)})</span>
              </Heading>
              <ul className={styles.list}>
                {group.gemeenten.map((g) => (
                  <li key={g.naam} data-gemeente={g.naam} data-count={g.aantal}>
                    <Link to={g.url}>{g.titel ?? g.naam}</Link>{' '}
                    <span className={styles.gemeente}>– {g.titel ? g.naam : aantalPraktijken(g.aantal)}</span>
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
