/**
 * Interventies A–Z: the named interventions of practices and policy documents, with
 * spellings of one intervention merged.
 */
import type {Beleid} from '../schemas/beleid';
import type {Praktijk} from '../schemas/praktijk';
import {urls, type Sourced} from '../graph';
import {compareDutchNatural} from '../collate';

export interface InterventieUse {
  readonly title: string;
  readonly url: string;
  readonly kind: 'praktijk' | 'beleid';
}

export interface InterventieEntry {
  /** Display name: the most common spelling. */
  readonly naam: string;
  /** Other spellings found in the content, if any. */
  readonly varianten: readonly string[];
  readonly omschrijving: string;
  /** Distinct pages that name it: practices first, then policy documents, each by title. */
  readonly usedIn: readonly InterventieUse[];
  /** Letter of the A–Z index: `A`–`Z`, or `#` for names starting with a digit or sign. */
  readonly letter: string;
}

const stripDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * Key under which spellings of one intervention merge: case, accents, spacing, hyphens and
 * punctuation do not count, `&` and `+` read as `en`, and a trailing explanation in
 * brackets is dropped. So `VoorZorg` = `Voorzorg`, `Rots & Water` = `Rots en Water`,
 * `Regionale Ontwikkelings Agenda Jeugd` = `Regionale Ontwikkelingsagenda Jeugd (ROJ)`.
 */
export function normaliseInterventie(naam: string): string {
  const withoutNote = naam.replace(/\s*\([^()]*\)\s*$/, '');
  const base = withoutNote.trim() === '' ? naam : withoutNote;
  return stripDiacritics(base)
    .toLowerCase()
    .replace(/\s*[&+]\s*/g, ' en ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** First letter for the A–Z index. */
export function indexLetter(naam: string): string {
  const first = stripDiacritics(naam.replace(/^['‘’"“”(]+/, '')).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

interface Mention {
  readonly naam: string;
  readonly omschrijving: string;
  readonly use: InterventieUse;
}

function pickName(mentions: readonly Mention[]): Mention {
  const count = (naam: string) => mentions.filter((m) => m.naam === naam).length;
  return [...mentions].sort(
    (a, b) =>
      count(b.naam) - count(a.naam) ||
      // A practice page is about the programme itself, so its spelling is the better guess.
      Number(b.use.kind === 'praktijk') - Number(a.use.kind === 'praktijk') ||
      b.naam.length - a.naam.length ||
      compareDutchNatural(a.naam, b.naam),
  )[0]!;
}

/**
 * All named interventions of practices and policy documents, A–Z, with spellings merged
 * by {@link normaliseInterventie} and for each the pages that use it.
 */
export function buildInterventies(
  praktijken: readonly Sourced<Pick<Praktijk, 'title' | 'interventies'>>[],
  beleid: readonly Sourced<Pick<Beleid, 'title' | 'interventies'>>[],
): InterventieEntry[] {
  const mentions: Mention[] = [
    ...praktijken.flatMap(({slug, data}) =>
      data.interventies.map((i) => ({naam: i.naam.trim(), omschrijving: i.omschrijving, use: {title: data.title, url: urls.praktijk(slug), kind: 'praktijk' as const}})),
    ),
    ...beleid.flatMap(({slug, data}) =>
      data.interventies.map((i) => ({naam: i.naam.trim(), omschrijving: i.omschrijving, use: {title: data.title, url: urls.beleid(slug), kind: 'beleid' as const}})),
    ),
  ];
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = normaliseInterventie(mention.naam);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const entries = [...groups.values()].map((group): InterventieEntry => {
    const chosen = pickName(group);
    const usedIn = [...new Map(group.map((m) => [m.use.url, m.use])).values()].sort(
      (a, b) => Number(b.kind === 'praktijk') - Number(a.kind === 'praktijk') || compareDutchNatural(a.title, b.title),
    );
    return {
      naam: chosen.naam,
      varianten: [...new Set(group.map((m) => m.naam))].filter((naam) => naam !== chosen.naam).sort(compareDutchNatural),
      omschrijving: chosen.omschrijving,
      usedIn,
      letter: indexLetter(chosen.naam),
    };
  });
  return entries.sort((a, b) => compareDutchNatural(a.letter, b.letter) || compareDutchNatural(a.naam, b.naam));
}
