import {describe, expect, it} from 'vitest';
import {handWrittenMeerWeten} from '../../src/content/meer-weten';
import {meerWeten} from '../../src/plugins/kennisbank/remark-generated';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import {praktijkSchema} from '../../src/content/schemas/praktijk';

describe('handWrittenMeerWeten', () => {
  it('reports a hand-written section with its line', () => {
    const text = '---\ntitle: x\n---\n\n## Tips voor andere gemeenten\n\n- Tip.\n\n## Meer weten\n\nBron: iets.\n';
    const problems = handWrittenMeerWeten('docs/praktijken/x.mdx', text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'docs/praktijken/x.mdx', line: 9, field: 'tekst', value: '## Meer weten'});
  });
  it('finds it at any heading level, and not in running text', () => {
    expect(handWrittenMeerWeten('x.mdx', '### meer weten\n')).toHaveLength(1);
    expect(handWrittenMeerWeten('x.mdx', 'Wie meer wil weten, leest de bron.\n## Meer weten over THINK\n')).toEqual([]);
  });
});

describe('meerWeten (generated)', () => {
  const base = praktijkSchema.parse({
    title: 'Testpraktijk',
    summary: 'Een praktijk om de gegenereerde sectie Meer weten mee te testen, met bron en contact.',
    gemeente: 'Teststad',
    provincie: 'utrecht',
    coordinaten: {lat: 52, lon: 5},
    doelgroepen: ['ouders'],
    leeftijdsfasen: ['0-4'],
    settings: ['ontmoetingsplek'],
    themas: ['opvoedondersteuning'],
    factoren: ['juiste-mensen'],
    preventieniveau: ['universeel'],
    contact: [{organisatie: 'Gemeente Teststad', rol: 'beleidsmedewerker', naam: 'Jan Jansen'}],
    websites: [{label: 'Website van de praktijk', url: 'https://www.example.org'}],
    bron: {titel: 'Van nul tot later als ik groot ben', uitgever: 'Ministerie van VWS', jaar: 2018, pagina: '31-33'},
    laatstBijgewerkt: '2026-11-22',
  });
  const render = (data: typeof base) => toString({type: 'root', children: meerWeten(data)} as Root);

  it('has the heading, the source once, the website and the contact', () => {
    const nodes = meerWeten(base);
    expect(nodes[0]).toMatchObject({type: 'heading', depth: 2});
    const text = render(base);
    expect(text.match(/Bron:/g)).toHaveLength(1);
    expect(text).toContain('Bron: Van nul tot later als ik groot ben, Ministerie van VWS, 2018, p. 31-33.');
    expect(text).toContain('Website: Website van de praktijk');
    expect(text).toContain('Contact: Gemeente Teststad, beleidsmedewerker (in de bron: Jan Jansen)');
  });
  it('says so when the source names no website, and leaves out an empty contact', () => {
    const text = render({...base, websites: [], contact: []});
    expect(text).toContain('Website: de bron noemt geen website.');
    expect(text).not.toContain('Contact:');
  });
});
