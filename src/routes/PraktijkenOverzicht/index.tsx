import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SearchBody from '@site/src/components/SearchBody';
import {activeFilters} from '@site/src/lib/facets';
import {pageUrl} from '@site/src/lib/overview-data';
import PraktijkCard from '@site/src/components/PraktijkCard';
import CardGrid from '@site/src/components/CardGrid';
import Pagination from '@site/src/components/Pagination';
import SidebarLayout from '@site/src/components/SidebarLayout';
import JsonLd from '@site/src/components/JsonLd';
import {praktijkenItemList} from '@site/src/content/json-ld';
import FilterPanel from './_components/FilterPanel';
import ResultSummary from './_components/ResultSummary';
import ActiveFilters from './_components/ActiveFilters';
import FilterDialog from './_components/FilterDialog';
import KaartKeuze from './_components/KaartKeuze';
import VergelijkBalk from './_components/VergelijkBalk';
import {useVergelijkKeuze} from './_components/useVergelijkKeuze';
import {useOverview, type OverviewData} from './_components/useOverview';
import styles from './styles.module.css';

/** After the phone panel closes, or another page of results is chosen: the reader lands on the results. */
function focusResults(): void {
  const heading = document.getElementById('resultaten');
  heading?.scrollIntoView({block: 'start'});
  heading?.focus({preventScroll: true});
}

export default function PraktijkenOverzicht({data}: {readonly data: OverviewData}): ReactNode {
  const state = useOverview(data);
  const [panelOpen, setPanelOpen] = useState(false);
  const closePanel = useCallback((toResults: boolean) => {
    setPanelOpen(false);
    if (toResults) requestAnimationFrame(focusResults);
  }, []);
  const lastPage = useRef(state.page);
  useEffect(() => {
    if (lastPage.current !== state.page) requestAnimationFrame(focusResults);
    lastPage.current = state.page;
  }, [state.page]);
  // Without JavaScript (and until it runs) the pages are the static A–Z pages.
  const isBrowser = useIsBrowser();
  const chosen = activeFilters(state.selection).length;
  const vergelijk = useVergelijkKeuze();
  const {siteConfig} = useDocusaurusContext();
  // One panel, rendered either beside the results or, on a phone, inside the dialog.
  const filterPanel = (
    <FilterPanel
      factoren={data.factoren}
      selection={state.selection}
      countOf={state.countOf}
      operator={state.operator}
      onOperator={state.setOperator}
      onToggle={state.toggle}
      onClear={state.clear}
    />
  );
  return (
    <Layout title="Praktijken" description="Alle praktijkverhalen van de kennisbank jeugdpreventie, te filteren op thema, werkende factor, doelgroep en meer.">
      <JsonLd data={praktijkenItemList(state.cards, `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, ''))} />
      <main className="container margin-vert--lg">
        <SearchBody kind="overzicht">
          <Heading as="h1">Praktijken</Heading>
          <p>
            Verhalen van gemeenten over preventie voor kinderen, jongeren en ouders. Filter op wat bij jouw vraag past; de
            link in de adresbalk bewaart je keuze, zodat je hem kunt delen. Liever op de kaart zoeken? Bekijk de{' '}
            <Link to="/praktijken/kaart">kaart van Nederland</Link>.
          </p>
        </SearchBody>
        <noscript>
          <p className={styles.noscript}>
            Filteren werkt alleen met JavaScript. Zonder JavaScript staan hier alle praktijken op alfabet, 24 per pagina, ook als
            je via een link met filters kwam (van de kaart, de matrix of een werkende factor).
          </p>
        </noscript>
        <SidebarLayout
          id="filters-title"
          title="Filters"
          resultsLabel="Resultaten"
          resultsId="resultaten"
          hideSidebarOnPhone
          sidebar={panelOpen ? null : filterPanel}>
          <div className={styles.toolbar}>
            <button type="button" className={`button button--secondary ${styles.filterButton}`} aria-haspopup="dialog" onClick={() => setPanelOpen(true)}>
              Filters{chosen > 0 ? ` (${chosen})` : ''}
            </button>
            <ResultSummary
              factoren={data.factoren}
              operator={state.operator}
              total={data.total}
              shown={state.shown}
              page={state.page}
              pages={state.pages}
              suggestions={state.suggestions}
              onToggle={state.toggle}
            />
            <label className={styles.sort}>
              Sorteer op{' '}
              <select value={state.sort} onChange={(event) => state.setSort(event.target.value === 'startjaar' ? 'startjaar' : 'titel')}>
                <option value="titel">naam (A–Z)</option>
                <option value="startjaar">startjaar (nieuwste eerst)</option>
              </select>
            </label>
          </div>
          <ActiveFilters factoren={data.factoren} selection={state.selection} onToggle={state.toggle} onClear={state.clear} />
          <div aria-busy={state.loading}>
            <CardGrid>
              {state.cards.map((praktijk) => (
                <PraktijkCard key={praktijk.slug} praktijk={praktijk} factoren={data.distinctive}>
                  <KaartKeuze slug={praktijk.slug} title={praktijk.title} vergelijk={vergelijk.slugs} onVergelijk={vergelijk.toggle} />
                </PraktijkCard>
              ))}
            </CardGrid>
            {state.failed && <p role="alert">Niet alle praktijken konden worden geladen. Probeer het later opnieuw.</p>}
          </div>
          <Pagination page={state.page} pages={state.pages} hrefOf={isBrowser ? state.hrefOf : pageUrl} />
          <VergelijkBalk slugs={vergelijk.slugs} onClear={vergelijk.clear} />
        </SidebarLayout>
        <FilterDialog open={panelOpen} onClose={closePanel} shown={state.shown} total={data.total}>
          {panelOpen && filterPanel}
        </FilterDialog>
      </main>
    </Layout>
  );
}
