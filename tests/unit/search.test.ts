import {describe, expect, it} from 'vitest';
import {docSearchKind, kindLabel, searchKinds} from '../../src/lib/search/kinds';
import {countsBySlug, pagefindFilters, searchFilterGroups} from '../../src/lib/search/filters';
import {formatSearchState, parseSearchState, selectedCount, toggleFilter} from '../../src/lib/search/query-state';
import {decodeEntities, excerptParts, excerptText} from '../../src/lib/search/excerpt';
import {noResultsAdvice, queryWords} from '../../src/lib/search/advice';
import {cleanUrl, toHit} from '../../src/lib/search/pagefind';
import {indexStatsLine, parseIndexStatsLine, unusedBundleFiles} from '../../src/plugins/pagefind/build-index';
import {praktijkFilters} from '../../src/plugins/kennisbank/search-tags';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';
import {labelOf, themas} from '../../src/content/vocabularies';
import {join} from 'node:path';

const content = loadContent(join(__dirname, '../..'));
const data = buildKennisbank(content);
const groups = searchFilterGroups(data.factoren);

describe('search kinds', () => {
  it.each([
    ['/praktijken/kids-en-koffie-sliedrecht', 'praktijk'],
    ['/werkende-factoren/lange-adem', 'werkende-factor'],
    ['/beleid/preventie-sociaal-domein-hengelo', 'beleid'],
    ['/over/privacy', 'over'],
  ])('%s is a %s page', (permalink, kind) => expect(docSearchKind(permalink)).toBe(kind));
  it('has a distinct label per kind', () => {
    expect(new Set(searchKinds.map((k) => kindLabel(k.value))).size).toBe(searchKinds.length);
  });
});

describe('search filters', () => {
  it('uses the vocabulary labels and the factors’ short names', () => {
    const thema = groups.find((g) => g.key === 'thema')!;
    expect(thema.options.map((o) => o.label)).toEqual(themas.map((t) => t.label));
    const factor = groups.find((g) => g.key === 'factor')!;
    expect(factor.options.map((o) => o.label)).toEqual([...data.factoren].sort((a, b) => a.order - b.order).map((f) => f.korteNaam));
  });

  it('turns slugs into the labels Pagefind indexed, dropping empty groups', () => {
    const selection = {thema: ['onderwijs-en-zorg', 'armoede-en-bestaanszekerheid'], provincie: []};
    expect(pagefindFilters(groups, selection)).toEqual({thema: ['Onderwijs en zorg', 'Armoede en bestaanszekerheid']});
  });

  it('reads Pagefind’s counts back by slug, zero for values it did not count', () => {
    const soort = groups.find((g) => g.key === 'soort')!;
    const counts = countsBySlug(soort, {Praktijk: 7, Thema: 1});
    expect(counts.praktijk).toBe(7);
    expect(counts.thema).toBe(1);
    expect(counts.nieuws).toBe(0);
  });

  it('tags a practice with the same labels the filters offer', () => {
    const praktijk = content.praktijken.find((p) => p.slug === 'kids-en-koffie-sliedrecht')!;
    const filters = praktijkFilters(praktijk.data, data);
    expect(filters.thema).toEqual(praktijk.data.themas.map((t) => labelOf(themas, t)));
    for (const [key, values] of Object.entries(filters)) {
      const options = groups.find((g) => g.key === key)!.options.map((o) => o.label);
      expect(values.every((value) => options.includes(value)), `${key}: ${values.join(', ')}`).toBe(true);
    }
    expect(filters.factor).toHaveLength(praktijk.data.factoren.length);
  });
});

describe('search page URL', () => {
  it('round-trips query and filters, dropping unknown keys and values', () => {
    const state = parseSearchState('?q=%20ouders%20&thema=onderwijs-en-zorg&thema=bestaat-niet&foo=bar&soort=praktijk', groups);
    expect(state).toEqual({query: ' ouders ', selection: {soort: ['praktijk'], thema: ['onderwijs-en-zorg']}});
    expect(formatSearchState(state)).toBe('?q=+ouders+&soort=praktijk&thema=onderwijs-en-zorg');
    expect(formatSearchState({query: ' ', selection: {}})).toBe('');
  });
  it('toggles a value on and off and counts chosen values', () => {
    const on = toggleFilter({}, 'thema', 'onderwijs-en-zorg');
    expect(on).toEqual({thema: ['onderwijs-en-zorg']});
    expect(selectedCount(toggleFilter(on, 'soort', 'praktijk'))).toBe(2);
    expect(toggleFilter(on, 'thema', 'onderwijs-en-zorg')).toEqual({thema: []});
  });
});

