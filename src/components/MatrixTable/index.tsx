import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useQueryString} from '@docusaurus/theme-common';
import type {MatrixData} from '@site/src/content/matrix';
import {sortRows, type MatrixSort} from './sortRows';
import TableScroller from '@site/src/components/TableScroller';
import styles from './styles.module.css';

interface Props {
  readonly matrix: MatrixData;
  /** Prefix of the ids (caption, list heading), so two tables could share a page. */
  readonly id?: string;
  /** Says which practices the table holds, after the count: e.g. "met het thema X". */
  readonly onderwerp?: string;
  /** Level of the phone list's heading, one below the section the table sits in. */
  readonly kop?: 'h2' | 'h3';
}

/**
 * A practices × factors matrix as one HTML table, rendered at build time so it is complete
 * without JavaScript. Marks are text (● / –) with a hidden word for screen readers, never
 * colour alone. Used by the matrix page (small collections) and by every thema page.
 */
export default function MatrixTable({matrix, id = 'matrix', onderwerp, kop = 'h2'}: Props): ReactNode {
  const [sortParam, setSortParam] = useQueryString('sorteer');
  const sort: MatrixSort = sortParam === 'totaal' ? 'totaal' : 'naam';
  const rows = sortRows(matrix.rows, sort);
  const grandTotal = matrix.columnTotals.reduce((a, b) => a + b, 0);
  return (
    <>
      <p>
        <label>
          Sorteer de praktijken op{' '}
          <select value={sort} onChange={(e) => setSortParam(e.target.value === 'totaal' ? 'totaal' : null)}>
            <option value="naam">naam (A–Z)</option>
            <option value="totaal">aantal factoren (meeste eerst)</option>
          </select>
        </label>
      </p>
      <div className={styles.tableView}>
      <TableScroller captionId={`${id}-caption`} sticky>
        <table className={styles.table}>
          <caption id={`${id}-caption`}>
            {matrix.rows.length} praktijken{onderwerp ? ` ${onderwerp}` : ''} × {matrix.factoren.length} werkende factoren
            {sort === 'totaal' ? ', gesorteerd op aantal factoren' : ', gesorteerd op naam'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Praktijk</th>
              {matrix.factoren.map((factor) => (
                <th scope="col" key={factor.slug} className={styles.factorHead}>
                  <Link to={factor.url} title={factor.kern}>
                    <span className={styles.order}>{factor.order}.</span> {factor.korteNaam}
                  </Link>
                </th>
              ))}
              <th scope="col">Totaal</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.praktijk.slug}>
                <th scope="row" className={styles.rowHead}>
                  <Link to={row.praktijk.url}>{row.praktijk.title}</Link>
                  <span className={styles.place}>{row.praktijk.gemeente}</span>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={matrix.factoren[index]!.slug} className={cell ? styles.yes : styles.no}>
                    <span aria-hidden="true">{cell ? '●' : '–'}</span>
                    <span className="visually-hidden">{cell ? 'ja' : 'nee'}</span>
                  </td>
                ))}
                <td className={styles.total}>{row.total}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              {matrix.columnTotals.map((total, index) => (
                <td key={matrix.factoren[index]!.slug} className={styles.total}>
                  {total}
                </td>
              ))}
              <td className={styles.total}>{grandTotal}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroller>
      </div>
      {/* The same data per practice: readable on a phone, where fourteen columns are not. */}
      <section className={styles.listView} aria-labelledby={`${id}-per-praktijk`}>
        <Heading as={kop} id={`${id}-per-praktijk`}>
          Per praktijk
        </Heading>
        <p>Elke praktijk met de werkende factoren die de publicatie erbij noemt.</p>
        <ul className={styles.perPraktijk}>
          {rows.map((row) => (
            <li key={row.praktijk.slug}>
              <Link to={row.praktijk.url}>{row.praktijk.title}</Link>
              <span className={styles.place}>
                {row.praktijk.gemeente} · {row.total} {row.total === 1 ? 'factor' : 'factoren'}
              </span>
              <ul>
                {row.cells.flatMap((cell, index) => (cell ? [<li key={matrix.factoren[index]!.slug}>{matrix.factoren[index]!.korteNaam}</li>] : []))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
