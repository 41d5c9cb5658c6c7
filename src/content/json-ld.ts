/**
 * schema.org JSON-LD for the pages of the kennisbank, built from validated content. Pure: the
 * remark plugin and the overview page render the result; nothing here reads files.
 */
import type {Article, CreativeWork, DefinedTerm, DefinedTermSet, ItemList, Observation, Place, WithContext} from 'schema-dts';
import type {Praktijk} from './schemas/praktijk';
import type {Factor} from './schemas/factor';
import {urls} from './graph';
import {figureDate, figureYear} from './figures';
import {labelOf, provincies, themas} from './vocabularies';

const context = 'https://schema.org';
const license = 'https://creativecommons.org/licenses/by/4.0/';

/** The names a factor is known by; `FactorSummary` and a factor's frontmatter both fit. */
interface FactorName {
  readonly slug: string;
  readonly title: string;
}

function factorSet(siteUrl: string): DefinedTermSet {
  const url = `${siteUrl}/werkende-factoren`;
  return {'@type': 'DefinedTermSet', '@id': url, url, name: 'Werkende factoren in jeugdpreventie', inLanguage: 'nl'};
}

function themaTerm(value: string, siteUrl: string): DefinedTerm {
  const url = siteUrl + urls.thema(value);
  return {'@type': 'DefinedTerm', '@id': url, url, name: labelOf(themas, value)};
}

function factorTerm({slug, title}: FactorName, siteUrl: string): DefinedTerm {
  const url = siteUrl + urls.factor(slug);
  return {'@type': 'DefinedTerm', '@id': url, url, name: title, inDefinedTermSet: {'@id': factorSet(siteUrl)['@id'] as string}};
}

function place(praktijk: Praktijk): Place {
  const provincie = labelOf(provincies, praktijk.provincie);
  return {
    '@type': 'Place',
    name: praktijk.gemeente,
    address: {'@type': 'PostalAddress', addressLocality: praktijk.gemeente, addressRegion: provincie, addressCountry: 'NL'},
    containedInPlace: {'@type': 'AdministrativeArea', name: provincie},
    geo: {'@type': 'GeoCoordinates', latitude: praktijk.coordinaten.lat, longitude: praktijk.coordinaten.lon},
  };
}

function citation(bron: Praktijk['bron']): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: bron.titel,
    publisher: {'@type': 'Organization', name: bron.uitgever},
    datePublished: String(bron.jaar),
    ...(bron.url ? {url: bron.url} : {}),
  };
}

/**
 * A figure as an observation. One without a year of its own is dated at its source: it was
 * true when the source appeared, and the description says so in the site's own words.
 */
function observation(figure: Praktijk['kerncijfers'][number], bron: Praktijk['bron']): Observation {
  const {jaar, eigenJaar} = figureYear(figure, bron);
  return {
    '@type': 'Observation',
    name: figure.label,
    variableMeasured: figure.label,
    value: figure.waarde,
    observationDate: String(jaar),
    ...(eigenJaar ? {} : {description: `Geldt ${figureDate(figure, bron)}.`}),
  };
}

/** `Article` for a case page: what it is about, where, from which source, and its figures. */
export function praktijkJsonLd(
  slug: string,
  praktijk: Praktijk,
  factoren: readonly FactorName[],
  siteUrl: string,
): WithContext<Article> {
  const url = siteUrl + urls.praktijk(slug);
  const figures = [...praktijk.kerncijfers, ...praktijk.kosten];
  return {
    '@context': context,
    '@type': 'Article',
    '@id': url,
    url,
    headline: praktijk.title,
    description: praktijk.summary,
    inLanguage: 'nl',
    dateModified: praktijk.laatstBijgewerkt,
    license,
    about: [
      ...praktijk.themas.map((thema) => themaTerm(thema, siteUrl)),
      ...factoren.filter((f) => praktijk.factoren.includes(f.slug)).map((f) => factorTerm(f, siteUrl)),
    ],
    spatialCoverage: place(praktijk),
    citation: citation(praktijk.bron),
    ...(figures.length ? {mentions: figures.map((figure) => observation(figure, praktijk.bron))} : {}),
  };
}

/** `DefinedTerm` for a factor page, in the set of fourteen werkende factoren. */
export function factorJsonLd(slug: string, factor: Factor, siteUrl: string): WithContext<DefinedTerm> {
  const url = siteUrl + urls.factor(slug);
  return {
    '@context': context,
    '@type': 'DefinedTerm',
    '@id': url,
    url,
    name: factor.title,
    ...(factor.korteNaam !== factor.title ? {alternateName: factor.korteNaam} : {}),
    description: factor.kern,
    // The number the publication gives the factor in its list of fourteen.
    termCode: String(factor.order),
    inDefinedTermSet: factorSet(siteUrl),
    subjectOf: citation(factor.bron),
  };
}

/** `ItemList` of the practices an overview shows, in the order it shows them. */
export function praktijkenItemList(
  praktijken: readonly {readonly url: string; readonly title: string}[],
  siteUrl: string,
): WithContext<ItemList> {
  return {
    '@context': context,
    '@type': 'ItemList',
    name: 'Praktijken',
    numberOfItems: praktijken.length,
    itemListElement: praktijken.map((praktijk, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: siteUrl + praktijk.url,
      name: praktijk.title,
    })),
  };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. The HTML parser ends the
 * script at the first `</script`, whatever JSON says, so `<`, `>` and `&` are written as
 * JSON escapes: a title cannot close the element, and the data still parses the same.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
