/**
 * The browser side of Pagefind: loads `pagefind/pagefind.js` from the build on first use and
 * turns its results into what the search box and page show. Nothing here runs before a
 * reader reaches for the search, so pages that are only read fetch no search bytes.
 */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly unfilteredResultCount: number;
  /** Per filter and value: how many results would remain with that value added. */
  readonly filters: FilterCounts;
}

export interface SearchOptions {
  readonly filters?: Record<string, string[]>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** One result as the site shows it. */
export interface SearchHit {
  readonly url: string;
  readonly title: string;
  readonly kind?: string;
  readonly gemeente?: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matches. */
  readonly excerpt: string;
}

/**
 * Pagefind names a page after its HTML file (`/praktijken/x.html`); the site links without
 * the extension, so results do too.
 */
export function cleanUrl(url: string): string {
  return url.replace(/\/index\.html$/, '/').replace(/\.html(?=$|[?#])/, '');
}

export function toHit(data: PagefindResultData): SearchHit {
  return {
    url: cleanUrl(data.url),
    title: data.meta.title ?? cleanUrl(data.url),
    kind: data.filters.soort?.[0],
    gemeente: data.meta.gemeente,
    excerpt: data.excerpt,
  };
}

/**
 * Search works on a production build only: the index is written after `docusaurus build`.
 * The development server has none, and asking for it would only log a 404.
 */
export const indexAvailable = process.env.NODE_ENV === 'production';

let loading: Promise<Pagefind> | undefined;

let filtersLoaded: Promise<unknown> | undefined;

export async function loadPagefind(baseUrl: string, {withFilters = false}: {withFilters?: boolean} = {}): Promise<Pagefind> {
  const pagefind = await loadScript(baseUrl);
  if (withFilters) await (filtersLoaded ??= pagefind.filters());
  return pagefind;
}

function loadScript(baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    // Not bundled: the file only exists after the build has been indexed.
    const pagefind = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
    // `noWorker`: by default Pagefind 1.6 searches in a web worker, and `pagefind-worker.js`
    // (43 KB) repeats the search code `pagefind.js` already carries. On the main thread a first
    // query at 5,000 practices stays under its 300 KB budget, at the cost of one short task per
    // query (docs-dev/PERFORMANCE.md, "Search with Pagefind").
    await pagefind.options({baseUrl, excerptLength: 22, noWorker: true});
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // A failed load (offline, index missing) may succeed on the next try.
    loading = undefined;
  });
  return loading;
}

/** The first `limit` results with their data, in Pagefind's order. */
export async function hitsOf(response: PagefindResponse, limit: number): Promise<SearchHit[]> {
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return data.map(toHit);
}

export function resultCountText(count: number): string {
  return count === 1 ? '1 resultaat' : `${count} resultaten`;
}
