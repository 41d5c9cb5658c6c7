import React, {useEffect, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {praktijkKeuzeData} from '@site/src/content/route-data';
import {MAX_SELECTIE, mergeSlugs, selectieUrl} from '@site/src/lib/selectie';
import {storeSelectie, useSelectie} from '@site/src/components/SelectieKnop/useSelectie';
import SelectieActies from './_components/SelectieActies';
import SelectieItem from './_components/SelectieItem';
import {useDetails} from '@site/src/hooks/useDetails';
import {useSlugParam} from '@site/src/hooks/useSlugParam';
import styles from './styles.module.css';

interface Props {
  readonly data: ReturnType<typeof praktijkKeuzeData>;
}

/**
 * "Mijn selectie": kept in localStorage and mirrored in the URL (`?p=a,b`). A link with `?p=`
 * shows that list and makes it the reader's selection; the previous one can be put back.
 */
export default function MijnSelectie({data: {factoren}}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const siteUrl = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '');
  const [requested, setUrlSlugs, params] = useSlugParam(MAX_SELECTIE);
  const {slugs: stored, ready} = useSelectie();
  const [previous, setPrevious] = useState<string[]>([]);
  const [synced, setSynced] = useState(false);
  const toevoegen = params.get('toevoegen');
  // Practices are checked by fetching them: a slug without a file (a removed practice, a
  // mistyped link) is dropped, as there is no list of all slugs to check against.
  const {details, loading, unknown} = useDetails(synced ? stored : [...new Set([...requested, ...stored, ...(toevoegen ? [toevoegen] : [])])]);
  const known = (slug: string) => !unknown.has(slug);
  const urlSlugs = requested.filter(known);
  const slugs = stored.filter(known);
  useEffect(() => {
    if (!ready || loading) return;
    if (!synced) {
      const fromUrl = params.has('p') ? urlSlugs : slugs;
      const next = mergeSlugs(fromUrl, toevoegen && known(toevoegen) ? [toevoegen] : [], MAX_SELECTIE);
      const replaces = params.has('p') && slugs.length > 0 && next.join() !== slugs.join();
      if (next.join() !== slugs.join()) storeSelectie(next);
      setUrlSlugs(next);
      // The stored selection can only be read after hydration; this runs once, then the URL follows the store.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSynced(true);
      if (replaces) setPrevious(slugs);
    } else if (urlSlugs.join() !== slugs.join()) {
      setUrlSlugs(slugs);
    }
  }, [ready, loading, slugs.join(), urlSlugs.join()]); // eslint-disable-line react-hooks/exhaustive-deps

  const chosen = slugs.flatMap((slug) => details.get(slug) ?? []);
  return (
    <Layout title="Mijn selectie" description="Praktijken die je hebt bewaard om te lezen, af te drukken of te delen.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Mijn selectie</Heading>
        <div className={styles.intro}>
          <p>
            Bewaar praktijken met ‘Bewaar in mijn selectie’ op een praktijkpagina of op het{' '}
            <Link to="/praktijken">overzicht</Link>. Je selectie blijft in deze browser bewaard (in de lokale opslag, niet in een
            cookie) en staat in het adres van deze pagina, zodat je haar kunt delen. Afdrukken geeft één praktijk per pagina.
          </p>
          <noscript>
            <p>
              <strong>Mijn selectie heeft JavaScript nodig.</strong> Zonder JavaScript kun je elke praktijk op haar eigen pagina
              lezen en afdrukken.
            </p>
          </noscript>
          {previous.length > 0 && (
            <p role="status" className={styles.notice}>
              Deze selectie komt uit een link en vervangt je vorige selectie ({previous.length}{' '}
              {previous.length === 1 ? 'praktijk' : 'praktijken'}).{' '}
              <button
                type="button"
                className="button button--sm button--outline button--primary"
                onClick={() => {
                  storeSelectie(previous);
                  setPrevious([]);
                }}>
                Zet mijn vorige selectie terug
              </button>
            </p>
          )}
        </div>
        {synced && slugs.length > 0 && (
          <SelectieActies slugs={slugs} shareUrl={siteUrl + selectieUrl(slugs)} onClear={() => storeSelectie([])} />
        )}
        {!synced ? null : slugs.length === 0 ? (
          <p role="status">Je selectie is leeg.</p>
        ) : loading ? (
          <p role="status">De praktijken worden geladen…</p>
        ) : (
          chosen.map((praktijk) => (
            <SelectieItem
              key={praktijk.slug}
              praktijk={praktijk}
              factoren={factoren}
              pageUrl={siteUrl + praktijk.url}
              onRemove={() => storeSelectie(slugs.filter((slug) => slug !== praktijk.slug))}
            />
          ))
        )}
      </main>
    </Layout>
  );
}
