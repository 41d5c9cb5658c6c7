import {loadContent, type LoadedContent} from '../../content/load';
import {validateContent} from '../../content/validate';
import {ContentError} from '../../content/problems';
import {buildKennisbank, type KennisbankData} from '../../content/graph';

export interface SiteState {
  readonly content: LoadedContent;
  readonly data: KennisbankData;
}

/**
 * Loads, validates and builds the kennisbank data, or throws a ContentError that lists every
 * problem. No cache: the plugin keeps the result in its own closure and hands it on as its
 * `content`, as Docusaurus' content plugins do.
 */
export function loadSiteState(siteDir: string): SiteState {
  const content = loadContent(siteDir);
  const problems = validateContent(content);
  if (problems.length > 0) throw new ContentError(problems, content.fileCount);
  return {content, data: buildKennisbank(content)};
}
