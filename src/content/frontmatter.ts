import * as z from 'zod';
import {LineCounter, parseDocument, isMap, isScalar, type Document} from 'yaml';
import {nearest, formatPath, type Problem} from './problems';
import {nearestDate} from './dates';

/** Finds the 1-based file line of a frontmatter key path, given the YAML text and its offset. */
export type LocateLine = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Builds a line locator for a frontmatter block. `firstLine` is the file line on which the
 * YAML text starts (2 when the file opens with `---`).
 */
export function lineLocator(yamlText: string, firstLine: number): LocateLine {
  // Parsed on first use: most files are sound and never need a line number.
  let parsed: {document: Document; lineOf: (offset: number | undefined) => number | undefined} | undefined;
  const load = () => {
    if (parsed) return parsed;
    const lineCounter = new LineCounter();
    const document: Document = parseDocument(yamlText, {lineCounter});
    const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
    return (parsed = {document, lineOf});
  };
  return (path) => {
    const {document, lineOf} = load();
    // Walk as deep as the path exists, so a missing child points at its parent key.
    for (let depth = path.length; depth > 0; depth--) {
      const parentPath = path.slice(0, depth - 1);
      const key = path[depth - 1];
      const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair && isScalar(pair.key)) return lineOf(pair.key.range?.[0]);
      }
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as {range?: [number, number, number]} | undefined;
      if (node?.range) return lineOf(node.range[0]);
    }
    return undefined;
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** Keys a strict object schema accepts at a path, for "did you mean" on unknown keys. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[key as string] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  // Optional, default and pipe wrappers hide the object or array inside.
  for (let i = 0; i < 5 && current; i++) {
    const def = (current as unknown as {def: {innerType?: z.ZodType; in?: z.ZodType}}).def;
    const inner = def.innerType ?? def.in;
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * A nearest valid value the issue itself knows: a refinement may pass one in `params`, and a
 * date that does not exist has a real one close by (`2026-02-30` → `2026-02-28`).
 */
function suggestionOf(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  const given = issue.code === 'custom' ? (issue.params as {suggestion?: unknown} | undefined)?.suggestion : undefined;
  if (typeof given === 'string') return given;
  return issue.code === 'invalid_format' && issue.format === 'date' && typeof value === 'string' ? nearestDate(value) : undefined;
}

/** Turns zod issues into problems with field path, bad value, line and nearest valid value. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  context: {file: string; data: unknown; schema: z.ZodType; locate?: LocateLine},
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(context.schema, issue.path);
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          file: context.file,
          line: context.locate?.(path),
          field: formatPath(path),
          message: 'onbekend veld',
          suggestion: nearest(key, known),
        };
      });
    }
    const value = valueAt(context.data, issue.path);
    const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    return [
      {
        file: context.file,
        line: context.locate?.(issue.path),
        field: formatPath(issue.path),
        message: value === undefined && issue.code === 'invalid_type' ? 'verplicht veld ontbreekt' : issue.message,
        value,
        suggestion: nearest(value, options) ?? suggestionOf(issue, value),
      },
    ];
  });
}

export type CheckResult<T> = {ok: true; value: T; problems: []} | {ok: false; problems: Problem[]};

/** Parses frontmatter with a schema and reports every problem, never only the first. */
export function checkFrontmatter<S extends z.ZodType>(
  schema: S,
  data: unknown,
  context: {file: string; locate?: LocateLine},
): CheckResult<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return {ok: true, value: result.data, problems: []};
  return {ok: false, problems: issuesToProblems(result.error.issues, {...context, data, schema})};
}
