import React, {type ReactNode} from 'react';
import type {FactorSummary} from '@site/src/content/graph';
import {facetKeys, facetLabels, facetVocabularies, type FacetKey, type Selection} from '@site/src/lib/facets';
import CheckboxOptions from '@site/src/components/CheckboxOptions';
import styles from './styles.module.css';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly selection: Selection;
  /** How many practices ticking this option would leave. */
  readonly countOf: (key: FacetKey, value: string) => number;
  readonly onToggle: (key: FacetKey, value: string) => void;
}

function optionsOf(key: FacetKey, factoren: readonly FactorSummary[]): {value: string; label: string}[] {
  return key === 'factor'
    ? factoren.map((f) => ({value: f.slug, label: f.korteNaam}))
    : facetVocabularies[key].map(({value, label}) => ({value, label}));
}

/** One fieldset of labelled checkboxes per facet, each with the count it would leave. */
export default function FacetFilters({factoren, selection, countOf, onToggle}: Props): ReactNode {
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
              <CheckboxOptions
                idPrefix={`filter-${key}`}
                name={key}
                options={optionsOf(key, factoren)}
                isChecked={(value) => chosen.includes(value)}
                countOf={(value) => countOf(key, value)}
                onToggle={(value) => onToggle(key, value)}
              />
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
