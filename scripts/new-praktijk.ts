/**
 * `npm run new:praktijk`: creates `docs/praktijken/<slug>.mdx` for a new practice.
 *
 * Asks for the frontmatter fields one by one (vocabulary options by number or value), or
 * takes them all as flags with `--yes`. The input is checked with the same schema as the
 * build before anything is written, the file is written with the MDX writer the in-site form
 * uses, and afterwards the whole site is checked as `npm run validate` does.
 *
 *   npm run new:praktijk
 *   npm run new:praktijk -- --yes --title "Kids en Koffie" --gemeente Sliedrecht ...
 *
 * Exit status: 0 written and the site is valid, 1 anything else (nothing is overwritten).
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {createInterface} from 'node:readline/promises';
import {parseArgs} from 'node:util';
import type * as z from 'zod';
import {loadContent} from '../src/content/load';
import {readFactorOptions} from './lib/factor-options';
import {validateContent} from '../src/content/validate';
import {formatProblem, formatReport, nearest, type Problem} from '../src/content/problems';
import {parseMdx} from '../src/content/parse-mdx';
import {contentTypes} from '../src/content/schemas';
import {bronSchema, slugSchema} from '../src/content/schemas/common';
import {praktijkSchema} from '../src/content/schemas/praktijk';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas} from '../src/content/vocabularies';
import {praktijkSections, type PraktijkBody} from '../src/lib/mdx-writer';
import {pageSlug, submissionToPage} from '../src/lib/submission';

interface Option {
  readonly value: string;
  readonly label: string;
}

/** One question: the flag that answers it, how to ask, and how to check an answer. */
type Field =
  | {readonly kind: 'text'; readonly flag: string; readonly question: string; readonly optional?: boolean; readonly check?: z.ZodType; readonly number?: boolean}
  | {readonly kind: 'choice'; readonly flag: string; readonly question: string; readonly multiple: boolean; readonly options: readonly Option[]};

type Answers = Readonly<Record<string, string | undefined>>;

const praktijkFields = praktijkSchema.shape;
const coordinateFields = praktijkFields.coordinaten.shape;

function fieldsFor(factorOptions: readonly Option[]): readonly Field[] {
  return [
    {kind: 'text', flag: 'title', question: 'Titel van de praktijk', check: praktijkFields.title},
    {kind: 'text', flag: 'gemeente', question: 'Gemeente (bij een regionale praktijk: de trekkende gemeente)', check: praktijkFields.gemeente},
    {kind: 'text', flag: 'regio', question: 'Regio, als de praktijk regionaal is', optional: true, check: praktijkFields.regio},
    {kind: 'choice', flag: 'provincie', question: 'Provincie', multiple: false, options: provincies},
    {kind: 'text', flag: 'lat', question: 'Breedtegraad van de gemeente (bijv. 52,16)', number: true, check: coordinateFields.lat},
    {kind: 'text', flag: 'lon', question: 'Lengtegraad van de gemeente (bijv. 4,49)', number: true, check: coordinateFields.lon},
    {kind: 'text', flag: 'startjaar', question: 'Startjaar, als de bron het noemt', optional: true, number: true, check: praktijkFields.startjaar},
    {kind: 'text', flag: 'summary', question: 'Samenvatting in één of twee zinnen (40 tot 200 tekens)', check: praktijkFields.summary},
    {kind: 'choice', flag: 'doelgroepen', question: 'Doelgroepen', multiple: true, options: doelgroepen},
    {kind: 'choice', flag: 'leeftijdsfasen', question: 'Leeftijdsfasen', multiple: true, options: leeftijdsfasen},
    {kind: 'choice', flag: 'settings', question: 'Vindplaatsen (settings)', multiple: true, options: settings},
    {kind: 'choice', flag: 'themas', question: "Thema's", multiple: true, options: themas},
    {kind: 'choice', flag: 'factoren', question: 'Werkende factoren', multiple: true, options: factorOptions},
    {kind: 'choice', flag: 'preventieniveau', question: 'Preventieniveau', multiple: true, options: preventieniveaus},
    {kind: 'text', flag: 'bron-titel', question: 'Bron: titel', check: bronSchema.shape.titel},
    {kind: 'text', flag: 'bron-uitgever', question: 'Bron: uitgever', check: bronSchema.shape.uitgever},
    {kind: 'text', flag: 'bron-jaar', question: 'Bron: jaar van uitgave', number: true, check: bronSchema.shape.jaar},
    {kind: 'text', flag: 'bron-pagina', question: 'Bron: pagina of pagina’s (bijv. 31-33)', optional: true, check: bronSchema.shape.pagina},
  ];
}

