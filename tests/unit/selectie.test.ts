import {describe, expect, it} from 'vitest';
import {mergeSlugs, parseSlugs, readStoredSlugs, selectieUrl, toggleSlug, vergelijkUrl, MAX_SELECTIE} from '../../src/lib/selectie';
import {praktijkDetail, praktijkFeiten} from '../../src/content/feiten';
import {sectionText} from '../../src/content/sections';
import {parseMdx} from '../../src/content/parse-mdx';
import {loadContent} from '../../src/content/load';
import {buildKennisbank} from '../../src/content/graph';

describe('slug lists in the URL and in storage', () => {
  it('keeps valid, distinct slugs in order, up to the maximum', () => {
    expect(parseSlugs('a,b, a ,Bad Slug,,c-1', 3)).toEqual(['a', 'b', 'c-1']);
    expect(parseSlugs(null)).toEqual([]);
    expect(parseSlugs(['x', 3, 'y'])).toEqual(['x', 'y']);
  });
  it('reads anything stored that is not a JSON list of slugs as empty', () => {
    expect(readStoredSlugs('["a","b"]')).toEqual(['a', 'b']);
    expect(readStoredSlugs('{"a":1}')).toEqual([]);
    expect(readStoredSlugs('not json')).toEqual([]);
    expect(readStoredSlugs(JSON.stringify(Array.from({length: 20}, (_, i) => `p${i}`)))).toHaveLength(MAX_SELECTIE);
  });
  it('toggles a slug, but never past the maximum', () => {
    expect(toggleSlug(['a'], 'b', 2)).toEqual(['a', 'b']);
    expect(toggleSlug(['a', 'b'], 'a', 2)).toEqual(['b']);
    expect(toggleSlug(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });
  it('merges the URL list first, then the stored one', () => {
    expect(mergeSlugs(['b', 'a'], ['a', 'c'], 10)).toEqual(['b', 'a', 'c']);
  });
  it('writes readable links with commas', () => {
    expect(vergelijkUrl(['a', 'b'])).toBe('/praktijken/vergelijk?p=a,b');
    expect(selectieUrl([])).toBe('/praktijken/selectie');
  });
});

describe('praktijkFeiten and praktijkDetail on the real content', () => {
  const content = loadContent(process.cwd());
  const data = buildKennisbank(content);
  it.each(content.praktijken.map((p) => [p.slug, p] as const))('%s: facts follow the frontmatter', (_, entry) => {
    const detail = praktijkDetail(entry);
    const feiten = new Map(praktijkFeiten(detail, data.factoren).map((f) => [f.key, f.items.map((i) => i.text)]));
    expect(feiten.get('factoren')).toHaveLength(entry.data.factoren.length);
    expect(feiten.get('partners')).toEqual(entry.data.partners);
    expect(feiten.get('kerncijfers')).toHaveLength(entry.data.kerncijfers.length);
    expect(feiten.get('bron')![0]).toContain(entry.data.bron.titel);
    expect(feiten.get('sinds')).toEqual(entry.data.startjaar ? [String(entry.data.startjaar)] : []);
    // "In het kort" is read from the body: at least one paragraph, and never the next section.
    expect(detail.inHetKort.length).toBeGreaterThan(0);
  });
});

describe('sectionText', () => {
  it('takes the paragraphs and list items of one section, up to the next heading', () => {
    const {tree} = parseMdx('---\ntitle: x\n---\n\n## In het kort\n\nEen *korte* tekst.\n\n- punt een\n- punt twee\n\n## Aanleiding\n\nNiet dit.\n');
    expect(sectionText(tree, 'In het kort')).toEqual(['Een korte tekst.', 'punt een', 'punt twee']);
    expect(sectionText(tree, 'Bestaat niet')).toEqual([]);
  });
});
