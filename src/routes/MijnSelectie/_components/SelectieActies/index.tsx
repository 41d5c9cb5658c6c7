import React, {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {MAX_VERGELIJK, MIN_VERGELIJK, vergelijkUrl} from '@site/src/lib/selectie';
import styles from './styles.module.css';

interface Props {
  readonly slugs: readonly string[];
  /** The full address of this selection, to copy. */
  readonly shareUrl: string;
  readonly onClear: () => void;
}

/** Copy the link, print the selection as one document, compare it, or start again. */
export default function SelectieActies({slugs, shareUrl, onClear}: Props): ReactNode {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setMessage('De link is gekopieerd.');
    } catch {
      setMessage('Kopiëren lukte niet; kopieer de link hieronder zelf.');
    }
  };
  const canCompare = slugs.length >= MIN_VERGELIJK && slugs.length <= MAX_VERGELIJK;
  return (
    <div className={styles.acties}>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary" onClick={copy}>
          Kopieer link
        </button>
        <button type="button" className="button button--outline button--primary" onClick={() => window.print()}>
          Druk af of bewaar als pdf
        </button>
        {canCompare && (
          <Link className="button button--outline button--primary" to={vergelijkUrl(slugs)}>
            Vergelijk deze {slugs.length}
          </Link>
        )}
        <button type="button" className="button button--outline button--secondary" onClick={onClear}>
          Wis mijn selectie
        </button>
      </div>
      <p className={styles.link}>
        Link naar deze selectie: <code>{shareUrl}</code>
      </p>
      <p role="status" className={styles.status}>
        {message}
      </p>
    </div>
  );
}
