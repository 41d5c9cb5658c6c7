import React, {useCallback, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SearchBody from '@site/src/components/SearchBody';
import data from '@generated/kennisbank/default/praktijken.json';
import {activeFilters, distinctiveFactors, facetKeys, filterPraktijken, sortPraktijken, type Operator, type SortKey} from '@site/src/lib/facets';
import {useUrlState} from '@site/src/hooks/useUrlState';
import PraktijkCard from '@site/src/components/PraktijkCard';
import CardGrid from '@site/src/components/CardGrid';
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
import styles from './styles.module.css';

const options = {values: ['operator', 'sorteer'] as const};
// Factors every practice shows say nothing about one of them; cards name the others.
const distinctive = distinctiveFactors(data.praktijken, data.factoren);

/** After the phone panel closes on "Toon N praktijken": the reader lands on the results. */
function focusResults(): void {
  const heading = document.getElementById('resultaten');
  heading?.scrollIntoView({block: 'start'});
  heading?.focus({preventScroll: true});
}

export default function PraktijkenOverzicht(): ReactNode {
  // `?thema=…&factor=…&operator=of&sorteer=startjaar`; the defaults (en, titel) stay out of the URL.
  const url = useUrlState(facetKeys, options);
  const state = {
    selection: url.lists,
    toggle: url.toggle,
    clear: url.clear,
    operator: (url.values.operator === 'of' ? 'of' : 'en') as Operator,
    setOperator: (value: Operator) => url.setValue('operator', value === 'en' ? null : value),
    sort: (url.values.sorteer === 'startjaar' ? 'startjaar' : 'titel') as SortKey,
    setSort: (value: SortKey) => url.setValue('sorteer', value === 'titel' ? null : value),
  };
  const [panelOpen, setPanelOpen] = useState(false);
  const closePanel = useCallback((toResults: boolean) => {
    setPanelOpen(false);
    if (toResults) requestAnimationFrame(focusResults);
  }, []);
  const chosen = activeFilters(state.selection).length;
  const vergelijk = useVergelijkKeuze();
  const shown = sortPraktijken(filterPraktijken(data.praktijken, state.selection, state.operator), state.sort);
  const {siteConfig} = useDocusaurusContext();
  // One panel, rendered either beside the results or, on a phone, inside the dialog.
  const filterPanel = (
    <FilterPanel
      praktijken={data.praktijken}
      factoren={data.factoren}
      selection={state.selection}
      operator={state.operator}
      onOperator={state.setOperator}
      onToggle={state.toggle}
      onClear={state.clear}
    />
  );
  return (
    <Layout title="Praktijken" description="Alle praktijkverhalen van de kennisbank jeugdpreventie, te filteren op thema, werkende factor, doelgroep en meer.">
      <JsonLd data={praktijkenItemList(shown, `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, ''))} />
      <main className="container margin-vert--lg">
        <SearchBody kind="overzicht">
          <Heading as="h1">Praktijken</Heading>
          <p>
            Verhalen van gemeenten over preventie voor kinderen, jongeren en ouders. Filter op wat bij jouw vraag past; de
            link in de adresbalk bewaart je keuze, zodat je hem kunt delen. Liever op de kaart zoeken? Bekijk de{' '}
            <Link to="/praktijken/kaart">kaart van Nederland</Link>.
          </p>
        </SearchBody>
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
              praktijken={data.praktijken}
              factoren={data.factoren}
              selection={state.selection}
              operator={state.operator}
              shown={shown.length}
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
          <CardGrid>
            {shown.map((praktijk) => (
              <PraktijkCard key={praktijk.slug} praktijk={praktijk} factoren={distinctive}>
                <KaartKeuze slug={praktijk.slug} title={praktijk.title} vergelijk={vergelijk.slugs} onVergelijk={vergelijk.toggle} />
              </PraktijkCard>
            ))}
          </CardGrid>
          <VergelijkBalk slugs={vergelijk.slugs} onClear={vergelijk.clear} />
        </SidebarLayout>
        <FilterDialog open={panelOpen} onClose={closePanel} shown={shown.length} total={data.praktijken.length}>
          {panelOpen && filterPanel}
        </FilterDialog>
      </main>
    </Layout>
  );
}
