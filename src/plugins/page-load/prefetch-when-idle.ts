/**
 * Stands in for `@docusaurus/core/lib/client/docusaurus.js`, the `window.docusaurus` object
 * (the plugin swaps the module at build time); it wraps the original rather than copying it.
 *
 * Docusaurus prefetches the code of every internal link that scrolls into view. All links on
 * screen become visible in the same frame, right after hydration, and for each one the
 * original matches the path against the whole route table and inserts its
 * `<link rel="prefetch">` elements: a 30–40 ms task on a fast desktop for the home page's
 * thirty links, four times that on a phone, and more with every practice added (the route
 * table grows). Here each prefetch waits for idle time and they run in small batches, so no
 * batch blocks input. Prefetching is a hint for a later navigation; it may wait. `preload`
 * (on hover or touch, right before a navigation) stays immediate.
 */
import docusaurus from '@docusaurus/core/lib/client/docusaurus.js';
import {idleQueue, type IdleScheduler} from './idle-queue';

const browserScheduler: IdleScheduler = {
  whenIdle(work) {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, {timeout: 2000});
    else window.setTimeout(work, 50);
  },
  now: () => performance.now(),
};

let queue: ReturnType<typeof idleQueue> | undefined;

export default Object.freeze({
  prefetch(routePath: string): boolean {
    queue ??= idleQueue(browserScheduler);
    queue.add(() => void docusaurus.prefetch(routePath));
    return true;
  },
  preload: docusaurus.preload,
});
