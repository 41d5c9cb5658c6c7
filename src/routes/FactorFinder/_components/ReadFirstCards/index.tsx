import React, {useMemo, type ReactNode} from 'react';
import PraktijkCard from '@site/src/components/PraktijkCard';
import type {ReadFirstId} from '@site/src/lib/compact-finder';
import {staticPaths, type PraktijkCardData} from '@site/src/lib/overview-data';
import {useStaticJson} from '@site/src/hooks/useStaticJson';
import styles from './styles.module.css';

interface Props {
  readonly readFirst: readonly ReadFirstId[];
  /** Cards the page already holds (those shown before any choice). */
  readonly kaarten: readonly {readonly id: number; readonly kaart: PraktijkCardData}[];
}

/** The "Lees eerst" cards: only these few are fetched, never the whole collection. */
export default function ReadFirstCards({readFirst, kaarten}: Props): ReactNode {
  const initial = useMemo(() => new Map(kaarten.map(({id, kaart}) => [staticPaths.card(id), kaart])), [kaarten]);
  const {files, loading, failed} = useStaticJson<PraktijkCardData>(readFirst.map(({id}) => staticPaths.card(id)), initial);
  return (
    <>
      <ul className={styles.read} aria-busy={loading}>
        {readFirst.map(({id, sharedFactors}) => {
          const praktijk = files.get(staticPaths.card(id));
          return (
            praktijk && (
              <li key={id}>
                <PraktijkCard praktijk={praktijk}>
                  {sharedFactors.length > 0 && (
                    <p className={styles.shared}>Gedeelde factoren: {sharedFactors.map((f) => f.korteNaam).join(', ')}</p>
                  )}
                </PraktijkCard>
              </li>
            )
          );
        })}
      </ul>
      {failed && <p role="alert">Niet alle praktijken konden worden geladen. Probeer het later opnieuw.</p>}
    </>
  );
}
