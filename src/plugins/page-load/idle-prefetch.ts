/**
 * Stands in for `@docusaurus/core/lib/client/prefetch` (same signature; the plugin swaps the
 * module at build time).
 *
 * Docusaurus prefetches the chunks of every internal link that scrolls into view. All links
 * on screen become visible in the same frame, right after hydration, so the original inserted
 * some thirty `<link rel="prefetch">` elements in one go: a 30–40 ms task on a fast desktop,
 * four times that on a phone, and the largest long task left on the home page. Here the
 * links wait for idle time and go in small batches, so no batch blocks input. Prefetching is
 * a hint for a later navigation; it may wait.
 */

/** Real milliseconds of work per batch. A phone is about 4× slower, so a batch stays far below 50 ms there. */
export const batchBudgetMs = 4;

export interface IdleScheduler {
  /** Run `work` when the page is idle (or soon, where the browser cannot tell). */
  whenIdle(work: () => void): void;
  now(): number;
}

/**
 * A queue that runs its jobs in idle-time batches of at most `budgetMs` each. At least one
 * job runs per batch, so a slow job cannot stall the queue.
 */
export function idleQueue(scheduler: IdleScheduler, budgetMs = batchBudgetMs) {
  const jobs: (() => void)[] = [];
  let scheduled = false;
  const runBatch = () => {
    const end = scheduler.now() + budgetMs;
    do {
      jobs.shift()?.();
    } while (jobs.length > 0 && scheduler.now() < end);
    scheduled = jobs.length > 0;
    if (scheduled) scheduler.whenIdle(runBatch);
  };
  return {
    add(job: () => void): void {
      jobs.push(job);
      if (scheduled) return;
      scheduled = true;
      scheduler.whenIdle(runBatch);
    },
    get size(): number {
      return jobs.length;
    },
  };
}

const browserScheduler: IdleScheduler = {
  whenIdle(work) {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, {timeout: 2000});
    else window.setTimeout(work, 50);
  },
  now: () => performance.now(),
};

let queue: ReturnType<typeof idleQueue> | undefined;

/**
 * Ask the browser to fetch `url` at low priority for a later navigation. Like the original, it
 * resolves when the fetch is done or has failed: a failed hint is not an error.
 */
export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  queue ??= idleQueue(browserScheduler);
  return new Promise((resolve) => {
    queue!.add(() => {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = url;
      link.onload = () => resolve();
      link.onerror = () => resolve();
      document.head.appendChild(link);
    });
  });
}
