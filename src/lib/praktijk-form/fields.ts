/**
 * The form's field lists, read from the praktijk schema so a field added to the schema shows
 * up here (and in the draft and the checks) without a second list to keep in step.
 */
import * as z from 'zod';
import {praktijkSchema} from '../../content/schemas/praktijk';
import {bronSchema} from '../../content/schemas/common';

const shape = praktijkSchema.shape;
type Shape = typeof shape;

/** The schema of the items of a row list such as `interventies` (an array with a default). */
const rowShape = <K extends 'interventies' | 'kerncijfers' | 'kosten' | 'contact' | 'websites'>(key: K) =>
  shape[key].unwrap().element.shape as Shape[K]['_zod']['def']['innerType']['element']['shape'];

const keysOf = <T extends object>(object: T) => Object.keys(object) as (keyof T & string)[];

/** Sub-fields of each repeatable row list, in the order of the schema. */
export const rowFields = {
  interventies: keysOf(rowShape('interventies')),
  kerncijfers: keysOf(rowShape('kerncijfers')),
  kosten: keysOf(rowShape('kosten')),
  contact: keysOf(rowShape('contact')),
  websites: keysOf(rowShape('websites')),
};

export type RowListKey = keyof typeof rowFields;
export type RowField<K extends RowListKey> = (typeof rowFields)[K][number];
export const rowListKeys = keysOf(rowFields);

/**
 * Checkbox groups: the schema's lists of plain values (vocabulary values, factor slugs), and
 * the vocabulary lists that may be left out (`leeftijdsfasen`, only where the source says).
 */
type ChoiceKeyOf<S> = {
  [K in keyof S]: S[K] extends z.ZodArray<z.ZodEnum | z.ZodString> ? K : S[K] extends z.ZodDefault<z.ZodArray<z.ZodEnum>> ? K : never;
}[keyof S];
export type ChoiceKey = ChoiceKeyOf<Shape> & string;
const isChoice = (field: z.ZodType) =>
  field instanceof z.ZodArray || (field instanceof z.ZodDefault && field.unwrap() instanceof z.ZodArray && (field.unwrap() as z.ZodArray).element instanceof z.ZodEnum);
export const choiceKeys = keysOf(shape).filter((key) => isChoice(shape[key])) as ChoiceKey[];

const coordinaten = shape.coordinaten.shape;
const leeftijd = shape.leeftijd.unwrap().shape;

/** Nested number pairs get one flat input each: `coordinaten.lat` → `lat`, `leeftijd.van` → `leeftijdVan`. */
type LeeftijdKey = `leeftijd${Capitalize<keyof typeof leeftijd & string>}`;
const leeftijdKey = (key: string) => `leeftijd${key.charAt(0).toUpperCase()}${key.slice(1)}` as LeeftijdKey;
export const leeftijdKeys = keysOf(leeftijd).map((key) => [key, leeftijdKey(key)] as const);

/**
 * Schema fields the form does not ask for, with the reason. The Docusaurus fields are for
 * editors; a test checks that every other schema field has an input.
 */
export const fieldsNotAsked = {
  slug: 'follows from the title',
  hide_table_of_contents: 'layout, for editors',
  keywords: 'search tuning, for editors',
} as const satisfies Partial<Record<keyof Shape, string>>;

/** Fields with inputs of their own (groups, rows, nested objects) rather than one text input. */
const grouped = ['coordinaten', 'leeftijd', 'bron'] as const;
type ScalarKey = Exclude<keyof Shape, ChoiceKey | RowListKey | (typeof grouped)[number] | keyof typeof fieldsNotAsked>;
const scalarKeys = keysOf(shape).filter(
  (key): key is ScalarKey =>
    !(key in fieldsNotAsked) && !(choiceKeys as string[]).includes(key) && !(key in rowFields) && !(grouped as readonly string[]).includes(key),
);

/** Single-value inputs: the scalar schema fields (partners as lines), the coordinates and the age range. */
export type TextKey = ScalarKey | keyof typeof coordinaten | LeeftijdKey;
export const textKeys: readonly TextKey[] = [...scalarKeys, ...keysOf(coordinaten), ...leeftijdKeys.map(([, key]) => key)];

export type BronKey = keyof typeof bronSchema.shape & string;
export const bronKeys = keysOf(bronSchema.shape);

/** Numeric bounds as the schema sets them, for the hints and messages. */
export const bounds = {
  jaar: {min: bronSchema.shape.jaar.minValue, max: bronSchema.shape.jaar.maxValue},
  lat: {min: coordinaten.lat.minValue, max: coordinaten.lat.maxValue},
  lon: {min: coordinaten.lon.minValue, max: coordinaten.lon.maxValue},
  leeftijd: {min: leeftijd.van.minValue, max: leeftijd.van.maxValue},
  summary: {min: shape.summary.minLength, max: shape.summary.maxLength},
};
