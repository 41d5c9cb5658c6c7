import * as z from 'zod';
import {documentstatussen, documenttypes, domeinen, provincies, themas, valuesOf} from '../vocabularies';
import {bronSchema, datumSchema, docusaurusFields, interventieSchema, jaarSchema, plainTextSchema, slugSchema} from './common';

/** A criterion or principle a policy document sets for prevention. */
const criteriumSchema = z.strictObject({
  /** Short name of the criterion. */
  naam: z.string().min(2),
  /** What it means, in one or two sentences of our own. */
  toelichting: z.string().min(10).max(400),
});

/** A result indicator: what a municipality measures, and the target where one is given. */
export const indicatorSchema = z.strictObject({
  /** What is measured, e.g. `Bereik jongerenwerk`. */
  label: z.string().min(3),
  /** Policy domain it belongs to. */
  domein: z.enum(valuesOf(domeinen)),
  /** Theme of the kennisbank it belongs to. */
  thema: z.enum(valuesOf(themas)),
  /** Target as written in the source, e.g. `≥ 15% van de jongeren`. Left out when none is given. */
  doel: z.string().min(1).optional(),
  /** Line number in the source text file where the indicator is found, so it can be traced. */
  bronregel: z.number().int().positive(),
});

/** Frontmatter of a beleidsdocument (`docs/beleid/<slug>.mdx`). */
export const beleidSchema = z.strictObject({
  ...docusaurusFields,
  /** Two sentences at most: used on cards and as the meta description. */
  summary: plainTextSchema(40, 200),
  /** Municipality or municipalities that wrote the document. */
  gemeenten: z.array(z.string().min(2)).min(1),
  /** Region, where the document is regional. */
  regio: z.string().min(2).optional(),
  /** Province of the municipalities. */
  provincie: z.enum(valuesOf(provincies)),
  /** Year of the document. */
  jaar: jaarSchema,
  /** Kind of document. */
  documenttype: z.enum(valuesOf(documenttypes)),
  /** Whether the document was adopted. */
  status: z.enum(valuesOf(documentstatussen)),
  /** Policy domains it covers. */
  domeinen: z.array(z.enum(valuesOf(domeinen))).min(1),
  /** Themes of the kennisbank it touches. */
  themas: z.array(z.enum(valuesOf(themas))).min(1),
  /** Slugs of the werkende factoren the document illustrates. */
  factoren: z.array(slugSchema).default([]),
  /** Criteria or principles for prevention that the document sets. */
  criteria: z.array(criteriumSchema).default([]),
  /** Named interventions and programmes. */
  interventies: z.array(interventieSchema).default([]),
  /** Result indicators, with target where given. */
  indicatoren: z.array(indicatorSchema).default([]),
  /** One sentence each, in our own words, for the side-by-side comparison of documents. */
  vergelijking: z
    .strictObject({
      /** How the document chooses its target groups. */
      doelgroepkeuze: z.string().min(20).max(400),
      /** The role the municipality gives itself. */
      rolGemeente: z.string().min(20).max(400),
      /** How results are monitored. */
      monitoring: z.string().min(20).max(400),
    })
    .partial()
    .optional(),
  /** The source document. */
  bron: bronSchema,
  /** Date this page was last checked against its source, `YYYY-MM-DD`. */
  laatstBijgewerkt: datumSchema,
});

export type Beleid = z.infer<typeof beleidSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
