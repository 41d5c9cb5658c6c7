import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

interface Props {
  /** Id of the sidebar heading; also labels the sidebar region. */
  readonly id: string;
  readonly title: string;
  readonly sidebar: ReactNode;
  /** The results, under a visually hidden heading `resultsLabel`. */
  readonly children: ReactNode;
  readonly resultsLabel: string;
  /** Id of that heading, so a "naar het resultaat" link can jump past the sidebar. */
  readonly resultsId: string;
  /** Text of that link ("Naar het resultaat"); without it the page offers no such link. */
  readonly skipLinkText?: string;
  /** On narrow screens, leave the sidebar out; the page offers it another way (a panel). */
  readonly hideSidebarOnPhone?: boolean;
}

/**
 * Filters or questions on the left, results on the right; stacked on narrow screens, sidebar
 * first, which is why pages offer a link that jumps to the results.
 */
export default function SidebarLayout({id, title, sidebar, children, resultsLabel, resultsId, skipLinkText, hideSidebarOnPhone = false}: Props): ReactNode {
  return (
    <>
      {skipLinkText && (
        <p className="kb-skip-to-results">
          <Link to={`#${resultsId}`}>{skipLinkText}</Link>
        </p>
      )}
      <div className={styles.layout}>
        <section aria-labelledby={id} className={clsx(styles.sidebar, hideSidebarOnPhone && styles.desktopOnly)}>
          <Heading as="h2" id={id} className={styles.title}>
            {title}
          </Heading>
          {sidebar}
        </section>
        <section aria-labelledby={resultsId}>
          <Heading as="h2" id={resultsId} className="visually-hidden" tabIndex={-1}>
            {resultsLabel}
          </Heading>
          {children}
        </section>
      </div>
    </>
  );
}
