import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {themasIndexData} from '@site/src/content/route-data';

interface Props {
  readonly data: ReturnType<typeof themasIndexData>;
}

export default function Themas({data: {themas}}: Props): ReactNode {
  return (
    <Layout title="Thema’s" description="De thema’s van de kennisbank jeugdpreventie, elk met de praktijken en werkende factoren die erbij horen.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Thema’s</Heading>
        <p>Elke praktijk hoort bij één of meer thema’s. Kies een thema om de praktijken en de factoren die daarin het vaakst voorkomen te zien.</p>
        <ul>
          {themas.map((thema) => (
            <li key={thema.value} style={{marginBottom: '0.7rem'}}>
              <Link to={thema.url}>
                <strong>{thema.label}</strong>
              </Link>{' '}
              ({thema.aantal} {thema.aantal === 1 ? 'praktijk' : 'praktijken'})
              <br />
              {thema.description}
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
