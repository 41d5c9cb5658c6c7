/**
 * The JavaScript budget of a case page: no more than a plain Docusaurus doc page of the same
 * text, plus 10 %. Both are measured in the same run, on builds served from 127.0.0.1, by
 * loading the page in Chromium until the network is idle and summing the gzip size of every
 * JavaScript response that is not a prefetch (see `page-weight.ts`).
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {serveBuild} from '../../tests/e2e/server';
import {runMeasured} from './measure';
import {loadResources, summarize, type LoadedResource, type WeightSummary} from './page-weight';
import {unlinkMarkdown, writePlainSite} from './plain-site';

export const jsMargin = 0.1;

export interface JsBudget {
  readonly ours: WeightSummary;
  readonly plain: WeightSummary;
  /** JavaScript the pages prefetch for links after load; reported, not counted. */
  readonly oursPrefetched: WeightSummary;
  readonly plainPrefetched: WeightSummary;
  /** ours ÷ plain, in gzip bytes. */
  readonly ratio: number;
  readonly withinBudget: boolean;
}

/** Compares two JS loads against the margin. Pure. */
export function jsVerdict(ours: WeightSummary, plain: WeightSummary, margin = jsMargin): {ratio: number; withinBudget: boolean} {
  const ratio = ours.gzipBytes / plain.gzipBytes;
  return {ratio, withinBudget: ours.gzipBytes <= plain.gzipBytes * (1 + margin)};
}

/** The body of an MDX page with only its title kept from the frontmatter, links made plain text. */
export function plainDocFrom(source: string): string {
  const end = source.indexOf('\n---', 3);
  const frontmatter = source.slice(0, end);
  const title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1] ?? 'Praktijk';
  return `---\ntitle: ${title}\n---\n${unlinkMarkdown(source.slice(end + 4))}`;
}

const isJs = (prefetch: boolean) => (r: LoadedResource) => r.kind === 'js' && r.prefetch === prefetch && !r.duplicate;

export interface JsBudgetOptions {
  readonly siteDir: string;
  /** Our build, served as is. */
  readonly buildDir: string;
  /** URL path of the case page, e.g. `/praktijken/think-op-school-zwolle`. */
  readonly casePath: string;
  /** MDX file of that case, whose text the plain page gets. */
  readonly caseFile: string;
  readonly browser: Browser;
  readonly log: (line: string) => void;
}

export async function measureJsBudget(options: JsBudgetOptions): Promise<JsBudget> {
  const plainDir = mkdtempSync(join(tmpdir(), 'plain-docusaurus-'));
  try {
    writePlainSite(plainDir, [{path: 'praktijk.mdx', source: plainDocFrom(readFileSync(options.caseFile, 'utf8'))}], {
      sidebar: 'default',
      nodeModules: join(options.siteDir, 'node_modules'),
    });
    options.log(`plain Docusaurus-site bouwen in ${plainDir} …`);
    const built = await runMeasured(
      process.execPath,
      [join(options.siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'],
      // No persistent cache: it would land in our shared node_modules/.cache.
      {cwd: plainDir, logFile: join(plainDir, 'build.log'), env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}},
    );
    if (built.exitCode !== 0) {
      throw new Error(`build van de plain site mislukt; zie ${join(plainDir, 'build.log')}\n${readFileSync(join(plainDir, 'build.log'), 'utf8').slice(-2000)}`);
    }
    options.log(`plain site gebouwd in ${built.seconds.toFixed(1)} s`);
    const ours = await serveBuild(options.buildDir);
    const plain = await serveBuild(join(plainDir, 'build'));
    try {
      const oursResources = await loadResources(options.browser, `${ours.origin}${options.casePath}`);
      const plainResources = await loadResources(options.browser, `${plain.origin}/praktijk`);
      const oursJs = summarize(oursResources, isJs(false));
      const plainJs = summarize(plainResources, isJs(false));
      return {
        ours: oursJs,
        plain: plainJs,
        oursPrefetched: summarize(oursResources, isJs(true)),
        plainPrefetched: summarize(plainResources, isJs(true)),
        ...jsVerdict(oursJs, plainJs),
      };
    } finally {
      ours.server.close();
      plain.server.close();
    }
  } finally {
    if (!process.env.KEEP_PLAIN_SITE) rmSync(plainDir, {recursive: true, force: true});
  }
}
