import React, {type ReactNode} from 'react';
import type {FactorSummary} from '@site/src/content/graph';
import {isEmptySelection, type FacetKey, type Operator, type Selection} from '@site/src/lib/facets';
import FacetFilters from '../FacetFilters';
import styles from './styles.module.css';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly selection: Selection;
  readonly countOf: (key: FacetKey, value: string) => number;
  readonly operator: Operator;
  readonly onOperator: (operator: Operator) => void;
  readonly onToggle: (key: FacetKey, value: string) => void;
  readonly onClear: () => void;
}

/** The AND/OR switch, "wis alle filters" and the facets, in reading order. */
export default function FilterPanel({factoren, selection, countOf, operator, onOperator, onToggle, onClear}: Props): ReactNode {
  return (
    <>
      <fieldset className={styles.operator}>
        <legend>Meerdere keuzes binnen een filter:</legend>
        <label>
          <input type="radio" name="operator" checked={operator === 'en'} onChange={() => onOperator('en')} /> allemaal (EN)
        </label>
        <label>
          <input type="radio" name="operator" checked={operator === 'of'} onChange={() => onOperator('of')} /> één ervan (OF)
        </label>
      </fieldset>
      <button type="button" className={`button button--secondary ${styles.clear}`} onClick={onClear} disabled={isEmptySelection(selection)}>
        Wis alle filters
      </button>
      <FacetFilters factoren={factoren} selection={selection} countOf={countOf} onToggle={onToggle} />
    </>
  );
}
