/**
 * Chooses the search engine from the environment. The local Pagefind index is the default: it
 * works offline and sends nothing to a third party. Algolia DocSearch is used only when all
 * three of its variables are set, because queries then go to Algolia.
 */
import type {PluginConfig} from '@docusaurus/types';

export interface SearchSetup {
  readonly engine: 'lokaal' | 'algolia';
  readonly themes: PluginConfig[];
  readonly themeConfig: Record<string, unknown>;
}

export function searchConfig(env: Record<string, string | undefined>): SearchSetup {
  const {ALGOLIA_APP_ID: appId, ALGOLIA_SEARCH_API_KEY: apiKey, ALGOLIA_INDEX_NAME: indexName} = env;
  if (appId && apiKey && indexName) {
    return {
      engine: 'algolia',
      themes: ['@docusaurus/theme-search-algolia'],
      themeConfig: {algolia: {appId, apiKey, indexName, contextualSearch: true, searchPagePath: 'zoeken'}},
    };
  }
  return {engine: 'lokaal', themes: ['./src/plugins/pagefind/index.ts'], themeConfig: {}};
}
