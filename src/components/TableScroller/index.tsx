import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Props {
  /** Id of the table's caption, which names the scroll region. */
  readonly captionId: string;
  readonly children: ReactNode;
  /**
   * Keep the header row and the first column in view while the box scrolls both ways; the box
   * then gets a maximum height so that it scrolls down inside itself too.
   */
  readonly sticky?: boolean;
}

/**
 * A wide table that scrolls sideways inside its own box instead of widening the page. The
 * box is focusable and named by the caption, so keyboard users can scroll it too.
 */
export default function TableScroller({captionId, children, sticky = false}: Props): ReactNode {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be focusable to be scrolled by keyboard (axe scrollable-region-focusable)
    <div className={clsx(styles.scroller, sticky && styles.sticky)} tabIndex={0} role="region" aria-labelledby={captionId}>
      {children}
    </div>
  );
}
