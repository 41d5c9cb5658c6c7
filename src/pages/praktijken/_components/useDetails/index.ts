import {useEffect, useState} from 'react';
import type {PraktijkDetail} from '@site/src/content/feiten';

/**
 * Loads the data of the chosen practices only. The bundler makes one small chunk per practice
 * from the folder the plugin writes (a dynamic import with the slug in the path).
 */
function loadDetail(slug: string): Promise<PraktijkDetail> {
  return import(`@generated/kennisbank/default/praktijk/${slug}.json`).then((module: {default: PraktijkDetail}) => module.default);
}

export function useDetails(slugs: readonly string[]): {details: ReadonlyMap<string, PraktijkDetail>; loading: boolean} {
  const [details, setDetails] = useState<ReadonlyMap<string, PraktijkDetail>>(new Map());
  const missing = slugs.filter((slug) => !details.has(slug));
  const key = missing.join(',');
  useEffect(() => {
    if (!key) return;
    let current = true;
    Promise.all(key.split(',').map((slug) => loadDetail(slug).then((detail) => [slug, detail] as const, () => undefined))).then((loaded) => {
      if (!current) return;
      setDetails((previous) => new Map([...previous, ...loaded.filter((entry) => entry !== undefined)]));
    });
    return () => {
      current = false;
    };
  }, [key]);
  return {details, loading: missing.length > 0};
}
