import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {vergelijkingData} from '@site/src/content/route-data';
import VergelijkingTable from './_components/VergelijkingTable';

interface Props {
  readonly data: ReturnType<typeof vergelijkingData>;
}

export default function Vergelijking({data}: Props): ReactNode {
  const incomplete = data.rijen.some((rij) => rij.cellen.some((cel) => cel.length === 0));
  return (
    <Layout
      title="Beleidsdocumenten vergeleken"
      description="Vier beleidsdocumenten over preventie naast elkaar: criteria, doelgroepen, rol van de gemeente, monitoring, thema's en werkende factoren.">
      <main className="container-fluid margin-vert--lg padding-horiz--md">
        <Heading as="h1">Beleidsdocumenten vergeleken</Heading>
        <p>
          Hoe kiezen gemeenten wat ze aan preventie doen, voor wie, en hoe volgen ze of het werkt? De tabel zet de{' '}
          <Link to="/beleid">beleidsdocumenten</Link> van de kennisbank naast elkaar. Elke kolom is een document, elke rij een
          onderwerp. De samenvattingen zijn in onze woorden; lees het document zelf voor de volledige tekst.
        </p>
        <VergelijkingTable data={data} />
        {incomplete && (
          <p className="margin-top--md">
            Een streepje (—) betekent dat het document er niets over zegt of dat het nog niet voor deze tabel is samengevat.
          </p>
        )}
        <p>
          Zie ook de <Link to="/beleid/indicatoren">indicatorenbank</Link> en de{' '}
          <Link to="/beleid/interventies">interventies van A tot Z</Link>.
        </p>
      </main>
    </Layout>
  );
}