const usage = `Gebruik: npm run new:praktijk [-- opties]

Zonder opties stelt het script de vragen één voor één. Met --yes stelt het geen vragen
en gebruikt het alleen de opties; wat ontbreekt, wordt als probleem gemeld.

  --title, --gemeente, --regio, --provincie, --lat, --lon, --startjaar, --summary
  --doelgroepen a,b   --leeftijdsfasen a,b   --settings a,b   --themas a,b
  --factoren a,b      --preventieniveau a,b
  --bron-titel, --bron-uitgever, --bron-jaar, --bron-pagina
  --slug              bestandsnaam (standaard: afgeleid van titel en gemeente)
  --yes               geen vragen stellen
  --site-dir <map>    map van de site (standaard: de huidige map)`;

// ----- reading answers ------------------------------------------------------------------

/** Numbers may be typed the Dutch way (52,16); anything else stays text so zod can name it. */
function toNumberOrText(raw: string): number | string {
  const normalised = raw.trim().replace(',', '.');
  return normalised !== '' && Number.isFinite(Number(normalised)) ? Number(normalised) : raw.trim();
}

/** A list answer: values or option numbers, separated by commas or spaces. */
function toChoices(raw: string, options: readonly Option[]): string[] {
  return raw
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((token) => (/^\d+$/.test(token) && Number(token) >= 1 && Number(token) <= options.length ? options[Number(token) - 1]!.value : token));
}

