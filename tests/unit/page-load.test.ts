import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import pageLoadPlugin, {compileHint, eagerlyCompiledScripts} from '../../src/plugins/page-load';
import {paintFirstSsrTemplate} from '../../src/plugins/page-load/ssr-template';
import {loadSiteState} from '../../src/plugins/kennisbank/state';

const contextWith = (prism: unknown) => ({siteConfig: {themeConfig: {prism}}}) as unknown as LoadContext;

/** The parts of a bundler the plugin uses, recording what it is given. */
const fakeBundler = {
  name: 'rspack',
  instance: {
    BannerPlugin: class {
      constructor(readonly options: Record<string, unknown>) {}
    },
    Compilation: {PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE: 400},
  },
};

function configure(prism: unknown, isServer = false) {
  const plugin = pageLoadPlugin(contextWith(prism));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return plugin.configureWebpack!({} as never, isServer, {currentBundler: fakeBundler} as any, undefined as never) as any;
}

describe('page-load plugin', () => {
  it('keeps the Prism language module out of the client bundle when no extra languages are configured', () => {
    const alias = configure({additionalLanguages: []}).resolve.alias as Record<string, unknown>;
    const [[module, target]] = Object.entries(alias);
    expect(module).toMatch(/@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages$/);
    expect(target).toBe(false);
  });

  it('leaves the Prism module alone when a site adds languages', () => {
    expect(configure({additionalLanguages: ['yaml']}).resolve).toBeUndefined();
  });

  it('adds the compile hint to main.js only, after minification', () => {
    const [banner] = configure({}).plugins;
    expect(banner.options).toMatchObject({banner: compileHint, raw: true, stage: 401});
    expect(eagerlyCompiledScripts.test('assets/js/main.16d3c394.js')).toBe(true);
    expect(eagerlyCompiledScripts.test('assets/js/runtime~main.d4983f0a.js')).toBe(false);
    expect(eagerlyCompiledScripts.test('assets/js/1df93b7f.5dac094c.js')).toBe(false);
  });

  it('changes nothing in the server bundle', () => {
    expect(configure({}, true)).toEqual({});
  });
});

describe('paint-first page template', () => {
  const render = async (scripts: string[]) => {
    const template = await compileSSGTemplate(paintFirstSsrTemplate);
    return template({
      appHtml: '<main>tekst</main>',
      baseUrl: '/kennisbank/',
      htmlAttributes: 'lang="nl"',
      bodyAttributes: '',
      headTags: '',
      preBodyTags: '',
      postBodyTags: '',
      metaAttributes: [],
      scripts,
      stylesheets: ['assets/css/styles.css'],
      noIndex: false,
      version: '3.10.2',
    });
  };

  it('preloads every script at the priority of a deferred script, and runs none from a script tag', async () => {
    const html = await render(['assets/js/runtime~main.1.js', 'assets/js/main.2.js']);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).toContain('<link rel="preload" as="script" fetchpriority="low" href="/kennisbank/assets/js/runtime~main.1.js" />');
    expect(html).toContain('<link rel="preload" as="script" fetchpriority="low" href="/kennisbank/assets/js/main.2.js" />');
  });

  it('hands the loader the scripts in their order, after the page content', async () => {
    const html = await render(['assets/js/runtime~main.1.js', 'assets/js/main.2.js']);
    expect(html).toContain('(["/kennisbank/assets/js/runtime~main.1.js","/kennisbank/assets/js/main.2.js"])</script>');
    expect(html.indexOf('first-contentful-paint')).toBeGreaterThan(html.indexOf('<main>tekst</main>'));
  });
});

describe('open data example', () => {
  const page = readFileSync('docs/over/open-data.mdx', 'utf8');
  const {content} = loadSiteState(process.cwd());

  it('filters on a factor that exists', () => {
    const [, slug] = /factoren\.includes\('([^']+)'\)/.exec(page) ?? [];
    expect(content.factoren.map((factor) => factor.slug)).toContain(slug);
  });
});
