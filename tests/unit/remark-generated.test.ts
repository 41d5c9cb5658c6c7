import {describe, expect, it} from 'vitest';
import {toString} from 'mdast-util-to-string';
import type {Root, RootContent} from 'mdast';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';
import {factorSections, praktijkFacts} from '../../src/plugins/kennisbank/remark-generated';
import {figureLabel} from '../../src/content/figures';
import {MATRIX_MAX_PRAKTIJKEN} from '../../src/content/matrix';
import {PAGE_SIZE} from '../../src/lib/overview-data';

const content = loadContent(process.cwd());
const data = buildKennisbank(content);
const asText = (nodes: RootContent[]) => toString({type: 'root', children: nodes} as Root);
/** The mini cards among generated nodes, by their class attribute. */
const cardsOf = (nodes: RootContent[]) => (JSON.stringify(nodes).match(/"kb-mini-card"/g) ?? []);

describe('factorSections', () => {
  const factor = content.factoren.find((f) => f.slug === 'laagdrempelig-contact')!;
  const nodes = factorSections(factor.slug, factor.data, data);
  const rendered = asText(nodes);

  it('counts and lists the practices that show the factor, from the frontmatter', () => {
    const expected = content.praktijken.filter((p) => p.data.factoren.includes('laagdrempelig-contact'));
    expect(rendered).toContain(`Zichtbaar in ${expected.length} van de ${content.praktijken.length} praktijken.`);
    for (const praktijk of expected) expect(rendered).toContain(praktijk.data.title);
  });

  it('lists every practice as a card up to the matrix threshold, without a link to the overview', () => {
    expect(cardsOf(nodes)).toHaveLength(data.factorPraktijken['laagdrempelig-contact']!.length);
    expect(rendered).not.toContain('te filteren in het overzicht');
  });

  describe.each([
    [MATRIX_MAX_PRAKTIJKEN, MATRIX_MAX_PRAKTIJKEN],
    [MATRIX_MAX_PRAKTIJKEN + 1, PAGE_SIZE],
    [2000, PAGE_SIZE],
  ])('with %i practices showing the factor', (count, shown) => {
    const many = Array.from({length: count}, (_, i) => ({...data.praktijken[0]!, slug: `p-${i}`, title: `Praktijk ${i}`, url: `/praktijken/p-${i}`}));
    const large = {...data, factorPraktijken: {...data.factorPraktijken, [factor.slug]: many}, counts: {...data.counts, praktijken: 5015}};
    const largeNodes = factorSections(factor.slug, factor.data, large);
    const text = asText(largeNodes);

    it(`shows ${shown} cards, the first A–Z, and the count in Dutch notation`, () => {
      expect(cardsOf(largeNodes)).toHaveLength(shown);
      expect(text).toContain('Praktijk 0');
      expect(text).toContain(`Zichtbaar in ${count.toLocaleString('nl-NL')} van de 5.015 praktijken.`);
    });

    it(shown < count ? 'links to the overview filtered on the factor' : 'needs no link to the overview', () => {
      const links = JSON.stringify(largeNodes).match(/\/praktijken\?factor=[a-z-]+/g) ?? [];
      // Before the cards and after them.
      expect(links).toEqual(shown < count ? [`/praktijken?factor=${factor.slug}`, `/praktijken?factor=${factor.slug}`] : []);
      if (shown < count) expect(text.indexOf('Alle ')).toBeLessThan(text.indexOf('Praktijk 0'));
    });
  });

  it('lists the reflection questions', () => {
    for (const vraag of factor.data.vragen) expect(rendered).toContain(vraag);
  });

  it('leaves factors that every practice shows out of the co-occurrence list', () => {
    const together = rendered.slice(rendered.indexOf('Komt vaak samen voor met'));
    const list = together.slice(0, together.indexOf('Niet genoemd'));
    expect(list).not.toContain('wethouder');
    expect(together).toMatch(/Niet genoemd: .*wethouder/i);
  });
});

describe('praktijkFacts', () => {
  it('shows where, for whom and which factors, with dated key figures', () => {
    const praktijk = content.praktijken.find((p) => p.slug === 'kids-en-koffie-sliedrecht')!;
    const rendered = asText(praktijkFacts(praktijk.data, data));
    expect(rendered).toContain('Sliedrecht');
    expect(rendered).toContain('Zuid-Holland');
    for (const figure of praktijk.data.kerncijfers) expect(rendered).toContain(`${figure.waarde} ${figureLabel(figure, praktijk.data.bron)}`);
  });

  it('leaves out the age when the source gives none', () => {
    const leiden = content.praktijken.find((p) => p.slug === 'buurbook-leiden')!;
    expect(leiden.data.leeftijdsfasen).toEqual([]);
    expect(asText(praktijkFacts(leiden.data, data))).not.toContain('Leeftijd');
    const sliedrecht = content.praktijken.find((p) => p.slug === 'kids-en-koffie-sliedrecht')!;
    expect(asText(praktijkFacts(sliedrecht.data, data))).toContain('Leeftijd');
  });

  it('dates a figure without a year of its own to the source, and lists costs too', () => {
    const praktijk = content.praktijken.find((p) => p.slug === 'kids-en-koffie-sliedrecht')!;
    const undated = {
      ...praktijk.data,
      kerncijfers: [{label: 'ouders per ochtend', waarde: '10-20'}],
      kosten: [{label: 'subsidie per jaar', waarde: '€ 5.000', jaar: 2016}],
    };
    const rendered = asText(praktijkFacts(undated, data));
    expect(rendered).toContain(`10-20 ouders per ochtend, volgens de bron (${praktijk.data.bron.jaar})`);
    expect(rendered).toContain('Kosten');
    expect(rendered).toContain('€ 5.000 subsidie per jaar (2016)');
  });
});
