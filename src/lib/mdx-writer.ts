/**
 * Writes a praktijkverhaal as an MDX file: YAML frontmatter, then the seven written sections.
 * The eighth, "Meer weten", is generated from the frontmatter when the site is built.
 *
 * Pure and browser-safe: the in-site "praktijk aanmelden" form and `npm run new:praktijk`
 * both use it, so a page made either way has the same shape. It does not validate; check
 * the frontmatter with `praktijkSchema` first (the form and the script both do).
 *
 * Public API:
 * - `praktijkSections`: the seven written body sections in order, with key, Dutch heading and a hint.
 * - `praktijkToMdx(frontmatter, body)`: the file text.
 * - `escapeMdxText(text)`: section text made safe for MDX (used by `praktijkToMdx`).
 * - `slugify(text)`: a kebab-case file name part, e.g. for `docs/praktijken/<slug>.mdx`.
 */
import {Document, Scalar, isScalar, parse, visit} from 'yaml';
import {praktijkSchema, type PraktijkInput} from '../content/schemas/praktijk';
import {isUnsafeUrl} from '../content/url-safety';

/**
 * The written body sections of a praktijkverhaal, in the order the page must have them. "Meer
 * weten" is not among them: the site builds it from `bron`, `websites` and `contact`.
 */
export const praktijkSections = [
  {key: 'inHetKort', heading: 'In het kort', hint: 'Drie tot vijf zinnen: wat, voor wie, waar, sinds wanneer en met welk resultaat.'},
  {key: 'aanleiding', heading: 'Aanleiding', hint: 'Welk probleem of welke kans was er, en wie nam het initiatief?'},
  {key: 'aanpak', heading: 'Aanpak', hint: 'Hoe het werkt: wie doet wat, waar en hoe vaak. Noem partners en methoden bij naam.'},
  {key: 'watWerkt', heading: 'Wat werkt', hint: 'Welke werkende factoren deze praktijk laat zien, en waaraan je dat ziet.'},
  {key: 'resultaten', heading: 'Resultaten', hint: 'Bereik en effecten; een cijfer krijgt alleen een jaar als de bron dat jaar noemt.'},
  {key: 'valkuilen', heading: 'Valkuilen en lessen', hint: 'Wat moeilijk was of misging, en wat de betrokkenen ervan leerden.'},
  {key: 'tips', heading: 'Tips voor andere gemeenten', hint: 'Drie tot vijf concrete tips.'},
] as const satisfies readonly {key: string; heading: string; hint: string}[];

/** Key of one body section, e.g. `inHetKort`. */
export type SectionKey = (typeof praktijkSections)[number]['key'];

/** Text of every section, as Markdown (MDX syntax in it is escaped when written). */
export type PraktijkBody = Readonly<Record<SectionKey, string>>;

// Flow style (`[a, b]`, `{lat: 52, lon: 4}`) keeps short lists on one line, as in the
// hand-written pages; longer ones go in block style so a diff shows one item per line.
const FLOW_MAX_CHARS = 80;

/**
 * The complete MDX file for a practice. Frontmatter keys come in the order of the schema;
 * keys the schema does not know are kept (after the known ones) so validation can name them.
 */
export function praktijkToMdx(frontmatter: PraktijkInput, body: PraktijkBody): string {
  const sections = praktijkSections
    .map(({key, heading}) => {
      const text = escapeMdxText(body[key] ?? '');
      return text ? `## ${heading}\n\n${text}\n` : `## ${heading}\n`;
    })
    .join('\n');
  return `---\n${frontmatterToYaml(frontmatter)}---\n\n${sections}`;
}

function frontmatterToYaml(frontmatter: PraktijkInput): string {
  const schemaKeys = Object.keys(praktijkSchema.shape);
  const given = frontmatter as Record<string, unknown>;
  const orderedKeys = [...schemaKeys.filter((key) => key in given), ...Object.keys(given).filter((key) => !schemaKeys.includes(key))];
  const ordered = Object.fromEntries(
    orderedKeys.filter((key) => given[key] !== undefined).map((key) => [key, toPlainValue(given[key])]),
  );
  const document = new Document(ordered);
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && readsAsOtherType(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_, node) {
      if (node.items.every(isScalar) && scalarLength(node.items) <= FLOW_MAX_CHARS) node.flow = true;
    },
    Map(_, node) {
      const values = node.items.map((pair) => pair.value);
      if (node !== document.contents && values.every(isScalar) && scalarLength(values) <= FLOW_MAX_CHARS) node.flow = true;
    },
  });
  return document.toString({lineWidth: 0, flowCollectionPadding: false});
}

