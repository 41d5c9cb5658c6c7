import {describe, expect, it} from 'vitest';
import type {FactorSummary, PraktijkSummary} from '../../src/content/graph';
import {describeSituation, matchText, overviewLink, reasonText} from '../../src/lib/finder';
import {filterPraktijken, rankFactors} from '../support/full-data-oracle';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';
import {doelgroepen, leeftijdsfasen, settings, themas} from '../../src/content/vocabularies';

const factor = (slug: string, order: number): FactorSummary => ({slug, url: `/werkende-factoren/${slug}`, title: slug, korteNaam: slug, kern: '', order});
const factoren = [factor('overal', 1), factor('wijk', 2), factor('school', 3)];

function praktijk(slug: string, settingsList: PraktijkSummary['settings'], factorList: string[]): PraktijkSummary {
  return {
    slug, url: `/praktijken/${slug}`, title: slug, summary: '', gemeente: slug, provincie: 'utrecht', coordinaten: {lat: 52, lon: 5},
    doelgroepen: ['ouders'], leeftijdsfasen: ['0-4'], settings: settingsList, themas: ['opvoedondersteuning'], factoren: factorList, preventieniveau: ['universeel'],
    titelVolgorde: 0,
  };
}

/** Gives each practice its rank in title order, as the build does. */
const ranked = (list: PraktijkSummary[]) => {
  const order = list.map((p) => p.title).sort();
  return list.map((p) => ({...p, titelVolgorde: order.indexOf(p.title)}));
};

const praktijken = ranked([
  praktijk('w1', ['wijk-en-buurt'], ['overal', 'wijk']),
  praktijk('w2', ['wijk-en-buurt'], ['overal', 'wijk', 'school']),
  praktijk('s1', ['school'], ['overal', 'school']),
  praktijk('s2', ['school'], ['overal', 'school']),
]);

describe('rankFactors', () => {
  it('ranks the factors of the matching practices first, with a reason that counts them', () => {
    const result = rankFactors(praktijken, factoren, {setting: ['wijk-en-buurt']});
    expect(result.status).toBe('gevonden');
    if (result.status === 'geen') return;
    expect(result.matched).toBe(2);
    const specific = result.ranking.filter((r) => !r.everywhere).map((r) => [r.factor.slug, r.count]);
    expect(specific).toEqual([['wijk', 2], ['school', 1]]);
    expect(result.ranking.find((r) => r.factor.slug === 'wijk')?.reason).toBe('Alle 2 praktijken met vindplaats wijk en buurt laten dit zien');
  });

  it('flags a factor every practice shows as a precondition', () => {
    const result = rankFactors(praktijken, factoren, {setting: ['school']});
    if (result.status === 'geen') throw new Error('expected a match');
    expect(result.ranking.find((r) => r.factor.slug === 'overal')?.everywhere).toBe(true);
    expect(result.readFirst.map((r) => r.praktijk.slug)).toEqual(['s1', 's2', 'w2'].slice(0, result.matched));
  });

  it('says so and suggests what to drop when nothing matches', () => {
    const result = rankFactors(praktijken, factoren, {setting: ['school'], leeftijd: ['12-18']});
    expect(result).toEqual({status: 'geen', matched: 0, widen: [{key: 'leeftijd', value: '12-18', count: 2}]});
  });

  it('treats an empty selection as all practices', () => {
    expect(rankFactors(praktijken, factoren, {})).toMatchObject({status: 'leeg', matched: 4});
  });

  it('describes the selection in Dutch', () => {
    expect(describeSituation({doelgroep: ['jonge-kinderen'], thema: ['opvoedondersteuning']})).toBe(
      'praktijken voor jonge kinderen, over opvoedondersteuning',
    );
  });
});

describe('finder texts', () => {
  const situation = {setting: ['wijk-en-buurt']};
  it.each([
    [1, 7, '1 van de 7 praktijken met vindplaats wijk en buurt laat dit zien'],
    [3, 7, '3 van de 7 praktijken met vindplaats wijk en buurt laten dit zien'],
    [7, 7, 'Alle 7 praktijken met vindplaats wijk en buurt laten dit zien'],
    [1, 1, 'De enige praktijk met vindplaats wijk en buurt laat dit zien'],
  ])('a factor in %i of %i matches', (count, matched, text) => {
    expect(reasonText(count, matched, situation)).toBe(text);
  });

  it.each([
    [1, 15, false, '1 van de 15 praktijken past bij je keuze.'],
    [7, 15, false, '7 van de 15 praktijken passen bij je keuze.'],
    [15, 15, false, 'Alle 15 praktijken passen bij je keuze.'],
    [1, 1, false, 'De enige praktijk past bij je keuze.'],
  ])('%i of %i practices fit', (matched, total, empty, text) => {
    expect(matchText(matched, total, empty)).toBe(text);
  });

  it('asks for a choice without saying where on the screen the questions are', () => {
    expect(matchText(15, 15, true)).toMatch(/^Je hebt nog niets gekozen, dus dit geldt voor alle 15 praktijken\./);
    expect(matchText(1, 1, true)).toContain('voor de enige praktijk');
    expect(matchText(15, 15, true)).not.toMatch(/hiernaast|hieronder|hierboven/);
  });
});

describe('overviewLink', () => {
  it('opens the overview on exactly the practices that fit', () => {
    const {praktijken: all} = buildKennisbank(loadContent(process.cwd()));
    const situations = [{doelgroep: ['ouders'], leeftijd: ['0-4']}, {thema: ['opvoedondersteuning', 'onderwijs-en-zorg'], setting: ['school']}, {}];
    for (const situation of situations) {
      const result = rankFactors(all, factoren, situation);
      const params = new URL(overviewLink(situation), 'https://x').searchParams;
      const selection = Object.fromEntries([...new Set(params.keys())].filter((k) => k !== 'operator').map((k) => [k, params.getAll(k)]));
      const shown = filterPraktijken(all, selection, params.get('operator') === 'of' ? 'of' : 'en');
      expect(shown.length).toBe(result.matched);
    }
  });
});

describe('rankFactors at scale', () => {
  it('works unchanged on 1,000 practices', () => {
    const pick = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
    const many = Array.from({length: 1000}, (_, i) => ({
      ...praktijk(`p${i}`, [pick(settings, i).value], ['overal', pick(['wijk', 'school'], i)]),
      doelgroepen: [pick(doelgroepen, i).value],
      leeftijdsfasen: [pick(leeftijdsfasen, i).value],
      themas: [pick(themas, i).value],
    }));
    const started = performance.now();
    const result = rankFactors(many, factoren, {setting: ['school', 'thuis']});
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.matched).toBe(many.filter((p) => p.settings.includes('school') || p.settings.includes('thuis')).length);
  });
});

describe('rankFactors on the real content', () => {
  const data = buildKennisbank(loadContent(process.cwd()));
  it('finds practices for parents of young children and puts low-threshold contact among the top factors', () => {
    const result = rankFactors(data.praktijken, data.factoren, {doelgroep: ['ouders'], leeftijd: ['0-4']});
    if (result.status === 'geen') throw new Error('expected practices for parents of toddlers');
    const top = result.ranking.filter((r) => !r.everywhere).slice(0, 3).map((r) => r.factor.slug);
    expect(top).toContain('laagdrempelig-contact');
  });
});
