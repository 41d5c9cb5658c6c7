import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {beleidIndexData} from '@site/src/content/route-data';
import {documentstatussen, documenttypes, labelOf} from '@site/src/content/vocabularies';
import CardGrid from '@site/src/components/CardGrid';
import styles from './styles.module.css';

interface Props {
  readonly data: ReturnType<typeof beleidIndexData>;
}

export default function Beleid({data: {documenten}}: Props): ReactNode {
  return (
    <Layout
      title="Beleid van gemeenten"
      description="Wat beleidsstukken van gemeenten anderen leren: visie, criteria voor preventie, interventies en de indicatoren waarmee zij resultaten volgen.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Beleid van gemeenten</Heading>
        <p className="kb-lead">
          Hoe leggen gemeenten preventie vast in beleid en in opdrachten aan partners? Deze {documenten.length}{' '}
          documenten laten zien welke keuzes zij maakten, welke criteria zij stellen en wat zij meten.
        </p>
        <p>
          Naast elkaar: <Link to="/beleid/vergelijking">vergelijking van de documenten</Link> ·{' '}
          <Link to="/beleid/indicatoren">indicatorenbank</Link> · <Link to="/beleid/interventies">interventies A–Z</Link>
        </p>
        <CardGrid>
          {documenten.map((document) => (
            <article key={document.slug} className={styles.documentCard}>
              <Heading as="h2" className={styles.documentTitle}>
                <Link to={document.url}>{document.title}</Link>
              </Heading>
              <p className={styles.documentMeta}>
                {labelOf(documenttypes, document.documenttype)} · {document.jaar} · {document.regio ?? document.gemeenten.join(', ')} ·{' '}
                {labelOf(documentstatussen, document.status).toLowerCase()}
              </p>
              <p>{document.summary}</p>
              <p className={styles.documentMeta}>
                {document.indicatoren} indicatoren · {document.interventies} interventies
              </p>
            </article>
          ))}
        </CardGrid>
      </main>
    </Layout>
  );
}
