import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {KennisbankGlobalData} from '@site/src/content/graph';
import HomeHero from './_components/HomeHero';
import HomeDoors from './_components/HomeDoors';

export default function Home(): ReactNode {
  const {counts} = usePluginData('kennisbank') as KennisbankGlobalData;
  return (
    <Layout
      title="Wat werkt in jeugdpreventie"
      description="Praktijkverhalen en werkende factoren van het koplopersnetwerk jeugdpreventie: wat werkte waar, voor wie en waarom.">
      <HomeHero counts={counts} />
      <main className="container margin-vert--lg">
        <HomeDoors counts={counts} />
      </main>
    </Layout>
  );
}
