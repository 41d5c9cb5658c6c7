import * as z from 'zod';
import {praktijkSchema} from '../../content/schemas/praktijk';
import {jaarSchema, kerncijferSchema, slugSchema} from '../../content/schemas/common';
import {urls} from '../../content/graph';
import {figureDate, figureYear} from '../../content/figures';
import type {Entry} from '../../content/load';
import type {Praktijk} from '../../content/schemas/praktijk';

/** Where the files are published, relative to the site root. */
export const openDataFiles = {
  data: 'data/praktijken.json',
  fileSchema: 'data/praktijken.schema.json',
  recordSchema: 'data/praktijk.schema.json',
} as const;

/**
 * A figure as published: as written in frontmatter, plus the year in which it was true and
 * how the site words that date, so a reuser does not have to guess a figure without a year.
 */
const figuurRecordSchema = kerncijferSchema.extend({
  /** The figure as written, e.g. `1.200` or `85%`. */
  waarde: z.string().min(1),
  /** The year in which the figure was true: its own year, or else the year of the source. */
  peiljaar: jaarSchema,
  /** That date in words, e.g. `2015` or `volgens de bron (2018)`. */
  datering: z.string().min(4),
});

/**
 * One practice in `/data/praktijken.json`: its slug and address, and its frontmatter after
 * validation (defaults filled in). Docusaurus' own page settings are left out.
 */
export const praktijkRecordSchema = praktijkSchema.omit({slug: true, hide_table_of_contents: true}).extend({
  /** Fixed identifier of the practice; titles may change, the slug does not. */
  slug: slugSchema,
  /** Address of the practice's page on the site. */
  url: z.url(),
  kerncijfers: z.array(figuurRecordSchema),
  kosten: z.array(figuurRecordSchema),
  /** Date this page was last checked against its source, `YYYY-MM-DD`. */
  laatstBijgewerkt: z.iso.date(),
  /** Slugs of up to four related practices, most alike first ("Vergelijkbare praktijken" on the page). */
  verwant: z.array(slugSchema).max(4),
});

export type PraktijkRecord = z.output<typeof praktijkRecordSchema>;

function figuurRecord(figure: Praktijk['kerncijfers'][number], bron: Praktijk['bron']) {
  return {...figure, peiljaar: figureYear(figure, bron).jaar, datering: figureDate(figure, bron)};
}

/** Related practices per slug, as the build ranks them (`verwantePraktijken`). */
export type VerwantPerSlug = Readonly<Record<string, readonly {readonly slug: string}[]>>;

export function praktijkRecord({slug, data}: Entry<Praktijk>, siteUrl: string, verwant: VerwantPerSlug): PraktijkRecord {
  const {slug: _ignoredSlug, hide_table_of_contents: _ignoredToc, ...frontmatter} = data;
  return {
    slug,
    url: `${siteUrl}${urls.praktijk(slug)}`,
    ...frontmatter,
    kerncijfers: data.kerncijfers.map((figure) => figuurRecord(figure, data.bron)),
    kosten: data.kosten.map((figure) => figuurRecord(figure, data.bron)),
    verwant: (verwant[slug] ?? []).map((related) => related.slug),
  };
}

/** `/data/praktijken.json`: every practice, with the licence and the schema of the file. */
export function praktijkenOpenData(praktijken: readonly Entry<Praktijk>[], siteUrl: string, verwant: VerwantPerSlug) {
  return {
    licentie: 'CC BY 4.0',
    bron: 'Kennisbank jeugdpreventie',
    schema: `${siteUrl}/${openDataFiles.fileSchema}`,
    praktijken: praktijken.map((entry) => praktijkRecord(entry, siteUrl, verwant)),
  };
}

/** The JSON Schema of one record, generated from the same zod schema that built it. */
export function praktijkJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(praktijkRecordSchema, {io: 'output', target: 'draft-2020-12'}),
    $id: `${siteUrl}/${openDataFiles.recordSchema}`,
    title: 'Praktijk (kennisbank jeugdpreventie)',
    description: 'Eén praktijk uit /data/praktijken.json: slug, adres van de pagina en de gecontroleerde frontmatter.',
  };
}

/** The JSON Schema of the whole file: the envelope, and every record as in `praktijkJsonSchema`. */
export function praktijkenFileJsonSchema(siteUrl: string): Record<string, unknown> {
  const {$schema, $id: _recordId, ...record} = praktijkJsonSchema(siteUrl);
  const fileUrl = `${siteUrl}/${openDataFiles.fileSchema}`;
  return {
    $schema,
    $id: fileUrl,
    title: 'Praktijken (kennisbank jeugdpreventie)',
    description: 'Het bestand /data/praktijken.json: licentie, bron en alle praktijken.',
    type: 'object',
    properties: {
      licentie: {const: 'CC BY 4.0'},
      bron: {type: 'string', minLength: 1},
      schema: {const: fileUrl, description: 'Het adres van dit schema.'},
      praktijken: {type: 'array', items: {$ref: '#/$defs/praktijk'}},
    },
    required: ['licentie', 'bron', 'schema', 'praktijken'],
    additionalProperties: false,
    $defs: {praktijk: record},
  };
}
