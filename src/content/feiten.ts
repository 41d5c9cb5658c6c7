/**
 * The facts of a practice as labelled rows of plain values: one source for the facts box on
 * the selection page and the rows of the comparison table. Pure and browser-safe.
 */
import type {Praktijk} from './schemas/praktijk';
import {doelgroepen, labelOf, leeftijdsfasen, preventieniveaus, provincies, settings, themas} from './vocabularies';
import {figureLabel} from './figures';
import {urls, type PraktijkSummary} from './graph';

/** What the selection and comparison pages load for one chosen practice: a card's fields and the rest of the facts. */
export type PraktijkDetail = Omit<PraktijkSummary, 'coordinaten' | 'titelVolgorde'> &
  Readonly<Pick<Praktijk, 'leeftijd' | 'partners' | 'kerncijfers' | 'kosten' | 'bron'>> & {
    /** Plain-text paragraphs of the "In het kort" section. */
    readonly inHetKort: readonly string[];
  };

export function praktijkDetail({slug, data, inHetKort = []}: {slug: string; data: Praktijk; inHetKort?: readonly string[]}): PraktijkDetail {
  const {title, summary, gemeente, regio, provincie, startjaar, doelgroepen, leeftijdsfasen, leeftijd, settings, themas, factoren} = data;
  const {preventieniveau, partners, kerncijfers, kosten, bron} = data;
  return {
    slug,
    url: urls.praktijk(slug),
    title,
    summary,
    gemeente,
    ...(regio ? {regio} : {}),
    provincie,
    ...(startjaar ? {startjaar} : {}),
    doelgroepen,
    leeftijdsfasen,
    ...(leeftijd ? {leeftijd} : {}),
    settings,
    themas,
    factoren,
    preventieniveau,
    partners,
    kerncijfers,
    kosten,
    bron,
    inHetKort: [...inHetKort],
  };
}

export type FeitKey = 'waar' | 'sinds' | 'voorWie' | 'leeftijd' | 'vindplaats' | 'preventie' | 'themas' | 'factoren' | 'partners' | 'kerncijfers' | 'kosten' | 'bron';

export interface FeitItem {
  readonly text: string;
  readonly url?: string;
}

export interface Feit {
  readonly key: FeitKey;
  readonly label: string;
  /** Empty when the source says nothing about it. */
  readonly items: readonly FeitItem[];
}

/** A factor as the facts name it: short name and page. */
export interface FactorNaam {
  readonly slug: string;
  readonly korteNaam: string;
}

/** "Titel, Uitgever, 2018, p. 4-7" */
export function bronTekst(bron: Praktijk['bron']): string {
  return `${bron.titel}, ${bron.uitgever}, ${bron.jaar}${bron.pagina ? `, p. ${bron.pagina}` : ''}`;
}

/** The facts of a practice in a fixed order; `factoren` gives the order and names of the factors. */
export function praktijkFeiten(praktijk: Omit<PraktijkDetail, 'slug' | 'url' | 'inHetKort' | 'title' | 'summary'>, factoren: readonly FactorNaam[]): Feit[] {
  const plain = (values: readonly string[]) => values.map((value) => ({text: value}));
  const labelled = (vocabulary: Parameters<typeof labelOf>[0], values: readonly string[]) => plain(values.map((v) => labelOf(vocabulary, v)));
  const waar = [praktijk.gemeente, praktijk.regio && `regio ${praktijk.regio}`, labelOf(provincies, praktijk.provincie)].filter(Boolean).join(' · ');
  const figures = (list: Praktijk['kerncijfers']) => plain(list.map((k) => `${k.waarde} ${figureLabel(k, praktijk.bron)}`));
  return [
    {key: 'waar', label: 'Waar', items: plain([waar])},
    {key: 'sinds', label: 'Sinds', items: plain(praktijk.startjaar ? [String(praktijk.startjaar)] : [])},
    {key: 'voorWie', label: 'Voor wie', items: labelled(doelgroepen, praktijk.doelgroepen)},
    {
      key: 'leeftijd',
      label: 'Leeftijd',
      items: praktijk.leeftijd ? plain([`${praktijk.leeftijd.van}–${praktijk.leeftijd.tot} jaar`]) : labelled(leeftijdsfasen, praktijk.leeftijdsfasen),
    },
    {key: 'vindplaats', label: 'Vindplaats', items: labelled(settings, praktijk.settings)},
    {key: 'preventie', label: 'Preventie', items: labelled(preventieniveaus, praktijk.preventieniveau)},
    {key: 'themas', label: 'Thema’s', items: praktijk.themas.map((t) => ({text: labelOf(themas, t), url: urls.thema(t)}))},
    {
      key: 'factoren',
      label: 'Werkende factoren',
      items: factoren.filter((f) => praktijk.factoren.includes(f.slug)).map((f) => ({text: f.korteNaam, url: urls.factor(f.slug)})),
    },
    {key: 'partners', label: 'Partners', items: plain(praktijk.partners)},
    {key: 'kerncijfers', label: 'Kerncijfers', items: figures(praktijk.kerncijfers)},
    {key: 'kosten', label: 'Kosten', items: figures(praktijk.kosten)},
    {key: 'bron', label: 'Bron', items: plain([bronTekst(praktijk.bron)])},
  ];
}
