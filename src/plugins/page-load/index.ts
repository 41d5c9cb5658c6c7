import {readFile, rename, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {isOn} from './ablation';
import {registryModules, routeChunkFiles, withRouteChunks, type ChunkGroupFiles, type RouteShape, type RoutesChunkNames} from './route-chunks';

/** V8's explicit compile hint: compile every function of this file while it downloads. */
export const compileHint = '//# allFunctionsCalledOnLoad';

/** The client entry: its module factories all run on load, so it is worth compiling early. */
export const eagerlyCompiledScripts = /(^|\/)main\.[0-9a-f]+\.js$/;

/**
 * Changes to the client bundle, all about the work a phone does before a page responds.
 *
 * - theme-classic registers a client module that loads Prism on every page, only to let sites
 *   add highlighting languages. Without extra languages it does nothing, yet Prism was a fifth
 *   of main.js. Code blocks keep working: `@theme/CodeBlock` (our lazy wrapper) loads Prism
 *   on the pages that have one.
 * - main.js gets V8's compile hint. Without it, Chrome compiles each module factory on the
 *   main thread when it is first called, which was most of the one long task of every page
 *   load; with it, that compiling happens on a background thread during the download.
 * - `window.docusaurus` is wrapped (`prefetch-when-idle.ts`) so that the prefetching of links
 *   that scroll into view (route matching and `<link rel="prefetch">`) happens at idle time,
 *   in small batches, instead of all at once right after hydration.
 * - A client module (`route-code-next-task.ts`) moves the evaluation of the page's route code
 *   out of main.js' task into the next one.
 * - The generated route table gets `lazy-route-component.ts`, which builds each route's
 *   component on first use instead of one per page of the site on every load.
 * - postBuild lists each page's route chunks in the page, so the loader in `ssr-template.ts`
 *   starts them before main.js.
 */
export default function pageLoadPlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const needsPrismModule = (prism?.additionalLanguages ?? []).length > 0;
  // Filled by the client build, read after it: which files each named chunk group needs.
  let chunkGroupFiles: ChunkGroupFiles = {};
  return {
    name: 'page-load',
    getClientModules() {
      return isOn('route-code-next-task') ? [join(__dirname, 'route-code-next-task.ts')] : [];
    },
    configureWebpack(config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {BannerPlugin, Compilation, NormalModuleReplacementPlugin} = currentBundler.instance;
      const prismClientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages').replace(/\.js$/, '');
      const coreClientDir = dirname(require.resolve('@docusaurus/core/lib/client/docusaurus'));
      // Rspack's persistent cache keys on Docusaurus' config, not on this file, and would keep
      // serving bundles built with an earlier version of the replacements below.
      const persistentCache = (config as {experiments?: {cache?: unknown}}).experiments?.cache;
      /** Gives importers in `importerDir` one of our files for `request`; everyone else keeps the original. */
      const swap = (request: RegExp, importerDir: string, file: string) =>
        new NormalModuleReplacementPlugin(request, (resource: {context: string; request: string}) => {
          if (resource.context === importerDir) resource.request = join(__dirname, file);
        });
      return {
        ...(typeof persistentCache === 'object' ? {experiments: {cache: {buildDependencies: [__filename]}}} : {}),
        ...(needsPrismModule || !isOn('prism-alias') ? {} : {resolve: {alias: {[prismClientModule]: false}}}),
        plugins: [
          {
            apply(compiler: {hooks: {done: {tap(name: string, callback: (stats: {toJson(options: object): unknown}) => void): void}}}) {
              compiler.hooks.done.tap('page-load', (stats) => {
                const json = stats.toJson({all: false, chunkGroups: true}) as {
                  namedChunkGroups?: Record<string, {assets?: {name: string}[]}>;
                };
                const groups = json.namedChunkGroups ?? {};
                chunkGroupFiles = Object.fromEntries(
                  Object.entries(groups).map(([name, group]) => [name, (group.assets ?? []).map((asset) => asset.name)]),
                );
              });
            },
          },
          ...(isOn('idle-prefetch') ? [swap(/^\.\/docusaurus$/, coreClientDir, 'prefetch-when-idle.ts')] : []),
          ...(isOn('lazy-routes') ? [swap(/^@docusaurus\/ComponentCreator$/, context.generatedFilesDir, 'lazy-route-component.ts')] : []),
          ...(isOn('compile-hint')
            ? [
                new BannerPlugin({
                  banner: compileHint,
                  raw: true,
                  test: eagerlyCompiledScripts,
                  // After the minifier (which drops comments), before source maps are written.
                  stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
                }),
              ]
            : []),
        ],
      };
    },
    async postBuild({outDir, routes, routesPaths, baseUrl}) {
      if (!isOn('route-chunks')) return;
      const routesChunkNames = JSON.parse(
        await readFile(join(context.generatedFilesDir, 'routesChunkNames.json'), 'utf8'),
      ) as RoutesChunkNames;
      const chunkModules = registryModules(await readFile(join(context.generatedFilesDir, 'registry.js'), 'utf8'));
      await Promise.all(
        routesPaths.map(async (routePath) => {
          const htmlFile = join(outDir, routePath === baseUrl ? 'index.html' : `${routePath.slice(baseUrl.length)}.html`);
          const html = await readFile(htmlFile, 'utf8').catch(() => undefined);
          if (html === undefined) return;
          const files = routeChunkFiles(routePath, routes as unknown as RouteShape[], routesChunkNames, chunkModules, chunkGroupFiles, chunkGroupFiles.main ?? []);
          const updated = withRouteChunks(html, files, baseUrl);
          if (updated === html) return;
          // Whole-file replace: other plugins read these pages in their own postBuild.
          await writeFile(`${htmlFile}.tmp`, updated);
          await rename(`${htmlFile}.tmp`, htmlFile);
        }),
      );
    },
  };
}
