import {describe, expect, it} from 'vitest';
import {closingBracket, findParts, jsonParseLiterals, perPractice, splitMainJs, type EveryPage, type Generated} from '../../scripts/lib/every-page';
import {pageWeight, verdicts, type PageWeight} from '../../scripts/lib/scale-report';
import type {LoadedResource} from '../../scripts/lib/page-weight';
import type {Measured} from '../../scripts/lib/measure';

// The shapes Docusaurus writes to .docusaurus/ and what Rspack makes of them in main.js.
const generated: Generated = {
  routes: "export default [\n  {\n    path: '/praktijken/a',\n    component: ComponentCreator('/praktijken/a', '1a2'),\n    exact: true\n  },\n];\n",
  registry: 'export default {\n  "0a1b2c3d": [() => import(/* webpackChunkName: "0a1b2c3d" */ "@site/docs/praktijken/a]b.mdx"), "@site/docs/praktijken/a]b.mdx", require.resolveWeak("@site/docs/praktijken/a]b.mdx")],\n};\n',
  routesChunkNames: {'/praktijken/a-1a2': {__comp: '17896441', content: '0a1b2c3d'}},
  globalData: {'docusaurus-plugin-content-docs': {default: {versions: [{docs: [{id: 'praktijken/a', path: '/praktijken/a'}]}]}}},
  siteMetadata: {docusaurusVersion: '3.10.2'},
};
const parts = {
  registry: '{"0a1b2c3d":[()=>Promise.all([n.e("1"),n.e("2")]).then(n.bind(n,42)),"@site/docs/praktijken/a]b.mdx",42]}',
  routes: '[{path:"/praktijken/a",component:(0,o.A)("/praktijken/a","1a2"),exact:!0,routes:[{path:"/x",exact:!0}]}]',
  routesChunkNames: `JSON.parse('${JSON.stringify(generated.routesChunkNames)}')`,
  globalData: `JSON.parse('${JSON.stringify(generated.globalData)}')`,
  siteMetadata: `JSON.parse('${JSON.stringify(generated.siteMetadata)}')`,
};
const mainJs =
  `(self.webpackChunk=self.webpackChunk||[]).push([["1"],{5360(e,t,n){let u=${parts.registry};function f(){return"}"}}` +
  `,6541(e,t,n){var r=${parts.routes},g=${parts.globalData};let m=${parts.siteMetadata},c=${parts.routesChunkNames},d=JSON.parse('{"theme.x":"Sluiten"}')}}]);`;

describe('what every page loads: main.js split by generated file', () => {
  it('matches brackets across strings that hold brackets and quotes', () => {
    const source = `x=[{a:"]}",b:'\\']'},[1]];`;
    expect(closingBracket(source, 2)).toBe(source.length - 1);
    expect(() => closingBracket('[{]', 0)).toThrow(/unbalanced/);
  });

  it('reads every JSON.parse literal with its value, and skips calls on anything else', () => {
    const found = jsonParseLiterals(`${mainJs}var y=JSON.parse('{"a":'+x+'}'),z=JSON.parse(e);`);
    expect(found.map((literal) => literal.value)).toEqual([generated.globalData, generated.siteMetadata, generated.routesChunkNames, {'theme.x': 'Sluiten'}]);
    expect(mainJs.slice(found[0]!.span.start, found[0]!.span.end)).toBe(parts.globalData);
  });

  it('finds each part as the literal that starts like its generated file', () => {
    const spans = findParts(mainJs, generated);
    for (const [name, text] of Object.entries(parts)) {
      const span = spans[name as keyof typeof parts];
      expect(mainJs.slice(span.start, span.end), name).toBe(text);
    }
  });

  it('accounts for every byte: the parts plus the rest are main.js', () => {
    const split = splitMainJs(mainJs, generated);
    expect(split.parts.registry.raw).toBe(parts.registry.length);
    expect(Object.values(split.parts).reduce((sum, bytes) => sum + bytes.raw, 0)).toBe(mainJs.length);
    expect(Object.values(split.parts).reduce((sum, bytes) => sum + bytes.gzip, 0)).toBe(split.total.gzip);
  });

  it('names the part it cannot find', () => {
    expect(() => findParts(mainJs.replace(parts.globalData, '{}'), generated)).toThrow(/globalData/);
    expect(() => findParts(mainJs, {...generated, registry: generated.registry.replace('0a1b2c3d', 'ffffffff')})).toThrow(/registry/);
  });

  it('divides the growth between two sizes by the practices added', () => {
    const site = (praktijken: number, perPart: number): EveryPage => ({
      praktijken,
      total: {raw: 5 * perPart, gzip: perPart},
      runtime: {raw: 2 * perPart, gzip: perPart},
      versionMetadata: {raw: 3 * perPart, gzip: perPart},
      parts: {routes: {raw: perPart, gzip: 0}, routesChunkNames: {raw: perPart, gzip: 0}, registry: {raw: perPart, gzip: 0}, globalData: {raw: perPart, gzip: 0}, siteMetadata: {raw: 7, gzip: 7}, rest: {raw: perPart, gzip: perPart}},
    });
    const per = perPractice(site(15, 1000), site(115, 9000));
    expect(per.registry).toEqual({raw: 80, gzip: 0});
    expect(per.total).toEqual({raw: 400, gzip: 80});
    expect(per.siteMetadata).toEqual({raw: 0, gzip: 0});
    expect(per.versionMetadata.raw).toBe(240);
    expect(per.runtime.raw).toBe(160);
    expect(() => perPractice(site(115, 1), site(15, 1))).toThrow();
  });
});

