import React, {type ReactNode} from 'react';
import {situationKeys, situationVocabularies, type Situation, type SituationKey} from '@site/src/lib/finder';
import CheckboxOptions from '@site/src/components/CheckboxOptions';
import styles from './styles.module.css';

const questions: Record<SituationKey, string> = {
  doelgroep: 'Wie wil je bereiken?',
  leeftijd: 'Welke leeftijd?',
  setting: 'Waar wil je ze vinden?',
  thema: 'Over welk thema gaat het?',
};

interface Props {
  readonly situation: Situation;
  readonly onToggle: (key: SituationKey, value: string) => void;
  readonly onClear: () => void;
}

/** Four questions as fieldsets of checkboxes: usable by keyboard and announced by screen readers. */
export default function SituationForm({situation, onToggle, onClear}: Props): ReactNode {
  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="Jouw situatie">
      {situationKeys.map((key) => (
        <fieldset key={key} className={styles.fieldset}>
          <legend className={styles.legend}>{questions[key]}</legend>
          <div className={styles.options}>
            <CheckboxOptions
              idPrefix={`situatie-${key}`}
              name={key}
              options={situationVocabularies[key]}
              isChecked={(value) => (situation[key] ?? []).includes(value)}
              onToggle={(value) => onToggle(key, value)}
            />
          </div>
        </fieldset>
      ))}
      <button type="button" className="button button--secondary button--sm" onClick={onClear}>
        Begin opnieuw
      </button>
    </form>
  );
}
