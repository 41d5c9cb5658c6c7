import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';

export default function PraktijkAanmelden(): ReactNode {
  return (
    <Layout title="Deel je praktijk" description="Meld een praktijk in jeugdpreventie aan voor de kennisbank.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Deel je praktijk</Heading>
        <p>
          Werkt jouw gemeente aan preventie waar anderen van kunnen leren? De kennisbank groeit met praktijken van
          gemeenten. Een praktijkpagina is een tekstbestand met vaste velden; een redacteur kijkt elke aanmelding na.
        </p>
        <Heading as="h2">Zo meld je aan</Heading>
        <ol>
          <li>Beschrijf de praktijk aan de hand van de vaste onderdelen: in het kort, aanleiding, aanpak, wat werkt, resultaten, valkuilen, tips en meer weten.</li>
          <li>Noem je bron (titel, uitgever, jaar) en zet bij elk cijfer het jaar waarin het gold.</li>
          <li>
            Lees hoe je werkt met <Link to="/over">de kennisbank</Link> en dien je praktijk in via GitHub.
          </li>
        </ol>
      </main>
    </Layout>
  );
}
