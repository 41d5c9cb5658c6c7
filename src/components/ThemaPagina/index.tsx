import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {ThemaPaginaData} from '@site/src/content/matrix';
import PraktijkCard from '@site/src/components/PraktijkCard';
import CardGrid from '@site/src/components/CardGrid';
import SearchBody from '@site/src/components/SearchBody';
import MatrixTable from '@site/src/components/MatrixTable';

/**
 * One page per thema, routed by the kennisbank plugin with only that thema's data: its practices
 * × factors table always, and cards as well while the collection is small.
 */
export default function ThemaPagina({data: {thema, factoren, kaarten, matrix}}: {readonly data: ThemaPaginaData}): ReactNode {
  const nameOf = (slug: string) => factoren.find((f) => f.slug === slug);
  const total = thema.aantal;
  return (
    <Layout title={`Thema: ${thema.label}`} description={thema.description}>
      <main className="container margin-vert--lg">
        <p>
          <Link to="/themas">Alle thema’s</Link>
        </p>
        <SearchBody kind="thema">
          <Heading as="h1">{thema.label}</Heading>
          <p className="kb-lead">{thema.description}</p>
        </SearchBody>
        <Heading as="h2">Praktijken ({total})</Heading>
        {total === 0 ? (
          <p>Er zijn nog geen praktijken met dit thema. <Link to="/praktijk-aanmelden">Deel je praktijk</Link>.</p>
        ) : (
          <>
            <p>
              <Link to={thema.overzicht}>Filter deze {total} praktijken verder in het overzicht</Link>
            </p>
            {kaarten.length > 0 && (
              <CardGrid>
                {kaarten.map((p) => (
                  <PraktijkCard key={p.slug} praktijk={p} />
                ))}
              </CardGrid>
            )}
          </>
        )}
        {total > 0 && (
          <section aria-labelledby="thema-matrix-titel" className="margin-bottom--lg">
            <Heading as="h2" id="thema-matrix-titel">
              Praktijken × werkende factoren
            </Heading>
            <p>Welke praktijk van dit thema welke werkende factor laat zien; een ● betekent dat de factor bij de praktijk genoemd wordt.</p>
            <MatrixTable matrix={matrix} id="thema-matrix" kop="h3" onderwerp={`met het thema ${thema.label}`} />
          </section>
        )}
        {thema.topFactoren.length > 0 && (
          <>
            <Heading as="h2">Werkende factoren in dit thema</Heading>
            <p>Hoe vaak elke factor voorkomt in de {total} praktijken van dit thema, meest voorkomend eerst.</p>
            <ol>
              {thema.topFactoren.map((c) => {
                const factor = nameOf(c.slug);
                return (
                  <li key={c.slug}>
                    <Link to={factor?.url ?? `/werkende-factoren/${c.slug}`}>{factor?.korteNaam ?? c.slug}</Link>: {c.count}{' '}
                    van {total}
                  </li>
                );
              })}
            </ol>
          </>
        )}
        {thema.beleid.length > 0 && (
          <>
            <Heading as="h2">Beleid over dit thema</Heading>
            <ul>
              {thema.beleid.map((b) => (
                <li key={b.url}>
                  <Link to={b.url}>{b.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </Layout>
  );
}
