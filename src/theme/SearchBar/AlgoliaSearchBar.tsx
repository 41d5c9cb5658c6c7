import React, {lazy, Suspense, useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type OriginalSearchBarType from '@theme-original/SearchBar';
import styles from './AlgoliaSearchBar.module.css';

// Algolia DocSearch's search bar (about 18 KB gzipped) loads only when a reader reaches for it, so
// pages that are only read ship no more JavaScript than a plain Docusaurus page.
const OriginalSearchBar = lazy(() => import('@theme-original/SearchBar'));
const preload = () => void import('@theme-original/SearchBar');

type Props = ComponentProps<typeof OriginalSearchBarType>;

const label = () => translate({id: 'theme.SearchBar.label', message: 'Zoeken'});

/** Puts text into a React-controlled input the way typing would, so React sees the change. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

/**
 * A plain search box that stays in place, focused, while the real one loads; the reader
 * can start typing at once and nothing typed is lost when the real one takes over.
 */
export default function AlgoliaSearchBar(props: Props): ReactNode {
  const [active, setActive] = useState(false);
  const [ready, setReady] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  // What the reader typed into the placeholder; read on every change, because the
  // placeholder is gone by the time the real input takes over.
  const typedEarly = useRef('');
  const placeholder = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!active || ready) return undefined;
    const timer = window.setInterval(() => {
      const input = wrapper.current?.querySelector<HTMLInputElement>('input:not([data-placeholder])');
      if (!input) return;
      window.clearInterval(timer);
      input.setAttribute('aria-label', label());
      // Move focus and text before the placeholder goes, so no keystroke falls in between;
      // but only if the reader is still there: someone tabbing past must keep their place.
      if (document.activeElement === placeholder.current) {
        input.focus();
        if (typedEarly.current) typeInto(input, typedEarly.current);
      }
      setReady(true);
    }, 30);
    return () => window.clearInterval(timer);
  }, [active, ready]);

  return (
    <div ref={wrapper} className={ready ? styles.ready : styles.loading}>
      {!ready && (
        <div className={`navbar__search ${styles.container}`}>
          <input
            ref={placeholder}
            type="search"
            className={`navbar__search-input ${styles.input}`}
            placeholder={label()}
            aria-label={label()}
            data-placeholder=""
            onFocus={() => setActive(true)}
            onChange={(event) => {
              typedEarly.current = event.target.value;
            }}
            onPointerEnter={preload}
            onTouchStart={preload}
          />
        </div>
      )}
      {active && (
        <Suspense fallback={null}>
          <OriginalSearchBar {...props} />
        </Suspense>
      )}
    </div>
  );
}
