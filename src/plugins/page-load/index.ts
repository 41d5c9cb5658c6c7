import type {LoadContext, Plugin} from '@docusaurus/types';

/** V8's explicit compile hint: compile every function of this file while it downloads. */
export const compileHint = '//# allFunctionsCalledOnLoad';

/** The client entry: its module factories all run on load, so it is worth compiling early. */
export const eagerlyCompiledScripts = /(^|\/)main\.[0-9a-f]+\.js$/;

/**
 * Two changes to the client bundle, both about the work a phone does before a page responds.
 *
 * - theme-classic registers a client module that loads Prism on every page, only to let sites
 *   add highlighting languages. Without extra languages it does nothing, yet Prism was a fifth
 *   of main.js. Code blocks keep working: `@theme/CodeBlock` (our lazy wrapper) loads Prism
 *   on the pages that have one.
 * - main.js gets V8's compile hint. Without it, Chrome compiles each module factory on the
 *   main thread when it is first called, which was most of the one long task of every page
 *   load; with it, that compiling happens on a background thread during the download.
 */
export default function pageLoadPlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const needsPrismModule = (prism?.additionalLanguages ?? []).length > 0;
  return {
    name: 'page-load',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {BannerPlugin, Compilation} = currentBundler.instance;
      const prismClientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages').replace(/\.js$/, '');
      return {
        ...(needsPrismModule ? {} : {resolve: {alias: {[prismClientModule]: false}}}),
        plugins: [
          new BannerPlugin({
            banner: compileHint,
            raw: true,
            test: eagerlyCompiledScripts,
            // After the minifier (which drops comments), before source maps are written.
            stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
          }),
        ],
      };
    },
  };
}
