import React, {useId, useRef, useState, type ReactNode} from 'react';
import {MAX_VERGELIJK} from '@site/src/lib/selectie';
import type {PraktijkNamen} from '@site/src/plugins/kennisbank/vergelijk-data';
import {useStaticJson} from '@site/src/hooks/useStaticJson';
import {staticPaths} from '@site/src/lib/overview-data';
import styles from './styles.module.css';

interface Props {
  readonly chosen: readonly string[];
  /** The title of a chosen practice, once its data has arrived. */
  readonly titleOf: (slug: string) => string | undefined;
  readonly onChange: (slugs: readonly string[]) => void;
}

/**
 * Adds a practice to the comparison from a list, or takes one out; native controls, so it works
 * by keyboard. The list of all practices grows with the collection, so it is fetched only when
 * the reader reaches the chooser (pointer or focus), not with the page.
 */
export default function VergelijkKiezer({chosen, titleOf, onChange}: Props): ReactNode {
  const id = useId();
  const [pick, setPick] = useState('');
  const [wanted, setWanted] = useState(false);
  const {files, loading} = useStaticJson<PraktijkNamen>(wanted ? [staticPaths.namen] : []);
  const praktijken = files.get(staticPaths.namen) ?? [];
  const want = () => setWanted(true);
  // Focus returns to the list after adding or removing, so the next choice is one key away.
  const select = useRef<HTMLSelectElement>(null);
  const change = (slugs: readonly string[]) => {
    onChange(slugs);
    select.current?.focus();
  };
  const full = chosen.length >= MAX_VERGELIJK;
  const nameOf = (slug: string) => titleOf(slug) ?? praktijken.find((p) => p.slug === slug)?.title ?? slug;
  const options = praktijken.filter((p) => !chosen.includes(p.slug));
  return (
    <div className={styles.kiezer}>
      {chosen.length > 0 && (
        <ul className={styles.chosen} aria-label="Gekozen praktijken">
          {chosen.map((slug) => (
            <li key={slug}>
              {nameOf(slug)}{' '}
              <button type="button" className={styles.remove} onClick={() => change(chosen.filter((s) => s !== slug))}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Haal {nameOf(slug)} uit de vergelijking</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.form}
        onPointerEnter={want}
        onFocus={want}
        onSubmit={(event) => {
          event.preventDefault();
          if (pick && !full) change([...chosen, pick]);
          setPick('');
        }}>
        <label htmlFor={id}>Voeg een praktijk toe</label>
        <select id={id} ref={select} value={pick} disabled={full} onChange={(event) => setPick(event.target.value)}>
          <option value="">{full ? `Al ${MAX_VERGELIJK} gekozen` : wanted && loading ? 'De praktijken worden geladen…' : 'Kies een praktijk…'}</option>
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
