import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem} from '../../src/content/problems';

const repository = process.cwd();
const fixture = join(repository, 'tests/fixtures/broken-site');
const expected = validateContent(loadContent(fixture)).map(formatProblem);

// The broken content next to the real site's code: the same config, plugins and pages.
const site = mkdtempSync(join(tmpdir(), 'broken-site-'));
for (const name of ['docusaurus.config.ts', 'src', 'static', 'blog', 'package.json', 'tsconfig.json', 'node_modules']) {
  symlinkSync(join(repository, name), join(site, name));
}
cpSync(join(fixture, 'docs'), join(site, 'docs'), {recursive: true});
afterAll(() => rmSync(site, {recursive: true, force: true}));

const run = (args: readonly string[]) => {
  const result = spawnSync('npx', args, {cwd: repository, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}, timeout: 240_000});
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
};

describe('the broken-site fixture, run as commands', () => {
  it('has a problem of every kind to find', () => {
    expect(expected.length).toBeGreaterThanOrEqual(13);
  });

  it('npm run validate exits 1 and prints every problem with its file', () => {
    const {status, output} = run(['npm', 'run', '--silent', 'validate', '--', fixture]);
    expect(status).toBe(1);
    for (const line of expected) expect(output).toContain(line);
  }, 120_000);

  it('the production build exits 1, prints every problem with its file and leaves no build folder', () => {
    const {status, output} = run(['docusaurus', 'build', site]);
    expect(status).toBe(1);
    expect(output).toContain('Ongeldige inhoud: de site wordt niet gebouwd.');
    for (const line of expected) expect(output).toContain(line);
    expect(existsSync(join(site, 'build'))).toBe(false);
  }, 240_000);
});
