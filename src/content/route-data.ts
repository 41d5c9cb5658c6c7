/**
 * The data of pages the kennisbank plugin routes (src/plugins/kennisbank/routes.ts), one pure
 * function per page. A page's `data` prop is typed as the return type of its function here, so
 * the page and the plugin cannot drift apart. Each returns only what its page shows.
 */
import type {KennisbankData, Sourced} from './graph';
import type {Beleid} from './schemas/beleid';
import type {Factor} from './schemas/factor';
import type {Praktijk} from './schemas/praktijk';
import {buildIndicatorenbank} from './beleid/indicatoren';
import {buildInterventies} from './beleid/interventies';
import {buildVergelijking} from './beleid/vergelijking';

/** `/werkende-factoren`: every factor, with the number of practices that show it. */
export function factorenIndexData({factoren, factorPraktijken, counts}: Pick<KennisbankData, 'factoren' | 'factorPraktijken' | 'counts'>) {
  return {
    factoren,
    factorPraktijken: Object.fromEntries(Object.entries(factorPraktijken).map(([slug, list]) => [slug, list.length])),
    totaal: counts.praktijken,
  };
}

/** `/themas`: each thema with its number of practices. */
export function themasIndexData(themas: KennisbankData['themas']) {
  return {themas: themas.map(({value, label, description, url, praktijken}) => ({value, label, description, url, aantal: praktijken.length}))};
}

/** `/praktijk-aanmelden`: the factors the form offers. */
export function aanmeldData(factoren: KennisbankData['factoren']) {
  return {factoren};
}

/** `/beleid`: a card per policy document. */
export function beleidIndexData(beleid: KennisbankData['beleid']) {
  return {documenten: beleid};
}

/** `/beleid/indicatoren`: every result indicator of the policy documents. */
export function indicatorenData(beleid: readonly Sourced<Beleid>[]) {
  return {indicatoren: buildIndicatorenbank(beleid)};
}

/** `/beleid/interventies`: the named interventions of practices and policy documents, A–Z. */
export function interventiesData(praktijken: readonly Sourced<Praktijk>[], beleid: readonly Sourced<Beleid>[]) {
  return {interventies: buildInterventies(praktijken, beleid)};
}

/** `/beleid/vergelijking`: the policy documents side by side. */
export function vergelijkingData(beleid: readonly Sourced<Beleid>[], factoren: readonly Sourced<Factor>[]) {
  return buildVergelijking(beleid, factoren);
}

/** `/praktijken/vergelijk` and `/praktijken/selectie`: the factors' short names, for the rows. */
export function praktijkKeuzeData(factoren: KennisbankData['factoren']) {
  return {factoren: factoren.map(({slug, korteNaam}) => ({slug, korteNaam}))};
}
