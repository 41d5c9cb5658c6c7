import {describe, expect, it} from 'vitest';
import {toString} from 'mdast-util-to-string';
import type {Root, RootContent} from 'mdast';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';
import {factorSections, praktijkFacts} from '../../src/plugins/kennisbank/remark-generated';
import {figureLabel} from '../../src/content/figures';

const content = loadContent(process.cwd());
const data = buildKennisbank(content);
const asText = (nodes: RootContent[]) => toString({type: 'root', children: nodes} as Root);

describe('factorSections', () => {
  const factor = content.factoren.find((f) => f.slug === 'laagdrempelig-contact')!;
  const nodes = factorSections(factor.slug, factor.data, data);
  const rendered = asText(nodes);

  it('counts and lists the practices that show the factor, from the frontmatter', () => {
    const expected = content.praktijken.filter((p) => p.data.factoren.includes('laagdrempelig-contact'));
    expect(rendered).toContain(`Zichtbaar in ${expected.length} van de ${content.praktijken.length} praktijken.`);
    for (const praktijk of expected) expect(rendered).toContain(praktijk.data.title);
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
