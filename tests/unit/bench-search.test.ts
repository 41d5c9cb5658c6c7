import {describe, expect, it} from 'vitest';
import {bodyHtml, syntheticCasePage} from '../../scripts/lib/synthetic-html';
import {sections, syntheticPraktijk} from '../../scripts/lib/synthetic';
import {bytesByKind, searchFileKind} from '../../scripts/lib/search-bytes';
import type {FactorSummary} from '../../src/content/graph';

const factoren: FactorSummary[] = [
  {slug: 'lange-adem', url: '/werkende-factoren/lange-adem', title: 'Lange adem', korteNaam: 'Lange adem', kern: '', order: 1},
  {slug: 'slim-combineren', url: '/werkende-factoren/slim-combineren', title: 'Slim combineren', korteNaam: 'Slim combineren', kern: '', order: 2},
  {slug: 'juiste-mensen', url: '/werkende-factoren/juiste-mensen', title: 'De juiste mensen', korteNaam: 'De juiste mensen', kern: '', order: 3},
];
const slugs = factoren.map((f) => f.slug);

/** The shape of a built case page, minified as the build writes it, with text that must all be replaced. */
const template = [
  '<html lang=nl><head><title data-rh=true>Kids in Zwolle | Kennisbank jeugdpreventie</title></head><body><nav>Zwolle</nav>',
  '<div data-pagefind-body=""><span class=kb-search-tags data-pagefind-filter=soort:Praktijk></span><header><h1>Kids in Zwolle</h1></header>',
  '<aside><dl data-pagefind-ignore=""><dt>Waar<dd>Zwolle</dl><p class=kb-facts__title>Kerncijfers<ul>\n<li class=""><strong>12</strong> Scholen in Zwolle (2019)</li>\n</ul></aside>',
  '<h2 class="anchor anchorTargetStickyNavbar_Vzrq" id=in-het-kort>In het kort</h2>\n<p>Zwolle helpt ouders.</p>',
  '<h2 class="anchor" id=aanpak>Aanpak</h2>\n<p>Oude aanpak in Zwolle.</p>',
  '<h2 class="anchor" id=meer-weten>Meer weten</h2>\n<ul>\n<li class="" data-pagefind-ignore=""><strong>Bron: </strong>Boek, 2018.</li>',
  '<li class=""><strong>Websites: </strong><a href=https://zwolle.nl>Zwolle</a></li>\n</ul>',
  '<div class=kb-verwant data-pagefind-ignore="">Andere praktijken</div>',
  '<span class=kb-search-tags><span data-pagefind-filter=thema:Armoede></span><span data-pagefind-meta=gemeente:Zwolle></span></span></div>',
  '</body></html>',
].join('');

const indexedPart = (html: string) => html.slice(html.indexOf('data-pagefind-body')).replace(/<(dl|div class=kb-verwant)[^>]*data-pagefind-ignore[\s\S]*?<\/(dl|div)>/g, '');

describe('synthetic case pages for bench:search', () => {
  it('renders the Markdown of a synthetic practice as the build does: headings with ids, paragraphs, lists, factor links', () => {
    const html = bodyHtml(syntheticPraktijk(4, slugs).source);
    for (const title of sections) expect(html).toContain(`>${title}</h2>`);
    expect(html).toContain('<h2 class="anchor" id="tips-voor-andere-gemeenten">');
    expect(html).toMatch(/<li><a href="\/werkende-factoren\/(lange-adem|slim-combineren|juiste-mensen)">/);
    expect(html).not.toContain('](');
    expect(html).not.toMatch(/^- |\n- |## /);
  });

  it('replaces every indexed text of the template with synthetic practice i, keeping the ignored parts', () => {
    const {frontmatter} = syntheticPraktijk(7, slugs);
    const html = syntheticCasePage(7, template, factoren);
    expect(html).toContain(`<h1>${frontmatter.title}</h1>`);
    expect(html).toContain(`<title data-rh=true>${frontmatter.title} | Kennisbank</title>`);
    expect(indexedPart(html)).not.toMatch(/Zwolle|Oude aanpak|Scholen in/);
    expect(html).toContain('Bron: </strong>Boek, 2018.</li>');
    expect(html).toContain(`Contact: </strong>Gemeente ${frontmatter.gemeente}, beleidsmedewerker jeugd`);
    expect(html).toContain(`<strong>${frontmatter.kerncijfers![0]!.waarde}</strong> Bereikte gezinnen`);
    expect(html).toContain(`data-pagefind-meta="gemeente:${frontmatter.gemeente}"`);
  });

  it('tags the page with the filter labels the build writes for that practice', () => {
    const {frontmatter} = syntheticPraktijk(9, slugs);
    const html = syntheticCasePage(9, template, factoren);
    const factorTags = [...html.matchAll(/data-pagefind-filter="factor:([^"]*)"/g)].map((m) => m[1]);
    expect(factorTags).toEqual(factoren.filter((f) => frontmatter.factoren.includes(f.slug)).map((f) => f.korteNaam));
    expect(html).toMatch(/data-pagefind-filter="provincie:[A-Z][^"]+"/);
    expect(html).toContain('data-pagefind-filter=soort:Praktijk');
    expect(html).not.toContain('thema:Armoede>');
  });

  it('fails on a template without a part it must replace', () => {
    expect(() => syntheticCasePage(1, template.replace('Kerncijfers', 'Cijfers'), factoren)).toThrow(/Kerncijfers/);
  });

  it('is deterministic and differs between pages', () => {
    expect(syntheticCasePage(5, template, factoren)).toBe(syntheticCasePage(5, template, factoren));
    expect(syntheticCasePage(5, template, factoren)).not.toBe(syntheticCasePage(6, template, factoren));
  });
});

describe('first-query bytes per kind of search file', () => {
  it('names each Pagefind file by what it is for and sums per kind in order of first appearance', () => {
    const files = [
      {path: '/pagefind/pagefind.js', bytes: 10},
      {path: '/pagefind/pagefind-entry.json', bytes: 1},
      {path: '/pagefind/pagefind.nl_ab12.pf_meta', bytes: 5},
      {path: '/pagefind/wasm.nl.pagefind', bytes: 20},
      {path: '/pagefind/index/nl_1.pf_index', bytes: 7},
      {path: '/pagefind/index/nl_2.pf_index', bytes: 8},
      {path: '/pagefind/fragment/nl_3.pf_fragment', bytes: 2},
      {path: '/pagefind/filter/nl_4.pf_filter', bytes: 3},
      {path: '/pagefind/pagefind-worker.js', bytes: 9},
    ];
    expect(bytesByKind(files)).toEqual([
      {kind: 'script', files: 1, bytes: 10},
      {kind: 'entry', files: 1, bytes: 1},
      {kind: 'meta', files: 1, bytes: 5},
      {kind: 'wasm', files: 1, bytes: 20},
      {kind: 'index chunk', files: 2, bytes: 15},
      {kind: 'fragment', files: 1, bytes: 2},
      {kind: 'filter', files: 1, bytes: 3},
      {kind: 'worker', files: 1, bytes: 9},
    ]);
    expect(searchFileKind('/pagefind/pagefind-ui.css')).toBe('other');
  });
});
