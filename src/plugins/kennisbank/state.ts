import {loadContent, type LoadedContent} from '../../content/load';
import {validateContent} from '../../content/validate';
import {ContentError} from '../../content/problems';
import {buildKennisbank, type KennisbankData} from '../../content/graph';

export interface SiteState {
  readonly content: LoadedContent;
  readonly data: KennisbankData;
}

const cache = new Map<string, SiteState>();

/**
 * Loads, validates and builds the kennisbank data, or throws a ContentError that lists every
 * problem. The result is cached per site so the plugin and the remark plugin share one load;
 * `fresh` reloads after a file changed in development.
 */
export function loadSiteState(siteDir: string, {fresh = false}: {fresh?: boolean} = {}): SiteState {
  const cached = cache.get(siteDir);
  if (cached && !fresh) return cached;
  const content = loadContent(siteDir);
  const problems = validateContent(content);
  if (problems.length > 0) throw new ContentError(problems, content.fileCount);
  const state = {content, data: buildKennisbank(content)};
  cache.set(siteDir, state);
  return state;
}
