/**
 * The check of the "praktijk aanmelden" form: its state turned into a submission, converted
 * with the same conversion as the issue bot, and problems mapped back to the form's inputs.
 * The parts live next to this file: fields (lists read from the schema), state, errors, draft.
 */
import {submissionToPage, type PageOutcome} from '../submission';
import {problemsToFieldErrors, type FieldError} from './errors';
import {formToBody, formToInput, type PraktijkFormState} from './state';

export type CheckOutcome = Extract<PageOutcome, {ok: true}> | {readonly ok: false; readonly errors: FieldError[]};

/** Checks the form with the schema the build uses and, when everything is right, writes the MDX file. */
export function checkForm(state: PraktijkFormState): CheckOutcome {
  const {input, rows} = formToInput(state);
  const outcome = submissionToPage({frontmatter: input, body: formToBody(state)});
  return outcome.ok ? outcome : {ok: false, errors: problemsToFieldErrors(outcome.problems, rows)};
}
