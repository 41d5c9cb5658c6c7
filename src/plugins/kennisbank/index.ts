import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentTypes} from '../../content/schemas';
import type {KennisbankData} from '../../content/graph';
import {loadSiteState} from './state';

/** Counts shown on the home page; kept tiny because global data ships with every page. */
export interface KennisbankGlobalData {
  readonly counts: KennisbankData['counts'];
}

/**
 * Validates all content before anything is built (so a bad file never yields half a site),
 * and publishes the generated data: one JSON module per page that needs it, so data for the
 * overview, matrix and finder is loaded on those pages only.
 */
export default function kennisbankPlugin(context: LoadContext): Plugin<KennisbankData> {
  const {siteDir} = context;
  loadSiteState(siteDir, {fresh: true});
  return {
    name: 'kennisbank',
    getPathsToWatch: () => Object.values(contentTypes).map(({folder}) => `${siteDir}/${folder}/*.{md,mdx}`),
    async loadContent() {
      return loadSiteState(siteDir, {fresh: true}).data;
    },
    async contentLoaded({content, actions}) {
      const {createData, addRoute, setGlobalData} = actions;
      const write = (name: string, value: unknown) => createData(name, JSON.stringify(value));
      await Promise.all([
        write('praktijken.json', {praktijken: content.praktijken, factoren: content.factoren}),
        write('matrix.json', content.matrix),
        write('factoren.json', {factoren: content.factoren, factorPraktijken: Object.fromEntries(
          Object.entries(content.factorPraktijken).map(([slug, list]) => [slug, list.length]),
        ), totaal: content.counts.praktijken}),
        write('themas.json', content.themas.map(({praktijken, ...thema}) => ({...thema, aantal: praktijken.length}))),
      ]);
      for (const thema of content.themas) {
        const themaData = await write(`thema-${thema.value}.json`, {thema, factoren: content.factoren});
        addRoute({path: thema.url, component: '@site/src/components/ThemaPagina', modules: {data: themaData}, exact: true});
      }
      setGlobalData({counts: content.counts} satisfies KennisbankGlobalData);
    },
  };
}
