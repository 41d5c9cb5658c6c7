import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {MAX_SELECTIE, selectiePath} from '@site/src/lib/selectie';
import {useSelectie} from './useSelectie';
import styles from './styles.module.css';

interface Props {
  readonly slug: string;
  /** Title of the practice, for a button name that makes sense out of context. */
  readonly title: string;
  /** Also links to the selection page (where one control stands alone, as on a case page). */
  readonly metLink?: boolean;
}

/**
 * Adds a practice to "Mijn selectie" or takes it out. Before the script runs it is a link
 * to the selection page, which adds the practice (`?toevoegen=`) once it can.
 */
export default function SelectieKnop({slug, title, metLink = false}: Props): ReactNode {
  const {slugs, ready, toggle} = useSelectie();
  if (!ready) {
    return (
      <Link className={styles.knop} to={`${selectiePath}?toevoegen=${slug}`}>
        Bewaar in mijn selectie
      </Link>
    );
  }
  const chosen = slugs.includes(slug);
  const full = !chosen && slugs.length >= MAX_SELECTIE;
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={styles.knop}
        aria-pressed={chosen}
        disabled={full}
        onClick={() => toggle(slug)}>
        <span aria-hidden="true">{chosen ? '★ ' : '☆ '}</span>
        {chosen ? 'In mijn selectie' : 'Bewaar in mijn selectie'}
        <span className="visually-hidden">: {title}</span>
      </button>
      {full && <span className={styles.note}>Je selectie is vol ({MAX_SELECTIE}).</span>}
      {metLink && slugs.length > 0 && (
        <Link className={styles.link} to={`${selectiePath}?p=${slugs.join(',')}`}>
          Mijn selectie ({slugs.length})
        </Link>
      )}
    </span>
  );
}
