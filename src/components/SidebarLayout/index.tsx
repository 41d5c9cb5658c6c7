import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

interface Props {
  /** Id of the sidebar heading; also labels the sidebar region. */
  readonly id: string;
  readonly title: string;
  readonly sidebar: ReactNode;
  /** The results, labelled for assistive technology by `resultsLabel`. */
  readonly children: ReactNode;
  readonly resultsLabel: string;
}

/** Filters or questions on the left, results on the right; stacked on narrow screens, sidebar first. */
export default function SidebarLayout({id, title, sidebar, children, resultsLabel}: Props): ReactNode {
  return (
    <div className={styles.layout}>
      <section aria-labelledby={id} className={styles.sidebar}>
        <Heading as="h2" id={id} className={styles.title}>
          {title}
        </Heading>
        {sidebar}
      </section>
      <section aria-label={resultsLabel}>{children}</section>
    </div>
  );
}
