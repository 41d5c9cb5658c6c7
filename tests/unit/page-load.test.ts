import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import {generateRouteFiles} from '@docusaurus/core/lib/server/codegen/codegenRoutes';
import pageLoadPlugin, {compileHint, eagerlyCompiledScripts} from '../../src/plugins/page-load';
import {paintFirstSsrTemplate, paintFirstTemplate} from '../../src/plugins/page-load/ssr-template';
import {matchRouteShapes, registryModules, routeChunkFiles, withRouteChunks, type RoutesChunkNames} from '../../src/plugins/page-load/route-chunks';
import {matchRoutes, type RouteConfig} from 'react-router-config';
import {loadSiteState} from '../../src/plugins/kennisbank/state';

const generatedFilesDir = '/work/site/.docusaurus';
const contextWith = (prism: unknown) => ({siteConfig: {themeConfig: {prism}}, generatedFilesDir}) as unknown as LoadContext;

/** The parts of a bundler the plugin uses, recording what it is given. */
const fakeBundler = {
  name: 'rspack',
  instance: {
    BannerPlugin: class {
      constructor(readonly options: Record<string, unknown>) {}
    },
    NormalModuleReplacementPlugin: class {
      constructor(
        readonly resourceRegExp: RegExp,
        readonly replace: (resource: {context: string; request: string}) => void,
      ) {}
    },
    Compilation: {PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE: 400},
  },
};

function configure(prism: unknown, isServer = false, config: object = {}) {
  const plugin = pageLoadPlugin(contextWith(prism));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk the returned Rspack config freely; typing it adds nothing
  return plugin.configureWebpack!(config as never, isServer, {currentBundler: fakeBundler} as never, undefined as never) as any;
}

describe('page-load plugin', () => {
  it('keeps the Prism language module out of the client bundle when no extra languages are configured', () => {
    const alias = configure({additionalLanguages: []}).resolve.alias as Record<string, unknown>;
    const [[module, target]] = Object.entries(alias);
    expect(module).toMatch(/@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages$/);
    expect(target).toBe(false);
  });

  // Guards an upgrade: if theme-classic stops registering the module, the alias is dead code.
  it('theme-classic still registers prism-include-languages as a client module', () => {
    const theme = readFileSync(require.resolve('@docusaurus/theme-classic/lib/index.js'), 'utf8');
    expect(theme, 'Docusaurus internal moved: theme-classic client module ./prism-include-languages').toMatch(
      /getClientModules\(\)[\s\S]{0,400}'\.\/prism-include-languages'/,
    );
  });

  it('leaves the Prism module alone when a site adds languages', () => {
    expect(configure({additionalLanguages: ['yaml']}).resolve).toBeUndefined();
  });

  it('adds the compile hint to main.js only, after minification', () => {
    const banner = configure({}).plugins.find((plugin: object) => 'options' in plugin);
    expect(banner.options).toMatchObject({banner: compileHint, raw: true, stage: 401});
    expect(eagerlyCompiledScripts.test('assets/js/main.16d3c394.js')).toBe(true);
    expect(eagerlyCompiledScripts.test('assets/js/runtime~main.d4983f0a.js')).toBe(false);
    expect(eagerlyCompiledScripts.test('assets/js/1df93b7f.5dac094c.js')).toBe(false);
  });

  /** The request the client bundle ends up with after the plugin's module replacements. */
  const resolveFrom = (context: string, request: string) => {
    const replacements = configure({}).plugins.filter((plugin: object) => 'resourceRegExp' in plugin);
    const resource = {context, request};
    for (const {resourceRegExp, replace} of replacements) if (resourceRegExp.test(request)) replace(resource);
    return resource.request;
  };

  describe('prefetching at idle time', () => {
    const coreClient = dirname(require.resolve('@docusaurus/core/lib/client/docusaurus.js'));

    it('gives the client entry a window.docusaurus that prefetches at idle time', () => {
      const target = resolveFrom(coreClient, './docusaurus');
      expect(target).toMatch(/page-load[\\/]prefetch-when-idle\.ts$/);
      expect(existsSync(target)).toBe(true);
    });

    it('leaves every other module called docusaurus alone, the original included', () => {
      expect(resolveFrom(join(coreClient, 'exports'), './docusaurus')).toBe('./docusaurus');
      expect(resolveFrom('/work/site/src', './docusaurus')).toBe('./docusaurus');
      expect(resolveFrom(coreClient, './prefetch')).toBe('./prefetch');
      const wrapper = readFileSync(resolveFrom(coreClient, './docusaurus'), 'utf8');
      expect(wrapper).toContain("from '@docusaurus/core/lib/client/docusaurus.js'");
    });

    // Guards an upgrade: if Docusaurus moves the module, the swap would silently do nothing.
    it('still finds the module it wraps where the client entry imports it', () => {
      expect(readFileSync(join(coreClient, 'clientEntry.js'), 'utf8'), "Docusaurus internal moved: core's client entry imports './docusaurus'").toMatch(
        /import docusaurus from '\.\/docusaurus'/,
      );
      expect(readFileSync(join(coreClient, 'docusaurus.js'), 'utf8'), 'Docusaurus internal moved: window.docusaurus = {prefetch, preload}').toMatch(
        /const docusaurus = \{\s*prefetch,\s*preload,\s*\}/,
      );
    });
  });

  describe('route components built on first use', () => {
    it('gives the generated route table the lazy ComponentCreator', () => {
      const target = resolveFrom(generatedFilesDir, '@docusaurus/ComponentCreator');
      expect(target).toMatch(/page-load[\\/]lazy-route-component\.ts$/);
      expect(existsSync(target)).toBe(true);
    });

    it('leaves ComponentCreator alone everywhere else, so the wrapper still reaches the original', () => {
      expect(resolveFrom('/work/site/src', '@docusaurus/ComponentCreator')).toBe('@docusaurus/ComponentCreator');
      expect(resolveFrom(generatedFilesDir, '@docusaurus/core/lib/client/exports/ComponentCreator')).toBe(
        '@docusaurus/core/lib/client/exports/ComponentCreator',
      );
    });

    // Guards an upgrade: the swap relies on how Docusaurus writes the route table.
    it('matches how Docusaurus writes the route table', () => {
      const codegen = readFileSync(require.resolve('@docusaurus/core/lib/server/codegen/codegenRoutes.js'), 'utf8');
      expect(codegen, 'Docusaurus internal moved: routes.js imports @docusaurus/ComponentCreator').toContain(
        "import ComponentCreator from '@docusaurus/ComponentCreator';",
      );
    });
  });

  it("makes Rspack's persistent cache depend on this plugin, whose module replacements it cannot see", () => {
    const cached = configure({}, false, {experiments: {cache: {type: 'persistent', buildDependencies: ['docusaurus.config.ts']}}});
    expect(cached.experiments.cache.buildDependencies).toEqual([require.resolve('../../src/plugins/page-load/index.ts')]);
    expect(configure({}).experiments).toBeUndefined();
  });

  it('changes nothing in the server bundle', () => {
    expect(configure({}, true)).toEqual({});
  });
});

