import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import SearchBody from '@site/src/components/SearchBody';
import type {kaartData} from '@site/src/content/kaart';
import KaartOverzicht from './_components/KaartOverzicht';

/** /praktijken/kaart: a marker per gemeente, and the gemeenten per province as text. */
export default function PraktijkenKaart({data}: {readonly data: ReturnType<typeof kaartData>}): ReactNode {
  return (
    <Layout title="Kaart van de praktijken" description="Waar de praktijken van de kennisbank jeugdpreventie liggen: een kaart van Nederland met een stip per gemeente.">
      <main className="container margin-vert--lg">
        <SearchBody kind="overzicht">
          <Heading as="h1">Kaart van de praktijken</Heading>
          <p>
            Elke stip op de kaart is een gemeente; een getal in de stip zegt hoeveel praktijken er zijn. Kies een stip voor de
            praktijken van die gemeente. Gemeenten die dicht bij elkaar liggen delen een stip: kies die voor de lijst.
            Kies een provincie om alle praktijken daar te zien in het <Link to="/praktijken">overzicht van de praktijken</Link>.
            Dezelfde gemeenten staan ook als lijst onder <a href="#lijst-title">Praktijken per provincie</a>.
          </p>
        </SearchBody>
        <KaartOverzicht kaart={data} />
      </main>
    </Layout>
  );
}
