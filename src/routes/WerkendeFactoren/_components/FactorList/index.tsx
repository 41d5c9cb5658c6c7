import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {FactorSummary} from '@site/src/content/graph';
import styles from './styles.module.css';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
}

export default function FactorList({factoren, counts, total}: Props): ReactNode {
  return (
    <ol className={styles.list}>
      {factoren.map((factor) => (
        <li key={factor.slug} className={styles.item}>
          <Link to={factor.url} className={styles.name}>
            {factor.korteNaam}
          </Link>
          <span className={styles.kern}>{factor.kern}</span>
          <span className={styles.count}>
            in {counts[factor.slug] ?? 0} van de {total} praktijken
          </span>
        </li>
      ))}
    </ol>
  );
}
