import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {MAX_VERGELIJK, MIN_VERGELIJK, vergelijkUrl} from '@site/src/lib/selectie';
import styles from './styles.module.css';

interface Props {
  readonly slugs: readonly string[];
  readonly onClear: () => void;
}

/** Stays in view while practices are ticked: how many, and the way to the comparison. */
export default function VergelijkBalk({slugs, onClear}: Props): ReactNode {
  return (
    <div className={clsx(styles.balk, slugs.length > 0 && styles.sticky)} role="region" aria-label="Vergelijken">
      <p role="status" className={styles.status}>
        {slugs.length === 0
          ? `Vink bij twee tot ${MAX_VERGELIJK} praktijken ‘Vergelijk’ aan om ze naast elkaar te zetten.`
          : `${slugs.length} van hoogstens ${MAX_VERGELIJK} gekozen om te vergelijken.`}
      </p>
      {slugs.length > 0 && (
        <div className={styles.buttons}>
          {slugs.length >= MIN_VERGELIJK ? (
            <Link className="button button--sm button--primary" to={vergelijkUrl(slugs)}>
              Vergelijk {slugs.length} praktijken
            </Link>
          ) : (
            <span className={styles.hint}>Kies er nog minstens één.</span>
          )}
          <button type="button" className="button button--sm button--outline button--secondary" onClick={onClear}>
            Wis keuze
          </button>
        </div>
      )}
    </div>
  );
}
