import React, {useEffect, useRef, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  readonly open: boolean;
  /** Closes the panel; `toResults` when the reader asked to see the results. */
  readonly onClose: (toResults: boolean) => void;
  /** Practices the current filters leave, for the button that ends the panel. */
  readonly shown: number;
  readonly total: number;
  readonly children: ReactNode;
}

/** Same breakpoint as SidebarLayout: wider screens show the filters beside the results. */
const WIDE = '(min-width: 901px)';

/**
 * The filters on a phone: a modal panel (native <dialog>: focus stays inside, Esc closes) that
 * ends in "Toon N praktijken", so the reader sees the effect of a tap and returns to the results.
 */
export default function FilterDialog({open, onClose, shown, total, children}: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => {
    if (!open) return undefined;
    // Turning a phone or widening the window shows the sidebar again: no panel needed then.
    const wide = window.matchMedia(WIDE);
    const onChange = () => wide.matches && onClose(false);
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, [open, onClose]);
  const noun = shown === 1 ? 'praktijk' : 'praktijken';
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="filterpaneel-titel" onClose={() => onClose(false)}>
      {open && (
        <>
          <div className={styles.header}>
            <h2 id="filterpaneel-titel" className={styles.title}>
              Filters
            </h2>
            <button type="button" className={styles.close} onClick={() => onClose(false)}>
              Sluiten
            </button>
          </div>
          <div className={styles.body}>{children}</div>
          <div className={styles.footer}>
            <p className="visually-hidden" role="status">
              {shown} van {total} praktijken
            </p>
            <button type="button" className="button button--primary button--block" onClick={() => onClose(true)}>
              Toon {shown} {noun}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
