import type {z} from 'zod';
import {beleidSchema} from './beleid';
import {factorSchema} from './factor';
import {praktijkSchema} from './praktijk';

/** Each content type, the docs folder it lives in, and the schema of its frontmatter. */
export const contentTypes = {
  praktijk: {folder: 'docs/praktijken', schema: praktijkSchema},
  factor: {folder: 'docs/werkende-factoren', schema: factorSchema},
  beleid: {folder: 'docs/beleid', schema: beleidSchema},
} as const satisfies Record<string, {folder: string; schema: z.ZodType}>;

export type ContentKind = keyof typeof contentTypes;

/** The content type of a file by its folder, or undefined for pages without a schema. */
export function kindOfFile(relativePath: string): ContentKind | undefined {
  const normalised = relativePath.replaceAll('\\', '/');
  return (Object.keys(contentTypes) as ContentKind[]).find((kind) => {
    const folder = `${contentTypes[kind].folder}/`;
    const rest = normalised.startsWith(folder) ? normalised.slice(folder.length) : undefined;
    return rest !== undefined && !rest.includes('/') && /\.mdx?$/.test(rest) && !rest.startsWith('_');
  });
}

export {beleidSchema, factorSchema, praktijkSchema};
