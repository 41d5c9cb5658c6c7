import * as z from 'zod';
import {bronSchema, docusaurusFields} from './common';

/** Frontmatter of a werkende factor (`docs/werkende-factoren/<slug>.mdx`). */
export const factorSchema = z.strictObject({
  ...docusaurusFields,
  /** Short name shown on badges and in the matrix, e.g. `Laagdrempelig contact`. */
  korteNaam: z.string().min(3).max(40),
  /** The factor in one sentence, in our own words. */
  kern: z.string().min(20).max(220),
  /** Position in the publication's list, 1–14. */
  order: z.number().int().min(1).max(14),
  /** Questions a municipality can ask itself about this factor (3–5). */
  vragen: z.array(z.string().min(10)).min(3).max(5),
  /** Where the factor is named. */
  bron: bronSchema,
});

export type Factor = z.infer<typeof factorSchema>;
