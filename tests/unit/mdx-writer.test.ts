import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {seededRandom} from '../../scripts/lib/random';
import {escapeMdxText, praktijkSections, praktijkToMdx, slugify, type PraktijkBody} from '../../src/lib/mdx-writer';
import {loadContent, loadFile, type LoadedContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem} from '../../src/content/problems';
import {parseMdx} from '../../src/content/parse-mdx';
import {praktijkSchema, type PraktijkInput} from '../../src/content/schemas/praktijk';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas} from '../../src/content/vocabularies';

const realSite = process.cwd();
const factorSlugs = readdirSync(join(realSite, 'docs/werkende-factoren'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

// A site with only the real factor pages, so references can be checked without the
// real practices getting in the way.
const siteDir = mkdtempSync(join(tmpdir(), 'mdx-writer-'));
cpSync(join(realSite, 'docs/werkende-factoren'), join(siteDir, 'docs/werkende-factoren'), {recursive: true});
const factorContent = loadContent(siteDir);
afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

function loadAsPraktijk(source: string, slug = 'nieuwe-praktijk') {
  return loadFile('praktijk', join(siteDir, 'docs/praktijken', `${slug}.mdx`), siteDir, source);
}

/** Runs the checks of `npm run validate` on one written page plus the real factors. */
function validateWithFactors(source: string) {
  const {entry, problems} = loadAsPraktijk(source);
  const content: LoadedContent = {...factorContent, praktijken: entry ? [entry] : [], problems, fileCount: factorContent.fileCount + 1};
  return validateContent(content);
}

// ---------------------------------------------------------------------------------------
// A small seeded generator instead of a property-testing library: deterministic (same seed,
// same cases; PROPERTY_SEED and PROPERTY_RUNS change them), without shrinking, adversarial.
// ---------------------------------------------------------------------------------------

type Random = () => number;


const integer = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T,>(random: Random, list: readonly T[]): T => list[integer(random, 0, list.length - 1)]!;
const subset = <T,>(random: Random, list: readonly T[]): T[] => {
  const chosen = list.filter(() => random() < 0.3);
  return chosen.length > 0 ? chosen : [pick(random, list)];
};

// Pieces that have broken MDX pages or YAML frontmatter before, mixed with plain words.
const trickyPieces = [
  '{', '}', '{1+1}', '{/* x */}', '<', '>', '<script>alert(1)</script>', '<iframe src="x">', '<img onerror="x">', '<>',
  '</div>', '<!-- c -->', '&', '&amp;', '&#106;', '&lt;', '\\', '\\{', '`', '```', '~~~', '*', '_', '#', '# ', '## ',
  '---', '===', '- ', '1. ', '> ', '[', ']', '](', '[a](javascript:alert(1))', '[b]: data:text/html,x', 'JavaScript:',
  '](vbscript:x)', '![i](data:x)', 'import ', 'export ', 'import x from "y"', 'export const a = 1', ':', ': ', '"', "'",
  ' #', '|', '%', '@', 'yes', 'no', 'on', 'null', '~', '0o17', '0b101', '2026-11-22', '1e3', '.inf', '12:30', '\t', '  ',
  '\n', '\n\n', '\r\n', 'é', 'ë', 'ï', '—', '’', '€ 1.200', '😀', 'gemeente', 'jongeren', 'ouders', 'wijk', 'school',
];

/** Title and summary refuse markup (`<`, `>`, `{`, `}`); their generated text leaves out pieces with it. */
function trickyText(random: Random, minLength: number, maxLength: number, allowNewlines: boolean, allowMarkup = true): string {
  let text = '';
  while (text.length < maxLength) {
    const piece = pick(random, trickyPieces);
    if (!allowNewlines && /[\r\n]/.test(piece)) continue;
    if (!allowMarkup && /[<>{}]/.test(piece)) continue;
    text += random() < 0.5 ? piece : ` ${piece}`;
    if (text.length >= minLength && random() < 0.1) break;
  }
  // Fit to the schema's limits as zod counts them: in code points, so an emoji is one.
  const codePoints = (value: string) => Array.from(value);
  let fitted = codePoints(text.trim()).slice(0, maxLength).join('').trim();
  while (codePoints(fitted).length < minLength) fitted = `${fitted} woord`.trim();
  return codePoints(fitted).slice(0, maxLength).join('');
}

function arbitraryPraktijk(random: Random): {frontmatter: PraktijkInput; body: PraktijkBody} {
  const values = <T extends {value: string}>(list: readonly T[]) => subset(random, list.map((entry) => entry.value)) as T['value'][];
  const frontmatter: PraktijkInput = {
    title: trickyText(random, 3, 120, false, false),
    summary: trickyText(random, 40, 200, false, false),
    gemeente: trickyText(random, 2, 40, false),
    ...(random() < 0.5 ? {regio: trickyText(random, 2, 40, false)} : {}),
    provincie: pick(random, provincies).value,
    coordinaten: {lat: 50.7 + random() * 2.9, lon: 3.3 + random() * 4},
    ...(random() < 0.5 ? {startjaar: integer(random, 1950, 2100)} : {}),
    doelgroepen: values(doelgroepen),
    leeftijdsfasen: values(leeftijdsfasen),
    settings: values(settings),
    themas: values(themas),
    factoren: subset(random, factorSlugs),
    preventieniveau: values(preventieniveaus),
    partners: Array.from({length: integer(random, 0, 3)}, () => trickyText(random, 2, 60, false)),
    kerncijfers: Array.from({length: integer(random, 0, 2)}, () => ({
      label: trickyText(random, 2, 40, false),
      waarde: random() < 0.5 ? trickyText(random, 1, 12, false) : integer(random, 0, 5000),
      jaar: integer(random, 1950, 2100),
    })),
    contact: random() < 0.5 ? [{organisatie: trickyText(random, 2, 40, false), rol: trickyText(random, 2, 40, false)}] : [],
    bron: {
      titel: trickyText(random, 3, 80, false),
      uitgever: trickyText(random, 2, 60, false),
      jaar: integer(random, 1950, 2100),
      ...(random() < 0.5 ? {pagina: random() < 0.5 ? integer(random, 1, 200) : `${integer(random, 1, 50)}-${integer(random, 51, 99)}`} : {}),
    },
    laatstBijgewerkt: random() < 0.5 ? '2026-11-22' : new Date(Date.UTC(2025, integer(random, 0, 11), integer(random, 1, 28))),
  };
  const body = Object.fromEntries(
    praktijkSections.map(({key}) => [key, random() < 0.1 ? '' : trickyText(random, 1, 400, true)]),
  ) as PraktijkBody;
  return {frontmatter, body};
}

function sectionHeadings(source: string): string[] {
  return parseMdx(source).tree.children.flatMap((node) =>
    node.type === 'heading' && node.depth <= 2 ? [node.children.map((child) => ('value' in child ? child.value : '')).join('')] : [],
  );
}

describe('praktijkToMdx: property test', () => {
  // Fixed by default so CI is reproducible; set PROPERTY_SEED / PROPERTY_RUNS to explore.
  const runs = Number(process.env.PROPERTY_RUNS ?? 300);
  const random = seededRandom(Number(process.env.PROPERTY_SEED ?? 20261122));
  const cases = Array.from({length: runs}, (_, run) => ({run, ...arbitraryPraktijk(random)}));

  it.each(cases)('arbitrary valid input #$run becomes a page that passes every check', ({frontmatter, body}) => {
    // The generator must only make valid input; otherwise the property says nothing.
    expect(praktijkSchema.safeParse(frontmatter).error?.issues ?? []).toEqual([]);
    const source = praktijkToMdx(frontmatter, body);
    const {entry, problems} = loadAsPraktijk(source);
    expect(problems.map(formatProblem), source).toEqual([]);
    expect(entry?.data).toEqual(praktijkSchema.parse(frontmatter));
    expect(validateWithFactors(source).map(formatProblem)).toEqual([]);
    expect(sectionHeadings(source), source).toEqual(praktijkSections.map((section) => section.heading));
  });
});

describe('praktijkToMdx: real pages', () => {
  const realPages = loadContent(realSite).praktijken;
  const placeholderBody = Object.fromEntries(praktijkSections.map(({key, hint}) => [key, hint])) as PraktijkBody;

  it.each(realPages.map((page) => ({slug: page.slug, page})))('rewrites the frontmatter of $slug without loss', ({page}) => {
    // The parsed data has defaults applied; written back, it must read the same.
    const written = praktijkToMdx(page.data as PraktijkInput, placeholderBody);
    const {entry, problems} = loadAsPraktijk(written, page.slug);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entry?.data).toEqual(page.data);
  });
});

describe('praktijkToMdx: invalid input is rejected with the field named', () => {
  const random = seededRandom(7);
  const valid = arbitraryPraktijk(random);

  it('names provincie, its line and the nearest valid value', () => {
    const source = praktijkToMdx({...valid.frontmatter, provincie: 'zuid-holand' as never}, valid.body);
    const {entry, problems} = loadAsPraktijk(source);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({field: 'provincie', value: 'zuid-holand', suggestion: 'zuid-holland'});
    expect(source.split('\n')[problem!.line! - 1]).toMatch(/^provincie:/);
  });

  it('names an unknown factor with its index and suggests the real one', () => {
    const source = praktijkToMdx({...valid.frontmatter, factoren: ['lange-adem', 'laagdrempelig-kontakt']}, valid.body);
    const problems = validateWithFactors(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({field: 'factoren[1]', value: 'laagdrempelig-kontakt', suggestion: 'laagdrempelig-contact'});
    expect(formatProblem(problems[0]!)).toContain('factoren[1]: deze werkende factor bestaat niet (waarde: "laagdrempelig-kontakt") — bedoelde je `laagdrempelig-contact`?');
  });

  it('lists every problem at once, including unknown keys', () => {
    const broken = {...valid.frontmatter, provincie: 'brabant', summary: 'te kort', titel: 'typo'} as unknown as PraktijkInput;
    const {problems} = loadAsPraktijk(praktijkToMdx(broken, valid.body));
    expect(problems.map((problem) => problem.field).sort()).toEqual(['provincie', 'summary', 'titel']);
    expect(problems.find((problem) => problem.field === 'titel')?.suggestion).toBe('title');
  });
});

describe('escapeMdxText', () => {
  it.each([
    ['{1+1}', '\\{1+1\\}'],
    ['<script>', '&lt;script>'],
    ['import x from "y"', '&#x69;mport x from "y"'],
    ['  export const a = 1', '&#x65;xport const a = 1'],
    ['importeren mag', 'importeren mag'],
    ['&#106;', '\\&#106;'],
    ['Kids & Koffie', 'Kids & Koffie'],
    ['[a](javascript:alert(1))', '[a\\](javascript:alert(1))'],
    ['Data: 2017 en javascript: kennis', 'Data: 2017 en javascript: kennis'],
    ['## Kop', '### Kop'],
    ['Tekst\n---', 'Tekst\n\\---'],
    ['a\\{b', 'a\\\\\\{b'],
    ['`code`', '\\`code\\`'],
    ['regel\r\nregel  ', 'regel\nregel'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMdxText(input)).toBe(expected);
  });

  it('keeps Markdown links, lists and emphasis', () => {
    const text = '- **Vet** en [link](https://example.org)\n- tweede';
    expect(escapeMdxText(text)).toBe(text);
  });
});

describe('slugify', () => {
  it.each([
    ['Kids & Koffie Sliedrecht', 'kids-en-koffie-sliedrecht'],
    ['Jeugdsoos De Marne', 'jeugdsoos-de-marne'],
    ['Crème brûlée à Zoë’s café!', 'creme-brulee-a-zoes-cafe'],
    ['  --Think! op school (Zwolle)--  ', 'think-op-school-zwolle'],
    ['Ĳsselstein straße', 'ijsselstein-strasse'],
    ['PPD Talents + jongeren', 'ppd-talents-en-jongeren'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts long titles at a hyphen, at most 80 characters', () => {
    const slug = slugify('een heel lange titel '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('praktijkSections', () => {
  it('match the headings of docs/praktijken/_template.mdx, in order', () => {
    const template = readFileSync(join(realSite, 'docs/praktijken/_template.mdx'), 'utf8');
    expect(sectionHeadings(template)).toEqual(praktijkSections.map((section) => section.heading));
  });
});
