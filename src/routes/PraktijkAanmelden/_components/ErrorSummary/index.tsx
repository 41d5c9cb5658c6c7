import React, {type ReactNode, type RefObject} from 'react';
import type {FieldError} from '@site/src/lib/praktijk-form/errors';
import styles from '../../styles.module.css';

/** Moves focus to the field and brings its label (or legend) into view, as GOV.UK does. */
function focusField(id: string): void {
  const input = document.getElementById(id);
  if (!input) return;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const anchor = input.getAttribute('type') === 'checkbox' && legend ? legend : (label ?? input);
  anchor.scrollIntoView({block: 'start'});
  input.focus({preventScroll: true});
}

interface Props {
  readonly errors: readonly FieldError[];
  readonly summaryRef: RefObject<HTMLDivElement | null>;
}

/** List of every problem at the top of the form, each a link to its field. Receives focus after a submit. */
export default function ErrorSummary({errors, summaryRef}: Props): ReactNode {
  if (errors.length === 0) return null;
  return (
    <div ref={summaryRef} className={styles.errorSummary} role="alert" aria-labelledby="foutoverzicht-titel" tabIndex={-1}>
      <h2 id="foutoverzicht-titel" className={styles.errorSummaryTitle}>
        {errors.length === 1 ? 'Er is 1 ding om te verbeteren' : `Er zijn ${errors.length} dingen om te verbeteren`}
      </h2>
      <ul className={styles.errorSummaryList}>
        {errors.map((error) => (
          <li key={error.id}>
            <a
              href={`#${error.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.id);
              }}
            >
              {error.label}: {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
