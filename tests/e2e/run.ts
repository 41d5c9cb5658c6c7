/**
 * `npm run test:e2e`: builds the site, then runs the browser suites against the build.
 * Set E2E_SKIP_BUILD=1 to reuse an existing build (e.g. right after `npm run build`).
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {chromiumPath} from './browser';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {stdio: 'inherit', shell: false});
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(chromiumPath)) {
  console.error(`Chromium ontbreekt op ${chromiumPath}. Installeer het met: apt-get install -y chromium`);
  process.exit(1);
}
if (process.env.E2E_SKIP_BUILD !== '1') run('npx', ['docusaurus', 'build']);
// The synthetic fixture site (fixture-site.ts) is built by the first suite that needs it, once per run.
process.env.E2E_RUN_ID = String(Date.now());
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.mts', ...process.argv.slice(2)]);
