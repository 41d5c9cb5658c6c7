/**
 * The map's data, aggregated per gemeente so it grows with the number of places, not of
 * practices: at 5,000 practices it is still one small record per gemeente. Pure; no I/O.
 */
import type {PraktijkSummary} from './graph';
import {provincies} from './vocabularies';
import {compareDutchNatural} from './collate';
import {overzichtLink} from './overzicht-links';

export interface KaartGemeente {
  readonly naam: string;
  readonly provincie: string;
  /** Mean position of its practices (three decimals, about 100 m). */
  readonly lat: number;
  readonly lon: number;
  readonly aantal: number;
  /** Where its marker and list entry lead: the one practice, or the overview filtered to the gemeente. */
  readonly url: string;
  /** Title of the one practice, when there is only one. */
  readonly titel?: string;
}

export interface KaartData {
  readonly totaal: number;
  /** In Dutch alphabetical order. */
  readonly gemeenten: readonly KaartGemeente[];
}

type KaartBron = Pick<PraktijkSummary, 'title' | 'url' | 'gemeente' | 'provincie' | 'coordinaten'>;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * One record per gemeente and province: a name that occurs in two provinces (a data slip, or
 * two places of one name) stays two markers rather than one in the wrong place.
 */
export function perGemeente(praktijken: readonly KaartBron[]): KaartGemeente[] {
  const groups = new Map<string, KaartBron[]>();
  for (const p of praktijken) {
    const key = `${p.provincie}\u0000${p.gemeente}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()]
    .map((list): KaartGemeente => {
      const [first] = list as [KaartBron, ...KaartBron[]];
      const mean = (pick: (p: KaartBron) => number) => round3(list.reduce((sum, p) => sum + pick(p), 0) / list.length);
      return {
        naam: first.gemeente,
        provincie: first.provincie,
        lat: mean((p) => p.coordinaten.lat),
        lon: mean((p) => p.coordinaten.lon),
        aantal: list.length,
        ...(list.length === 1 ? {url: first.url, titel: first.title} : {url: overzichtLink({gemeente: first.gemeente})}),
      };
    })
    .sort((a, b) => compareDutchNatural(a.naam, b.naam) || compareDutchNatural(a.provincie, b.provincie));
}

export function kaartData(praktijken: readonly KaartBron[]): KaartData {
  return {totaal: praktijken.length, gemeenten: perGemeente(praktijken)};
}

export interface ProvincieGroep {
  readonly value: string;
  readonly label: string;
  readonly aantal: number;
  readonly url: string;
  readonly gemeenten: readonly KaartGemeente[];
}

/** The gemeenten per province, in the vocabulary's order (north to south), with totals. Browser-safe. */
export function perProvincie(gemeenten: readonly KaartGemeente[]): ProvincieGroep[] {
  return provincies.map(({value, label}) => {
    const inProvincie = gemeenten.filter((g) => g.provincie === value);
    return {value, label, aantal: inProvincie.reduce((sum, g) => sum + g.aantal, 0), url: overzichtLink({provincie: value}), gemeenten: inProvincie};
  });
}