describe('excerpts', () => {
  it('splits highlighted words from text and decodes entities', () => {
    expect(excerptParts('Ouders &amp; <mark>kinderen</mark> op de <mark>kinderboerderij</mark>.')).toEqual([
      {text: 'Ouders & ', mark: false},
      {text: 'kinderen', mark: true},
      {text: ' op de ', mark: false},
      {text: 'kinderboerderij', mark: true},
      {text: '.', mark: false},
    ]);
  });
  it('drops any other tag and decodes numeric entities', () => {
    expect(excerptText('<b>a</b>&#39;s &#x2014; &lt;b&gt;')).toBe("a's — <b>");
    expect(decodeEntities('&unknown;')).toBe('&unknown;');
  });
});

describe('result mapping', () => {
  it('links without .html, like the rest of the site', () => {
    expect(cleanUrl('/praktijken/kids-en-koffie-sliedrecht.html')).toBe('/praktijken/kids-en-koffie-sliedrecht');
    expect(cleanUrl('/blog/index.html')).toBe('/blog/');
    expect(cleanUrl('/themas/armoede.html#aanpak')).toBe('/themas/armoede#aanpak');
  });
  it('takes title, kind and gemeente from Pagefind’s meta and filters', () => {
    const hit = toHit({url: '/praktijken/x.html', excerpt: 'e', meta: {title: 'X', gemeente: 'Oss'}, filters: {soort: ['Praktijk']}});
    expect(hit).toEqual({url: '/praktijken/x', title: 'X', kind: 'Praktijk', gemeente: 'Oss', excerpt: 'e'});
  });
});

describe('no-results advice', () => {
  it('names the filters whose removal finds something, most results first', () => {
    const advice = noResultsAdvice({
      query: 'kinderboerderij',
      withoutFilter: [
        {label: 'Thema: Armoede en bestaanszekerheid', count: 1},
        {label: 'Provincie: Zeeland', count: 0},
        {label: 'Soort pagina: Praktijk', count: 3},
      ],
      perWord: [],
    });
    expect(advice).toEqual([
      'Zonder het filter Soort pagina: Praktijk vind je 3 resultaten.',
      'Zonder het filter Thema: Armoede en bestaanszekerheid vind je 1 resultaat.',
    ]);
  });
  it('suggests fewer words when each word alone finds something', () => {
    const [advice] = noResultsAdvice({query: 'ouders xyzzy', withoutFilter: [], perWord: [{label: 'ouders', count: 12}, {label: 'xyzzy', count: 0}]});
    expect(advice).toContain('“ouders” alleen geeft 12 resultaten');
    expect(advice).not.toContain('xyzzy');
  });
  it('falls back to spelling advice, and says when dropping one filter is not enough', () => {
    expect(noResultsAdvice({query: 'xyzzy', withoutFilter: [], perWord: []})[0]).toMatch(/^Controleer de spelling/);
    expect(noResultsAdvice({query: 'x', withoutFilter: [{label: 'Thema: A', count: 0}], perWord: []})[0]).toMatch(/^Wis de filters/);
  });
  it('splits a query into distinct words', () => {
    expect(queryWords('Ouders, ouders en 1000 dagen!')).toEqual(['ouders', 'en', '1000', 'dagen']);
  });
});

describe('index build helpers', () => {
  it('prints a progress line that the benchmark reads back', () => {
    const line = indexStatsLine({pages: 53, files: 67, bytes: 390_144, seconds: 1.234});
    expect(line).toBe("[pagefind] 53 pagina's geïndexeerd in 1.23 s: 67 bestanden, 381 KB");
    expect(parseIndexStatsLine(`noise\n${line}\nmore`)).toEqual({pages: 53, files: 67, bytes: 381 * 1024, seconds: 1.23});
    expect(parseIndexStatsLine('nothing here')).toBeUndefined();
  });
  it('drops only Pagefind’s ready-made UI files', () => {
    expect(['pagefind-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-highlight.js'].every((f) => unusedBundleFiles.test(f))).toBe(true);
    expect(['pagefind.js', 'pagefind-worker.js', 'wasm.nl.pagefind', 'pagefind-entry.json'].some((f) => unusedBundleFiles.test(f))).toBe(false);
  });
});
