import Ajv2020 from 'ajv/dist/2020';

/**
 * An independent validator for JSON Schema 2020-12, in strict mode (unknown keywords fail).
 * Ajv ships no formats; these two are all the open-data schemas use, and are checked for real.
 */
export function jsonSchemaValidator(): Ajv2020 {
  return new Ajv2020({
    strict: true,
    allErrors: true,
    formats: {
      date: /^\d{4}-\d{2}-\d{2}$/,
      uri: (value: string) => URL.canParse(value),
    },
  });
}
