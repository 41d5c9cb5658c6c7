import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {parseMdx} from '../../src/content/parse-mdx';
import {buildSearchRecords, facetAttributes} from '../../src/content/search-records';
import {searchConfig} from '../../src/plugins/search-config';

const content = loadContent(process.cwd());
const praktijken = content.praktijken.map((p) => ({...p, tree: parseMdx(readFileSync(join(process.cwd(), p.file), 'utf8')).tree}));
const records = buildSearchRecords(praktijken, content.factoren, 'https://example.org');

describe('buildSearchRecords', () => {
  it('makes one record per practice with a stable id and absolute URL', () => {
    expect(records).toHaveLength(content.praktijken.length);
    expect(records.find((r) => r.objectID === 'praktijk-kids-en-koffie-sliedrecht')).toMatchObject({
      url: 'https://example.org/praktijken/kids-en-koffie-sliedrecht',
      gemeente: 'Sliedrecht',
      provincie: 'Zuid-Holland',
    });
  });
  it('gives every facet as readable labels', () => {
    const record = records.find((r) => r.objectID === 'praktijk-think-op-school-zwolle')!;
    for (const facet of facetAttributes) expect(record[facet].length).toBeGreaterThan(0);
    const steun = content.factoren.find((f) => f.slug === 'steun-wethouder-en-raad')!.data.korteNaam;
    expect(record.factoren).toContain(steun);
    expect(record.themas).toContain('Onderwijs en zorg');
  });
  it('keeps the body as plain text, without frontmatter or markup, under the record size limit', () => {
    for (const record of records) {
      expect(record.text).not.toMatch(/^---|summary:|\]\(/);
      expect(record.text.length).toBeGreaterThan(1000);
      expect(new TextEncoder().encode(JSON.stringify(record)).length).toBeLessThan(10_000);
    }
  });
});

describe('searchConfig', () => {
  it('uses the local Pagefind index by default', () => {
    const setup = searchConfig({});
    expect(setup.engine).toBe('lokaal');
    expect(setup.themes).toEqual(['./src/plugins/pagefind/index.ts']);
  });
  it('switches to Algolia only when all three variables are set', () => {
    expect(searchConfig({ALGOLIA_APP_ID: 'a', ALGOLIA_SEARCH_API_KEY: 'b'}).engine).toBe('lokaal');
    const setup = searchConfig({ALGOLIA_APP_ID: 'a', ALGOLIA_SEARCH_API_KEY: 'b', ALGOLIA_INDEX_NAME: 'c'});
    expect(setup.engine).toBe('algolia');
    expect(setup.themes).toEqual(['@docusaurus/theme-search-algolia']);
    expect(setup.themeConfig).toMatchObject({algolia: {appId: 'a', apiKey: 'b', indexName: 'c', contextualSearch: true}});
  });
});
