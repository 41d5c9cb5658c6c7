import * as z from 'zod';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas, valuesOf} from '../vocabularies';
import {
  bronSchema,
  contactSchema,
  datumSchema,
  docusaurusFields,
  interventieSchema,
  jaarSchema,
  kerncijferSchema,
  slugSchema,
  websiteSchema,
  plainTextSchema,
} from './common';

const nonEmptyUnique = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, 'kies minstens één waarde')
    .refine((list) => new Set(list).size === list.length, 'een waarde staat er twee keer in');

/** Frontmatter of a praktijkverhaal (`docs/praktijken/<slug>.mdx`). */
export const praktijkSchema = z.strictObject({
  ...docusaurusFields,
  /** Two sentences at most: used on cards and as the meta description. */
  summary: plainTextSchema(40, 200),
  /** Municipality where the practice runs (the lead municipality for a regional one). */
  gemeente: z.string().min(2),
  /** Region, where the practice is regional, e.g. `Hart van Brabant`. */
  regio: z.string().min(2).optional(),
  /** Province of the municipality. */
  provincie: z.enum(valuesOf(provincies)),
  /** Location of the municipality for the map, in WGS84 degrees. */
  coordinaten: z.strictObject({
    /** Latitude; the Netherlands lies between 50.7 and 53.6. */
    lat: z.number().min(50.7).max(53.6),
    /** Longitude; the Netherlands lies between 3.3 and 7.3. */
    lon: z.number().min(3.3).max(7.3),
  }),
  /** Year the practice started, where the source says. */
  startjaar: jaarSchema.optional(),
  /** Who the practice is for. */
  doelgroepen: nonEmptyUnique(z.enum(valuesOf(doelgroepen))),
  /**
   * Age phases of the children or young people it concerns, where the source says; left out
   * when it does not, so a page does not claim ages its source never gives.
   */
  leeftijdsfasen: z
    .array(z.enum(valuesOf(leeftijdsfasen)))
    .refine((list) => new Set(list).size === list.length, 'een waarde staat er twee keer in')
    .default([]),
  /** Exact age range in years, where the source gives one. */
  leeftijd: z
    .strictObject({
      /** Lowest age in years. */
      van: z.number().int().min(0).max(27),
      /** Highest age in years. */
      tot: z.number().int().min(0).max(27),
    })
    .refine((range) => range.van <= range.tot, 'van mag niet hoger zijn dan tot')
    .optional(),
  /** Places where the practice finds and reaches people (vindplaatsen). */
  settings: nonEmptyUnique(z.enum(valuesOf(settings))),
  /** Themes of the kennisbank. */
  themas: nonEmptyUnique(z.enum(valuesOf(themas))),
  /** Slugs of the werkende factoren this practice shows, as listed in the publication. */
  factoren: nonEmptyUnique(slugSchema),
  /** Prevention level(s): universeel, selectief, geïndiceerd. */
  preventieniveau: nonEmptyUnique(z.enum(valuesOf(preventieniveaus))),
  /** Organisations that work together in the practice. */
  partners: z.array(z.string().min(2)).default([]),
  /** Named methods or programmes the practice uses. */
  interventies: z.array(interventieSchema).default([]),
  /** Key figures, each with its year where the source gives one. */
  kerncijfers: z.array(kerncijferSchema).default([]),
  /** Costs or funding, where the source states them; with a year where the source gives one. */
  kosten: z.array(kerncijferSchema).default([]),
  /** Who to contact: organisation and role. */
  contact: z.array(contactSchema).default([]),
  /** Websites named in the source. */
  websites: z.array(websiteSchema).default([]),
  /** The source of this page. */
  bron: bronSchema,
  /** Date this page was last checked against its source, `YYYY-MM-DD`. */
  laatstBijgewerkt: datumSchema,
});

/** Frontmatter as written in the file. */
export type PraktijkInput = z.input<typeof praktijkSchema>;
/** Frontmatter after parsing, with defaults applied. */
export type Praktijk = z.infer<typeof praktijkSchema>;