function answerProblem(field: Field, raw: string): string | undefined {
  if (field.kind === 'choice') {
    const chosen = toChoices(raw, field.options);
    if (chosen.length === 0) return 'kies minstens één waarde';
    if (!field.multiple && chosen.length > 1) return 'kies één waarde';
    const unknown = chosen.find((value) => !field.options.some((option) => option.value === value));
    if (unknown === undefined) return undefined;
    const suggestion = nearest(unknown, field.options.map((option) => option.value));
    return `onbekende waarde "${unknown}"${suggestion ? ` — bedoelde je \`${suggestion}\`?` : ''}`;
  }
  if (raw.trim() === '') return field.optional ? undefined : 'dit veld is verplicht';
  const result = field.check?.safeParse(field.number ? toNumberOrText(raw) : raw.trim());
  return result && !result.success ? result.error.issues.map((issue) => issue.message).join('; ') : undefined;
}

/**
 * Asks for every field the flags left open. Lines are queued as they arrive, so answers
 * piped in all at once (as in a test or `printf … | npm run new:praktijk`) are not lost
 * between two questions.
 */
async function askMissing(fields: readonly Field[], given: Answers): Promise<Answers | undefined> {
  const reader = createInterface({input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true});
  const queued: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  reader.on('line', (line) => (waiting.length > 0 ? waiting.shift()!(line) : queued.push(line)));
  reader.on('close', () => {
    closed = true;
    for (const resume of waiting.splice(0)) resume(undefined);
  });
  const nextLine = (prompt: string) =>
    new Promise<string | undefined>((resolveLine) => {
      reader.setPrompt(prompt);
      reader.prompt();
      if (queued.length > 0) resolveLine(queued.shift());
      else if (closed) resolveLine(undefined);
      else waiting.push(resolveLine);
    });

  console.log('Nieuwe praktijk voor de kennisbank. Enter bij een optionele vraag slaat die over.\n');
  const answers: Record<string, string | undefined> = {...given};
  try {
    for (const field of fields) {
      if (answers[field.flag] !== undefined) continue;
      if (field.kind === 'choice') {
        console.log(`${field.question} (${field.multiple ? 'één of meer nummers of waarden, met komma’s' : 'één nummer of waarde'}):`);
        field.options.forEach((option, index) => console.log(`  ${String(index + 1).padStart(2)}. ${option.value} — ${option.label}`));
      }
      for (;;) {
        const line = await nextLine(field.kind === 'choice' ? '> ' : `${field.question}${field.optional ? ' (optioneel)' : ''}: `);
        if (line === undefined) {
          console.error('\n✘ De invoer stopte voordat alle vragen beantwoord waren; er is niets geschreven.');
          return undefined;
        }
        const problem = answerProblem(field, line);
        if (problem === undefined) {
          answers[field.flag] = line.trim() === '' ? undefined : line;
          break;
        }
        console.log(`  ✘ ${problem}`);
      }
    }
    return answers;
  } finally {
    reader.close();
  }
}

// ----- building and checking the page --------------------------------------------------

function buildFrontmatter(fields: readonly Field[], answers: Answers, today: string): Record<string, unknown> {
  const value = (flag: string): unknown => {
    const raw = answers[flag];
    const field = fields.find((candidate) => candidate.flag === flag);
    if (raw === undefined || raw.trim() === '' || !field) return undefined;
    if (field.kind === 'choice') return field.multiple ? toChoices(raw, field.options) : toChoices(raw, field.options)[0];
    return field.number ? toNumberOrText(raw) : raw.trim();
  };
  return {
    title: value('title'),
    summary: value('summary'),
    gemeente: value('gemeente'),
    regio: value('regio'),
    provincie: value('provincie'),
    coordinaten: {lat: value('lat'), lon: value('lon')},
    startjaar: value('startjaar'),
    doelgroepen: value('doelgroepen'),
    leeftijdsfasen: value('leeftijdsfasen'),
    settings: value('settings'),
    themas: value('themas'),
    factoren: value('factoren'),
    preventieniveau: value('preventieniveau'),
    partners: [],
    interventies: [],
    kerncijfers: [],
    kosten: [],
    contact: [],
    websites: [],
    bron: {titel: value('bron-titel'), uitgever: value('bron-uitgever'), jaar: value('bron-jaar'), pagina: value('bron-pagina')},
    laatstBijgewerkt: today,
  };
}

function slugFor(answers: Answers): string {
  return answers.slug ? answers.slug.trim() : pageSlug(answers.title ?? '', answers.gemeente ?? '');
}

/** The page, or every problem: the shared conversion's, plus file name and factor references. */
function convert(input: Record<string, unknown>, body: PraktijkBody, slug: string, file: string, factorSlugs: readonly string[]) {
  const problems: Problem[] = [];
  if (!slugSchema.safeParse(slug).success) {
    problems.push({file, field: 'bestandsnaam', message: 'geef een titel of --slug waarvan een geldige bestandsnaam te maken is', value: slug});
  }
  const outcome = submissionToPage({frontmatter: input, body}, {file});
  if (!outcome.ok) problems.push(...outcome.problems);
  const factoren = Array.isArray(input.factoren) ? (input.factoren as unknown[]) : [];
  factoren.forEach((factor, index) => {
    if (typeof factor === 'string' && !factorSlugs.includes(factor)) {
      problems.push({file, field: `factoren[${index}]`, message: 'deze werkende factor bestaat niet', value: factor, suggestion: nearest(factor, factorSlugs)});
    }
  });
  return {problems, mdx: outcome.ok ? outcome.mdx : ''};
}

/** Placeholder text per section, taken from the template so the two never drift apart. */
function readPlaceholders(siteDir: string): PraktijkBody {
  const fallback = Object.fromEntries(praktijkSections.map(({key, hint}) => [key, hint])) as Record<string, string>;
  const templatePath = join(siteDir, contentTypes.praktijk.folder, '_template.mdx');
  if (!existsSync(templatePath)) return fallback as PraktijkBody;
  const source = readFileSync(templatePath, 'utf8');
  const headings = parseMdx(source).tree.children.filter((node) => node.type === 'heading' && node.depth === 2);
  const fromTemplate = headings.flatMap((heading, index): [string, string][] => {
    const title = heading.type === 'heading' ? heading.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
    const section = praktijkSections.find((candidate) => candidate.heading === title);
    const start = heading.position?.end.offset;
    const end = headings[index + 1]?.position?.start.offset ?? source.length;
    return section && start !== undefined ? [[section.key, source.slice(start, end).trim()]] : [];
  });
  return {...fallback, ...Object.fromEntries(fromTemplate)} as PraktijkBody;
}

// ----- main ------------------------------------------------------------------------------

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine();
  } catch (error) {
    console.error(`✘ ${(error as Error).message}\n\n${usage}`);
    return 1;
  }
  if (parsed.help) {
    console.log(usage);
    return 0;
  }
  const siteDir = resolve(parsed.siteDir ?? process.cwd());
  const factorOptions = readFactorOptions(siteDir);
  const fields = fieldsFor(factorOptions);
  const answers = parsed.yes ? parsed.answers : await askMissing(fields, parsed.answers);
  if (!answers) return 1;

  const slug = slugFor(answers);
  const file = `${contentTypes.praktijk.folder}/${slug}.mdx`;
  const absolutePath = join(siteDir, file);
  if (slug && existsSync(absolutePath)) {
    console.error(`✘ ${file} bestaat al; het script overschrijft geen bestaande praktijk.\n  Kies een andere titel of geef --slug, of bewerk het bestaande bestand.`);
    return 1;
  }

  const input = buildFrontmatter(fields, answers, new Date().toISOString().slice(0, 10));
  const {problems: inputProblems, mdx} = convert(input, readPlaceholders(siteDir), slug, file, factorOptions.map((option) => option.value));
  if (inputProblems.length > 0) {
    console.error(inputProblems.map(formatProblem).join('\n'));
    console.error(`✘ ${inputProblems.length} ${inputProblems.length === 1 ? 'probleem' : 'problemen'} in de invoer; er is niets geschreven.`);
    return 1;
  }

  mkdirSync(join(siteDir, contentTypes.praktijk.folder), {recursive: true});
  writeFileSync(absolutePath, mdx, {flag: 'wx'});
  console.log(`✔ ${file} geschreven.`);

  const content = loadContent(siteDir);
  const problems = validateContent(content);
  console.log(formatReport(problems, content.fileCount));
  if (problems.length > 0) return 1;
  console.log(
    `\nVolgende stap: vervang in ${file} de voorbeeldtekst van de zeven secties door je eigen woorden,\n` +
      'vul partners, kerncijfers (met jaartal alleen als de bron het geeft), contact en websites aan, en draai `npm run validate`.',
  );
  return 0;
}

function parseCommandLine() {
  const textFlags = ['title', 'slug', 'gemeente', 'regio', 'provincie', 'lat', 'lon', 'startjaar', 'summary', 'doelgroepen', 'leeftijdsfasen', 'settings', 'themas', 'factoren', 'preventieniveau', 'bron-titel', 'bron-uitgever', 'bron-jaar', 'bron-pagina', 'site-dir'] as const;
  const {values} = parseArgs({
    options: {
      ...Object.fromEntries(textFlags.map((flag) => [flag, {type: 'string' as const}])),
      yes: {type: 'boolean', short: 'y'},
      help: {type: 'boolean', short: 'h'},
    },
    strict: true,
    allowPositionals: false,
  });
  const strings = values as Record<string, string | boolean | undefined>;
  const answers = Object.fromEntries(
    textFlags.filter((flag) => flag !== 'site-dir' && typeof strings[flag] === 'string').map((flag) => [flag, strings[flag] as string]),
  );
  return {
    answers,
    yes: strings.yes === true,
    help: strings.help === true,
    siteDir: typeof strings['site-dir'] === 'string' ? strings['site-dir'] : undefined,
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
