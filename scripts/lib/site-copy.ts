import {cpSync, readdirSync, symlinkSync} from 'node:fs';
import {join, relative} from 'node:path';

const skipped = new Set(['node_modules', 'build', '.docusaurus', 'test-results', '.git']);

/**
 * Copies the repository at `siteDir` to `target` for a benchmark site, without what a build
 * makes or git keeps; node_modules becomes a symlink to ours.
 */
export function copySite(siteDir: string, target: string): void {
  cpSync(siteDir, target, {
    recursive: true,
    filter: (source) => !skipped.has(relative(siteDir, source).split('/')[0]!),
  });
  symlinkSync(join(siteDir, 'node_modules'), join(target, 'node_modules'), 'dir');
}

/** The slugs of the werkende factoren in `siteDir`, sorted: what synthetic practices link to. */
export function factorSlugsOf(siteDir: string): string[] {
  return readdirSync(join(siteDir, 'docs/werkende-factoren'))
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}