describe('bench:scale budgets', () => {
  const run = (seconds: number, peakGb: number): Measured => ({exitCode: 0, seconds, maxRssBytes: peakGb * 2 ** 30, treePeakBytes: peakGb * 2 ** 30 - 1});
  const resource = (url: string, kind: LoadedResource['kind'], gzipBytes: number, prefetch = false, duplicate = false): LoadedResource => ({url, kind, rawBytes: gzipBytes * 4, gzipBytes, prefetch, duplicate});
  const page = (type: PageWeight['type'], jsKb: number, totalKb = jsKb): PageWeight =>
    pageWeight(type, `/${type}`, [resource(`http://x/${type}.js`, 'js', jsKb * 1000), resource(`http://x/${type}`, 'html', (totalKb - jsKb) * 1000)]);

  it('counts neither prefetches nor prefetches of files already loaded', () => {
    const weight = pageWeight('home', '/', [
      resource('http://x/', 'html', 10),
      resource('http://x/assets/js/main.1.js', 'js', 100),
      resource('http://x/assets/js/page.js', 'js', 30),
      resource('http://x/assets/js/other.js', 'js', 500, true),
      resource('http://x/assets/js/page.js', 'js', 0, true, true),
    ]);
    expect(weight.gzip).toEqual({html: 10, js: 130, json: 0, css: 0, other: 0, total: 140});
    expect(weight.largest).toEqual({path: '/assets/js/page.js', gzip: 30});
  });

  it('passes and fails each budget at its limit', () => {
    const atLimit = verdicts({
      validate: run(10, 1),
      build: run(150, 13),
      plain: run(100, 10),
      pages: [page('case', 110), page('overview', 10, 200), page('finder', 10, 150), page('map', 10, 200), page('matrix', 10, 150)],
      plainPages: [page('case', 100)],
    });
    expect(atLimit.map((v) => v.pass)).toEqual([true, true, true, true, true, true, true, true]);
    const over = verdicts({
      validate: run(10.1, 1),
      build: run(151, 13.1),
      plain: run(100, 10),
      pages: [page('case', 111), page('overview', 10, 201), page('finder', 10, 151), page('map', 10, 201), page('matrix', 10, 151)],
      plainPages: [page('case', 100)],
    });
    expect(over.map((v) => v.pass)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('says "not measured" without a plain build or when a page failed to load', () => {
    const list = verdicts({validate: run(1, 1), build: run(1, 1), pages: [], plainPages: []});
    expect(list.filter((v) => v.pass === undefined).map((v) => v.budget)).toHaveLength(7);
  });
});
