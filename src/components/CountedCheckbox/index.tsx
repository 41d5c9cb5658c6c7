import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: () => void;
  /** How many results ticking this option would leave; an option that leaves none is disabled. */
  readonly count?: number;
  /** Longer explanation, shown on hover. */
  readonly description?: string;
}

/** A labelled checkbox for filters, optionally with the number of results it would leave. */
export default function CountedCheckbox({id, name, value, label, checked, onChange, count, description}: Props): ReactNode {
  return (
    <div className={styles.option}>
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        checked={checked}
        disabled={count !== undefined && !checked && count === 0}
        onChange={onChange}
      />
      <label htmlFor={id} title={description}>
        {label}
        {count !== undefined && <span className={styles.count}> ({count})</span>}
      </label>
    </div>
  );
}
