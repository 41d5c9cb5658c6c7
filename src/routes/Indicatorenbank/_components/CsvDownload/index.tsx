import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {indicatorenToCsv, type IndicatorRow} from '@site/src/content/beleid/indicatoren';
import styles from './styles.module.css';

interface Props {
  /** The rows currently shown. */
  readonly rows: readonly IndicatorRow[];
  readonly total: number;
  readonly isFiltered: boolean;
}

/**
 * A plain link to the full CSV (written at build time, so it works without JavaScript) and,
 * once the page runs in a browser, a button that saves the current selection as CSV.
 */
export default function CsvDownload({rows, total, isFiltered}: Props): ReactNode {
  const allHref = useBaseUrl('/data/indicatoren.csv');
  const {siteConfig} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const [message, setMessage] = useState('');
  const lastUrl = useRef<string | null>(null);
  useEffect(() => () => {
    if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
  }, []);

  const downloadSelection = useCallback(() => {
    const csv = indicatorenToCsv(rows, {siteUrl: `${siteConfig.url}${siteConfig.baseUrl}`});
    const blob = new Blob([csv], {type: 'text/csv;charset=utf-8'});
    if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    const url = URL.createObjectURL(blob);
    lastUrl.current = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = isFiltered ? 'indicatoren-selectie.csv' : 'indicatoren.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setMessage(`CSV met ${rows.length} ${rows.length === 1 ? 'indicator' : 'indicatoren'} gemaakt.`);
  }, [rows, isFiltered, siteConfig.url, siteConfig.baseUrl]);

  return (
    <div className={styles.downloads}>
      <a className="button button--secondary button--sm" href={allHref} download="indicatoren.csv">
        Download CSV <span className={styles.note}>(alle {total})</span>
      </a>
      {isBrowser && (
        <button type="button" className="button button--primary button--sm" onClick={downloadSelection} disabled={rows.length === 0}>
          Download deze selectie (CSV)
        </button>
      )}
      <span className="visually-hidden" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
