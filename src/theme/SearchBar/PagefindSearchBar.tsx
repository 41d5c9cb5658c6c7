import React, {useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useHistory} from '@docusaurus/router';
import {Excerpt, hitContext} from '@site/src/components/SearchExcerpt';
import {resultCountText} from '@site/src/lib/search/pagefind';
import {usePagefind, useSearch, type SearchOutcome} from '@site/src/lib/search/useSearch';
import styles from './PagefindSearchBar.module.css';

const shown = 6;

/** What the live region says, so screen reader users hear what the list holds. */
function announcement(outcome: SearchOutcome, query: string): string {
  if (outcome.status === 'geen-index') return 'Zoeken werkt in de gebouwde site: draai npm run build en daarna npm run serve.';
  if (outcome.status === 'fout') return 'Zoeken lukt nu niet. Probeer het opnieuw of ga naar de zoekpagina.';
  if (!query.trim()) return '';
  if (outcome.status !== 'klaar') return 'Zoeken…';
  if (outcome.total === 0) return `Geen resultaten voor “${outcome.forQuery}”.`;
  return `${resultCountText(outcome.total)} voor “${outcome.forQuery}”${outcome.total > shown ? `, de eerste ${shown} staan in de lijst` : ''}.`;
}

/**
 * The navbar search: a combobox (ARIA 1.2 pattern) over a list of results. Nothing
 * search-related loads until the box gets focus or a click; then Pagefind loads its script,
 * wasm and only the index chunks a query needs. Arrow keys move through the results,
 * Enter opens one (or the search page), Escape closes the list.
 */
export default function PagefindSearchBar(): ReactNode {
  const id = useId();
  const listId = `${id}-lijst`;
  const history = useHistory();
  const searchPage = useBaseUrl('/zoeken');
  const [used, setUsed] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const wrapper = useRef<HTMLDivElement>(null);
  const {pagefind, failed} = usePagefind(used);
  const outcome = useSearch(pagefind, {query: used ? query : '', limit: shown, failed});
  const pageUrl = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  const options = [...outcome.hits.map((hit) => ({key: hit.url, url: hit.url})), {key: 'alle', url: pageUrl}];
  const expanded = open && Boolean(query.trim()) && outcome.status === 'klaar';
  const message = announcement(outcome, query);

  const go = (url: string) => {
    setOpen(false);
    setActive(-1);
    history.push(url);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
      event.preventDefault();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      // Positions run from -1 (the input itself) to the last option, and wrap around.
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const positions = options.length + 1;
      setActive((current) => ((((current + 1 + step) % positions) + positions) % positions) - 1);
    } else if (event.key === 'Enter' && query.trim()) {
      event.preventDefault();
      go(expanded && active >= 0 && active < options.length ? options[active]!.url : pageUrl);
    }
  };

  return (
    <div
      ref={wrapper}
      className={`navbar__search ${styles.search}`}
      role="search"
      aria-label="Kennisbank"
      onBlur={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}>
      <input
        type="search"
        className={`navbar__search-input ${styles.input}`}
        placeholder="Zoeken"
        aria-label="Zoeken"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < options.length ? `${id}-optie-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          setUsed(true);
          setOpen(true);
        }}
        onPointerDown={() => setUsed(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div role="listbox" id={listId} aria-label="Zoekresultaten" className={styles.popup}>
          {outcome.hits.map((hit, index) => (
              <Link
                key={hit.url}
                to={hit.url}
                id={`${id}-optie-${index}`}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                className={styles.option}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => setOpen(false)}>
                <span className={styles.title}>{hit.title}</span>
                <span className={styles.context}>{hitContext(hit)}</span>
                <span className={styles.excerpt}>
                  <Excerpt excerpt={hit.excerpt} />
                </span>
              </Link>
          ))}
          <Link
              to={pageUrl}
              id={`${id}-optie-${outcome.hits.length}`}
              role="option"
              aria-selected={active === outcome.hits.length}
              tabIndex={-1}
              className={`${styles.option} ${styles.all}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setOpen(false)}>
            {outcome.total === 0 ? 'Geen resultaten: zoek met filters op de zoekpagina' : `Alle ${resultCountText(outcome.total)} op de zoekpagina`}
          </Link>
        </div>
      )}
      {open && (outcome.status === 'geen-index' || outcome.status === 'fout') && <p className={styles.note}>{message}</p>}
      <div role="status" className={styles.visuallyHidden}>
        {open ? message : ''}
      </div>
    </div>
  );
}
