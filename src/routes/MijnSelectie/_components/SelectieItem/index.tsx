import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {bronTekst, praktijkFeiten, type FactorNaam, type PraktijkDetail} from '@site/src/content/feiten';
import FeitWaarden from '@site/src/components/FeitenLijst';
import styles from './styles.module.css';

interface Props {
  readonly praktijk: PraktijkDetail;
  readonly factoren: readonly FactorNaam[];
  /** Address of the practice's own page, in full, for the printed footer. */
  readonly pageUrl: string;
  readonly onRemove: () => void;
}

/** One practice of the selection: "In het kort" and its facts; printed on a page of its own. */
export default function SelectieItem({praktijk, factoren, pageUrl, onRemove}: Props): ReactNode {
  const feiten = praktijkFeiten(praktijk, factoren).filter((feit) => feit.key !== 'bron' && (feit.items.length > 0 || feit.key === 'factoren'));
  return (
    <article className={styles.item} data-praktijk={praktijk.slug}>
      <Heading as="h2" className={styles.title}>
        <Link to={praktijk.url}>{praktijk.title}</Link>
      </Heading>
      <p className={styles.place}>{praktijk.gemeente}</p>
      <Heading as="h3">In het kort</Heading>
      {praktijk.inHetKort.length ? praktijk.inHetKort.map((paragraph) => <p key={paragraph}>{paragraph}</p>) : <p>{praktijk.summary}</p>}
      <section className="kb-facts" aria-label={`${praktijk.title} in één oogopslag`}>
        <dl className="kb-facts__list">
          {feiten.map((feit) => (
            <React.Fragment key={feit.key}>
              <dt>{feit.label}</dt>
              <dd>
                <FeitWaarden items={feit.items} />
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </section>
      <p className={styles.remove}>
        <button type="button" className="button button--sm button--outline button--secondary" onClick={onRemove}>
          Haal uit mijn selectie<span className="visually-hidden">: {praktijk.title}</span>
        </button>
      </p>
      <p className={styles.footer}>
        Bron: {bronTekst(praktijk.bron)}. Deze praktijk online: {pageUrl}
      </p>
    </article>
  );
}
