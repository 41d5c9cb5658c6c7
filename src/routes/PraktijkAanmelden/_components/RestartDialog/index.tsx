import React, {useId, useRef, type ReactNode} from 'react';
import styles from '../../styles.module.css';

interface Props {
  readonly onConfirm: () => void;
  readonly className?: string;
}

/**
 * "Begin opnieuw": asks in a modal `<dialog>` before the form and the draft are wiped.
 * Browsers without `showModal` get `window.confirm`.
 */
export default function RestartDialog({onConfirm, className}: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const open = () => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal();
    else if (window.confirm('Alles wat je hebt ingevuld wordt gewist. Weet je het zeker?')) onConfirm();
  };
  return (
    <>
      <button type="button" className={className ?? 'button button--outline button--secondary'} onClick={open}>
        Begin opnieuw
      </button>
      <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={`${id}-titel`} aria-describedby={`${id}-uitleg`}>
        <h2 id={`${id}-titel`} className={styles.dialogTitle}>
          Opnieuw beginnen?
        </h2>
        <p id={`${id}-uitleg`}>
          Alles wat je hebt ingevuld wordt gewist, ook het concept dat in deze browser is bewaard. Dit kun je niet ongedaan maken.
        </p>
        <div className={styles.actions}>
          {/* The safe choice comes first and gets focus when the dialog opens. */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- inside a modal <dialog> autofocus sets the initial focus, as the HTML dialog pattern asks */}
          <button type="button" className="button button--primary" autoFocus onClick={() => dialogRef.current?.close()}>
            Nee, ga terug
          </button>
          <button
            type="button"
            className={`button button--outline ${styles.dangerButton}`}
            onClick={() => {
              dialogRef.current?.close();
              onConfirm();
            }}
          >
            Ja, wis alles
          </button>
        </div>
      </dialog>
    </>
  );
}
