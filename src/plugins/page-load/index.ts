import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * theme-classic registers a client module that loads Prism on every page, only to let sites
 * add highlighting languages. Without extra languages it does nothing useful, yet Prism is
 * a fifth of main.js and its language definitions run on every page load. Code blocks keep
 * working: `@theme/CodeBlock` imports its own Prism, in the chunk of the page that has one.
 */
export default function pageLoadPlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const needsPrismModule = (prism?.additionalLanguages ?? []).length > 0;
  return {
    name: 'page-load',
    configureWebpack(_config, isServer) {
      if (isServer || needsPrismModule) return {};
      const prismClientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');
      return {resolve: {alias: {[prismClientModule.replace(/\.js$/, '')]: false}}};
    },
  };
}
