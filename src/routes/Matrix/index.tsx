import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import SearchBody from '@site/src/components/SearchBody';
import MatrixTable from '@site/src/components/MatrixTable';
import type {matrixPagina} from '@site/src/content/matrix';
import FactorTelling from './_components/FactorTelling';
import {getal} from '@site/src/lib/getal';

interface Props {
  readonly data: ReturnType<typeof matrixPagina>;
}

/** /werkende-factoren/matrix: the full table for a small collection, counts per thema and doelgroep for a large one. */
export default function Matrix({data}: Props): ReactNode {
  return (
    <Layout title="Matrix praktijken × werkende factoren" description="Welke praktijken welke werkende factor laten zien: per praktijk, of geteld per thema en doelgroep, met links naar de praktijken.">
      <main className="container-fluid margin-vert--lg padding-horiz--md">
        <SearchBody kind="overzicht">
          <Heading as="h1">Matrix: praktijken × werkende factoren</Heading>
          {data.soort === 'praktijken' ? (
            <p>
              Welke praktijk laat welke werkende factor zien. In de tabel is elke rij een praktijk en elke kolom een werkende
              factor; een ● betekent dat de publicatie de factor bij die praktijk noemt, en de laatste kolom en rij tellen op.
              Op een smal scherm staat per praktijk de lijst van haar factoren.
            </p>
          ) : (
            <p>
              De kennisbank telt {getal(data.totaal)} praktijken: te veel voor één rij per praktijk. Daarom telt deze pagina hoeveel
              praktijken elke werkende factor laten zien, per thema en per doelgroep. Elk getal is een link naar precies die
              praktijken in het overzicht. De tabel met één rij per praktijk staat op de pagina van elk thema.
            </p>
          )}
        </SearchBody>
        {data.soort === 'praktijken' ? (
          <MatrixTable matrix={data.matrix} />
        ) : (
          <>
            <FactorTelling telling={data.themas} factoren={data.factoren} />
            <FactorTelling telling={data.doelgroepen} factoren={data.factoren} />
            <section aria-labelledby="matrix-per-thema">
              <Heading as="h2" id="matrix-per-thema">
                Per praktijk, per thema
              </Heading>
              <ul>
                {data.themaLinks.map((thema) => (
                  <li key={thema.url}>
                    <Link to={thema.url}>{thema.label}</Link> ({thema.aantal} {thema.aantal === 1 ? 'praktijk' : 'praktijken'})
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </main>
    </Layout>
  );
}
