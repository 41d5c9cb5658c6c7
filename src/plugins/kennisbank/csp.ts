import {createHash} from 'node:crypto';

/**
 * Every page has small inline scripts: Docusaurus' colour mode (set before the first paint)
 * and our loader that starts the scripts after it (`page-load/ssr-template.ts`). A CSP that
 * allows only our own origin must name each by hash. The HTML is our own build output, so a
 * pattern is enough to find the script bodies.
 */
export function inlineScriptHashes(htmlPages: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const html of htmlPages) {
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      // Data blocks such as JSON-LD are never executed, so CSP does not apply to them.
      if (/\btype=["']?application\/(?:ld\+)?json/.test(match[1] ?? '')) continue;
      const body = match[2] ?? '';
      if (body.trim()) hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** Fills the `{{inline-script-hashes}}` placeholder of `static/_headers`. */
export function applyScriptHashes(headersTemplate: string, hashes: readonly string[]): string {
  return headersTemplate.replaceAll('{{inline-script-hashes}}', hashes.join(' '));
}

/**
 * The routes whose HTML can hold a different inline script. Case pages share one template and
 * their MDX may not contain scripts or raw HTML (the content lint), so one of them stands for
 * all: at 5,000 practices this reads a hundred pages instead of five thousand.
 */
export function routesToHash(routesPaths: readonly string[], praktijkRoutes: ReadonlySet<string>): string[] {
  let seenPraktijk = false;
  return routesPaths.filter((route) => {
    if (!praktijkRoutes.has(route)) return true;
    if (seenPraktijk) return false;
    seenPraktijk = true;
    return true;
  });
}
