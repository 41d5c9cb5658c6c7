import {describe, expect, it} from 'vitest';
import {existsSync} from 'node:fs';
import {createElement, type ReactElement} from 'react';
import type {LoadContext} from '@docusaurus/types';
import pageLoadPlugin from '../../src/plugins/page-load';
import {idleQueue, type IdleScheduler} from '../../src/plugins/page-load/idle-queue';
import {nextTaskUntilHydrated} from '../../src/plugins/page-load/route-code-next-task';
import {lazyRoutes, type CreateRouteComponent} from '../../src/plugins/page-load/lazy-routes';

/** A scheduler under the test's control: idle callbacks wait until `idle()`; each job costs `jobMs`. */
function fakeScheduler(jobMs: number) {
  let clock = 0;
  const waiting: (() => void)[] = [];
  const scheduler: IdleScheduler = {
    whenIdle: (work) => void waiting.push(work),
    now: () => clock,
  };
  const job = (log: number[], id: number) => () => {
    clock += jobMs;
    log.push(id);
  };
  return {
    scheduler,
    job,
    pending: () => waiting.length,
    /** Run the callbacks that are waiting now; returns how many ran. */
    idle() {
      const now = waiting.splice(0);
      now.forEach((work) => work());
      return now.length;
    },
  };
}

describe('idle queue for prefetching', () => {
  it('runs nothing until the page is idle', () => {
    const fake = fakeScheduler(1);
    const queue = idleQueue(fake.scheduler, 4);
    const log: number[] = [];
    queue.add(fake.job(log, 1));
    expect(log).toEqual([]);
    expect(fake.pending()).toBe(1);
  });

  it('asks for one idle callback however many jobs arrive in a frame', () => {
    const fake = fakeScheduler(1);
    const queue = idleQueue(fake.scheduler, 4);
    const log: number[] = [];
    for (let id = 1; id <= 30; id++) queue.add(fake.job(log, id));
    expect(fake.pending()).toBe(1);
    expect(queue.size).toBe(30);
  });

  it('spreads the jobs over batches that stay within the time budget, in order', () => {
    const fake = fakeScheduler(1.5);
    const queue = idleQueue(fake.scheduler, 4);
    const log: number[] = [];
    for (let id = 1; id <= 10; id++) queue.add(fake.job(log, id));
    const batches: number[][] = [];
    while (fake.pending() > 0) {
      const before = log.length;
      fake.idle();
      batches.push(log.slice(before));
    }
    // 1.5 ms a job, 4 ms a batch: the third job starts at 3 ms, the fourth would start at 4.5.
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
    expect(queue.size).toBe(0);
  });

  it('runs at least one job per batch, so a slow job cannot stall the queue', () => {
    const fake = fakeScheduler(50);
    const queue = idleQueue(fake.scheduler, 4);
    const log: number[] = [];
    [1, 2].forEach((id) => queue.add(fake.job(log, id)));
    fake.idle();
    expect(log).toEqual([1]);
    fake.idle();
    expect(log).toEqual([1, 2]);
    expect(fake.pending()).toBe(0);
  });

  it('starts a new round when jobs arrive after the queue ran dry', () => {
    const fake = fakeScheduler(1);
    const queue = idleQueue(fake.scheduler, 4);
    const log: number[] = [];
    queue.add(fake.job(log, 1));
    fake.idle();
    expect(fake.pending()).toBe(0);
    queue.add(fake.job(log, 2));
    expect(fake.pending()).toBe(1);
    fake.idle();
    expect(log).toEqual([1, 2]);
  });
});

describe('route code in a task of its own on the first load', () => {
  it('makes each chunk request wait for the next task until the page has hydrated', async () => {
    let hydrated = false;
    const waiting: (() => void)[] = [];
    const handler = nextTaskUntilHydrated(() => hydrated, (resume) => waiting.push(resume));
    const promises: Promise<unknown>[] = [];
    handler('6824', promises);
    expect(promises).toHaveLength(1);
    let settled = false;
    void Promise.all(promises).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    waiting.forEach((resume) => resume());
    await Promise.all(promises);
    expect(settled).toBe(true);

    hydrated = true;
    const later: Promise<unknown>[] = [];
    handler('6824', later);
    expect(later).toEqual([]);
  });

  it('asks for one timer for all the requests of a task, and a new one in the next task', async () => {
    const waiting: (() => void)[] = [];
    const handler = nextTaskUntilHydrated(() => false, (resume) => waiting.push(resume));
    const promises: Promise<unknown>[] = [];
    ['4014', '6637', '6824'].forEach((chunk) => handler(chunk, promises));
    expect(waiting).toHaveLength(1);
    expect(new Set(promises).size).toBe(1);
    waiting[0]();
    await Promise.all(promises);
    handler('1e81', []);
    expect(waiting).toHaveLength(2);
  });

  it('is registered as a client module by the page-load plugin', () => {
    const plugin = pageLoadPlugin({siteConfig: {themeConfig: {}}} as unknown as LoadContext);
    const [module] = plugin.getClientModules!() as string[];
    expect(module).toMatch(/page-load[\\/]route-code-next-task\.ts$/);
    expect(existsSync(module)).toBe(true);
  });
});

describe('lazy route component', () => {
  /** A stand-in for Docusaurus' ComponentCreator that counts what it builds. */
  function fakeCreator() {
    const built: string[] = [];
    const preloaded: string[] = [];
    const create = ((path: string, hash: string) => {
      built.push(`${path}-${hash}`);
      const Route = ({label}: {label?: string}) => createElement('p', null, `${path} ${label ?? ''}`);
      return Object.assign(Route, {preload: () => (preloaded.push(path), Promise.resolve())});
    }) as unknown as CreateRouteComponent;
    return {create, built, preloaded};
  }

  it('builds nothing while the route table is evaluated', () => {
    const fake = fakeCreator();
    const routes = ['/a', '/b', '/c'].map((path) => lazyRoutes(fake.create)(path, '123'));
    expect(routes).toHaveLength(3);
    expect(fake.built).toEqual([]);
  });

  it('builds the route component once, on preload or first render, and renders it unchanged', async () => {
    const fake = fakeCreator();
    const Route = lazyRoutes(fake.create)('/praktijken/a', 'abc');
    await Route.preload();
    expect(fake.preloaded).toEqual(['/praktijken/a']);
    // Rendering the wrapper yields the real route component with the same props, nothing around it.
    const first = Route({label: 'x'}) as ReactElement<{label: string}>;
    const second = Route({label: 'y'}) as ReactElement<{label: string}>;
    expect(first.type).toBe(second.type);
    expect(first.props).toEqual({label: 'x'});
    expect((first.type as (props: {label: string}) => ReactElement)(first.props)).toEqual(createElement('p', null, '/praktijken/a x'));
    expect(fake.built).toEqual(['/praktijken/a-abc']);
  });
});
