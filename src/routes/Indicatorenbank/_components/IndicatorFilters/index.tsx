import React, {type ReactNode} from 'react';
import {domeinen, themas, type VocabularyEntry} from '@site/src/content/vocabularies';
import {optieAantal, type IndicatorFacet, type IndicatorRow, type IndicatorSelectie} from '@site/src/content/beleid/indicatoren';
import CheckboxOptions from '@site/src/components/CheckboxOptions';
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
          <CheckboxOptions
            idPrefix={`indicator-filter-${facet}`}
            name={facet}
            options={options}
            isChecked={(value) => selectie[facet].includes(value)}
            countOf={(value) => optieAantal(rows, selectie, facet, value)}
            onToggle={(value) => onToggle(facet, value)}
          />
        </fieldset>
      ))}
    </div>
  );
}
