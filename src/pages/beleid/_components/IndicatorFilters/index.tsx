import React, {type ReactNode} from 'react';
import {domeinen, themas, type VocabularyEntry} from '@site/src/content/vocabularies';
import {optieAantal, type IndicatorFacet, type IndicatorRow, type IndicatorSelectie} from '@site/src/content/beleid-index';
import CountedCheckbox from '@site/src/components/CountedCheckbox';
import styles from './styles.module.css';

interface Props {
  readonly rows: readonly IndicatorRow[];
  readonly selectie: IndicatorSelectie;
  readonly onToggle: (facet: IndicatorFacet, value: string) => void;
}

const facets: readonly {facet: IndicatorFacet; legend: string; options: readonly VocabularyEntry[]}[] = [
  {facet: 'domein', legend: 'Domein', options: domeinen},
  {facet: 'thema', legend: 'Thema', options: themas},
];

/**
 * One fieldset of labelled checkboxes per facet, each option with the number of indicators
 * it would show. Options with no indicator in the current selection are disabled, unless
 * chosen, so a reader can always undo a choice.
 */
export default function IndicatorFilters({rows, selectie, onToggle}: Props): ReactNode {
  return (
    <div className={styles.facets}>
      {facets.map(({facet, legend, options}) => (
        <fieldset key={facet} className={styles.fieldset}>
          <legend className={styles.legend}>
            {legend}
            {selectie[facet].length > 0 && <span className={styles.chosen}> ({selectie[facet].length} gekozen)</span>}
          </legend>
          {options.map((option) => {
            const id = `indicator-filter-${facet}-${option.value}`;
            const count = optieAantal(rows, selectie, facet, option.value);
            const checked = selectie[facet].includes(option.value);
            return (
              <CountedCheckbox
                key={option.value}
                id={id}
                name={facet}
                value={option.value}
                label={option.label}
                description={option.description}
                checked={checked}
                count={count}
                onChange={() => onToggle(facet, option.value)}
              />
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
