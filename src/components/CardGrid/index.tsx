import React, {Children, type ReactNode} from 'react';
import styles from './styles.module.css';

/** A responsive list of cards; a real list so screen readers announce the count. */
export default function CardGrid({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <ul className={styles.grid}>
      {Children.map(children, (child) => (
        <li className={styles.item}>{child}</li>
      ))}
    </ul>
  );
}