describe('paint-first page template', () => {
  const render = async (scripts: string[], source = paintFirstSsrTemplate) => {
    const template = await compileSSGTemplate(source);
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

  /** Runs the page's inline loader against a fake DOM and returns the scripts it inserts, grouped per task. */
  const scriptsPerTask = (html: string): string[][] => {
    const loader = /<script>(\(function[\s\S]*?)<\/script>/.exec(html)![1]!;
    const tasks: (() => void)[] = [];
    const perTask: string[][] = [[]];
    const channel = {port1: {onmessage: () => {}}, port2: {postMessage: () => tasks.push(() => channel.port1.onmessage())}};
    const page = {
      document: {
        getElementById: () => ({textContent: '["/kennisbank/assets/js/chunk.3.js"]'}),
        createElement: () => ({}),
        body: {appendChild: (script: {src: string}) => perTask.at(-1)!.push(script.src)},
      },
      window: {MessageChannel: true},
      MessageChannel: function MessageChannel() {
        return channel;
      },
      PerformanceObserver: function PerformanceObserver(callback: (entries: object, observer: object) => void) {
        return {observe: () => callback({getEntriesByName: () => [{}]}, {disconnect() {}})};
      },
      setTimeout: (work: () => void) => tasks.push(work),
    };
    new Function(...Object.keys(page), loader)(...Object.values(page));
    while (tasks.length > 0) {
      perTask.push([]);
      tasks.shift()!();
    }
    return perTask.filter((scripts) => scripts.length > 0);
  };

  it('inserts one script per task after the first paint: runtime, the route chunks, then main.js', async () => {
    const html = await render(['assets/js/runtime~main.1.js', 'assets/js/main.2.js']);
    expect(scriptsPerTask(html)).toEqual([['/kennisbank/assets/js/runtime~main.1.js'], ['/kennisbank/assets/js/chunk.3.js'], ['/kennisbank/assets/js/main.2.js']]);
  });

  it('inserts them all in one task only when the ablation switches that off, so bench:page-load measures what it names', async () => {
    const html = await render(['assets/js/runtime~main.1.js', 'assets/js/main.2.js'], paintFirstTemplate(false));
    expect(scriptsPerTask(html)).toEqual([['/kennisbank/assets/js/runtime~main.1.js', '/kennisbank/assets/js/chunk.3.js', '/kennisbank/assets/js/main.2.js']]);
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

describe('route chunks listed in the page', () => {
  const registry = `export default {
  "aaaa1111": [() => import(/* webpackChunkName: "aaaa1111" */ "@theme/DocsRoot"), "@theme/DocsRoot", require.resolveWeak("@theme/DocsRoot")],
  "bbbb2222": [() => import(/* webpackChunkName: "bbbb2222" */ "@site/src/pages/index.tsx"), "@site/src/pages/index.tsx", require.resolveWeak("@site/src/pages/index.tsx")],
  "cccc3333": [() => import(/* webpackChunkName: "cccc3333" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
};`;
  const routes = [
    {path: '/', component: '@site/src/pages/index.tsx', exact: true},
    {path: '/', component: '@theme/DocsRoot', routes: [{path: '/praktijken/a', component: '@theme/DocItem', exact: true}]},
  ];
  const routesChunkNames = {
    '/-e5f': {__comp: 'bbbb2222', __context: {plugin: 'ffff0000'}},
    '/-a1e': {__comp: 'aaaa1111', __context: {plugin: 'dddd4444'}},
    '/praktijken/a-123': {__comp: 'cccc3333', content: 'eeee5555'},
  };
  const files = {
    aaaa1111: ['assets/js/aaaa1111.js'],
    bbbb2222: ['assets/js/bbbb2222.js'],
    cccc3333: ['assets/css/styles.css', 'assets/js/shared.js', 'assets/js/cccc3333.js'],
    dddd4444: ['assets/js/dddd4444.js'],
    eeee5555: ['assets/js/eeee5555.js'],
    ffff0000: ['assets/js/ffff0000.js'],
    main: ['assets/js/runtime~main.js', 'assets/js/main.js'],
  };
  const modules = registryModules(registry);

  it('reads which module each chunk loads from the generated registry', () => {
    expect(modules).toEqual({aaaa1111: '@theme/DocsRoot', bbbb2222: '@site/src/pages/index.tsx', cccc3333: '@theme/DocItem'});
  });

  it('lists the chunks of the layout and the page, not those of another route on the same path', () => {
    expect(routeChunkFiles('/praktijken/a', routes, routesChunkNames, modules, files, files.main)).toEqual([
      'assets/js/aaaa1111.js',
      'assets/js/dddd4444.js',
      'assets/js/shared.js',
      'assets/js/cccc3333.js',
      'assets/js/eeee5555.js',
    ]);
    expect(routeChunkFiles('/', routes, routesChunkNames, modules, files, files.main)).toEqual(['assets/js/bbbb2222.js', 'assets/js/ffff0000.js']);
  });

  it('puts the list first in the body, with the base URL, and leaves pages without chunks alone', () => {
    const html = '<html><head></head><body class="x"><main>tekst</main></body></html>';
    expect(withRouteChunks(html, ['assets/js/a.js'], '/kb/')).toBe(
      '<html><head></head><body class="x"><script type="application/json" id="route-chunks">["/kb/assets/js/a.js"]</script><main>tekst</main></body></html>',
    );
    expect(withRouteChunks(html, [], '/kb/')).toBe(html);
  });
});

/**
 * Guards for the Docusaurus internals the route-chunk listing reads. The files are written by
 * Docusaurus' own code generator, so a change of format in an upgrade fails here, by name,
 * instead of silently listing no chunks.
 */
describe('Docusaurus internals the route-chunk listing reads', () => {
  const routes = [
    {path: '/', component: '@site/src/pages/index.tsx', exact: true},
    {
      path: '/',
      component: '@theme/DocsRoot',
      routes: [{path: '/praktijken/a', component: '@theme/DocItem', exact: true, modules: {content: '@site/docs/praktijken/a.mdx'}}],
    },
  ];
  const generated = (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-load-codegen-'));
    await generateRouteFiles({generatedFilesDir: dir, baseUrl: '/', routes: routes as never});
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const files = {registry: read('registry.js'), routesChunkNames: JSON.parse(read('routesChunkNames.json')) as RoutesChunkNames, routes: read('routes.js')};
    rmSync(dir, {recursive: true, force: true});
    return files;
  })();

  it('.docusaurus/registry.js: the regex reads every chunk and its module', async () => {
    const {registry} = await generated;
    const modules = registryModules(registry);
    expect(Object.values(modules).sort(), 'Docusaurus internal moved: the line format of .docusaurus/registry.js').toEqual(
      ['@site/docs/praktijken/a.mdx', '@site/src/pages/index.tsx', '@theme/DocItem', '@theme/DocsRoot'].sort(),
    );
  });

  it('.docusaurus/routesChunkNames.json: keys are `<path>-<hash>`, the component under __comp', async () => {
    const {registry, routesChunkNames} = await generated;
    const modules = registryModules(registry);
    const chunkOf = (module: string) => Object.keys(modules).find((name) => modules[name] === module)!;
    const groups = Object.fromEntries(Object.keys(modules).map((name) => [name, [`assets/js/${name}.js`]]));
    expect(
      routeChunkFiles('/praktijken/a', routes, routesChunkNames, modules, groups, []),
      'Docusaurus internal moved: the key format of .docusaurus/routesChunkNames.json',
    ).toEqual(expect.arrayContaining([chunkOf('@theme/DocsRoot'), chunkOf('@theme/DocItem'), chunkOf('@site/docs/praktijken/a.mdx')].map((n) => `assets/js/${n}.js`)));
  });

  it('.docusaurus/routes.js: imports @docusaurus/ComponentCreator, which the lazy route swap replaces', async () => {
    const {routes: routesJs} = await generated;
    expect(routesJs, 'Docusaurus internal moved: @docusaurus/ComponentCreator in the generated routes.js').toContain(
      "import ComponentCreator from '@docusaurus/ComponentCreator';",
    );
  });

  it("the SSG template's it.scripts: runtime first, main.js last, as the paint-first loader assumes", () => {
    const ssg = readFileSync(require.resolve('@docusaurus/core/lib/ssg/ssgTemplate.js'), 'utf8');
    // Docusaurus takes the entry's files (runtime~main, main) from the client manifest first.
    expect(ssg, 'Docusaurus internal moved: it.scripts starts with manifest.entrypoints').toMatch(/\[\.\.\.manifest\.entrypoints,/);
  });
});

describe('matching a page to its routes without scanning every route', () => {
  // A tree shaped like the site's: a home page and the docs root both on `/`, a layout with a
  // prefix, many exact doc routes, a parameter route, a route without a path, odd cases.
  const leaf = (path: string) => ({path, component: `leaf ${path}`, exact: true});
  const routes = [
    {path: '/', component: 'home', exact: true},
    {path: '/blog', component: 'blog layout', routes: [leaf('/blog'), {path: '/blog/:slug', component: 'post', exact: true}]},
    {path: '/Zoeken', component: 'search', exact: true},
    {path: '/strikt/', component: 'strict', exact: true, strict: true},
    {
      path: '/',
      component: 'docs root',
      routes: [
        {
          path: '/',
          component: 'version root',
          routes: [
            ...Array.from({length: 300}, (_, i) => leaf(`/praktijken/p-${i}`)),
            leaf('/praktijken/p-7'),
            {path: '/praktijken/pagina/:n', component: 'pagination', exact: true},
            leaf('/werkende-factoren/'),
            {component: 'no path'},
          ],
        },
      ],
    },
    {path: '*', component: 'not found'},
  ] as unknown as Parameters<typeof matchRouteShapes>[0];
  const pathnames = [
    '/', '/blog', '/blog/', '/blog/een-bericht', '/zoeken', '/ZOEKEN/', '/strikt', '/strikt/',
    ...Array.from({length: 300}, (_, i) => `/praktijken/p-${i}`),
    '/praktijken/P-12', '/praktijken/p-12/', '/praktijken/p-12//', '/praktijken/pagina/3', '/werkende-factoren',
    '/werkende-factoren/', '/bestaat-niet', '/praktijken/p-999',
  ];

  it.each(pathnames)('%s: the same routes as react-router-config', (pathname) => {
    const expected: unknown[] = matchRoutes(routes as unknown as RouteConfig[], pathname).map(({route}) => route);
    expect(matchRouteShapes(routes, pathname)).toEqual(expected);
    expect(matchRouteShapes(routes, pathname).every((route, i) => route === expected[i])).toBe(true);
  });
});
