import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {KennisbankGlobalData} from '@site/src/content/graph';
import styles from './styles.module.css';
import {getal} from '@site/src/lib/getal';

interface Door {
  readonly to: string;
  readonly title: string;
  readonly text: string;
}

export default function HomeDoors({counts}: {readonly counts: KennisbankGlobalData['counts']}): ReactNode {
  const doors: Door[] = [
    {
      to: '/praktijken',
      title: 'Praktijken',
      text: `${getal(counts.praktijken)} verhalen uit ${getal(counts.gemeenten)} gemeenten. Filter op thema, doelgroep, leeftijd of vindplaats.`,
    },
    {
      to: '/werkende-factoren',
      title: 'Werkende factoren',
      text: `De ${counts.factoren} factoren die steeds terugkomen, met vragen voor je eigen gemeente. Of laat je helpen: welke factoren passen bij jouw situatie?`,
    },
    {
      to: '/praktijk-aanmelden',
      title: 'Deel je praktijk',
      text: 'Werkt jouw gemeente aan preventie die anderen kan inspireren? Meld je praktijk aan via een formulier.',
    },
  ];
  return (
    <nav aria-label="Waar wil je beginnen?">
      <ul className={styles.doors}>
        {doors.map((door) => (
          <li key={door.to}>
            <Link to={door.to} className={styles.door}>
              <Heading as="h2" className={styles.doorTitle}>
                {door.title}
              </Heading>
              <span>{door.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        Snel naar: <Link to="/welke-factoren-passen">welke factoren passen bij jou?</Link> ·{' '}
        <Link to="/werkende-factoren/matrix">matrix praktijken × factoren</Link> · <Link to="/themas">thema’s</Link> ·{' '}
        <Link to="/beleid">beleid van gemeenten</Link>
      </p>
    </nav>
  );
}
