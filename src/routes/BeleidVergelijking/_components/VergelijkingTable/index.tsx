import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {VergelijkingData, VergelijkingItem, VergelijkingRij} from '@site/src/content/beleid/vergelijking';
import TableScroller from '@site/src/components/TableScroller';
import styles from './styles.module.css';

function Empty(): ReactNode {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">niet vastgelegd</span>
    </>
  );
}

function Item({item, withNote}: {readonly item: VergelijkingItem; readonly withNote: boolean}): ReactNode {
  const label = item.url ? <Link to={item.url}>{item.label}</Link> : item.label;
  if (!withNote || !item.toelichting) return label;
  return (
    <>
      <strong>{label}</strong>
      <span className={styles.note}>{item.toelichting}</span>
    </>
  );
}

function Cell({items, rij}: {readonly items: readonly VergelijkingItem[]; readonly rij: VergelijkingRij}): ReactNode {
  if (items.length === 0) return <Empty />;
  const withNote = rij.key === 'criteria';
  if (items.length === 1 && !items[0]!.url && !withNote) return <p className={styles.text}>{items[0]!.label}</p>;
  return (
    <ul className={withNote ? styles.notedList : styles.list}>
      {items.map((item) => (
        <li key={item.label}>
          <Item item={item} withNote={withNote} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The policy documents as columns and the points of comparison as rows, in one table that
 * is complete without JavaScript. Empty cells show a dash, read out as "niet vastgelegd".
 */
export default function VergelijkingTable({data}: {readonly data: VergelijkingData}): ReactNode {
  return (
    <TableScroller captionId="vergelijking-caption">
      <table className={styles.table}>
        <caption id="vergelijking-caption">
          {data.documenten.length} beleidsdocumenten naast elkaar, van oud naar nieuw
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Onderwerp
            </th>
            {data.documenten.map((doc) => (
              <th scope="col" key={doc.slug} className={styles.docHead}>
                <Link to={doc.url}>{doc.title}</Link>
                <span className={styles.meta}>
                  {doc.documenttype}, {doc.jaar} · {doc.gemeenten.join(', ')}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rijen.map((rij) => (
            <tr key={rij.key}>
              <th scope="row" className={styles.rowHead}>
                {rij.label}
              </th>
              {rij.cellen.map((items, index) => (
                <td key={data.documenten[index]!.slug}>
                  <Cell items={items} rij={rij} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
