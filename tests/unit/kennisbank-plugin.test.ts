import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import kennisbankPlugin from '../../src/plugins/kennisbank';
import type {SiteState} from '../../src/plugins/kennisbank/state';
import {remarkDataFile, type RemarkData} from '../../src/plugins/kennisbank/remark-data';
import {loadFactoren} from '../../src/plugins/kennisbank/state';
import {routesToHash} from '../../src/plugins/kennisbank/csp';
import {routeDataFile} from '../../src/plugins/kennisbank/routes';

const plugin = (await kennisbankPlugin({siteDir: process.cwd()} as LoadContext)) as Required<Plugin<SiteState>>;
const outDir = mkdtempSync(join(tmpdir(), 'kennisbank-plugin-'));
afterAll(() => rmSync(outDir, {recursive: true, force: true}));

/** The loaded site with only its first practice: content no file on disk produces. */
async function onePractice(): Promise<SiteState> {
  const state = (await plugin.loadContent()) as SiteState;
  const [first] = state.content.praktijken;
  return {
    content: {...state.content, praktijken: [first!]},
    data: {...state.data, praktijken: [state.data.praktijken[0]!], counts: {...state.data.counts, praktijken: 1}},
  };
}

describe('kennisbank plugin state', () => {
  it('contentLoaded publishes the content it is given, not a fresh load of the site', async () => {
    const content = await onePractice();
    const written = new Map<string, string>();
    let global: unknown;
    await plugin.contentLoaded({
      content,
      allContent: {},
      actions: {
        createData: async (name: string, data: string) => (written.set(name, data), `/generated/${name}`),
        addRoute: () => undefined,
        setGlobalData: (data: unknown) => (global = data),
      },
    } as never);
    expect(global).toEqual({counts: expect.objectContaining({praktijken: 1}), dataUrl: expect.stringMatching(/^\/kennisbank\/[0-9a-f]{10}$/)});
    expect(JSON.parse(written.get(routeDataFile('/praktijken'))!).total).toBe(1);
    const remark = JSON.parse(written.get(remarkDataFile)!) as RemarkData;
    expect(Object.keys(remark.praktijken)).toEqual([content.content.praktijken[0]!.slug]);
  });

  it('postBuild writes the open data from the content it is given', async () => {
    const content = await onePractice();
    await plugin.postBuild({outDir, siteConfig: {url: 'https://example.org', baseUrl: '/'}, routesPaths: [], content} as never);
    const openData = readFileSync(join(outDir, 'data', 'praktijken.json'), 'utf8');
    const slugs = (await plugin.loadContent()).content.praktijken.map((p) => p.slug);
    expect(openData).toContain(`"${slugs[0]}"`);
    expect(openData).not.toContain(`"${slugs[1]}"`);
  });
});

describe('reading less than the whole site', () => {
  it('loadFactoren gives the factors of a full load, in their order', async () => {
    const state = (await plugin.loadContent()) as SiteState;
    expect(loadFactoren(process.cwd())).toEqual(state.data.factoren);
  });

  it('hashes the inline scripts of every page but one case page for all case pages', () => {
    const praktijken = new Set(['/praktijken/a', '/praktijken/b', '/praktijken/c']);
    expect(routesToHash(['/', '/praktijken/a', '/praktijken', '/praktijken/b', '/over', '/praktijken/c'], praktijken)).toEqual([
      '/',
      '/praktijken/a',
      '/praktijken',
      '/over',
    ]);
  });
});
