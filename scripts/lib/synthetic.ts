/**
 * Synthetic practices for the scale benchmark: valid frontmatter drawn from the real
 * vocabularies and factor slugs, and a body of about 700 words in the seven written sections of
 * `docs/praktijken/_template.mdx`, with inline links to factor pages. Deterministic (seeded
 * by the index), so two runs build the same site. Pure: the caller writes the files.
 */
import {stringify} from 'yaml';
import {doelgroepen, leeftijdsfasen, preventieniveaus, settings, themas, valuesOf} from '../../src/content/vocabularies';
import type {PraktijkInput} from '../../src/content/schemas/praktijk';
import {praktijkSections} from '../../src/lib/mdx-writer';
import {seededRandom} from './random';
import {plaatsen} from './gemeenten';

/** The body sections of a practice, in the order the template prescribes. */
export const sections = praktijkSections.map((section) => section.heading);


type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** `count` distinct items of `list` (or all of them when the list is shorter), in list order. */
function pickSome<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(random() * list.length));
  return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
}

const subjects = [
  'De gemeente', 'Het wijkteam', 'De jeugdverpleegkundige', 'Het jongerenwerk', 'De school', 'Een groep ouders',
  'De projectleider', 'Het consultatiebureau', 'De kinderopvang', 'Vrijwilligers uit de buurt', 'De wethouder',
  'Het samenwerkingsverband', 'De huisarts', 'De bibliotheek', 'De sportvereniging',
] as const;
const verbs = [
  'organiseert', 'bespreekt', 'ondersteunt', 'verbindt', 'bezoekt', 'begeleidt', 'volgt', 'versterkt',
  'evalueert', 'plant', 'deelt', 'financiert', 'onderzoekt', 'start', 'verbetert',
] as const;
const objects = [
  'wekelijkse bijeenkomsten voor ouders', 'een vaste contactpersoon per school', 'huisbezoeken bij jonge gezinnen',
  'een inloopspreekuur in het buurthuis', 'korte lijnen tussen onderwijs en zorg', 'activiteiten in de vakanties',
  'een training voor professionals', 'gesprekken over opvoeden en opgroeien', 'een netwerk van sleutelfiguren',
  'de eerste signalen van zorgen', 'een gezamenlijke agenda voor de wijk', 'het bereik onder nieuwkomers',
  'de overgang naar de middelbare school', 'een plek waar jongeren elkaar treffen', 'de begroting voor preventie',
] as const;
const endings = [
  'zodat gezinnen sneller de weg vinden', 'om zware hulp later te voorkomen', 'samen met partners uit de wijk',
  'in overleg met de ouders zelf', 'met steun van de gemeenteraad', 'sinds de decentralisatie van de jeugdzorg',
  'op een manier die bij de buurt past', 'zonder een nieuwe organisatie op te richten', 'en deelt de lessen in het netwerk',
  'met een kleine vaste bijdrage per jaar',
] as const;

/** One sentence of plausible Dutch filler, 12–20 words. */
function sentence(random: Random): string {
  return `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}, ${pick(random, endings)}.`;
}

function paragraphOf(random: Random, sentences: number): string {
  return Array.from({length: sentences}, () => sentence(random)).join(' ');
}

export interface SyntheticPraktijk {
  readonly slug: string;
  /** Frontmatter as it would be written in the file. */
  readonly frontmatter: PraktijkInput;
  /** The whole MDX file: frontmatter and body. */
  readonly source: string;
}

/** Zero-padded slug, so files sort in index order: `synthetische-praktijk-0007`. */
export function syntheticSlug(index: number): string {
  return `synthetische-praktijk-${String(index).padStart(4, '0')}`;
}

/**
 * Builds practice number `index` (1-based). `factorSlugs` are the real slugs of
 * `docs/werkende-factoren`; each practice names 3–8 of them and links each in its body.
 */
