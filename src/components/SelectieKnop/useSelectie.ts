import {useCallback, useSyncExternalStore} from 'react';
import {MAX_SELECTIE, readStoredSlugs, selectieStorageKey, toggleSlug} from '@site/src/lib/selectie';

/** Fired on this page when the selection changes; `storage` only fires in other tabs. */
const changeEvent = 'kb-selectie';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(selectieStorageKey);
  } catch {
    // Storage can be switched off; the selection then lives in the URL only.
    return null;
  }
}

/** Stores the selection and tells every control on the page. */
export function storeSelectie(slugs: readonly string[]): void {
  try {
    if (slugs.length) window.localStorage.setItem(selectieStorageKey, JSON.stringify(slugs));
    else window.localStorage.removeItem(selectieStorageKey);
  } catch {
    // See readRaw.
  }
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * "Mijn selectie" as kept in localStorage. `ready` is false in the server render and during
 * hydration, so the static HTML and the first client render agree.
 */
export function useSelectie(): {slugs: string[]; ready: boolean; toggle: (slug: string) => void} {
  const raw = useSyncExternalStore(subscribe, readRaw, () => undefined);
  const ready = raw !== undefined;
  const slugs = readStoredSlugs(raw ?? null);
  const toggle = useCallback((slug: string) => storeSelectie(toggleSlug(readStoredSlugs(readRaw()), slug, MAX_SELECTIE)), []);
  return {slugs, ready, toggle};
}
