import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocItem/Layout';
import DocItemPaginator from '@theme/DocItem/Paginator';
import DocVersionBanner from '@theme/DocVersionBanner';
import DocVersionBadge from '@theme/DocVersionBadge';
import DocItemFooter from '@theme/DocItem/Footer';
import DocItemTOCMobile from '@theme/DocItem/TOC/Mobile';
import DocItemTOCDesktop from '@theme/DocItem/TOC/Desktop';
import DocItemContent from '@theme/DocItem/Content';
import DocBreadcrumbs from '@theme/DocBreadcrumbs';
import ContentVisibility from '@theme/ContentVisibility';
import SearchTags from '@site/src/components/SearchTags';
import {docSearchKind} from '@site/src/lib/search/kinds';
import styles from './styles.module.css';

/**
 * Docusaurus' doc layout (3.10), with one change: both tables of contents are always rendered
 * and CSS shows the one that fits the screen (the theme's own styles already hide each at the
 * other width). The original picks the desktop one from the window size after hydration, so
 * every case page on a phone rendered twice and removed a column right after loading: a
 * 30 ms commit on this machine, the longest task after the script itself. The page's own
 * text is marked for the search index (`data-pagefind-body`); navigation around it is not.
 */
export default function DocItemLayout({children}: Props): ReactNode {
  const {metadata, frontMatter, toc} = useDoc();
  const hidden = frontMatter.hide_table_of_contents;
  const showToc = !hidden && toc.length > 0;
  return (
    <div className="row">
      <div className={clsx('col', !hidden && styles.docItemCol)}>
        <ContentVisibility metadata={metadata} />
        <DocVersionBanner />
        <div className={styles.docItemContainer}>
          <article>
            <DocBreadcrumbs />
            <DocVersionBadge />
            {showToc && <DocItemTOCMobile />}
            <div data-pagefind-body="">
              <SearchTags kind={docSearchKind(metadata.permalink)} />
              <DocItemContent>{children}</DocItemContent>
            </div>
            <DocItemFooter />
          </article>
          <DocItemPaginator />
        </div>
      </div>
      {showToc && (
        <div className={clsx('col col--3', styles.tocColumn)}>
          <DocItemTOCDesktop />
        </div>
      )}
    </div>
  );
}
