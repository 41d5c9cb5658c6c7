import React, {useId, useRef, useState, type ReactNode} from 'react';
import {MAX_VERGELIJK} from '@site/src/lib/selectie';
import type {VergelijkIndex} from '@site/src/plugins/kennisbank/vergelijk-data';
import styles from './styles.module.css';

interface Props {
  readonly praktijken: VergelijkIndex['praktijken'];
  readonly chosen: readonly string[];
  readonly onChange: (slugs: readonly string[]) => void;
}

/** Adds a practice to the comparison from a list, or takes one out; native controls, so it works by keyboard. */
export default function VergelijkKiezer({praktijken, chosen, onChange}: Props): ReactNode {
  const id = useId();
  const [pick, setPick] = useState('');
  // Focus returns to the list after adding or removing, so the next choice is one key away.
  const select = useRef<HTMLSelectElement>(null);
  const change = (slugs: readonly string[]) => {
    onChange(slugs);
    select.current?.focus();
  };
  const full = chosen.length >= MAX_VERGELIJK;
  const titleOf = (slug: string) => praktijken.find((p) => p.slug === slug)?.title ?? slug;
  const options = praktijken.filter((p) => !chosen.includes(p.slug));
  return (
    <div className={styles.kiezer}>
      {chosen.length > 0 && (
        <ul className={styles.chosen} aria-label="Gekozen praktijken">
          {chosen.map((slug) => (
            <li key={slug}>
              {titleOf(slug)}{' '}
              <button type="button" className={styles.remove} onClick={() => change(chosen.filter((s) => s !== slug))}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Haal {titleOf(slug)} uit de vergelijking</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (pick && !full) change([...chosen, pick]);
          setPick('');
        }}>
        <label htmlFor={id}>Voeg een praktijk toe</label>
        <select id={id} ref={select} value={pick} disabled={full} onChange={(event) => setPick(event.target.value)}>
          <option value="">{full ? `Al ${MAX_VERGELIJK} gekozen` : 'Kies een praktijk…'}</option>
          {options.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title} ({p.gemeente})
            </option>
          ))}
        </select>
        <button type="submit" className="button button--sm button--primary" disabled={full || !pick}>
          Voeg toe
        </button>
        {full && <span className={styles.note}>Je kunt hoogstens {MAX_VERGELIJK} praktijken vergelijken.</span>}
      </form>
    </div>
  );
}
