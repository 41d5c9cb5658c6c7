import React, {useState, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: () => void;
  /** How many results ticking this option would leave; at 0 the option cannot be ticked. */
  readonly count?: number;
  /** Longer explanation, shown on hover. */
  readonly description?: string;
}

/**
 * A labelled checkbox for filters, optionally with the number of results it would leave.
 * An option that would leave nothing stays in the Tab order (`aria-disabled`, not `disabled`),
 * so keyboard users can still reach and read it; ticking it says why it cannot be chosen.
 */
export default function CountedCheckbox({id, name, value, label, checked, onChange, count, description}: Props): ReactNode {
  const unavailable = count !== undefined && !checked && count === 0;
  const [tried, setTried] = useState(false);
  const explain = unavailable && tried;
  const whyId = `${id}-waarom`;
  return (
    <div className={styles.option}>
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        checked={checked}
        aria-disabled={unavailable || undefined}
        aria-describedby={explain ? whyId : undefined}
        onChange={() => {
          setTried(unavailable);
          if (!unavailable) onChange();
        }}
      />
      <label htmlFor={id} title={description}>
        {label}
        {count !== undefined && <span className={styles.count}> ({count})</span>}
      </label>
      {/* An alert is announced when it appears, so no empty live region waits beside every option. */}
      {explain && (
        <span role="alert" id={whyId} className={styles.why}>
          Met je andere keuzes erbij blijft er geen resultaat over. Haal eerst een andere keuze weg.
        </span>
      )}
    </div>
  );
}
