import {doelgroepen, leeftijdsfasen, settings, themas, labelOf, type VocabularyEntry} from '../content/vocabularies';
import type {FactorSummary, PraktijkSummary} from '../content/graph';

/** What a reader can tell the finder about their situation; the key is the URL parameter. */
export const situationKeys = ['doelgroep', 'leeftijd', 'setting', 'thema'] as const;
export type SituationKey = (typeof situationKeys)[number];
export type Situation = Readonly<Partial<Record<SituationKey, readonly string[]>>>;

export const situationVocabularies: Record<SituationKey, readonly VocabularyEntry[]> = {
  doelgroep: doelgroepen,
  leeftijd: leeftijdsfasen,
  setting: settings,
  thema: themas,
};

export interface RankedFactor {
  readonly factor: FactorSummary;
  /** Matching practices that show the factor. */
  readonly count: number;
  /** count / number of matching practices. */
  readonly share: number;
  /** How much more common the factor is in the matching practices than in all of them. */
  readonly lift: number;
  /** True when every practice in the kennisbank shows it: a precondition rather than a choice. */
  readonly everywhere: boolean;
  readonly reason: string;
}

export interface ReadFirst {
  readonly praktijk: PraktijkSummary;
  /** Distinctive factors this practice shares with the ranking. */
  readonly sharedFactors: readonly FactorSummary[];
}

/** `R` is what "Lees eerst" names: a practice here, an id in the compact index's ranking. */
export type FinderResult<R = ReadFirst> =
  | {readonly status: 'leeg' | 'gevonden'; readonly matched: number; readonly ranking: readonly RankedFactor[]; readonly readFirst: readonly R[]}
  | {readonly status: 'geen'; readonly matched: 0; readonly widen: readonly {key: SituationKey; value: string; count: number}[]};

/** The questions answered, with their chosen values. */
export function chosen(situation: Situation): [SituationKey, readonly string[]][] {
  return situationKeys.map((key) => [key, situation[key] ?? []] as [SituationKey, readonly string[]]).filter(([, v]) => v.length > 0);
}

/** "voor jonge kinderen, op school": what the fitting practices have in common, in words. */
function qualifier(situation: Situation): string {
  return chosen(situation)
    .map(([key, values]) => {
      const labels = values.map((v) => labelOf(situationVocabularies[key], v).toLowerCase()).join(' of ');
      return {doelgroep: `voor ${labels}`, leeftijd: `in de leeftijd ${labels}`, setting: `met vindplaats ${labels}`, thema: `over ${labels}`}[key];
    })
    .join(', ');
}

/** "praktijken voor jonge kinderen, op school" — the selection in words, for the reasons. */
export function describeSituation(situation: Situation, count = 2): string {
  const words = qualifier(situation);
  return `${count === 1 ? 'praktijk' : 'praktijken'}${words ? ` ${words}` : ''}`;
}

/**
 * Why a factor ranks where it does, in grammatical Dutch for every count: "1 van de 7 … laat
 * dit zien", "alle 7 … laten dit zien", "de enige praktijk … laat dit zien".
 */
export function reasonText(count: number, matched: number, situation: Situation): string {
  if (matched === 1) return `De enige ${describeSituation(situation, 1)} laat dit zien`;
  if (count === matched) return `Alle ${matched} ${describeSituation(situation)} laten dit zien`;
  return `${count} van de ${matched} ${describeSituation(situation)} ${count === 1 ? 'laat' : 'laten'} dit zien`;
}

/** The finder's one-line answer: how many of all practices fit the reader's choice. */
export function matchText(matched: number, total: number, empty: boolean): string {
  const all = total === 1 ? 'de enige praktijk' : `alle ${total} praktijken`;
  if (empty) return `Je hebt nog niets gekozen, dus dit geldt voor ${all}. Kies bij ‘Jouw situatie’ wat bij je past.`;
  if (matched === total) return total === 1 ? 'De enige praktijk past bij je keuze.' : `Alle ${total} praktijken passen bij je keuze.`;
  return `${matched} van de ${total} praktijken ${matched === 1 ? 'past' : 'passen'} bij je keuze.`;
}

/**
 * The practices overview showing exactly the practices that fit: the finder's keys are also
 * overview facets, and "at least one chosen value per question" is the overview's `of`.
 */
export function overviewLink(situation: Situation): string {
  const params = new URLSearchParams();
  for (const [key, values] of chosen(situation)) for (const value of values) params.append(key, value);
  if (chosen(situation).some(([, values]) => values.length > 1)) params.set('operator', 'of');
  const query = params.toString();
  return `/praktijken${query ? `?${query}` : ''}`;
}
