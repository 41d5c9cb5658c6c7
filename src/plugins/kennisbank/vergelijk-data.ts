import type {LoadedContent} from '../../content/load';
import type {KennisbankData} from '../../content/graph';
import {praktijkDetail} from '../../content/feiten';
import {staticPaths} from '../../lib/overview-data';

/** The names the comparison page's chooser lists, as a static file (see namenPath). */
export type PraktijkNamen = {readonly slug: string; readonly title: string; readonly gemeente: string}[];

/**
 * Static files for the comparison and selection pages (for writeStaticData): one per practice
 * with what the pages show of it, fetched only when it is chosen, and the list of names the
 * comparison page's chooser offers, fetched only when a reader starts choosing. The pages'
 * own data is the factors' names (route-data.ts), so nothing they load up front grows with
 * the collection.
 */
export function vergelijkStaticFiles(content: LoadedContent, data: Pick<KennisbankData, 'praktijken'>): Map<string, string> {
  const namen: PraktijkNamen = data.praktijken.map(({slug, title, gemeente}) => ({slug, title, gemeente}));
  return new Map([
    ...content.praktijken.map((entry) => [staticPaths.detail(entry.slug), JSON.stringify(praktijkDetail(entry))] as const),
    [staticPaths.namen, JSON.stringify(namen)],
  ]);
}
