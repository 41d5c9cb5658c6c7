import React, {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import TableScroller from '@site/src/components/TableScroller';
import {praktijkFeiten, type FactorNaam, type FeitKey, type FeitItem, type PraktijkDetail} from '@site/src/content/feiten';
import {urls} from '@site/src/content/graph';
import FeitWaarden from '@site/src/components/FeitenLijst';
import styles from './styles.module.css';

/** The rows of the comparison, in the order the reader scans them; factors go where `factoren` stands. */
const rowOrder: readonly FeitKey[] = ['waar', 'sinds', 'voorWie', 'leeftijd', 'vindplaats', 'preventie', 'themas', 'factoren', 'partners', 'kosten', 'kerncijfers', 'bron'];

interface Row {
  readonly key: string;
  readonly header: ReactNode;
  readonly cells: readonly ReactNode[];
  /** Plain text per column, to find rows where all practices are the same. */
  readonly compare: readonly string[];
  readonly factor?: string;
}

const itemsText = (items: readonly FeitItem[]) => items.map((item) => item.text).join('\n');

function factorCell(present: boolean): ReactNode {
  return present ? (
    <span className={styles.yes}>
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden">ja</span>
    </span>
  ) : (
    <span className={styles.no}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">nee</span>
    </span>
  );
}

function buildRows(praktijken: readonly PraktijkDetail[], factoren: readonly FactorNaam[]): Row[] {
  const feiten = praktijken.map((p) => new Map(praktijkFeiten(p, factoren).map((feit) => [feit.key, feit])));
  return rowOrder.flatMap((key): Row[] => {
    if (key === 'factoren') {
      return factoren.map((factor) => {
        const present = praktijken.map((p) => p.factoren.includes(factor.slug));
        return {
          key: `factor-${factor.slug}`,
          factor: factor.slug,
          header: <Link to={urls.factor(factor.slug)}>{factor.korteNaam}</Link>,
          cells: present.map(factorCell),
          compare: present.map(String),
        };
      });
    }
    const perPraktijk = feiten.map((map) => map.get(key)!);
    return [
      {
        key,
        header: perPraktijk[0]!.label,
        cells: perPraktijk.map((feit) => <FeitWaarden key={key} items={feit.items} />),
        compare: perPraktijk.map((feit) => itemsText(feit.items)),
      },
    ];
  });
}

interface Props {
  readonly praktijken: readonly PraktijkDetail[];
  readonly factoren: readonly FactorNaam[];
  /** Controls under each practice's name, e.g. remove or keep. */
  readonly columnControls?: (praktijk: PraktijkDetail) => ReactNode;
}

/**
 * Practices side by side: one column per practice, one row per fact and per werkende factor.
 * Rows where every practice is the same can be folded away.
 */
export default function VergelijkTabel({praktijken, factoren, columnControls}: Props): ReactNode {
  const [fold, setFold] = useState(false);
  const rows = buildRows(praktijken, factoren);
  const same = (row: Row) => row.compare.every((value) => value === row.compare[0]);
  const sameCount = rows.filter(same).length;
  const shown = fold ? rows.filter((row) => !same(row)) : rows;
  const firstFactor = shown.findIndex((row) => row.factor);
  return (
    <div className={styles.wrap}>
      <p className={styles.toolbar}>
        <button type="button" className="button button--sm button--outline button--primary" aria-pressed={fold} onClick={() => setFold(!fold)}>
          Verberg rijen die voor alle praktijken gelijk zijn
        </button>{' '}
        <span role="status" className={styles.status}>
          {fold ? `${sameCount} gelijke ${sameCount === 1 ? 'rij' : 'rijen'} verborgen.` : `${sameCount} van de ${rows.length} rijen zijn gelijk.`}
        </span>
      </p>
      <TableScroller captionId="vergelijk-titel">
        <table className={styles.table} data-kolommen={praktijken.length}>
          <caption id="vergelijk-titel">
            {praktijken.length} praktijken naast elkaar: kenmerken en werkende factoren (✓ = de praktijk laat de factor zien)
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                Kenmerk
              </th>
              {praktijken.map((p) => (
                <th scope="col" key={p.slug} className={styles.column}>
                  <Link to={p.url}>{p.title}</Link>
                  {columnControls && <div className={styles.controls}>{columnControls(p)}</div>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => (
              <React.Fragment key={row.key}>
                {index === firstFactor && (
                  <tr className={styles.group}>
                    <th scope="colgroup" colSpan={praktijken.length + 1}>
                      Werkende factoren
                    </th>
                  </tr>
                )}
                <tr data-rij={row.key} className={row.factor ? styles.factorRow : undefined}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, column) => (
                    <td key={praktijken[column]!.slug}>{cell}</td>
                  ))}
                </tr>
              </React.Fragment>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </div>
  );
}