/**
 * Whether a string written without quotes would be read back as a number, boolean, date or
 * null by YAML 1.1 or 1.2. Docusaurus reads frontmatter with js-yaml (mostly 1.1: `yes`,
 * `2026-11-22`, `0b101`), we validate with `yaml` (1.2: `0o17`); quoting these keeps both
 * readers in agreement that the value is text.
 */
function readsAsOtherType(text: string): boolean {
  return (['1.1', '1.2'] as const).some((version) => {
    try {
      return typeof parse(text, {version, logLevel: 'silent'}) !== 'string';
    } catch {
      return false;
    }
  });
}

function scalarLength(nodes: readonly unknown[]): number {
  return nodes.reduce<number>((sum, node) => sum + String(isScalar(node) ? node.value : '').length + 4, 0);
}

/** Dates become `YYYY-MM-DD`, because the schema reads a timestamp string as invalid. */
function toPlainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).filter(([, inner]) => inner !== undefined).map(([key, inner]) => [key, toPlainValue(inner)]),
    );
  }
  return value;
}

// `](target` of an inline link or image, `]: target` of a reference definition.
const linkTarget = /\](?=(?:\(\s*<?|:[ \t]*<?)([^)\s>]*))/g;

/**
 * Makes contributed section text safe to put in an MDX page: it stays Markdown (lists,
 * emphasis, links), but nothing in it can become code or break the page structure.
 *
 * - `{` `}` would start a JavaScript expression, `<` a JSX element, a line starting with
 *   `import`/`export` an ES module: they are escaped or written as character references.
 * - Backslashes and backticks are escaped first, so an escape we add cannot be undone by
 *   one in the text, and no code span can show our escapes literally.
 * - `&` before something that looks like a character reference is escaped, so `&#106;` and
 *   the like cannot spell a `javascript:` link past the check.
 * - `#` and `##` headings become `###`, and setext underlines and `~~~` fences are escaped,
 *   so the page keeps exactly its eight `##` sections.
 * - A link whose target has an unsafe scheme (`javascript:`, `data:`, … however encoded)
 *   loses its `]` to an escape, so it shows as the text that was typed instead of a link.
 *   The conversion refuses such links first (src/lib/submission.ts); this is the backstop.
 *
 * Trade-off: because text is treated as text, Markdown autolinks (`<https://…>`) and inline
 * code show literally. Plain links (`[tekst](https://…)`) work.
 */
export function escapeMdxText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/[{}]/g, (brace) => `\\${brace}`)
    .replace(/&(?=#\d+;|#x[\da-f]+;|[a-z][a-z\d]*;)/gi, '\\&')
    .replace(/</g, '&lt;')
    .replace(linkTarget, (bracket, target: string) => (isUnsafeUrl(target.replace(/\\/g, '')) ? '\\]' : bracket))
    .split('\n');
  return lines
    .map((line, index) => {
      const withoutModuleSyntax = line.replace(/^(\s*)(i)(?=mport\b)|^(\s*)(e)(?=xport\b)/, (_, space1, i, space2) =>
        i ? `${space1}&#x69;` : `${space2}&#x65;`,
      );
      const demoted = withoutModuleSyntax
        .replace(/^([ \t]*)#{1,2}(?=[ \t]|$)/, '$1###')
        .replace(/^([ \t]*)~(?=~~)/, '$1\\~');
      const previous = lines[index - 1];
      const isSetextUnderline = /^[ \t]*(?:-+|=+)[ \t]*$/.test(demoted) && previous !== undefined && previous.trim() !== '';
      return isSetextUnderline ? demoted.replace(/^([ \t]*)([-=])/, '$1\\$2') : demoted.replace(/[ \t]+$/, '');
    })
    .join('\n')
    .trim();
}

const letterReplacements: Readonly<Record<string, string>> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ĳ: 'ij'};

/**
 * A kebab-case slug: lower case, accents removed, `&` and `+` read as "en", apostrophes
 * dropped (`Kids' Club` → `kids-club`), every other run of punctuation or space one hyphen.
 * At most 80 characters, cut at a hyphen, so file names and URLs stay readable.
 */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[ßæœøłđþĳ]/g, (letter) => letterReplacements[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[&+]/g, ' en ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}
