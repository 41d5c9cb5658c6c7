import React, {type ReactNode} from 'react';
import type {FactorSummary} from '@site/src/content/graph';
import {activeFilters, filterLabels, optionLabel, type FilterKey, type FilterSelection} from '@site/src/lib/facets';
import styles from './styles.module.css';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly selection: FilterSelection;
  readonly onToggle: (key: FilterKey, value: string) => void;
  readonly onClear: () => void;
}

/** The chosen filters as chips beside the count, each removable with one tap, on every width. */
export default function ActiveFilters({factoren, selection, onToggle, onClear}: Props): ReactNode {
  const active = activeFilters(selection);
  if (active.length === 0) return null;
  return (
    <div className={styles.active}>
      <ul className={styles.chips} aria-label="Gekozen filters">
        {active.map(({key, value}) => {
          const label = optionLabel(key, value, factoren);
          return (
            <li key={`${key}-${value}`}>
              <button type="button" className={styles.chip} onClick={() => onToggle(key, value)} aria-label={`Filter ${filterLabels[key].toLowerCase()}: ${label} weghalen`}>
                {label}
                <span aria-hidden="true" className={styles.cross}>
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {active.length > 1 && (
        <button type="button" className={styles.clear} onClick={onClear}>
          Wis alle filters
        </button>
      )}
    </div>
  );
}
