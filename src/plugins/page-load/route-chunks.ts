import {matchRoutes, type RouteConfig} from 'react-router-config';

/** `.docusaurus/routesChunkNames.json`: route key (`<path>-<hash>`) → chunk names, nested. */
export type RoutesChunkNames = Record<string, unknown>;

/** What is read of a Docusaurus route: its path, its component module, and nesting. */
export interface RouteShape {
  readonly path: string;
  readonly component: string;
  readonly exact?: boolean;
  readonly strict?: boolean;
  readonly sensitive?: boolean;
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

type RouteIndex = ReadonlyMap<string, readonly string[]>;
const routeIndexes = new WeakMap<RoutesChunkNames, {chunkModules: Readonly<Record<string, string>>; index: RouteIndex}>();

/**
 * `<path> <component module>` → the chunk names of that route. Built once per build rather
 * than scanned again for every page (the build asks for each of its pages).
 */
function routeIndex(routesChunkNames: RoutesChunkNames, chunkModules: Readonly<Record<string, string>>): RouteIndex {
  const cached = routeIndexes.get(routesChunkNames);
  if (cached?.chunkModules === chunkModules) return cached.index;
  const index = new Map<string, string[]>();
  for (const [routeKey, chunks] of Object.entries(routesChunkNames)) {
    const key = `${routeKey.replace(/-[^-]+$/, '')} ${chunkModules[String((chunks as {__comp?: unknown}).__comp)]}`;
    index.set(key, [...(index.get(key) ?? []), ...flatChunkNames(chunks)]);
  }
  routeIndexes.set(routesChunkNames, {chunkModules, index});
  return index;
}

interface LevelIndex {
  /** Routes that only an equal path can match, by that path (lower case, no trailing slash). */
  readonly byPath: ReadonlyMap<string, readonly number[]>;
  /** Every other route: prefixes, parameters, the root. */
  readonly scanned: readonly number[];
}
const levelIndexes = new WeakMap<readonly RouteShape[], LevelIndex>();
const pathKey = (path: string) => path.toLowerCase().replace(/(.)\/$/, '$1');

function levelIndex(routes: readonly RouteShape[]): LevelIndex {
  const cached = levelIndexes.get(routes);
  if (cached) return cached;
  const byPath = new Map<string, number[]>();
  const scanned: number[] = [];
  routes.forEach((route, position) => {
    // An exact, static path (react-router's default: case-insensitive, one optional trailing slash) matches only itself.
    const literal = route.exact === true && !route.strict && !route.sensitive && typeof route.path === 'string' && /^\/[^:*?()+[\]]+$/.test(route.path);
    if (literal) byPath.set(pathKey(route.path), [...(byPath.get(pathKey(route.path)) ?? []), position]);
    else scanned.push(position);
  });
  const index = {byPath, scanned};
  levelIndexes.set(routes, index);
  return index;
}

/** The routes of each level that could match `pathname`, in their order, nested; the rest left out. */
function candidates(routes: readonly RouteShape[], key: string, originals: Map<RouteShape, RouteShape>): RouteShape[] {
  const {byPath, scanned} = levelIndex(routes);
  const positions = [...scanned, ...(byPath.get(key) ?? [])].sort((a, b) => a - b);
  return positions.map((position) => {
    const route = routes[position]!;
    const kept = route.routes ? {...route, routes: candidates(route.routes, key, originals)} : route;
    originals.set(kept, route);
    return kept;
  });
}

/**
 * react-router-config's `matchRoutes`, run only on the routes that can match: the same first
 * match at every level, without testing every practice's route for every page (quadratic in
 * the number of practices: 0.7 s of the build at 1,000, about 18 s at 5,000).
 */
export function matchRouteShapes(routes: readonly RouteShape[], pathname: string): RouteShape[] {
  const originals = new Map<RouteShape, RouteShape>();
  const pruned = candidates(routes, pathKey(pathname), originals);
  return matchRoutes(pruned as unknown as RouteConfig[], pathname).map(({route}) => originals.get(route as unknown as RouteShape)!);
}

/**
 * The JavaScript files a page needs besides the entry: the chunks of every route that matches
 * its path (layouts included), as Docusaurus' client `preload` loads them. A route is told
 * apart from others on the same path (`/` is both the home page and the docs root here) by
 * its component.
 */
export function routeChunkFiles(
  pathname: string,
  routes: readonly RouteShape[],
  routesChunkNames: RoutesChunkNames,
  chunkModules: Readonly<Record<string, string>>,
  chunkGroupFiles: ChunkGroupFiles,
  entryFiles: readonly string[],
): string[] {
  const index = routeIndex(routesChunkNames, chunkModules);
  const names = matchRouteShapes(routes, pathname).flatMap((route) => index.get(`${route.path} ${route.component}`) ?? []);
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
