import {useCallback, useEffect, useMemo, useRef, useState, type FormEvent} from 'react';
import {checkForm, type CheckOutcome} from '@site/src/lib/praktijk-form';
import type {FieldError} from '@site/src/lib/praktijk-form/errors';
import type {BronKey, ChoiceKey, RowListKey, TextKey} from '@site/src/lib/praktijk-form/fields';
import {emptyFormState, newRow, todayIso, toggleChoice, type PraktijkFormState} from '@site/src/lib/praktijk-form/state';
import type {SectionKey} from '@site/src/lib/mdx-writer';
import {useDraft} from '../useDraft';

export type Finished = Extract<CheckOutcome, {ok: true}>;

/**
 * State of the aanmeldformulier: the values, the check (on submit, then again on every blur),
 * the finished file, and where focus goes after a check (error summary or result).
 */
export function usePraktijkForm() {
  const [state, setState] = useState<PraktijkFormState>(() => emptyFormState());
  const {restoredAt, discard} = useDraft(state, setState);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [finished, setFinished] = useState<{outcome: Finished; stateJson: string} | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const setText = useCallback((key: TextKey, value: string) => setState((s) => ({...s, [key]: value})), []);
  const setBron = useCallback((key: BronKey, value: string) => setState((s) => ({...s, bron: {...s.bron, [key]: value}})), []);
  const setBody = useCallback((key: SectionKey, value: string) => setState((s) => ({...s, body: {...s.body, [key]: value}})), []);
  const toggle = useCallback(
    (key: ChoiceKey, value: string, options: readonly string[]) => setState((s) => ({...s, [key]: toggleChoice(s[key], value, options)})),
    [],
  );
  const setRowField = useCallback(
    (list: RowListKey, index: number, field: string, value: string) =>
      setState((s) => ({...s, [list]: s[list].map((row, i) => (i === index ? {...row, [field]: value} : row))})),
    [],
  );
  const addRow = useCallback((list: RowListKey) => setState((s) => ({...s, [list]: [...s[list], newRow(list)]})), []);
  const removeRow = useCallback(
    (list: RowListKey, index: number) => setState((s) => ({...s, [list]: s[list].filter((_, i) => i !== index)})),
    [],
  );

  const errorFor = useMemo(() => {
    const byId = new Map(errors.map((error) => [error.id, error.message]));
    return (id: string) => byId.get(id);
  }, [errors]);

  const submit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      const outcome = checkForm(state);
      setSubmitted(true);
      setSubmitCount((n) => n + 1);
      if (outcome.ok) {
        setErrors([]);
        setFinished({outcome, stateJson: JSON.stringify(state)});
      } else {
        setErrors(outcome.errors);
        setFinished(null);
      }
    },
    [state],
  );

  // After the first submit, each field is checked again when it loses focus. Checking the
  // whole form keeps the messages and the summary in step; it is fast enough.
  const recheck = useCallback(() => {
    if (!submitted) return;
    // Wait a tick so the value of the field just left is in the state.
    window.setTimeout(() => {
      const outcome = checkForm(stateRef.current);
      setErrors(outcome.ok ? [] : outcome.errors);
    }, 0);
  }, [submitted]);

  useEffect(() => {
    if (submitCount === 0) return;
    if (errors.length > 0) summaryRef.current?.focus();
    else resultRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus moves only after a submit, not when a blur recheck changes `errors`
  }, [submitCount]);

  const restart = useCallback(() => {
    discard();
    setState(emptyFormState(todayIso()));
    setErrors([]);
    setSubmitted(false);
    setFinished(null);
  }, [discard]);

  const stale = finished !== null && finished.stateJson !== JSON.stringify(state);

  return {
    state,
    errors,
    errorFor,
    restoredAt,
    finished: finished?.outcome ?? null,
    stale,
    summaryRef,
    resultRef,
    submit,
    recheck,
    restart,
    setText,
    setBron,
    setBody,
    toggle,
    setRowField,
    addRow,
    removeRow,
  };
}

export type PraktijkFormApi = ReturnType<typeof usePraktijkForm>;
