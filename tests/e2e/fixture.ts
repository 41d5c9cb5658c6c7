import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchBrowser} from './browser';
import {serveBuild} from './server';

export const buildDir = join(__dirname, '../../build');

export interface Session {
  readonly browser: Browser;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves a build (the site's own, or e.g. the synthetic fixture site's) and opens a browser. */
export async function startSession(root = buildDir): Promise<Session> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`Geen build gevonden in ${root}: draai eerst \`npm run build\`.`);
  const {server, origin} = await serveBuild(root);
  const browser = await launchBrowser();
  return {
    browser,
    origin,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Resolves once React has hydrated the page (Docusaurus marks `<html data-has-hydrated>`). */
export function hydrated(page: Page, timeout?: number): Promise<unknown> {
  return page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout});
}

/**
 * Resolves once React has revealed every streamed Suspense boundary. Until then the server
 * HTML shows the fallback and keeps the real content hidden, and its `<template id="B:…">`
 * placeholder marks the spot; checks made earlier would judge the fallback.
 */
export function streamed(page: Page, timeout?: number): Promise<unknown> {
  return page.waitForFunction(() => !document.querySelector('template[id^="B:"]'), undefined, {timeout});
}

/** What a page did while it loaded: requests elsewhere, console errors and CSP violations. */
export interface PageRecord {
  readonly foreignRequests: string[];
  readonly consoleErrors: string[];
  readonly cspViolations: () => Promise<string[]>;
}

export async function recordedPage(context: BrowserContext, origin: string): Promise<{page: Page; record: PageRecord}> {
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const own = new URL(origin).host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as {__csp: string[]}).__csp = store;
    document.addEventListener('securitypolicyviolation', (event) => store.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return {
    page,
    record: {
      foreignRequests,
      consoleErrors,
      cspViolations: () => page.evaluate(() => (window as unknown as {__csp: string[]}).__csp),
    },
  };
}
