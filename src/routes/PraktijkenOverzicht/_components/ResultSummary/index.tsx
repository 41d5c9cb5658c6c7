import React, {type ReactNode} from 'react';
import type {FactorSummary} from '@site/src/content/graph';
import {filterLabels, optionLabel, type FilterKey, type Operator} from '@site/src/lib/facets';
import {getal} from '@site/src/lib/getal';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly operator: Operator;
  readonly total: number;
  readonly shown: number;
  readonly page: number;
  readonly pages: number;
  /** For an empty result: the chosen values whose removal brings back the most practices. */
  readonly suggestions: readonly {key: FilterKey; value: string; count: number}[];
  readonly onToggle: (key: FilterKey, value: string) => void;
}

/** The live result count, and for an empty result the filters whose removal helps most. */
export default function ResultSummary({factoren, operator, total, shown, page, pages, suggestions, onToggle}: Props): ReactNode {
  const labelFor = (key: FilterKey, value: string) => optionLabel(key, value, factoren);
  return (
    <div role="status" aria-live="polite">
      <p>
        <strong>{getal(shown)}</strong> van {getal(total)} praktijken
        {pages > 1 && ` · pagina ${page} van ${pages}`}
      </p>
      {shown === 0 && (
        <div>
          <p>Geen praktijk past bij alle gekozen filters.{operator === 'en' && ' Kies “één ervan” in plaats van “allemaal”, of haal een filter weg:'}</p>
          <ul>
            {suggestions.slice(0, 3).map((s) => (
              <li key={`${s.key}-${s.value}`}>
                <button type="button" className="button button--link" onClick={() => onToggle(s.key, s.value)}>
                  Haal “{labelFor(s.key, s.value)}” ({filterLabels[s.key].toLowerCase()}) weg
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
