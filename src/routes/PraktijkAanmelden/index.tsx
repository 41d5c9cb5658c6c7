// First import: zod's global settings before any schema is created (see the module).
import '@site/src/content/zod-config';
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {aanmeldData} from '@site/src/content/route-data';
import PraktijkForm from './_components/PraktijkForm';
import styles from './styles.module.css';

interface Props {
  readonly data: ReturnType<typeof aanmeldData>;
}

export default function PraktijkAanmelden({data}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const repositoryUrl = `https://github.com/${siteConfig.organizationName}/${siteConfig.projectName}`;
  const issueFormUrl = `${repositoryUrl}/issues/new?template=praktijk-aanmelden.yml`;
  return (
    <Layout title="Deel je praktijk" description="Meld een praktijk in jeugdpreventie aan voor de kennisbank: vul het formulier in en maak de pagina als bestand.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Deel je praktijk</Heading>
        <p className={styles.lead}>
          Werkt jouw gemeente aan preventie waar anderen van kunnen leren? Vul dit formulier in. Het controleert je invoer met dezelfde regels als de
          kennisbank zelf en maakt er een pagina van, als bestand dat je op GitHub kunt voorstellen. Een redacteur kijkt elke aanmelding na.
        </p>
        <ol className={styles.steps}>
          <li>Vul de velden in. Wat ‘niet verplicht’ is, mag je leeg laten.</li>
          <li>
            Kies <strong>Controleer en maak het bestand</strong>. Staat er iets niet goed, dan zie je bovenaan wat je moet verbeteren.
          </li>
          <li>Bekijk het voorbeeld en stuur je aanmelding: via GitHub, of per e-mail naar de redactie als je geen GitHub-account hebt.</li>
        </ol>
        <p>
          Meer uitleg staat in de <a href={`${repositoryUrl}/blob/main/CONTRIBUTING.md`}>handleiding voor bijdragen (CONTRIBUTING)</a>. Werk je liever
          niet met bestanden? Vul dan het <a href={issueFormUrl}>aanmeldformulier op GitHub</a> in, dan maakt de redactie de pagina. Lees ook{' '}
          <Link to="/over">over de kennisbank</Link>.
        </p>
        <PraktijkForm factoren={data.factoren} repositoryUrl={repositoryUrl} issueFormUrl={issueFormUrl} />
      </main>
    </Layout>
  );
}
