import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {fieldId} from '@site/src/lib/praktijk-form/errors';
import {ErrorMessage, Hint, describedBy} from '../FormField';
import styles from '../../styles.module.css';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

interface Props {
  /** Field name, e.g. `doelgroepen`; the first checkbox gets `fieldId(name)`, so error links land on it. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly options: readonly ChoiceOption[];
  readonly selected: readonly string[];
  readonly onToggle: (value: string) => void;
  readonly columns?: boolean;
}

/** The id of one checkbox of a group. */
export function choiceId(name: string, index: number, value: string): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${value}`;
}

/** A fieldset of labelled checkboxes, each with its description as a hint. */
export default function ChoiceGroup({name, legend, hint, error, options, selected, onToggle, columns}: Props): ReactNode {
  const groupId = `${fieldId(name)}-groep`;
  return (
    <fieldset className={clsx(styles.fieldset, styles.field, error && styles.fieldError)} aria-describedby={describedBy(groupId, {hint, error})}>
      <legend className={styles.legend}>{legend}</legend>
      <Hint id={groupId}>{hint}</Hint>
      <ErrorMessage id={groupId} error={error} />
      <ul className={clsx(styles.choices, columns && styles.choiceColumns)}>
        {options.map((option, index) => {
          const id = choiceId(name, index, option.value);
          return (
            <li key={option.value} className={styles.choice}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
                aria-describedby={option.description ? `${id}-uitleg` : undefined}
              />
              <div>
                <label htmlFor={id} className={styles.choiceLabel}>
                  {option.label}
                </label>
                {option.description && (
                  <span id={`${id}-uitleg`} className={styles.choiceHint}>
                    {option.description}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
