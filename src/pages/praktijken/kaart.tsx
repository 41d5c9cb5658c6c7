import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import SearchBody from '@site/src/components/SearchBody';
import praktijken from '@generated/kennisbank/default/kaart.json';
import KaartOverzicht from './_components/KaartOverzicht';

export default function PraktijkenKaart(): ReactNode {
  return (
    <Layout title="Kaart van de praktijken" description="Waar de praktijken van de kennisbank jeugdpreventie liggen: een kaart van Nederland met een stip per praktijk.">
      <main className="container margin-vert--lg">
        <SearchBody kind="overzicht">
          <Heading as="h1">Kaart van de praktijken</Heading>
          <p>
            Elke stip op de kaart is een praktijk; kies een stip om het verhaal te lezen. Een stip met een getal staat voor
            praktijken die dicht bij elkaar liggen: kies hem voor de lijst. Kies een provincie om alle praktijken daar te zien
            in het <Link to="/praktijken">overzicht van de praktijken</Link>. Dezelfde praktijken staan ook als lijst onder{' '}
            <a href="#lijst-title">Praktijken per provincie</a>.
          </p>
        </SearchBody>
        <KaartOverzicht praktijken={praktijken} />
      </main>
    </Layout>
  );
}
