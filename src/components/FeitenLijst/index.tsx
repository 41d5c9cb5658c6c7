import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {FeitItem} from '@site/src/content/feiten';
import styles from './styles.module.css';

/** The values of one fact: a short list, a single value, or a dash that says "not given". */
export default function FeitWaarden({items, leeg = 'niet vermeld'}: {readonly items: readonly FeitItem[]; readonly leeg?: string}): ReactNode {
  if (items.length === 0) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{leeg}</span>
      </>
    );
  }
  const value = (item: FeitItem) => (item.url ? <Link to={item.url}>{item.text}</Link> : item.text);
  if (items.length === 1) return value(items[0]!);
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.text}>{value(item)}</li>
      ))}
    </ul>
  );
}
