import React, {type ReactNode} from 'react';
import SelectieKnop from '@site/src/components/SelectieKnop';
import {MAX_VERGELIJK} from '@site/src/lib/selectie';
import styles from './styles.module.css';

interface Props {
  readonly slug: string;
  readonly title: string;
  readonly vergelijk: readonly string[];
  readonly onVergelijk: (slug: string) => void;
}

/** Under an overview card: tick to compare, and keep in "Mijn selectie". */
export default function KaartKeuze({slug, title, vergelijk, onVergelijk}: Props): ReactNode {
  const checked = vergelijk.includes(slug);
  return (
    <div className={styles.keuze}>
      <label className={styles.check}>
        <input type="checkbox" checked={checked} disabled={!checked && vergelijk.length >= MAX_VERGELIJK} onChange={() => onVergelijk(slug)} />{' '}
        Vergelijk<span className="visually-hidden">: {title}</span>
      </label>
      <SelectieKnop slug={slug} title={title} />
    </div>
  );
}
