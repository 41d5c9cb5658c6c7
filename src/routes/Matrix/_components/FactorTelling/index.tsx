import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {FactorSummary} from '@site/src/content/graph';
import type {Telling} from '@site/src/content/matrix';
import TableScroller from '@site/src/components/TableScroller';
import styles from './styles.module.css';
import {getal} from '@site/src/lib/getal';

const woorden = {
  thema: {titel: 'Per thema', kolom: 'thema', meervoud: 'thema’s', in: 'met het thema'},
  doelgroep: {titel: 'Per doelgroep', kolom: 'doelgroep', meervoud: 'doelgroepen', in: 'voor de doelgroep'},
} as const;

/**
 * Factors × thema (or doelgroep): in each cell the number of practices with both, as a link to
 * exactly those in the overview. The number is text, and a hidden phrase says what it counts,
 * so a screen reader that reads one cell hears the whole fact.
 */
export default function FactorTelling({telling, factoren}: {readonly telling: Telling; readonly factoren: readonly FactorSummary[]}): ReactNode {
  const w = woorden[telling.key];
  const id = `telling-${telling.key}`;
  const bySlug = new Map(factoren.map((f) => [f.slug, f]));
  return (
    <section aria-labelledby={`${id}-titel`} className={styles.section}>
      <Heading as="h2" id={`${id}-titel`}>
        {w.titel}
      </Heading>
      <p>
        Elke rij is een werkende factor, elke kolom een {w.kolom}; een getal is het aantal praktijken met die factor en die{' '}
        {w.kolom}, en linkt naar precies die praktijken. Tussen haakjes: het aantal praktijken per {w.kolom}. Een praktijk kan
        meer {w.meervoud} hebben, dus de kolommen tellen niet op tot het totaal.
      </p>
      <TableScroller captionId={`${id}-caption`} sticky>
        <table className={styles.table}>
          <caption id={`${id}-caption`}>
            Praktijken per werkende factor en {w.kolom}
          </caption>
          <thead>
            <tr>
              <th scope="col">Werkende factor</th>
              {telling.columns.map((column) => (
                <th scope="col" key={column.value} className={styles.columnHead}>
                  {column.label} <span className={styles.muted}>({getal(column.aantal)})</span>
                </th>
              ))}
              <th scope="col">Alle praktijken</th>
            </tr>
          </thead>
          <tbody>
            {telling.rows.map((row) => {
              const factor = bySlug.get(row.factor);
              const naam = factor?.korteNaam ?? row.factor;
              return (
                <tr key={row.factor}>
                  <th scope="row" className={styles.rowHead}>
                    <Link to={factor?.url ?? `/werkende-factoren/${row.factor}`}>
                      {factor && <span className={styles.muted}>{factor.order}. </span>}
                      {naam}
                    </Link>
                  </th>
                  {row.cells.map((cell, index) => {
                    const column = telling.columns[index]!;
                    const uitleg = `${cell.aantal === 1 ? 'praktijk' : 'praktijken'} met ${naam}, ${w.in} ${column.label}`;
                    return (
                      <td key={column.value} className={cell.aantal > 0 ? styles.count : styles.zero}>
                        {cell.aantal > 0 ? (
                          <Link to={cell.url}>
                            {getal(cell.aantal)}
                            <span className="visually-hidden"> {uitleg}</span>
                          </Link>
                        ) : (
                          <>
                            0<span className="visually-hidden"> {uitleg}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td className={styles.count}>{getal(row.aantal)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
