import {useCallback} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parseSlugs, slugQuery} from '@site/src/lib/selectie';

/**
 * A list of practices in the URL (`?p=a,b,c`), so the page can be shared as a link. Empty in
 * the static HTML and during hydration, which keeps the server and first client render alike.
 */
export function useSlugParam(max: number): [string[], (slugs: readonly string[]) => void, URLSearchParams] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(isBrowser ? location.search : '');
  const slugs = parseSlugs(params.get('p'), max);
  const setSlugs = useCallback(
    (next: readonly string[]) => history.replace({pathname: location.pathname, search: slugQuery(next), hash: location.hash}),
    [history, location.pathname, location.hash],
  );
  return [slugs, setSlugs, params];
}
