import React, {type ReactNode} from 'react';
import type {FactorSummary, PraktijkSummary} from '@site/src/content/graph';
import {
  facetKeys,
  facetLabels,
  facetVocabularies,
  optionCount,
  type FacetKey,
  type Operator,
  type Selection,
} from '@site/src/lib/facets';
import CountedCheckbox from '@site/src/components/CountedCheckbox';
import styles from './styles.module.css';

interface Props {
  readonly praktijken: readonly PraktijkSummary[];
  readonly factoren: readonly FactorSummary[];
  readonly selection: Selection;
  readonly operator: Operator;
  readonly onToggle: (key: FacetKey, value: string) => void;
}

function optionsOf(key: FacetKey, factoren: readonly FactorSummary[]): {value: string; label: string}[] {
  return key === 'factor'
    ? factoren.map((f) => ({value: f.slug, label: f.korteNaam}))
    : facetVocabularies[key].map(({value, label}) => ({value, label}));
}

/** One fieldset of labelled checkboxes per facet, each with the count it would leave. */
export default function FacetFilters({praktijken, factoren, selection, operator, onToggle}: Props): ReactNode {
  return (
    <div className={styles.facets}>
      {facetKeys.map((key) => {
        const chosen = selection[key] ?? [];
        return (
          <details key={key} className={styles.facet} open={chosen.length > 0 || key === 'thema'}>
            <summary className={styles.summary}>
              {facetLabels[key]}
              {chosen.length > 0 && <span className={styles.badge}> ({chosen.length} gekozen)</span>}
            </summary>
            <fieldset className={styles.fieldset}>
              <legend className="visually-hidden">{facetLabels[key]}</legend>
              {optionsOf(key, factoren).map((option) => {
                const id = `filter-${key}-${option.value}`;
                const count = optionCount(praktijken, selection, operator, key, option.value);
                const checked = chosen.includes(option.value);
                return (
                  <CountedCheckbox
                    key={option.value}
                    id={id}
                    name={key}
                    value={option.value}
                    label={option.label}
                    checked={checked}
                    count={count}
                    onChange={() => onToggle(key, option.value)}
                  />
                );
              })}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
