import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';
import {factorJsonLd, jsonLdText, praktijkenItemList, praktijkJsonLd} from '../../src/content/json-ld';
import {labelOf, provincies, themas} from '../../src/content/vocabularies';
import type {Praktijk} from '../../src/content/schemas/praktijk';

const siteUrl = 'https://example.org/kb';
const content = loadContent(process.cwd());
const data = buildKennisbank(content);
const entry = content.praktijken.find((p) => p.slug === 'think-op-school-zwolle')!;

/** What a reader of the JSON-LD gets: the object after a round trip through its text. */
const published = (value: object) => JSON.parse(jsonLdText(value)) as Record<string, unknown>;

interface Term {
  '@type': string;
  name: string;
  url: string;
}

describe('praktijkJsonLd', () => {
  const article = published(praktijkJsonLd(entry.slug, entry.data, data.factoren, siteUrl));

  it('is a Dutch Article at the page address, modified on laatstBijgewerkt', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: `${siteUrl}/praktijken/think-op-school-zwolle`,
      headline: entry.data.title,
      inLanguage: 'nl',
      dateModified: entry.data.laatstBijgewerkt,
    });
    expect(String(article.dateModified)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is about the practice’s themes and factors, by name and page', () => {
    const about = article.about as Term[];
    const names = about.map((term) => term.name);
    const factorTitles = data.factoren.filter((f) => entry.data.factoren.includes(f.slug)).map((f) => f.title);
    expect(names).toEqual([...entry.data.themas.map((t) => labelOf(themas, t)), ...factorTitles]);
    expect(factorTitles).toHaveLength(entry.data.factoren.length);
    expect(about.every((term) => term['@type'] === 'DefinedTerm' && term.url.startsWith(siteUrl))).toBe(true);
  });

  it('covers the gemeente in its provincie', () => {
    expect(article.spatialCoverage).toMatchObject({
      '@type': 'Place',
      name: 'Zwolle',
      address: {addressLocality: 'Zwolle', addressRegion: labelOf(provincies, 'overijssel')},
      containedInPlace: {name: 'Overijssel'},
    });
  });

  it('cites its source with publisher and year', () => {
    expect(article.citation).toEqual({
      '@type': 'CreativeWork',
      name: entry.data.bron.titel,
      publisher: {'@type': 'Organization', name: entry.data.bron.uitgever},
      datePublished: String(entry.data.bron.jaar),
    });
  });

  it('dates a figure by its own year, or as true according to the source', () => {
    const praktijk: Praktijk = {
      ...entry.data,
      kerncijfers: [
        {label: 'Deelnemers', waarde: '120', jaar: 2015},
        {label: 'Scholen', waarde: '11'},
      ],
      kosten: [{label: 'Kosten per jongere', waarde: '€ 900'}],
    };
    const figures = published(praktijkJsonLd(entry.slug, praktijk, data.factoren, siteUrl)).mentions;
    expect(figures).toEqual([
      {'@type': 'Observation', name: 'Deelnemers', variableMeasured: 'Deelnemers', value: '120', observationDate: '2015'},
      {'@type': 'Observation', name: 'Scholen', variableMeasured: 'Scholen', value: '11', observationDate: '2018', description: 'Geldt volgens de bron (2018).'},
      {'@type': 'Observation', name: 'Kosten per jongere', variableMeasured: 'Kosten per jongere', value: '€ 900', observationDate: '2018', description: 'Geldt volgens de bron (2018).'},
    ]);
  });

  it('has no figures when the page has none', () => {
    const praktijk = {...entry.data, kerncijfers: [], kosten: []};
    expect(praktijkJsonLd(entry.slug, praktijk, data.factoren, siteUrl)).not.toHaveProperty('mentions');
  });
});

describe('factorJsonLd', () => {
  it('is a DefinedTerm in the set of werkende factoren, numbered as in the publication', () => {
    const factor = content.factoren.find((f) => f.slug === 'lange-adem')!;
    expect(published(factorJsonLd(factor.slug, factor.data, siteUrl))).toMatchObject({
      '@type': 'DefinedTerm',
      url: `${siteUrl}/werkende-factoren/lange-adem`,
      name: factor.data.title,
      description: factor.data.kern,
      termCode: String(factor.data.order),
      inDefinedTermSet: {'@type': 'DefinedTermSet', url: `${siteUrl}/werkende-factoren`},
    });
  });
});

describe('praktijkenItemList', () => {
  it('lists the given practices in order, with absolute addresses', () => {
    const shown = data.praktijken.slice(3, 6);
    const list = published(praktijkenItemList(shown, siteUrl));
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(3);
    expect(list.itemListElement).toEqual(
      shown.map((p, i) => ({'@type': 'ListItem', position: i + 1, url: `${siteUrl}/praktijken/${p.slug}`, name: p.title})),
    );
  });
});

describe('jsonLdText', () => {
  const hostile = {headline: 'Samen </script><script>alert(1)</script> & <!-- meer -->'};

  it('cannot close the script element it is written into', () => {
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('still parses to the same data', () => {
    expect(JSON.parse(jsonLdText(hostile))).toEqual(hostile);
    const article = praktijkJsonLd(entry.slug, entry.data, data.factoren, siteUrl);
    expect(JSON.parse(jsonLdText(article))).toEqual(JSON.parse(JSON.stringify(article)));
  });
});
