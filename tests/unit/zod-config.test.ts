import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import * as z from 'zod';

/** The module specifier of the first import statement, comments skipped. */
function firstImport(file: string): string | undefined {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/m.exec(code)?.[1];
}

const entryPoints = [
  'docusaurus.config.ts',
  // A worker thread's entry into the content code.
  'src/content/load-worker-jobs.ts',
  'src/routes/PraktijkAanmelden/index.tsx',
  ...readdirSync('scripts')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `scripts/${name}`),
];

describe('zod global settings', () => {
  it.each(entryPoints)('%s imports src/content/zod-config before anything else', (file) => {
    expect(firstImport(file)).toMatch(/(^|\/)src\/content\/zod-config$|^\.\.\/src\/content\/zod-config$|^\.\/zod-config$/);
  });

  it('vitest loads them before every test file', () => {
    expect(readFileSync('vitest.config.mts', 'utf8')).toMatch(/setupFiles:\s*\[\s*'src\/content\/zod-config\.ts'\s*\]/);
  });

  it('are in force here: Dutch messages and no compiled parsers', () => {
    expect(z.config().jitless).toBe(true);
    const result = z.object({title: z.string()}).safeParse({title: 42});
    expect(result.success).toBe(false);
    // zod's English default would say "Invalid input: expected string, received number".
    expect(result.error!.issues.map((issue) => issue.message).join(' ')).toMatch(/verwacht|ongeldig/i);
  });
});
