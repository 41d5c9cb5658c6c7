import React, {useEffect, useRef, type ReactNode} from 'react';
import {fieldId, rowLabels} from '@site/src/lib/praktijk-form/errors';
import {rowFields, type RowListKey} from '@site/src/lib/praktijk-form/fields';
import {TextAreaField, TextField} from '../FormField';
import styles from '../../styles.module.css';

/** How each sub-field is shown: short year inputs, a textarea for a description. */
const fieldLayout: Readonly<Record<string, {width?: 'short' | 'medium' | 'full'; inputMode?: 'numeric' | 'url'; type?: 'url'; textarea?: boolean; hint?: string}>> = {
  jaar: {width: 'short', inputMode: 'numeric'},
  waarde: {width: 'medium'},
  url: {type: 'url', inputMode: 'url'},
  omschrijving: {textarea: true},
};

/** Sub-fields that may stay empty in a filled row. */
const optionalFields: Readonly<Record<RowListKey, readonly string[]>> = {
  interventies: ['doelgroep', 'setting'],
  kerncijfers: [],
  kosten: [],
  contact: ['rol', 'naam'],
  websites: [],
};

interface Props {
  readonly list: RowListKey;
  /** Rows of the list; the fields are those of `rowFields[list]`. */
  readonly rows: readonly {readonly key: string}[];
  readonly hint?: ReactNode;
  readonly errorFor: (id: string) => string | undefined;
  readonly onChange: (index: number, field: string, value: string) => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
}

/**
 * A repeatable group of rows ("voeg toe" / "verwijder"). Focus moves to the first field of a
 * new row, and to the add button after a row is removed, so keyboard users never lose their place.
 */
export default function RowList({list, rows, hint, errorFor, onChange, onAdd, onRemove}: Props): ReactNode {
  const labels = rowLabels[list];
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'new' | 'add' | null>(null);
  const hintId = `${fieldId(list)}-hint`;

  useEffect(() => {
    if (pendingFocus.current === 'new') document.getElementById(fieldId(`${list}[${rows.length - 1}].${rowFields[list][0]}`))?.focus();
    if (pendingFocus.current === 'add') addRef.current?.focus();
    pendingFocus.current = null;
  }, [rows.length, list]);

  return (
    <fieldset className={styles.fieldset} aria-describedby={hintId}>
      <legend className={styles.legend}>
        {labels.legend}
        <span className={styles.optional}> (niet verplicht)</span>
      </legend>
      <div id={hintId} className={styles.hint}>
        {hint} Een lege rij wordt overgeslagen.
      </div>
      {rows.map((row, index) => (
        <fieldset key={row.key} className={styles.row}>
          <legend className={styles.rowLegend}>
            {labels.item} {index + 1}
          </legend>
          <div className={styles.rowFields}>
            {rowFields[list].map((field) => {
              const id = fieldId(`${list}[${index}].${field}`);
              const layout = fieldLayout[field] ?? {};
              const common = {
                id,
                label: labels.fields[field] ?? field,
                optional: optionalFields[list].includes(field),
                value: (row as Record<string, string>)[field] ?? '',
                error: errorFor(id),
                hint: layout.hint,
                onChange: (value: string) => onChange(index, field, value),
              };
              return layout.textarea ? (
                <TextAreaField key={field} {...common} rows={2} className={styles.rowWide} />
              ) : (
                <TextField key={field} {...common} type={layout.type} inputMode={layout.inputMode} width={layout.width} className={layout.width === 'short' ? styles.rowShort : undefined} />
              );
            })}
          </div>
          <button
            type="button"
            className="button button--outline button--secondary"
            onClick={() => {
              pendingFocus.current = 'add';
              onRemove(index);
            }}
          >
            Verwijder {labels.item.toLowerCase()} {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        ref={addRef}
        type="button"
        className="button button--secondary"
        onClick={() => {
          pendingFocus.current = 'new';
          onAdd();
        }}
      >
        Voeg {rows.length === 0 ? 'een' : 'nog een'} {labels.item.toLowerCase()} toe
      </button>
    </fieldset>
  );
}
