import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import data from '@generated/kennisbank/default/praktijken.json';
import {filterPraktijken, isEmptySelection, sortPraktijken} from '@site/src/lib/facets';
import PraktijkCard from '@site/src/components/PraktijkCard';
import CardGrid from '@site/src/components/CardGrid';
import FacetFilters from './_components/FacetFilters';
import ResultSummary from './_components/ResultSummary';
import {useOverviewState} from './_components/useOverviewState';
import styles from './styles.module.css';

export default function PraktijkenOverzicht(): ReactNode {
  const state = useOverviewState();
  const shown = sortPraktijken(filterPraktijken(data.praktijken, state.selection, state.operator), state.sort);
  return (
    <Layout title="Praktijken" description="Alle praktijkverhalen van de kennisbank jeugdpreventie, te filteren op thema, werkende factor, doelgroep en meer.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Praktijken</Heading>
        <p>
          Verhalen van gemeenten over preventie voor kinderen, jongeren en ouders. Filter op wat bij jouw vraag past; de
          link in de adresbalk bewaart je keuze, zodat je hem kunt delen.
        </p>
        <div className={styles.layout}>
          <section aria-labelledby="filters-title" className={styles.filters}>
            <Heading as="h2" id="filters-title" className={styles.sideTitle}>
              Filters
            </Heading>
            <fieldset className={styles.operator}>
              <legend>Meerdere keuzes binnen een filter:</legend>
              <label>
                <input type="radio" name="operator" checked={state.operator === 'en'} onChange={() => state.setOperator('en')} /> allemaal (EN)
              </label>
              <label>
                <input type="radio" name="operator" checked={state.operator === 'of'} onChange={() => state.setOperator('of')} /> één ervan (OF)
              </label>
            </fieldset>
            <button type="button" className="button button--secondary button--sm" onClick={state.clear} disabled={isEmptySelection(state.selection)}>
              Wis alle filters
            </button>
            <FacetFilters
              praktijken={data.praktijken}
              factoren={data.factoren}
              selection={state.selection}
              operator={state.operator}
              onToggle={state.toggle}
            />
          </section>
          <section aria-labelledby="results-title">
            <Heading as="h2" id="results-title" className="visually-hidden">
              Resultaten
            </Heading>
            <div className={styles.toolbar}>
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
            <CardGrid>
              {shown.map((praktijk) => (
                <PraktijkCard key={praktijk.slug} praktijk={praktijk} />
              ))}
            </CardGrid>
          </section>
        </div>
      </main>
    </Layout>
  );
}
