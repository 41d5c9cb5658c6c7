import React, {type ComponentProps, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type OriginalSearchBarType from '@theme-original/SearchBar';
import AlgoliaSearchBar from './AlgoliaSearchBar';
import PagefindSearchBar from './PagefindSearchBar';

/** Algolia DocSearch when it is configured (`search-config.ts`), otherwise the local Pagefind search. */
export default function SearchBar(props: ComponentProps<typeof OriginalSearchBarType>): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return 'algolia' in siteConfig.themeConfig ? <AlgoliaSearchBar {...props} /> : <PagefindSearchBar />;
}
