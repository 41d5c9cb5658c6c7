import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from '../../styles.module.css';

/** Ids of the hint, count and error of a field, for `aria-describedby`. */
export function describedBy(id: string, parts: {hint?: ReactNode; error?: string; count?: boolean}): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : '', parts.count ? `${id}-telling` : '', parts.error ? `${id}-fout` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Hint({id, children}: {id: string; children?: ReactNode}): ReactNode {
  return children ? (
    <div id={`${id}-hint`} className={styles.hint}>
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({id, error}: {id: string; error?: string}): ReactNode {
  return error ? (
    <p id={`${id}-fout`} className={styles.errorMessage}>
      <span className="visually-hidden">Fout: </span>
      {error}
    </p>
  ) : null;
}

function Label({id, label, optional}: {id: string; label: ReactNode; optional?: boolean}): ReactNode {
  return (
    <label htmlFor={id} className={styles.label}>
      {label}
      {optional && <span className={styles.optional}> (niet verplicht)</span>}
    </label>
  );
}

/** The frame every field shares: label, hint and error above the control, in that order. */
function Field({id, label, hint, error, optional, className, children}: Omit<BaseProps, 'value' | 'onChange'> & {children: ReactNode}): ReactNode {
  return (
    <div className={clsx(styles.field, error && styles.fieldError, className)}>
      <Label id={id} label={label} optional={optional} />
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

interface BaseProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly optional?: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className?: string;
}

interface TextFieldProps extends BaseProps {
  readonly type?: 'text' | 'url' | 'number' | 'date';
  readonly inputMode?: 'text' | 'numeric' | 'decimal' | 'url';
  readonly width?: 'short' | 'medium' | 'full';
  readonly step?: string;
  readonly autoComplete?: string;
}

/** A labelled input with hint and error message, in the GOV.UK / NL Design System order. */
export function TextField({id, label, hint, error, optional, value, onChange, className, type = 'text', inputMode, width = 'full', step, autoComplete = 'off'}: TextFieldProps): ReactNode {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        step={step}
        autoComplete={autoComplete}
        spellCheck={type === 'text' ? undefined : false}
        className={clsx(styles.input, styles[`width-${width}`])}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, {hint, error})}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}

interface TextAreaProps extends BaseProps {
  readonly rows?: number;
  /** Shows a live character count against this maximum. */
  readonly maxLength?: number;
}

/** A labelled textarea; with `maxLength`, a character count that screen readers hear after a pause. */
export function TextAreaField({id, label, hint, error, optional, value, onChange, className, rows = 4, maxLength}: TextAreaProps): ReactNode {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={clsx(styles.input, styles.textarea)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, {hint, error, count: maxLength !== undefined})}
        aria-invalid={error ? true : undefined}
      />
      {maxLength !== undefined && <CharacterCount id={id} length={value.length} max={maxLength} />}
    </Field>
  );
}

function countText(length: number, max: number): string {
  const left = max - length;
  if (left >= 0) return `Je hebt nog ${left} ${left === 1 ? 'teken' : 'tekens'} over (${length} van ${max}).`;
  return `Je hebt ${-left} ${left === -1 ? 'teken' : 'tekens'} te veel (${length} van ${max}).`;
}

function CharacterCount({id, length, max}: {id: string; length: number; max: number}): ReactNode {
  // The visible count follows every keystroke; the live region only after a pause, so a
  // screen reader is not interrupted on every letter.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(countText(length, max)), 1000);
    return () => window.clearTimeout(timer);
  }, [length, max]);
  return (
    <>
      <p id={`${id}-telling`} className={clsx(styles.count, length > max && styles.countOver)}>
        {countText(length, max)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

interface SelectProps extends BaseProps {
  readonly options: readonly {value: string; label: string}[];
  readonly placeholder: string;
}

export function SelectField({id, label, hint, error, optional, value, onChange, className, options, placeholder}: SelectProps): ReactNode {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <select
        id={id}
        name={id}
        className={clsx(styles.input, styles['width-medium'])}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, {hint, error})}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
