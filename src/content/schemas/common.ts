import * as z from 'zod';

/** A kebab-case identifier: lower-case letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en koppeltekens (kebab-case)');

/** A calendar year as a whole number. */
export const jaarSchema = z.number().int().min(1950).max(2100);

/**
 * A date as `YYYY-MM-DD`. YAML turns an unquoted date into a Date object; both forms are
 * accepted and normalised to the string, so components see one shape.
 */
export const datumSchema = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  // A real calendar date: `2026-02-30` fails, where a pattern alone would let it through.
  .pipe(z.iso.date({error: 'deze datum bestaat niet of is niet geschreven als JJJJ-MM-DD'}));

/**
 * Text shown as it is in cards, meta tags and JSON-LD. `<`, `>`, `{` and `}` there are markup or
 * MDX code that would show as raw characters, so they are refused, with the text without them.
 */
export const plainTextSchema = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      if (!/[<>{}]/.test(text)) return;
      ctx.addIssue({
        code: 'custom',
        message: 'geen opmaak of code: de tekens < > { } zijn hier niet toegestaan',
        params: {suggestion: text.replace(/<[^<>]*>/g, '').replace(/[<>{}]/g, '').replace(/\s{2,}/g, ' ').trim()},
      });
    });

/** Where a page's facts come from. Every page cites its source. */
export const bronSchema = z.strictObject({
  /** Title of the source document. */
  titel: z.string().min(3),
  /** Organisation that published it. */
  uitgever: z.string().min(2),
  /** Year of publication. */
  jaar: jaarSchema,
  /** Page or page range in the printed source, e.g. `4-7`. */
  pagina: z.union([z.number().int().positive(), z.string().regex(/^\d+(?:[-–]\d+)?$/)]).optional(),
  /** Link to the source, where it is published online. */
  url: z.url({protocol: /^https?$/}).optional(),
});

/**
 * A figure from the source. It carries a year only where the source gives one; without it the
 * figure is shown as true "volgens de bron" at the source's year (see `figureDate`).
 */
export const kerncijferSchema = z.strictObject({
  /** What is counted, e.g. `Leerlingen bereikt`. */
  label: z.string().min(2),
  /** The figure as written, e.g. `1.200` or `85%`. */
  waarde: z.union([z.string().min(1), z.number()]).transform(String),
  /** The year in which the figure was true, only where the source gives that year. */
  jaar: jaarSchema.optional(),
});

/** A contact point: an organisation and a role, never a personal e-mail or phone number. */
export const contactSchema = z.strictObject({
  /** Organisation to contact. */
  organisatie: z.string().min(2),
  /** Role or department within it, e.g. `beleidsmedewerker jeugd`. */
  rol: z.string().min(2).optional(),
  /** Person named in the source, if any. */
  naam: z.string().min(2).optional(),
});

/** A website named in the source. */
export const websiteSchema = z.strictObject({
  /** Link text. */
  label: z.string().min(2),
  /** Full address, starting with https:// or http://. */
  url: z.url({protocol: /^https?$/}),
});

/** A named intervention or programme used in a practice or policy. */
export const interventieSchema = z.strictObject({
  /** Name as the source spells it, e.g. `Triple P`. */
  naam: z.string().min(2),
  /** What it is, in one sentence of our own. */
  omschrijving: z.string().min(10).max(300),
  /** For whom, in a few words. */
  doelgroep: z.string().min(2).optional(),
  /** Where it takes place, in a few words. */
  setting: z.string().min(2).optional(),
});

/** Fields Docusaurus itself reads from a doc's frontmatter and that our pages may set. */
export const docusaurusFields = {
  /** Overrides the page title in the browser tab. */
  title: plainTextSchema(3, 120),
  /** Docusaurus' own URL slug; when given it must match the file name. */
  slug: z.string().optional(),
  /** Hides the table of contents on the right. */
  hide_table_of_contents: z.boolean().optional(),
  /** Keywords for search engines and the local search. */
  keywords: z.array(z.string()).optional(),
} as const;
