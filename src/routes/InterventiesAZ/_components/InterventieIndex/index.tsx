import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {InterventieEntry} from '@site/src/content/beleid/interventies';
import styles from './styles.module.css';

const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
const letterId = (letter: string) => `letter-${letter === '#' ? 'overig' : letter.toLowerCase()}`;
const kindLabel = {praktijk: 'praktijk', beleid: 'beleidsdocument'} as const;

/** Letter index plus the interventions grouped by first letter. */
export default function InterventieIndex({interventies}: {readonly interventies: readonly InterventieEntry[]}): ReactNode {
  const groups = new Map<string, InterventieEntry[]>();
  for (const entry of interventies) groups.set(entry.letter, [...(groups.get(entry.letter) ?? []), entry]);
  const letters = alphabet.filter((letter) => letter !== '#' || groups.has('#'));
  return (
    <>
      <nav aria-labelledby="letters-title" className={styles.nav} id="letters">
        <h2 id="letters-title" className="visually-hidden">
          Letterindex
        </h2>
        <ul className={styles.letters}>
          {letters.map((letter) => (
            <li key={letter}>
              {groups.has(letter) ? (
                <a href={`#${letterId(letter)}`} className={styles.letter}>
                  {letter}
                  <span className="visually-hidden"> ({groups.get(letter)!.length} interventies)</span>
                </a>
              ) : (
                <span className={styles.absent}>
                  {letter}
                  <span className="visually-hidden"> (geen interventies)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {letters
        .filter((letter) => groups.has(letter))
        .map((letter) => (
          <section key={letter} aria-labelledby={letterId(letter)} className={styles.group}>
            <Heading as="h2" id={letterId(letter)} className={styles.groupTitle}>
              {letter === '#' ? 'Overig' : letter}
            </Heading>
            <ul className={styles.entries}>
              {groups.get(letter)!.map((entry) => (
                <li key={entry.naam} className={styles.entry}>
                  <Heading as="h3" className={styles.name}>
                    {entry.naam}
                    {entry.usedIn.length > 1 && <span className={styles.badge}>in {entry.usedIn.length} bronnen</span>}
                  </Heading>
                  <p className={styles.description}>{entry.omschrijving}</p>
                  {entry.varianten.length > 0 && <p className={styles.variants}>Ook gespeld als: {entry.varianten.join(', ')}</p>}
                  <p className={styles.uses}>
                    <span className={styles.usesLabel}>Gebruikt in:</span>{' '}
                    {entry.usedIn.map((use, index) => (
                      <React.Fragment key={use.url}>
                        {index > 0 && '; '}
                        <Link to={use.url}>{use.title}</Link> <span className={styles.kind}>({kindLabel[use.kind]})</span>
                      </React.Fragment>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
            <p className={styles.back}>
              <a href="#letters">Terug naar de letterindex</a>
            </p>
          </section>
        ))}
    </>
  );
}
