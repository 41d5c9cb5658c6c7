import React, {useMemo, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import SearchBody from '@site/src/components/SearchBody';
import {situationKeys} from '@site/src/lib/finder';
import {decodeIndex} from '@site/src/lib/compact-index';
import {rankFactorsCompact} from '@site/src/lib/compact-finder';
import type {finderData} from '@site/src/lib/overview-data';
import {useUrlState} from '@site/src/hooks/useUrlState';
import SituationForm from './_components/SituationForm';
import FactorRanking from './_components/FactorRanking';
import SidebarLayout from '@site/src/components/SidebarLayout';

export default function Finder({data}: {readonly data: ReturnType<typeof finderData>}): ReactNode {
  const {lists: situation, toggle, clear} = useUrlState(situationKeys);
  const index = useMemo(() => decodeIndex(data.index), [data.index]);
  const result = useMemo(() => rankFactorsCompact(index, data.factoren, situation), [index, data.factoren, situation]);
  return (
    <Layout title="Welke factoren passen bij jou?" description="Vertel wie je wilt bereiken, op welke leeftijd, waar en over welk thema: de kennisbank laat zien welke werkende factoren en praktijken het meest passen.">
      <main className="container margin-vert--lg">
        <SearchBody kind="overzicht">
          <Heading as="h1">Welke factoren passen bij jou?</Heading>
          <p>
            Beschrijf je situatie in een paar klikken. Je ziet dan welke werkende factoren het vaakst voorkomen in de
            praktijken die erop lijken, en welke praktijken je het best eerst kunt lezen. De link in de adresbalk bewaart je
            keuze.
          </p>
        </SearchBody>
        <SidebarLayout
          id="situatie-title"
          title="Jouw situatie"
          resultsLabel="Resultaat"
          resultsId="resultaat"
          skipLinkText="Naar het resultaat"
          sidebar={<SituationForm situation={situation} onToggle={toggle} onClear={clear} />}>
          <FactorRanking result={result} kaarten={data.kaarten} situation={situation} total={index.size} onToggle={toggle} />
        </SidebarLayout>
      </main>
    </Layout>
  );
}
