import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {praktijkKeuzeData} from '@site/src/content/route-data';
import {MAX_VERGELIJK, MIN_VERGELIJK} from '@site/src/lib/selectie';
import SelectieKnop from '@site/src/components/SelectieKnop';
import VergelijkKiezer from './_components/VergelijkKiezer';
import VergelijkTabel from './_components/VergelijkTabel';
import {useDetails} from '@site/src/hooks/useDetails';
import {useSlugParam} from '@site/src/hooks/useSlugParam';

interface Props {
  readonly data: ReturnType<typeof praktijkKeuzeData>;
}

export default function Vergelijk({data: {factoren}}: Props): ReactNode {
  const [requested, setSlugs] = useSlugParam(MAX_VERGELIJK);
  const {details, loading, unknown} = useDetails(requested);
  // A slug in a link that names no practice is left out, as if it were not there.
  const slugs = requested.filter((slug) => !unknown.has(slug));
  const chosen = slugs.flatMap((slug) => details.get(slug) ?? []);
  return (
    <Layout title="Praktijken vergelijken" description="Zet twee tot vier praktijken naast elkaar: waar, voor wie, welke werkende factoren, kosten en kerncijfers.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Praktijken vergelijken</Heading>
        <p>
          Zet twee tot vier praktijken naast elkaar. Kies ze op het <Link to="/praktijken">overzicht van praktijken</Link> met
          het vakje ‘vergelijk’ bij een praktijk, via ‘Vergelijk deze praktijk’ onderaan een praktijkpagina, of hieronder uit de
          lijst. Het adres van deze pagina bewaart je keuze, zodat je de vergelijking kunt delen.
        </p>
        <noscript>
          <p>
            <strong>Deze vergelijking heeft JavaScript nodig</strong> om de gekozen praktijken te laden. Zonder JavaScript kun je
            elke praktijk op haar eigen pagina lezen; het blok ‘In één oogopslag’ bovenaan geeft dezelfde kenmerken.
          </p>
        </noscript>
        <VergelijkKiezer chosen={slugs} titleOf={(slug) => details.get(slug)?.title} onChange={setSlugs} />
        {slugs.length < MIN_VERGELIJK ? (
          <p role="status">
            {slugs.length === 0 ? 'Nog geen praktijken gekozen.' : 'Kies nog minstens één praktijk om te vergelijken.'}
          </p>
        ) : loading ? (
          <p role="status">De praktijken worden geladen…</p>
        ) : (
          <VergelijkTabel
            praktijken={chosen}
            factoren={factoren}
            columnControls={(p) => <SelectieKnop slug={p.slug} title={p.title} />}
          />
        )}
      </main>
    </Layout>
  );
}
