import {useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction} from 'react';
import {parseDraft, serializeDraft} from '@site/src/lib/praktijk-form/draft';
import {isBlankState, todayIso, type PraktijkFormState} from '@site/src/lib/praktijk-form/state';

/** localStorage key of the draft; nothing else of the form is stored, and no cookies. */
export const draftKey = 'kennisbank-jeugdpreventie:praktijk-aanmelden:concept';
const SAVE_DELAY_MS = 500;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; the form then works without a draft.
    return undefined;
  }
}

function save(state: PraktijkFormState): void {
  try {
    if (isBlankState(state)) storage()?.removeItem(draftKey);
    else storage()?.setItem(draftKey, serializeDraft(state, new Date()));
  } catch {
    // Full or blocked storage: keep working, the draft is a convenience.
  }
}

/**
 * Keeps the form as a draft in localStorage while the reader types (debounced, and at once
 * when the page is left), and puts it back on the next visit.
 */
export function useDraft(state: PraktijkFormState, setState: Dispatch<SetStateAction<PraktijkFormState>>) {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    const draft = parseDraft(storage()?.getItem(draftKey));
    if (draft && !isBlankState(draft.state)) {
      setState({...draft.state, laatstBijgewerkt: draft.state.laatstBijgewerkt || todayIso()});
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser, so the draft is restored once after hydration
      setRestoredAt(draft.savedAt);
    } else {
      // The date is set here, not during server rendering, so it is the reader's today.
      setState((current) => ({...current, laatstBijgewerkt: current.laatstBijgewerkt || todayIso()}));
    }
    setReady(true);
  }, [setState]);

  useEffect(() => {
    if (!ready) return undefined;
    const timer = window.setTimeout(() => save(state), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, ready]);

  useEffect(() => {
    if (!ready) return undefined;
    const flush = () => save(latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [ready]);

  const discard = useCallback(() => {
    try {
      storage()?.removeItem(draftKey);
    } catch {
      // Nothing to remove.
    }
    setRestoredAt(null);
  }, []);

  return {restoredAt, discard};
}
