import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {LoadedContent} from '../../content/load';
import type {KennisbankData} from '../../content/graph';
import {praktijkDetail} from '../../content/feiten';
import {staticPaths} from '../../lib/overview-data';


/** What the comparison and selection pages load up front: names to choose from, factors for the rows. */
export interface VergelijkIndex {
  readonly praktijken: readonly {readonly slug: string; readonly title: string; readonly gemeente: string}[];
  readonly factoren: readonly {readonly slug: string; readonly korteNaam: string}[];
}

/**
 * A small index of names, and one static file per practice with what the comparison and
 * selection pages show of it (returned, for writeStaticData). The pages fetch a practice's file
 * only when it is chosen, so they never load the whole collection's frontmatter.
 */
export async function writeVergelijkData(
  content: LoadedContent,
  data: KennisbankData,
  createData: PluginContentLoadedActions['createData'],
): Promise<Map<string, string>> {
  const index: VergelijkIndex = {
    praktijken: data.praktijken.map(({slug, title, gemeente}) => ({slug, title, gemeente})),
    factoren: data.factoren.map(({slug, korteNaam}) => ({slug, korteNaam})),
  };
  await createData('vergelijk-index.json', JSON.stringify(index));
  return new Map(content.praktijken.map((entry) => [staticPaths.detail(entry.slug), JSON.stringify(praktijkDetail(entry))]));
}
