import React, {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import OriginalSearchPage from '@theme-original/SearchPage';

/**
 * The search plugin labels its search-page input "Search", in English and not translatable.
 * React leaves an attribute alone while its prop does not change, so setting the Dutch label
 * once after mounting keeps it.
 */
export default function SearchPage(props: ComponentProps<typeof OriginalSearchPage>): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    wrapper.current
      ?.querySelector('input[name="q"]')
      ?.setAttribute('aria-label', translate({id: 'theme.SearchPage.inputLabel', message: 'Zoek in de kennisbank'}));
  }, []);
  return (
    // `display: contents` keeps the page layout (navbar, main, footer) a direct flex child.
    <div ref={wrapper} style={{display: 'contents'}}>
      <OriginalSearchPage {...props} />
    </div>
  );
}
