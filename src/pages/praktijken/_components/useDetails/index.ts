import type {PraktijkDetail} from '@site/src/content/feiten';
import {useStaticJson} from '@site/src/hooks/useStaticJson';
import {staticPaths} from '@site/src/lib/overview-data';

const detailPath = staticPaths.detail;

/** Loads the data of the chosen practices only: one static file per practice (static-data.ts). */
export function useDetails(slugs: readonly string[]): {details: ReadonlyMap<string, PraktijkDetail>; loading: boolean} {
  const {files, loading} = useStaticJson<PraktijkDetail>(slugs.map(detailPath));
  const details = new Map(slugs.flatMap((slug) => (files.has(detailPath(slug)) ? [[slug, files.get(detailPath(slug))!] as const] : [])));
  return {details, loading};
}
