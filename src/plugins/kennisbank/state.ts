import {listContentFiles, loadContent, loadFile, type LoadedContent} from '../../content/load';
import {contentTypes} from '../../content/schemas';
import {validateContent} from '../../content/validate';
import {ContentError} from '../../content/problems';
import {buildKennisbank, summariseFactor, type FactorSummary, type KennisbankData} from '../../content/graph';

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

/**
 * The werkende factoren only, in their order: for plugins that need their names and nothing
 * else of the site (the search page's filters). Reads 14 files, not the whole collection; the
 * kennisbank plugin has validated them before.
 */
export function loadFactoren(siteDir: string): FactorSummary[] {
  return listContentFiles(siteDir, contentTypes.factor.folder)
    .flatMap((path) => {
      const {entry} = loadFile('factor', path, siteDir);
      return entry ? [summariseFactor(entry)] : [];
    })
    .sort((a, b) => a.order - b.order);
}
