import React, {type ComponentProps, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {labelOf} from '@site/src/content/vocabularies';
import {matchText, overviewLink, situationVocabularies, type Situation, type SituationKey} from '@site/src/lib/finder';
import type {CompactFinderResult} from '@site/src/lib/compact-finder';
import ReadFirstCards from '../ReadFirstCards';
import styles from './styles.module.css';

interface Props {
  readonly result: CompactFinderResult;
  readonly kaarten: ComponentProps<typeof ReadFirstCards>['kaarten'];
  readonly situation: Situation;
  readonly total: number;
  readonly onToggle: (key: SituationKey, value: string) => void;
}

export default function FactorRanking({result, kaarten, situation, total, onToggle}: Props): ReactNode {
  if (result.status === 'geen') {
    return (
      <div role="status" className={styles.empty}>
        <Heading as="h2">Geen praktijk past bij al je keuzes</Heading>
        <p>Maak je keuze breder. Haal bijvoorbeeld één van deze weg:</p>
        <ul>
          {result.widen.slice(0, 4).map((w) => (
            <li key={`${w.key}-${w.value}`}>
              <button type="button" className="button button--link" onClick={() => onToggle(w.key, w.value)}>
                Haal “{labelOf(situationVocabularies[w.key], w.value)}” weg
              </button>{' '}
              → {w.count} {w.count === 1 ? 'praktijk' : 'praktijken'}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const specific = result.ranking.filter((r) => !r.everywhere);
  const everywhere = result.ranking.filter((r) => r.everywhere);
  const more = result.readFirst.length < result.matched;
  return (
    <div>
      <p role="status">{matchText(result.matched, total, result.status === 'leeg')}</p>
      <Heading as="h2">Factoren die hier het meest spelen</Heading>
      <ol className={styles.ranking}>
        {specific.map((r) => (
          <li key={r.factor.slug}>
            <Link to={r.factor.url} className={styles.factor}>
              {r.factor.korteNaam}
            </Link>
            <span className={styles.bar} aria-hidden="true">
              <span style={{width: `${Math.round(r.share * 100)}%`}} />
            </span>
            <span className={styles.reason}>{r.reason}.</span>
          </li>
        ))}
      </ol>
      {everywhere.length > 0 && (
        <>
          <Heading as="h3">Altijd nodig</Heading>
          <p>
            Deze factoren zitten in álle praktijken van de kennisbank. Ze zijn een voorwaarde, wat je situatie ook is:{' '}
            {everywhere.map((r, i) => (
              <React.Fragment key={r.factor.slug}>
                {i > 0 && ', '}
                <Link to={r.factor.url}>{r.factor.korteNaam}</Link>
              </React.Fragment>
            ))}
            .
          </p>
        </>
      )}
      <Heading as="h2">Lees eerst</Heading>
      {more && <p>De {result.readFirst.length} van de {result.matched} passende praktijken die het meest op je situatie lijken:</p>}
      <ReadFirstCards readFirst={result.readFirst} kaarten={kaarten} />
      {more && (
        <p>
          <Link to={overviewLink(situation)}>Bekijk alle {result.matched} passende praktijken in het overzicht</Link>
        </p>
      )}
    </div>
  );
}