export function syntheticPraktijk(index: number, factorSlugs: readonly string[]): SyntheticPraktijk {
  if (factorSlugs.length === 0) throw new Error('synthetic practices need at least one factor slug');
  const random = seededRandom(index * 7919 + 17);
  const slug = syntheticSlug(index);
  const factoren = pickSome(random, factorSlugs, 3 + Math.floor(random() * 6));
  // A real gemeente, so several practices share one, as contributed ones will (the map groups
  // per gemeente). Drawn from a seed of its own, so the gemeente does not depend on other fields.
  const plaats = pick(seededRandom(index * 104_723 + 11), plaatsen);
  const gemeente = plaats.gemeente;
  const startjaar = 2005 + Math.floor(random() * 15);
  const frontmatter = {
    title: `Synthetische praktijk ${index}: ${pick(random, objects)}`,
    summary: `In ${gemeente} ${pick(random, verbs)} ${pick(random, subjects).toLowerCase()} ${pick(random, objects)}; een testpagina voor de schaalbenchmark.`,
    gemeente,
    provincie: plaats.provincie,
    coordinaten: {lat: plaats.lat, lon: plaats.lon},
    startjaar,
    doelgroepen: pickSome(random, valuesOf(doelgroepen), 1 + Math.floor(random() * 3)),
    leeftijdsfasen: pickSome(random, valuesOf(leeftijdsfasen), 1 + Math.floor(random() * 2)),
    settings: pickSome(random, valuesOf(settings), 1 + Math.floor(random() * 3)),
    themas: pickSome(random, valuesOf(themas), 1 + Math.floor(random() * 2)),
    factoren,
    preventieniveau: pickSome(random, valuesOf(preventieniveaus), 1 + Math.floor(random() * 2)),
    partners: [`Gemeente ${gemeente}`, 'Centrum voor Jeugd en Gezin', 'Welzijnsorganisatie De Brug'],
    kerncijfers: [
      {label: 'Bereikte gezinnen', waarde: String(50 + Math.floor(random() * 500)), jaar: startjaar + 2},
      {label: 'Betrokken scholen', waarde: String(1 + Math.floor(random() * 12)), jaar: startjaar + 2},
    ],
    contact: [{organisatie: `Gemeente ${gemeente}`, rol: 'beleidsmedewerker jeugd'}],
    websites: [{label: 'Website van de gemeente', url: `https://www.example.org/${slug}`}],
    bron: {titel: 'Synthetische bron voor de schaalbenchmark', uitgever: 'Kennisbank jeugdpreventie', jaar: 2026},
    laatstBijgewerkt: '2026-01-01',
  } satisfies PraktijkInput;

  const factorLines = factoren.map(
    (factor) => `- [${factor.replaceAll('-', ' ')}](../werkende-factoren/${factor}.mdx): ${paragraphOf(random, 2)}`,
  );
  // Sentence counts per section give about 700 words in all (about 13 words a sentence).
  const bodies: Record<(typeof sections)[number], string> = {
    'In het kort': paragraphOf(random, 4),
    Aanleiding: `${paragraphOf(random, 4)}\n\n${paragraphOf(random, 4)}`,
    Aanpak: `${paragraphOf(random, 4)}\n\n${paragraphOf(random, 3)}\n\n${Array.from({length: 4}, () => `- ${sentence(random)}`).join('\n')}`,
    'Wat werkt': factorLines.join('\n'),
    Resultaten: `${paragraphOf(random, 4)}\n\n${paragraphOf(random, 3)}`,
    'Valkuilen en lessen': `${paragraphOf(random, 4)}\n\n${paragraphOf(random, 2)}`,
    'Tips voor andere gemeenten': Array.from({length: 4}, () => `- ${sentence(random)}`).join('\n'),
  };
  const body = sections.map((title) => `## ${title}\n\n${bodies[title]}\n`).join('\n');
  const source = `---\n${stringify(frontmatter, {lineWidth: 0}).trimEnd()}\n---\n\n${body}`;
  return {slug, frontmatter, source};
}

/** Number of words in the body of an MDX file (after the frontmatter), counted as the loader does. */
export function bodyWords(source: string): number {
  return source
    .slice(source.indexOf('---', 3) + 3)
    .split(/\s+/)
    .filter(Boolean).length;
}
