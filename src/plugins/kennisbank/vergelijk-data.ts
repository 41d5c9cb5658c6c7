import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {LoadedContent} from '../../content/load';
import type {KennisbankData} from '../../content/graph';
import {praktijkDetail} from '../../content/feiten';

/** Folder of the per-practice modules under the plugin's data folder; the pages import from it. */
export const detailFolder = 'praktijk';

/** What the comparison and selection pages load up front: names to choose from, factors for the rows. */
export interface VergelijkIndex {
  readonly praktijken: readonly {readonly slug: string; readonly title: string; readonly gemeente: string}[];
  readonly factoren: readonly {readonly slug: string; readonly korteNaam: string}[];
}

/**
 * One module per practice with what the comparison and selection pages show of it, and a small
 * index. The pages import a practice's module only when it is chosen, so they never load the
 * whole collection's frontmatter.
 */
export async function writeVergelijkData(
  content: LoadedContent,
  data: KennisbankData,
  createData: PluginContentLoadedActions['createData'],
): Promise<void> {
  const index: VergelijkIndex = {
    praktijken: data.praktijken.map(({slug, title, gemeente}) => ({slug, title, gemeente})),
    factoren: data.factoren.map(({slug, korteNaam}) => ({slug, korteNaam})),
  };
  await Promise.all([
    createData('vergelijk-index.json', JSON.stringify(index)),
    ...content.praktijken.map((entry) => createData(`${detailFolder}/${entry.slug}.json`, JSON.stringify(praktijkDetail(entry)))),
  ]);
}
