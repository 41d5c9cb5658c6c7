/**
 * Work that may wait for idle time, in batches short enough not to block input
 * (used by `prefetch-when-idle.ts`; pure, so it is tested without a browser).
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
