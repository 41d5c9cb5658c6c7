import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {indicatorenData} from '@site/src/content/route-data';
import {filterIndicatoren} from '@site/src/content/beleid/indicatoren';
import {domeinen, themas} from '@site/src/content/vocabularies';
import {useUrlState} from '@site/src/hooks/useUrlState';
import IndicatorFilters from './_components/IndicatorFilters';
import IndicatorTable from './_components/IndicatorTable';
import CsvDownload from './_components/CsvDownload';
import styles from './styles.module.css';

const facets = ['domein', 'thema'] as const;
const options = {known: {domein: domeinen.map((d) => d.value), thema: themas.map((t) => t.value)}};

interface Props {
  readonly data: ReturnType<typeof indicatorenData>;
}

export default function Indicatorenbank({data}: Props): ReactNode {
  const {lists: selectie, toggle, clear, isFiltered} = useUrlState(facets, options);
  const rows = filterIndicatoren(data.indicatoren, selectie);
  const total = data.indicatoren.length;
  const documenten = new Set(data.indicatoren.map((row) => row.document.url)).size;
  return (
    <Layout
      title="Indicatorenbank"
      description="Alle resultaatindicatoren uit de beleidsdocumenten van de kennisbank jeugdpreventie, te filteren op domein en thema en te downloaden als CSV.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Indicatorenbank</Heading>
        <p>
          Wat meten gemeenten om te zien of hun preventie werkt? Hier staan alle {total} indicatoren uit {documenten}{' '}
          <Link to="/beleid">beleidsdocumenten</Link> bij elkaar, met het doel waar de bron er een noemt. Filter op domein of
          thema; de link in de adresbalk bewaart je keuze. Elke indicator verwijst naar het document en de regel in de bron
          waar hij staat.
        </p>
        <div className={styles.layout}>
          <section aria-labelledby="indicator-filters-title" className={styles.filters}>
            <Heading as="h2" id="indicator-filters-title" className={styles.sideTitle}>
              Filters
            </Heading>
            <noscript>
              <p className={styles.noscript}>Filteren werkt alleen met JavaScript. De tabel toont alle indicatoren.</p>
            </noscript>
            <button type="button" className="button button--secondary button--sm" onClick={clear} disabled={!isFiltered}>
              Wis alle filters
            </button>
            <IndicatorFilters rows={data.indicatoren} selectie={selectie} onToggle={toggle} />
          </section>
          <section aria-labelledby="indicator-results-title">
            <Heading as="h2" id="indicator-results-title" className="visually-hidden">
              Indicatoren
            </Heading>
            <div className={styles.toolbar}>
              <p role="status" className={styles.count}>
                <strong>{rows.length}</strong> van {total} indicatoren
              </p>
              <CsvDownload rows={rows} total={total} isFiltered={isFiltered} />
            </div>
            {rows.length === 0 ? (
              <p>
                Geen indicator past bij deze combinatie van domein en thema.{' '}
                <button type="button" className="button button--link" onClick={clear}>
                  Wis alle filters
                </button>
              </p>
            ) : (
              <IndicatorTable rows={rows} total={total} isFiltered={isFiltered} />
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
