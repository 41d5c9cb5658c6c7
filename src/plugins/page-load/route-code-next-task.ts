/**
 * Client module (registered by the page-load plugin): on the first load, the page's route
 * code runs in a task of its own instead of at the end of main.js' evaluation.
 *
 * The page loader has already loaded the route chunks when main.js runs, so each chunk
 * request resolves at once and Docusaurus evaluates the route modules in the same task as
 * main.js: one long task that blocks input. An extra ensure-chunk handler (the hook webpack
 * and Rspack give plugins for this) makes each request wait for the next task until the page
 * has hydrated; after that, navigations load chunks as before.
 */
type EnsureChunkHandler = (chunkId: string | number, promises: Promise<unknown>[]) => void;
declare const __webpack_require__: {f: Record<string, EnsureChunkHandler>};

export const handlerName = 'nextTaskUntilHydrated';

/**
 * The handler. All requests made in one task share one promise (one timer): a page asks for
 * twenty-odd chunks at once, and each timer costs a stack trace while the page is traced.
 */
export function nextTaskUntilHydrated(isHydrated: () => boolean, nextTask: (resume: () => void) => void): EnsureChunkHandler {
  let pending: Promise<void> | undefined;
  return (_chunkId, promises) => {
    if (isHydrated()) return;
    pending ??= new Promise<void>((resume) =>
      nextTask(() => {
        pending = undefined;
        resume();
      }),
    );
    promises.push(pending);
  };
}

if (typeof window !== 'undefined' && typeof __webpack_require__ !== 'undefined') {
  __webpack_require__.f[handlerName] = nextTaskUntilHydrated(
    () => document.documentElement.dataset.hasHydrated === 'true',
    (resume) => setTimeout(resume),
  );
}
