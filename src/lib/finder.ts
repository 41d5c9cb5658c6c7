import {doelgroepen, leeftijdsfasen, settings, themas, labelOf, type VocabularyEntry} from '../content/vocabularies';
import type {FactorSummary, PraktijkSummary} from '../content/graph';
import {inTitleOrder} from '../content/collate';

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

const valuesOf: Record<SituationKey, (p: PraktijkSummary) => readonly string[]> = {
  doelgroep: (p) => p.doelgroepen,
  leeftijd: (p) => p.leeftijdsfasen,
  setting: (p) => p.settings,
  thema: (p) => p.themas,
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

/** A practice fits when, for every dimension the reader filled in, it has at least one chosen value. */
export function fits(praktijk: PraktijkSummary, situation: Situation): boolean {
  return chosen(situation).every(([key, wanted]) => wanted.some((v) => valuesOf[key](praktijk).includes(v)));
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
 * Ranks the werkende factoren for a reader's situation: by how many of the fitting
 * practices show them, then by how distinctive they are for that situation. Factors every
 * practice shows are flagged, because they say little about this situation in particular.
 */
export function rankFactors(
  praktijken: readonly PraktijkSummary[],
  factoren: readonly FactorSummary[],
  situation: Situation,
): FinderResult {
  const matched = praktijken.filter((p) => fits(p, situation));
  const isEmpty = chosen(situation).length === 0;
  if (matched.length === 0) {
    const widen = chosen(situation)
      .flatMap(([key, values]) => values.map((value) => ({key, value})))
      .map(({key, value}) => {
        const rest = {...situation, [key]: (situation[key] ?? []).filter((v) => v !== value)};
        return {key, value, count: praktijken.filter((p) => fits(p, rest)).length};
      })
      .filter((w) => w.count > 0)
      .sort((a, b) => b.count - a.count);
    return {status: 'geen', matched: 0, widen};
  }
  const ranking = factoren
    .map((factor): RankedFactor => {
      const count = matched.filter((p) => p.factoren.includes(factor.slug)).length;
      const overall = praktijken.filter((p) => p.factoren.includes(factor.slug)).length;
      const share = count / matched.length;
      return {
        factor,
        count,
        share,
        lift: overall === 0 ? 0 : share / (overall / praktijken.length),
        everywhere: overall === praktijken.length,
        reason: reasonText(count, matched.length, situation),
      };
    })
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || b.lift - a.lift || a.factor.order - b.factor.order);
  const distinctive = ranking.filter((r) => !r.everywhere).slice(0, 5).map((r) => r.factor);
  const readFirst = matched
    .map((praktijk) => ({praktijk, sharedFactors: distinctive.filter((f) => praktijk.factoren.includes(f.slug))}))
    .sort(
      (a, b) =>
        matchStrength(b.praktijk, situation) - matchStrength(a.praktijk, situation) ||
        b.sharedFactors.length - a.sharedFactors.length ||
        inTitleOrder(a.praktijk, b.praktijk),
    )
    .slice(0, 5);
  return {status: isEmpty ? 'leeg' : 'gevonden', matched: matched.length, ranking, readFirst};
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

/** How many of the chosen values a practice has, so the closest fits are read first. */
function matchStrength(praktijk: PraktijkSummary, situation: Situation): number {
  return chosen(situation).reduce((sum, [key, wanted]) => sum + wanted.filter((v) => valuesOf[key](praktijk).includes(v)).length, 0);
}
