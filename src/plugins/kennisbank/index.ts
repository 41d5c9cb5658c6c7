import {readFile, writeFile, mkdir} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentTypes} from '../../content/schemas';
import type {KennisbankGlobalData} from '../../content/graph';
import {loadSiteState, type SiteState} from './state';
import {preloadContent} from '../../content/load-threads';
import {remarkData, remarkDataFile} from './remark-data';
import {applyScriptHashes, inlineScriptHashes, routesToHash} from './csp';
import {openDataFiles, praktijkenFileJsonSchema, praktijkJsonSchema, praktijkenOpenData} from './open-data';
import {indicatorenCsv, indicatorenCsvPath} from './beleid-data';
import {vergelijkStaticFiles} from './vergelijk-data';
import {kennisbankRoutes, routeDataFile} from './routes';
import {writeStaticData} from './static-data';
import {overviewStaticFiles} from '../../lib/overview-data';
import {factorenIndexData} from '../../content/route-data';

/**
 * Validates all content before anything is built (so a bad file never yields half a site),
 * and publishes the generated data: one JSON module per page that needs it, so data for the
 * overview, matrix and finder is loaded on those pages only.
 */
export default async function kennisbankPlugin(context: LoadContext): Promise<Plugin<SiteState>> {
  const {siteDir} = context;
  // Checked here, before any other plugin loads, so a bad file never yields half a site. The
  // first loadContent reuses this load; later calls come from edited files in development.
  // The files are read on all cores first; Docusaurus' own front matter parsing then finds them read.
  await preloadContent(siteDir);
  let checked: SiteState | undefined = loadSiteState(siteDir);
  return {
    name: 'kennisbank',
    getPathsToWatch: () => Object.values(contentTypes).map(({folder}) => `${siteDir}/${folder}/*.{md,mdx}`),
    async loadContent() {
      const state = checked ?? loadSiteState(siteDir);
      checked = undefined;
      return state;
    },
    async contentLoaded({content: {content: loaded, data: content}, actions}) {
      const {createData, addRoute, setGlobalData} = actions;
      const write = (name: string, value: unknown) => createData(name, JSON.stringify(value));
      // For the blog post with the factor chart (blog/…-wat-15-gemeenten-gemeen-hebben.mdx); MDX imports it by path.
      await write('factoren.json', factorenIndexData(content));
      await write(remarkDataFile, remarkData(loaded, content));
      const dataUrl = await writeStaticData(siteDir, new Map([...vergelijkStaticFiles(loaded, content), ...overviewStaticFiles(content.praktijken)]));
      for (const route of kennisbankRoutes({content: loaded, data: content})) {
        const data = await write(routeDataFile(route.path), route.data);
        addRoute({path: route.path, component: route.component, modules: {data}, exact: true});
      }
      setGlobalData({counts: content.counts, dataUrl} satisfies KennisbankGlobalData);
    },
    async postBuild({outDir, siteConfig, routesPaths, content: {content, data}}) {
      const siteUrl = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '');
      const dataDir = join(outDir, 'data');
      await mkdir(dataDir, {recursive: true});
      await writeFile(join(outDir, openDataFiles.data), JSON.stringify(praktijkenOpenData(content.praktijken, siteUrl, data.verwant), null, 2));
      await writeFile(join(outDir, openDataFiles.fileSchema), JSON.stringify(praktijkenFileJsonSchema(siteUrl), null, 2));
      await writeFile(join(outDir, openDataFiles.recordSchema), JSON.stringify(praktijkJsonSchema(siteUrl), null, 2));
      const csvFile = join(outDir, indicatorenCsvPath);
      await mkdir(dirname(csvFile), {recursive: true});
      await writeFile(csvFile, indicatorenCsv(content, {siteUrl}));
      await writeHeaders(outDir, routesToHash(routesPaths, new Set(data.praktijken.map((p) => p.url))));
    },
  };
}

/** Writes `_headers` with the CSP hashes of the inline scripts the build contains (routesToHash). */
async function writeHeaders(outDir: string, routesPaths: readonly string[]): Promise<void> {
  const template = await readFile(join(outDir, '_headers'), 'utf8').catch(() => undefined);
  if (template === undefined) return;
  const htmlFiles = ['index.html', '404.html', ...routesPaths.map((route) => `${route.replace(/^\//, '')}.html`)];
  const pages = await Promise.all(htmlFiles.map((file) => readFile(join(outDir, file), 'utf8').catch(() => '')));
  await writeFile(join(outDir, '_headers'), applyScriptHashes(template, inlineScriptHashes(pages)));
}
