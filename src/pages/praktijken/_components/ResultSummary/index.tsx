import React, {type ReactNode} from 'react';
import type {FactorSummary, PraktijkSummary} from '@site/src/content/graph';
import {facetLabels, loosenSuggestions, optionLabel, type FacetKey, type Operator, type Selection} from '@site/src/lib/facets';

interface Props {
  readonly praktijken: readonly PraktijkSummary[];
  readonly factoren: readonly FactorSummary[];
  readonly selection: Selection;
  readonly operator: Operator;
  readonly shown: number;
  readonly onToggle: (key: FacetKey, value: string) => void;
}

/** The live result count, and for an empty result the filters whose removal helps most. */
export default function ResultSummary({praktijken, factoren, selection, operator, shown, onToggle}: Props): ReactNode {
  const labelFor = (key: FacetKey, value: string) => optionLabel(key, value, factoren);
  const suggestions = shown === 0 ? loosenSuggestions(praktijken, selection, operator).slice(0, 3) : [];
  return (
    <div role="status" aria-live="polite">
      <p>
        <strong>{shown}</strong> van {praktijken.length} praktijken
      </p>
      {shown === 0 && (
        <div>
          <p>Geen praktijk past bij alle gekozen filters.{operator === 'en' && ' Kies “één ervan” in plaats van “allemaal”, of haal een filter weg:'}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={`${s.key}-${s.value}`}>
                <button type="button" className="button button--link" onClick={() => onToggle(s.key, s.value)}>
                  Haal “{labelFor(s.key, s.value)}” ({facetLabels[s.key].toLowerCase()}) weg
                </button>{' '}
                → {s.count} {s.count === 1 ? 'praktijk' : 'praktijken'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
