/**
 * The one synthetic fixture site of the browser tests: this repository plus FIXTURE_PRAKTIJKEN
 * seeded synthetic practices (scripts/lib/synthetic.ts), so pages that change with the size of
 * the collection (the matrix above 60 practices, markers grouped per gemeente) are tested at a
 * size the real content does not reach. Built once per `npm run test:e2e` (run.ts gives each run
 * an id; the first suite that needs the site builds it, later ones reuse it).
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {copySite} from '../../scripts/lib/site-copy';
import {syntheticPraktijk} from '../../scripts/lib/synthetic';

export const FIXTURE_PRAKTIJKEN = 80;

const repo = join(__dirname, '../..');
/** Per checkout, so two worktrees on one machine do not share (or clobber) a fixture. */
export const fixtureSiteDir = join(tmpdir(), `kennisbank-e2e-fixture-${createHash('sha1').update(repo).digest('hex').slice(0, 8)}`);
export const fixtureBuildDir = join(fixtureSiteDir, 'build');
const stampFile = join(fixtureSiteDir, '.e2e-run');

/** Seconds the last build in this process took, or undefined when an existing build was reused. */
export let fixtureBuildSeconds: number | undefined;

/**
 * Builds the fixture site unless this run already did. Outside `npm run test:e2e` (no run id),
 * or with E2E_SKIP_BUILD=1, an existing fixture build is reused as it is.
 */
export function ensureFixtureSite(): string {
  const runId = process.env.E2E_RUN_ID;
  const built = existsSync(join(fixtureBuildDir, 'index.html'));
  const reuse = built && (process.env.E2E_SKIP_BUILD === '1' || !runId || (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === runId));
  if (reuse) return fixtureBuildDir;
  rmSync(fixtureSiteDir, {recursive: true, force: true});
  mkdirSync(fixtureSiteDir, {recursive: true});
  copySite(repo, fixtureSiteDir);
  const factorSlugs = readdirSync(join(repo, 'docs/werkende-factoren'))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => name.replace(/\.mdx$/, ''));
  for (let index = 1; index <= FIXTURE_PRAKTIJKEN; index++) {
    const {slug, source} = syntheticPraktijk(index, factorSlugs);
    writeFileSync(join(fixtureSiteDir, 'docs/praktijken', `${slug}.mdx`), source);
  }
  const start = performance.now();
  const result = spawnSync('npx', ['docusaurus', 'build'], {cwd: fixtureSiteDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  if (result.status !== 0) throw new Error(`fixture-site bouwen mislukt:\n${(result.stdout + result.stderr).slice(-3000)}`);
  fixtureBuildSeconds = (performance.now() - start) / 1000;
  writeFileSync(stampFile, runId ?? 'handmatig');
  return fixtureBuildDir;
}
