import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import type {KennisbankGlobalData} from '@site/src/content/graph';
import styles from './styles.module.css';
import {getal} from '@site/src/lib/getal';

export default function HomeHero({counts}: {readonly counts: KennisbankGlobalData['counts']}): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.title}>
          Wat werkt in jeugdpreventie?
        </Heading>
        <p className={styles.lead}>
          Gemeenten leren van elkaar: lees hoe anderen kinderen, jongeren en ouders eerder en dichterbij steunen, en welke
          factoren het verschil maakten.
        </p>
        <dl className={styles.counts} aria-label="De kennisbank in cijfers">
          <div>
            <dt>praktijken</dt>
            <dd>{getal(counts.praktijken)}</dd>
          </div>
          <div>
            <dt>gemeenten</dt>
            <dd>{getal(counts.gemeenten)}</dd>
          </div>
          <div>
            <dt>werkende factoren</dt>
            <dd>{counts.factoren}</dd>
          </div>
          <div>
            <dt>beleidsstukken</dt>
            <dd>{counts.beleid}</dd>
          </div>
        </dl>
      </div>
    </header>
  );
}
