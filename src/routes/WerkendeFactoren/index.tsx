import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {factorenIndexData} from '@site/src/content/route-data';
import FactorChart from '@site/src/components/FactorChart';
import FactorList from './_components/FactorList';
import {getal} from '@site/src/lib/getal';

interface Props {
  readonly data: ReturnType<typeof factorenIndexData>;
}

export default function WerkendeFactoren({data}: Props): ReactNode {
  return (
    <Layout title="Werkende factoren" description="De 14 werkende factoren die steeds terugkomen in de praktijken van het koplopersnetwerk jeugdpreventie.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Werkende factoren</Heading>
        <p>
          In de {getal(data.totaal)} praktijken van het koplopersnetwerk komen {data.factoren.length} factoren steeds terug. Ze
          zeggen niet wát een gemeente moet doen, maar wel wat helpt om het goed te doen. Elke factor heeft een eigen pagina
          met voorbeelden en vragen voor je eigen gemeente.
        </p>
        <p>
          <Link className="button button--primary" to="/welke-factoren-passen">
            Welke factoren passen bij jouw situatie?
          </Link>{' '}
          <Link className="button button--secondary" to="/werkende-factoren/matrix">
            Bekijk de matrix praktijken × factoren
          </Link>
        </p>
        <FactorList factoren={data.factoren} counts={data.factorPraktijken} total={data.totaal} />
        <Heading as="h2">Hoe vaak komt elke factor voor?</Heading>
        <FactorChart factoren={data.factoren} counts={data.factorPraktijken} total={data.totaal} />
      </main>
    </Layout>
  );
}
