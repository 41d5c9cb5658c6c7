import {relative} from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {kindOfFile} from '../../content/schemas';
import {loadFile} from '../../content/load';
import {ContentError} from '../../content/problems';

/**
 * `markdown.parseFrontMatter` for the site: Docusaurus parses as usual, then content files
 * are checked against their schema, so a bad file fails with every problem it has.
 * Pages receive the parsed value (defaults applied) plus the Docusaurus fields derived from it.
 */
export function createParseFrontMatter(siteDir: string): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const kind = kindOfFile(relative(siteDir, params.filePath));
    if (!kind) return result;
    const {entry, problems} = loadFile(kind, params.filePath, siteDir, params.fileContent);
    if (!entry || problems.length > 0) throw new ContentError(problems, 1);
    const data = entry.data as Record<string, unknown>;
    const derived =
      kind === 'factor'
        ? {description: data.kern}
        : {description: data.summary};
    return {...result, frontMatter: {...data, ...derived}};
  };
}
