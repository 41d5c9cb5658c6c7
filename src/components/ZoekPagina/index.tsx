import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SidebarLayout from '@site/src/components/SidebarLayout';
import CheckboxOptions from '@site/src/components/CheckboxOptions';
import {Excerpt, hitContext} from '@site/src/components/SearchExcerpt';
import {countsBySlug, pagefindFilters, type FilterGroup, type FilterSelection} from '@site/src/lib/search/filters';
import {formatSearchState, parseSearchState, selectedCount, toggleFilter} from '@site/src/lib/search/query-state';
import {noResultsAdvice, queryWords, type LoosenOption} from '@site/src/lib/search/advice';
import {resultCountText, type Pagefind} from '@site/src/lib/search/pagefind';
import {usePagefind, useSearch, type SearchOutcome} from '@site/src/lib/search/useSearch';
import styles from './styles.module.css';

interface Props {
  readonly groups: readonly FilterGroup[];
}

const pageSize = 20;

/** Runs the extra searches behind the "geen resultaten" advice: one filter or one word less. */
function useAdvice(pagefind: Pagefind | undefined, outcome: SearchOutcome, query: string, groups: readonly FilterGroup[], selection: FilterSelection): string[] {
  const [answer, setAnswer] = useState<{key: string; advice: string[]}>();
  const empty = outcome.status === 'klaar' && outcome.total === 0;
  const key = JSON.stringify([query, selection]);
  useEffect(() => {
    if (!pagefind || !empty) return undefined;
    let current = true;
    const count = async (q: string, s: FilterSelection) => (await pagefind.search(q.trim() || null, {filters: pagefindFilters(groups, s)})).results.length;
    const chosen = groups.flatMap((group) =>
      (selection[group.key] ?? []).map((value) => ({group, value, label: `${group.label}: ${group.options.find((o) => o.value === value)?.label ?? value}`})),
    );
    const words = queryWords(query);
    void (async () => {
      const withoutFilter: LoosenOption[] = await Promise.all(
        chosen.map(async ({group, value, label}) => ({label, count: await count(query, toggleFilter(selection, group.key, value))})),
      );
      const perWord: LoosenOption[] = words.length > 1 ? await Promise.all(words.map(async (word) => ({label: word, count: await count(word, selection)}))) : [];
      if (current) setAnswer({key, advice: noResultsAdvice({query, withoutFilter, perWord})});
    })();
    return () => {
      current = false;
    };
    // `key` stands for query and selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pagefind, empty, key, groups]);
  return empty && answer?.key === key ? answer.advice : [];
}

/** `/zoeken`: full search with filters; query and filters live in the URL so a search can be shared. */
export default function ZoekPagina({groups}: Props): ReactNode {
  const history = useHistory();
  // The static HTML knows no query string; reading it only after hydration keeps the first
  // client render identical to that HTML.
  const location = useLocation();
  const search = useIsBrowser() ? location.search : '';
  const state = useMemo(() => parseSearchState(search, groups), [search, groups]);
  const typed = state.query;
  // "Toon meer" counts for the search it was pressed on; a new search starts at one page.
  const [shown, setShown] = useState({search: search, limit: pageSize});
  const limit = shown.search === search ? shown.limit : pageSize;

  const {pagefind, failed} = usePagefind(true, {withFilters: true});
  const filters = useMemo(() => pagefindFilters(groups, state.selection), [groups, state.selection]);
  const outcome = useSearch(pagefind, {query: typed, filters, limit, failed});
  const advice = useAdvice(pagefind, outcome, typed, groups, state.selection);
  const chosen = selectedCount(state.selection);

  const update = (query: string, selection: FilterSelection) => history.replace({search: formatSearchState({query, selection})});

  return (
    <Layout title="Zoeken" description="Zoek in alle praktijken, werkende factoren, thema’s, beleid en nieuws van de kennisbank jeugdpreventie.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Zoeken in de kennisbank</Heading>
        <form
          role="search"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            update(typed, state.selection);
          }}>
          <label htmlFor="zoekterm" className={styles.label}>
            Zoekwoorden
          </label>
          <input
            id="zoekterm"
            type="search"
            name="q"
            className={styles.input}
            value={typed}
            autoComplete="off"
            onChange={(event) => update(event.target.value, state.selection)}
          />
          <button type="submit" className="button button--primary">
            Zoek
          </button>
        </form>
        <SidebarLayout
          id="zoekfilters"
          title="Filters"
          resultsLabel="Resultaten"
          resultsId="zoekresultaten"
          skipLinkText="Naar de resultaten"
          sidebar={
            <>
              <p className={styles.hint}>Een pagina moet bij alle gekozen filters passen. Het getal zegt hoeveel resultaten er dan overblijven.</p>
              <button type="button" className="button button--secondary button--sm" disabled={chosen === 0} onClick={() => update(typed, {})}>
                Wis alle filters
              </button>
              {groups.map((group) => {
                const counts = outcome.status === 'klaar' ? countsBySlug(group, outcome.counts[group.key]) : undefined;
                return (
                  <fieldset key={group.key} className={styles.group}>
                    <legend>{group.label}</legend>
                    <CheckboxOptions
                      idPrefix={`zoek-${group.key}`}
                      name={group.key}
                      options={group.options}
                      isChecked={(value) => (state.selection[group.key] ?? []).includes(value)}
                      countOf={counts ? (value) => counts[value] ?? 0 : undefined}
                      onToggle={(value) => update(typed, toggleFilter(state.selection, group.key, value))}
                    />
                  </fieldset>
                );
              })}
            </>
          }>
          <p role="status" className={styles.status}>
            {statusText(outcome, chosen)}
          </p>
          {advice.length > 0 && (
            <ul className={styles.advice}>
              {advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {outcome.hits.length > 0 && (
            <ol className={styles.results}>
              {outcome.hits.map((hit) => (
                <li key={hit.url} className={styles.result}>
                  <Heading as="h3" className={styles.title}>
                    <Link to={hit.url}>{hit.title}</Link>
                  </Heading>
                  <p className={styles.context}>{hitContext(hit)}</p>
                  <p className={styles.excerpt}>
                    <Excerpt excerpt={hit.excerpt} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          {outcome.status === 'klaar' && outcome.total > outcome.hits.length && (
            <button type="button" className="button button--secondary" onClick={() => setShown({search: search, limit: limit + pageSize})}>
              Toon meer resultaten ({outcome.total - outcome.hits.length} over)
            </button>
          )}
        </SidebarLayout>
      </main>
    </Layout>
  );
}

function statusText(outcome: SearchOutcome, chosen: number): string {
  const filtersText = chosen === 0 ? '' : chosen === 1 ? ' met 1 filter' : ` met ${chosen} filters`;
  switch (outcome.status) {
    case 'geen-index':
      return 'Zoeken werkt in de gebouwde site: draai npm run build en daarna npm run serve.';
    case 'fout':
      return 'Zoeken lukt nu niet. Laad de pagina opnieuw om het nog eens te proberen.';
    case 'wacht':
      return 'Typ een zoekwoord of kies een filter.';
    case 'zoekt':
      return 'Zoeken…';
    default: {
      const what = outcome.forQuery ? ` voor “${outcome.forQuery}”` : '';
      return outcome.total === 0 ? `Geen resultaten${what}${filtersText}.` : `${resultCountText(outcome.total)}${what}${filtersText}.`;
    }
  }
}
