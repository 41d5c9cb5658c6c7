import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {domeinen, labelOf, themas} from '@site/src/content/vocabularies';
import type {IndicatorRow} from '@site/src/content/beleid/indicatoren';
import TableScroller from '@site/src/components/TableScroller';
import styles from './styles.module.css';

interface Props {
  readonly rows: readonly IndicatorRow[];
  readonly total: number;
  readonly isFiltered: boolean;
}

/**
 * Every indicator in one table, rendered at build time so it is complete without
 * JavaScript. The indicator is the row header; a missing target shows as a dash that
 * screen readers hear as "geen doel genoemd".
 */
export default function IndicatorTable({rows, total, isFiltered}: Props): ReactNode {
  return (
    <TableScroller captionId="indicatoren-caption">
      <table className={styles.table}>
        <caption id="indicatoren-caption">
          {isFiltered ? `Indicatoren in de gekozen selectie: ${rows.length} van ${total}` : `Alle ${total} indicatoren uit de beleidsdocumenten`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Doel</th>
            <th scope="col">Domein</th>
            <th scope="col">Thema</th>
            <th scope="col">Document</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.document.url}-${row.bronregel}-${row.label}`}>
              <th scope="row" className={styles.label}>
                {row.label}
              </th>
              <td>
                {row.doel ?? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">geen doel genoemd</span>
                  </>
                )}
              </td>
              <td>{labelOf(domeinen, row.domein)}</td>
              <td>{labelOf(themas, row.thema)}</td>
              <td className={styles.document}>
                <Link to={row.document.url}>{row.document.title}</Link>
                <span className={styles.meta}>
                  {row.document.gemeenten.join(', ')} · regel {row.bronregel} van de bron
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
