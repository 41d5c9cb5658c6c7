import {useEffect, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {KennisbankGlobalData} from '@site/src/content/graph';

// Kept for the page's lifetime, so paging back or re-ticking a filter does not fetch again.
const cache = new Map<string, Promise<unknown>>();

function fetchJson(url: string): Promise<unknown> {
  let request = cache.get(url);
  if (!request) {
    request = fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${url}`))));
    request.catch(() => cache.delete(url));
    cache.set(url, request);
  }
  return request;
}

/**
 * Fetches per-practice JSON files the kennisbank plugin writes (static-data.ts), given their
 * paths under its data folder; keeps every file it has, so a page shows what it already knows
 * while the rest arrives. `initial` seeds files the route data already holds.
 */
export function useStaticJson<T>(
  paths: readonly string[],
  initial?: ReadonlyMap<string, T>,
): {files: ReadonlyMap<string, T>; loading: boolean; failed: boolean} {
  const {dataUrl} = usePluginData('kennisbank') as KennisbankGlobalData;
  const base = useBaseUrl(dataUrl);
  const [files, setFiles] = useState<ReadonlyMap<string, T>>(() => initial ?? new Map());
  const [failed, setFailed] = useState(false);
  const missing = paths.filter((path) => !files.has(path));
  const key = missing.join('\n');
  useEffect(() => {
    if (!key) return undefined;
    let current = true;
    const wanted = key.split('\n');
    Promise.allSettled(wanted.map((path) => fetchJson(`${base}/${path}`))).then((results) => {
      if (!current) return;
      const loaded = wanted.flatMap((path, i) => (results[i]!.status === 'fulfilled' ? [[path, results[i]!.value as T] as const] : []));
      setFailed(loaded.length < wanted.length);
      setFiles((previous) => new Map([...previous, ...loaded]));
    });
    return () => {
      current = false;
    };
  }, [key, base]);
  return {files, loading: missing.length > 0 && !failed, failed};
}
