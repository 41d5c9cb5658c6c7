import {describe, expect, it} from 'vitest';
import {bodyParagraphs, filterValues, syntheticCasePage, type CaseTemplate} from '../../scripts/lib/synthetic-html';
import {syntheticPraktijk} from '../../scripts/lib/synthetic';

const factorSlugs = ['laagdrempelig-contact', 'samenwerking-in-de-wijk', 'vroeg-signaleren'];

function page(title: string, gemeente: string, thema: string, paragraphs: string[]): string {
  return [
    `<html lang="nl"><head><title>${title} | Kennisbank</title></head><body>`,
    `<nav><p>Menu ${gemeente}</p></nav>`,
    `<div data-pagefind-body=""><span data-pagefind-filter="soort:praktijk"></span>`,
    `<span data-pagefind-filter="thema:${thema}"></span><h1 class="x">${title}</h1>`,
    ...paragraphs.map((text) => `<p>${text}</p>`),
    `</div></body></html>`,
  ].join('');
}

const templates: CaseTemplate[] = [
  {html: page('Kids in Zwolle', 'Zwolle', 'Armoede', ['Zwolle helpt ouders.', 'Tweede alinea A.']), gemeente: 'Zwolle'},
  {html: page('Ouders in Delft', 'Delft', 'Onderwijs', ['Samen met scholen.', 'Tweede alinea B.']), gemeente: 'Delft'},
];

describe('synthetic case pages for bench:search', () => {
  it('reads only the paragraphs of the indexed part', () => {
    expect(bodyParagraphs(templates[0]!.html)).toEqual(['Zwolle helpt ouders.', 'Tweede alinea A.']);
  });

  it('collects filter values per name over all templates', () => {
    expect(filterValues(templates)).toEqual(
      new Map([
        ['soort', ['praktijk']],
        ['thema', ['Armoede', 'Onderwijs']],
      ]),
    );
  });

  it('gives each page the synthetic title and municipality and leaves no trace of the template municipality', () => {
    const {frontmatter} = syntheticPraktijk(7, factorSlugs);
    const html = syntheticCasePage(7, templates, factorSlugs);
    expect(html).toContain(`<h1 class="x">${frontmatter.title}</h1>`);
    expect(html).toContain(`<title>${frontmatter.title}</title>`);
    expect(html).toContain(frontmatter.gemeente);
    // Paragraphs of both templates end up in the pages, so both names must go everywhere.
    for (let index = 1; index <= 20; index++) expect(syntheticCasePage(index, templates, factorSlugs)).not.toMatch(/Zwolle|Delft/);
  });

  it('opens with the synthetic summary and fills the other paragraphs with real ones', () => {
    const html = syntheticCasePage(3, templates, factorSlugs);
    const paragraphs = bodyParagraphs(html);
    const {frontmatter} = syntheticPraktijk(3, factorSlugs);
    expect(paragraphs[0]).toBe(frontmatter.summary.replaceAll('&', '&amp;'));
    const real = new Set(templates.flatMap((t) => bodyParagraphs(t.html)).map((text) => text.replace(/Zwolle|Delft/, '')));
    for (const text of paragraphs.slice(1)) expect(real.has(text.replace(frontmatter.gemeente, ''))).toBe(true);
  });

  it('keeps the page kind and draws other filters from the real values, varying over pages', () => {
    const pages = Array.from({length: 20}, (_, i) => syntheticCasePage(i + 1, templates, factorSlugs));
    for (const html of pages) expect(html).toContain('data-pagefind-filter="soort:praktijk"');
    const themas = new Set(pages.map((html) => /data-pagefind-filter="thema:([^"]*)"/.exec(html)![1]));
    expect(themas).toEqual(new Set(['Armoede', 'Onderwijs']));
  });

  it('is deterministic and differs between pages', () => {
    expect(syntheticCasePage(5, templates, factorSlugs)).toBe(syntheticCasePage(5, templates, factorSlugs));
    expect(syntheticCasePage(5, templates, factorSlugs)).not.toBe(syntheticCasePage(6, templates, factorSlugs));
  });
});
