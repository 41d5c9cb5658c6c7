import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {FactorSummary} from '@site/src/content/graph';
import type {PraktijkCardData} from '@site/src/lib/overview-data';
import {labelOf, provincies, themas} from '@site/src/content/vocabularies';
import styles from './styles.module.css';

interface Props {
  readonly praktijk: PraktijkCardData;
  /** Extra content under the summary, e.g. the factors a practice shares with a selection. */
  readonly children?: ReactNode;
  readonly headingLevel?: 'h2' | 'h3';
  /** Factors worth naming on the card (those not every practice shows); the practice's own are listed. */
  readonly factoren?: readonly FactorSummary[];
}

export default function PraktijkCard({praktijk, children, headingLevel: Heading = 'h3', factoren = []}: Props): ReactNode {
  const named = factoren.filter((f) => praktijk.factoren.includes(f.slug));
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link to={praktijk.url}>{praktijk.title}</Link>
      </Heading>
      <p className={styles.place}>
        {praktijk.gemeente}
        {praktijk.regio ? ` (regio ${praktijk.regio})` : ''} · {labelOf(provincies, praktijk.provincie)}
        {praktijk.startjaar ? ` · sinds ${praktijk.startjaar}` : ''}
      </p>
      <p className={styles.summary}>{praktijk.summary}</p>
      {named.length > 0 && (
        <p className={styles.factors}>
          <span className={styles.factorsLabel}>Wat werkte: </span>
          {named.map((f) => f.korteNaam).join(' · ')}
        </p>
      )}
      <p className={styles.meta}>
        <span className="visually-hidden">Thema’s: </span>
        {praktijk.themas.map((t) => (
          <span key={t} className={styles.tag}>
            {labelOf(themas, t)}
          </span>
        ))}
        <span className={styles.count}>{praktijk.factoren.length} werkende factoren</span>
      </p>
      {children}
    </article>
  );
}
