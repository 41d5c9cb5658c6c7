import {matchRoutes, type RouteConfig} from 'react-router-config';

/** `.docusaurus/routesChunkNames.json`: route key (`<path>-<hash>`) → chunk names, nested. */
export type RoutesChunkNames = Record<string, unknown>;

/** What is read of a Docusaurus route: its path, its component module, and nesting. */
export interface RouteShape {
  readonly path: string;
  readonly component: string;
  readonly exact?: boolean;
  readonly routes?: readonly RouteShape[];
}

/** Chunk name → the JavaScript files its chunk group needs (from the client build's stats). */
export type ChunkGroupFiles = Readonly<Record<string, readonly string[]>>;

function flatChunkNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatChunkNames);
  return [];
}

/** `.docusaurus/registry.js` → chunk name → the module it loads (`@theme/DocItem`, …). */
export function registryModules(registrySource: string): Record<string, string> {
  const entries = registrySource.matchAll(/"([\w-]+)": \[\(\) => import\(\/\* webpackChunkName: "[\w-]+" \*\/ "([^"]+)"\)/g);
  return Object.fromEntries([...entries].map(([, chunkName, modulePath]) => [chunkName, modulePath!]));
}

/**
 * The JavaScript files a page needs besides the entry: the chunks of every route that matches
 * its path (layouts included), as Docusaurus' client `preload` loads them. A route is told
 * apart from others on the same path (`/` is both the home page and the docs root here) by
 * its component. Pure.
 */
export function routeChunkFiles(
  pathname: string,
  routes: readonly RouteShape[],
  routesChunkNames: RoutesChunkNames,
  chunkModules: Readonly<Record<string, string>>,
  chunkGroupFiles: ChunkGroupFiles,
  entryFiles: readonly string[],
): string[] {
  // react-router-config only reads path, exact and routes; components are module names here.
  const matched = matchRoutes(routes as unknown as RouteConfig[], pathname).map(({route}) => `${route.path} ${String(route.component)}`);
  const names = Object.entries(routesChunkNames)
    .filter(([routeKey, chunks]) => {
      const component = chunkModules[String((chunks as {__comp?: unknown}).__comp)];
      return matched.includes(`${routeKey.replace(/-[^-]+$/, '')} ${component}`);
    })
    .flatMap(([, chunks]) => flatChunkNames(chunks));
  const files = names.flatMap((name) => chunkGroupFiles[name] ?? []).filter((file) => file.endsWith('.js') && !entryFiles.includes(file));
  return [...new Set(files)];
}

/** Adds the page's route chunks to its HTML as a data block that the page loader reads. */
export function withRouteChunks(html: string, files: readonly string[], baseUrl: string): string {
  if (files.length === 0 || html.includes('id="route-chunks"')) return html;
  const block = `<script type="application/json" id="route-chunks">${JSON.stringify(files.map((file) => baseUrl + file))}</script>`;
  // First thing in the body: the loader may start before the parser reaches the end of a long page.
  return html.replace(/<body[^>]*>/, (body) => body + block);
}
