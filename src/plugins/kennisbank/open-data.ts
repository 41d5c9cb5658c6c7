import * as z from 'zod';
import {praktijkSchema} from '../../content/schemas/praktijk';
import {urls} from '../../content/graph';
import type {Entry} from '../../content/load';
import type {Praktijk} from '../../content/schemas/praktijk';

/** `/data/praktijken.json`: every practice with its frontmatter and its address on the site. */
export function praktijkenOpenData(praktijken: readonly Entry<Praktijk>[], siteUrl: string) {
  return {
    licentie: 'CC BY 4.0',
    bron: 'Kennisbank jeugdpreventie',
    schema: `${siteUrl}/data/praktijk.schema.json`,
    praktijken: praktijken.map(({slug, data}) => ({slug, url: `${siteUrl}${urls.praktijk(slug)}`, ...data})),
  };
}

/** The JSON Schema of a practice's frontmatter, generated from the same zod schema. */
export function praktijkJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(praktijkSchema, {io: 'input', unrepresentable: 'any'}),
    title: 'Praktijk (kennisbank jeugdpreventie)',
  };
}
