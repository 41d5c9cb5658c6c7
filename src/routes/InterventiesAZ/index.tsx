import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {interventiesData} from '@site/src/content/route-data';
import InterventieIndex from './_components/InterventieIndex';

interface Props {
  readonly data: ReturnType<typeof interventiesData>;
}

export default function InterventiesAZ({data}: Props): ReactNode {
  const total = data.interventies.length;
  const shared = data.interventies.filter((entry) => entry.usedIn.length > 1).length;
  return (
    <Layout
      title="Interventies A–Z"
      description="Alle methoden en programma's die praktijken en beleidsdocumenten van de kennisbank jeugdpreventie noemen, van A tot Z, met waar ze gebruikt worden.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Interventies A–Z</Heading>
        <p>
          {total} methoden, programma's en aanpakken die de <Link to="/praktijken">praktijken</Link> en{' '}
          <Link to="/beleid">beleidsdocumenten</Link> bij naam noemen. Bij elke interventie staat een korte omschrijving in
          onze woorden en waar ze gebruikt wordt. {shared} interventies komen in meer dan één bron voor; die hebben het label
          “in N bronnen”. Verschillende schrijfwijzen van dezelfde naam zijn samengevoegd.
        </p>
        <InterventieIndex interventies={data.interventies} />
      </main>
    </Layout>
  );
}
