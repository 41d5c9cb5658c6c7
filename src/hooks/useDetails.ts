import type {PraktijkDetail} from '@site/src/content/feiten';
import {useStaticJson} from '@site/src/hooks/useStaticJson';
import {staticPaths} from '@site/src/lib/overview-data';

const detailPath = staticPaths.detail;

/**
 * Loads the data of the chosen practices only: one static file per practice (static-data.ts).
 * A slug without a file (a removed practice, a mistyped link) ends up in `unknown`: the pages
 * know no list of all slugs to check against, since that list grows with the collection.
 */
export function useDetails(slugs: readonly string[]): {details: ReadonlyMap<string, PraktijkDetail>; loading: boolean; unknown: ReadonlySet<string>} {
  const {files, loading, failed} = useStaticJson<PraktijkDetail>(slugs.map(detailPath));
  const details = new Map(slugs.flatMap((slug) => (files.has(detailPath(slug)) ? [[slug, files.get(detailPath(slug))!] as const] : [])));
  const unknown = new Set(failed ? slugs.filter((slug) => !details.has(slug)) : []);
  return {details, loading, unknown};
}
