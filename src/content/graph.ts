/**
 * Pure functions from validated content to the narrow, read-only data that pages need:
 * summaries, counts and co-occurrence (the matrix is in matrix.ts, the map in kaart.ts). No I/O here.
 */
import type {Praktijk} from './schemas/praktijk';
import type {Factor} from './schemas/factor';
import type {Beleid} from './schemas/beleid';
import {themas} from './vocabularies';
import {byDutchTitle} from './collate';
import {verwantePraktijken, type Verwant} from './verwant';

export const urls = {
  praktijk: (slug: string) => `/praktijken/${slug}`,
  factor: (slug: string) => `/werkende-factoren/${slug}`,
  beleid: (slug: string) => `/beleid/${slug}`,
  thema: (value: string) => `/themas/${value}`,
} as const;

export interface Sourced<T> {
  readonly slug: string;
  readonly data: T;
}

/** What lists, filters and cards need of a practice: its own fields, plus where it lives and sorts. */
export type PraktijkSummary = Readonly<
  Pick<
    Praktijk,
    | 'title'
    | 'summary'
    | 'gemeente'
    | 'regio'
    | 'provincie'
    | 'coordinaten'
    | 'startjaar'
    | 'doelgroepen'
    | 'leeftijdsfasen'
    | 'settings'
    | 'themas'
    | 'factoren'
    | 'preventieniveau'
  >
> & {
  readonly slug: string;
  readonly url: string;
  /** Position in Dutch alphabetical order of titles, so browsers sort without a collator. */
  readonly titelVolgorde: number;
};

export interface FactorSummary {
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly korteNaam: string;
  readonly kern: string;
  readonly order: number;
}

export interface Count {
  readonly slug: string;
  readonly count: number;
}

export function summarisePraktijk({slug, data}: Sourced<Praktijk>): Omit<PraktijkSummary, 'titelVolgorde'> {
  return {
    slug,
    url: urls.praktijk(slug),
    title: data.title,
    summary: data.summary,
    gemeente: data.gemeente,
    ...(data.regio ? {regio: data.regio} : {}),
    provincie: data.provincie,
    coordinaten: data.coordinaten,
    ...(data.startjaar ? {startjaar: data.startjaar} : {}),
    doelgroepen: data.doelgroepen,
    leeftijdsfasen: data.leeftijdsfasen,
    settings: data.settings,
    themas: data.themas,
    factoren: data.factoren,
    preventieniveau: data.preventieniveau,
  };
}

export function summariseFactor({slug, data}: Sourced<Factor>): FactorSummary {
  return {slug, url: urls.factor(slug), title: data.title, korteNaam: data.korteNaam, kern: data.kern, order: data.order};
}

/** Counts how often each key occurs, sorted by count (high first), then by the tiebreak order. */
export function countBy(keys: readonly string[], order: readonly string[] = []): Count[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : Number.MAX_SAFE_INTEGER);
  return [...counts]
    .map(([slug, count]) => ({slug, count}))
    .sort((a, b) => b.count - a.count || rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
}

/** The factors that most often occur in the same practices as `factor`. */
export function coOccurring(factor: string, praktijken: readonly PraktijkSummary[], order: readonly string[]): Count[] {
  return countBy(
    praktijken.filter((p) => p.factoren.includes(factor)).flatMap((p) => p.factoren.filter((f) => f !== factor)),
    order,
  );
}

export interface ThemaSummary {
  readonly value: string;
  readonly label: string;
  readonly description: string;
  readonly url: string;
  readonly praktijken: readonly PraktijkSummary[];
  readonly beleid: readonly {readonly title: string; readonly url: string}[];
  readonly topFactoren: readonly Count[];
}

export interface BeleidSummary {
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly gemeenten: readonly string[];
  readonly regio?: string;
  readonly jaar: number;
  readonly documenttype: Beleid['documenttype'];
  readonly status: Beleid['status'];
  readonly indicatoren: number;
  readonly interventies: number;
}

export function summariseBeleid({slug, data}: Sourced<Beleid>): BeleidSummary {
  return {
    slug,
    url: urls.beleid(slug),
    title: data.title,
    summary: data.summary,
    gemeenten: data.gemeenten,
    ...(data.regio ? {regio: data.regio} : {}),
    jaar: data.jaar,
    documenttype: data.documenttype,
    status: data.status,
    indicatoren: data.indicatoren.length,
    interventies: data.interventies.length,
  };
}

export interface KennisbankData {
  readonly praktijken: readonly PraktijkSummary[];
  readonly beleid: readonly BeleidSummary[];
  readonly factoren: readonly FactorSummary[];
  /** Practices per factor slug. */
  readonly factorPraktijken: Readonly<Record<string, readonly PraktijkSummary[]>>;
  readonly coOccurrence: Readonly<Record<string, readonly Count[]>>;
  readonly themas: readonly ThemaSummary[];
  /** Up to four related practices per practice slug, best first. */
  readonly verwant: Readonly<Record<string, readonly Verwant[]>>;
  readonly counts: {readonly praktijken: number; readonly gemeenten: number; readonly factoren: number; readonly beleid: number};
}

/** Counts shown on the home page (`usePluginData('kennisbank')`); tiny because global data ships with every page. */
export interface KennisbankGlobalData {
  readonly counts: KennisbankData['counts'];
  /** URL path of the per-practice JSON files pages fetch on demand (src/plugins/kennisbank/static-data.ts). */
  readonly dataUrl: string;
}

/** Everything the site generates, from the validated content. */
export function buildKennisbank(content: {
  praktijken: readonly Sourced<Praktijk>[];
  factoren: readonly Sourced<Factor>[];
  beleid: readonly Sourced<Beleid>[];
}): KennisbankData {
  const praktijken: PraktijkSummary[] = content.praktijken
    .map(summarisePraktijk)
    .sort(byDutchTitle)
    .map((praktijk, titelVolgorde) => ({...praktijk, titelVolgorde}));
  const factoren = content.factoren.map(summariseFactor).sort((a, b) => a.order - b.order);
  const order = factoren.map((f) => f.slug);
  const factorPraktijken = Object.fromEntries(
    factoren.map((factor) => [factor.slug, praktijken.filter((p) => p.factoren.includes(factor.slug))]),
  );
  const coOccurrence = Object.fromEntries(factoren.map((factor) => [factor.slug, coOccurring(factor.slug, praktijken, order)]));
  const themaSummaries = themas.map((thema): ThemaSummary => {
    const inThema = praktijken.filter((p) => (p.themas as readonly string[]).includes(thema.value));
    return {
      value: thema.value,
      label: thema.label,
      description: thema.description,
      url: urls.thema(thema.value),
      praktijken: inThema,
      beleid: content.beleid
        .filter((b) => (b.data.themas as readonly string[]).includes(thema.value))
        .map((b) => ({title: b.data.title, url: urls.beleid(b.slug)})),
      topFactoren: countBy(inThema.flatMap((p) => p.factoren), order),
    };
  });
  return {
    praktijken,
    beleid: content.beleid.map(summariseBeleid).sort((a, b) => b.jaar - a.jaar || byDutchTitle(a, b)),
    factoren,
    factorPraktijken,
    coOccurrence,
    themas: themaSummaries,
    verwant: verwantePraktijken(praktijken),
    counts: {
      praktijken: praktijken.length,
      gemeenten: new Set(praktijken.map((p) => p.gemeente)).size,
      factoren: factoren.length,
      beleid: content.beleid.length,
    },
  };
}
