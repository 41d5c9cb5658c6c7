import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import SearchBody from '@site/src/components/SearchBody';
import data from '@generated/kennisbank/default/matrix.json';
import MatrixTable from './_components/MatrixTable';

export default function Matrix(): ReactNode {
  return (
    <Layout title="Matrix praktijken × werkende factoren" description="Welke praktijk laat welke werkende factor zien: de volledige tabel, met totalen per praktijk en per factor.">
      <main className="container-fluid margin-vert--lg padding-horiz--md">
        <SearchBody kind="overzicht">
          <Heading as="h1">Matrix: praktijken × werkende factoren</Heading>
          <p>
            Welke praktijk laat welke werkende factor zien. In de tabel is elke rij een praktijk en elke kolom een werkende
            factor; een ● betekent dat de publicatie de factor bij die praktijk noemt, en de laatste kolom en rij tellen op.
            Op een smal scherm staat per praktijk de lijst van haar factoren.
          </p>
        </SearchBody>
        <MatrixTable matrix={data} />
      </main>
    </Layout>
  );
}
