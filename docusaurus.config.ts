// First import: zod's global settings before any schema is created (see the module).
import './src/content/zod-config';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import {createParseFrontMatter} from './src/plugins/kennisbank/parse-front-matter';
import remarkKennisbank from './src/plugins/kennisbank/remark-generated';
import {staticDataDir} from './src/plugins/kennisbank/static-data';
import {paintFirstTemplate} from './src/plugins/page-load/ssr-template';
import {isOn} from './src/plugins/page-load/ablation';
import {searchConfig} from './src/plugins/search-config';
import {readableTheme} from './src/plugins/prism-theme';

const siteDir = __dirname;
const repository = process.env.KENNISBANK_REPOSITORY ?? 'koplopersnetwerk-jeugdpreventie/kennisbank';
const [organization, project] = repository.split('/');
const editUrl = `https://github.com/${repository}/edit/main/`;
const search = searchConfig(process.env);
const siteUrl = process.env.KENNISBANK_URL ?? `https://${organization}.github.io`;
const baseUrl = process.env.KENNISBANK_BASE_URL ?? '/';

const config: Config = {
  title: 'Kennisbank jeugdpreventie',
  tagline: 'Wat werkt in preventie voor kinderen, jongeren en ouders: praktijken en werkende factoren van het koplopersnetwerk',
  favicon: 'favicon.ico',
  url: siteUrl,
  baseUrl,
  organizationName: organization,
  projectName: project,
  trailingSlash: false,

  customFields: {
    // Where "Stuur naar de redactie" on /praktijk-aanmelden sends its e-mail, and how long the
    // editors usually take; set KENNISBANK_REDACTIE_EMAIL for a fork.
    redactie: {
      email: process.env.KENNISBANK_REDACTIE_EMAIL ?? 'redactie@koplopersnetwerk-jeugdpreventie.nl',
      reactietijd: 'twee weken',
    },
  },

  // The second folder holds per-practice JSON the kennisbank plugin writes (static-data.ts).
  staticDirectories: ['static', staticDataDir],
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {v4: true, faster: true},
  ssrTemplate: isOn('paint-first') ? paintFirstTemplate(isOn('script-per-task')) : undefined,

  i18n: {defaultLocale: 'nl', locales: ['nl'], localeConfigs: {nl: {label: 'Nederlands', htmlLang: 'nl'}}},

  markdown: {
    format: 'detect',
    parseFrontMatter: createParseFrontMatter(siteDir),
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          // No docs sidebars: Docusaurus loads every sidebar's data on every doc page, case
          // pages included. Overview pages and generated prev/next links do their job.
          sidebarPath: false,
          editUrl,
          showLastUpdateTime: false,
          beforeDefaultRemarkPlugins: [[remarkKennisbank, {siteDir, siteUrl: `${siteUrl}${baseUrl}`.replace(/\/$/, '')}]],
        },
        blog: {
          path: 'blog',
          routeBasePath: 'blog',
          blogTitle: 'Nieuws uit het netwerk',
          blogDescription: 'Nieuws van de kennisbank en het koplopersnetwerk jeugdpreventie',
          editUrl,
          showReadingTime: true,
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          feedOptions: {type: ['rss', 'atom'], title: 'Kennisbank jeugdpreventie — nieuws', language: 'nl', copyright: 'Tekst: CC BY 4.0'},
        },
        theme: {customCss: ['./src/css/custom.css', './src/css/print.css']},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  plugins: ['./src/plugins/kennisbank/index.ts', './src/plugins/page-load/index.ts'],
  themes: search.themes,

  themeConfig: {
    ...search.themeConfig,
    colorMode: {defaultMode: 'light', disableSwitch: true, respectPrefersColorScheme: false},
    metadata: [{name: 'keywords', content: 'jeugdpreventie, preventie, jeugd, gemeente, werkende factoren, praktijkvoorbeelden'}],
    navbar: {
      title: 'Kennisbank jeugdpreventie',
      items: [
        {to: '/praktijken', label: 'Praktijken', position: 'left'},
        {to: '/werkende-factoren', label: 'Werkende factoren', position: 'left'},
        {to: '/welke-factoren-passen', label: 'Welke factoren passen?', position: 'left'},
        {to: '/beleid', label: 'Beleid', position: 'left'},
        {to: '/praktijk-aanmelden', label: 'Deel je praktijk', position: 'right'},
      ],
    },
    footer: {
      style: 'light',
      links: [
        {
          title: 'Kennisbank',
          items: [
            {label: 'Praktijken', to: '/praktijken'},
            {label: 'Werkende factoren', to: '/werkende-factoren'},
            {label: 'Matrix praktijken × factoren', to: '/werkende-factoren/matrix'},
            {label: 'Thema’s', to: '/themas'},
            {label: 'Beleid van gemeenten', to: '/beleid'},
            {label: 'Nieuws', to: '/blog'},
          ],
        },
        {
          title: 'Meedoen',
          items: [
            {label: 'Deel je praktijk', to: '/praktijk-aanmelden'},
            {label: 'Broncode op GitHub', href: `https://github.com/${repository}`},
          ],
        },
        {
          title: 'Over deze site',
          items: [
            {label: 'Over de kennisbank', to: '/over'},
            {label: 'Toegankelijkheid', to: '/over/toegankelijkheid'},
            {label: 'Privacy', to: '/over/privacy'},
            {label: 'Open data', to: '/over/open-data'},
          ],
        },
      ],
      copyright: `Tekst CC BY 4.0, code MIT. Gebaseerd op “Van nul tot later als ik groot ben” (ministerie van VWS, 2018), de publicatie van het koplopersnetwerk jeugdpreventie van VWS en VNG.`,
    },
    prism: {theme: readableTheme(prismThemes.github)},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
