import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: {target: string[]}[];
}

/**
 * The WCAG 2.0/2.1 A and AA violations axe-core finds on the page as it is now, with the
 * first three offending elements of each. axe is evaluated through the DevTools protocol,
 * so the site's CSP does not have to allow it.
 */
export async function axeViolations(page: Page): Promise<{id: string; help: string; nodes: string[]}[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (ctx: Document, opts: unknown) => Promise<{violations: AxeViolation[]}>}}).axe;
    const result = await axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
      // Only violations are read; axe then skips collecting details of everything that passed.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' '))}));
  });
}
