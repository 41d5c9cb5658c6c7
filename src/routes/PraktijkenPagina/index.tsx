import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import PraktijkCard from '@site/src/components/PraktijkCard';
import CardGrid from '@site/src/components/CardGrid';
import Pagination from '@site/src/components/Pagination';
import {PAGE_SIZE, pageUrl, type pageData} from '@site/src/lib/overview-data';

/**
 * Page 2, 3, … of all practices A–Z: static, so every practice is reachable without
 * JavaScript. Filtering happens on the overview itself (page 1).
 */
export default function PraktijkenPagina({data}: {readonly data: ReturnType<typeof pageData>}): ReactNode {
  const {page, pages, total, kaarten, distinctive} = data;
  return (
    <Layout title={`Praktijken, pagina ${page} van ${pages}`} description={`Alle ${total} praktijkverhalen van de kennisbank jeugdpreventie op naam, pagina ${page} van ${pages}.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Praktijken</Heading>
        <p>
          Alle {total} praktijken op naam (A–Z), pagina {page} van {pages}. Zoek je iets bepaalds? <Link to="/praktijken">Filter de praktijken</Link>{' '}
          op thema, werkende factor, doelgroep en meer.
        </p>
        <Heading as="h2" className="visually-hidden">
          Praktijken {(page - 1) * PAGE_SIZE + 1}–{(page - 1) * PAGE_SIZE + kaarten.length}
        </Heading>
        <CardGrid>
          {kaarten.map((praktijk) => (
            <PraktijkCard key={praktijk.slug} praktijk={praktijk} factoren={distinctive} />
          ))}
        </CardGrid>
        <Pagination page={page} pages={pages} hrefOf={pageUrl} />
      </main>
    </Layout>
  );
}
