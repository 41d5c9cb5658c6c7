import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadFactoren} from '../kennisbank/state';
import {searchFilterGroups} from '../../lib/search/filters';
import {buildSearchIndex, indexStatsLine} from './build-index';

/**
 * The local search: the `/zoeken` page (with its filter options as route data) and, after
 * every production build, a Pagefind index of the built pages in `build/pagefind`. Used
 * unless Algolia is configured (`search-config.ts`).
 */
export default function pagefindPlugin(context: LoadContext): Plugin {
  return {
    name: 'pagefind-search',
    async contentLoaded({actions}) {
      const groups = await actions.createData('zoeken.json', JSON.stringify(searchFilterGroups(loadFactoren(context.siteDir))));
      actions.addRoute({path: `${context.baseUrl}zoeken`, component: '@site/src/components/ZoekPagina', modules: {groups}, exact: true});
    },
    async postBuild({outDir}) {
      const stats = await buildSearchIndex(outDir);
      // The build's own log lines go to stdout too; this one says what indexing cost.
      process.stdout.write(`${indexStatsLine(stats)}\n`);
    },
  };
}
