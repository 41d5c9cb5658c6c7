import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSiteState} from '../../src/plugins/kennisbank/state';
import {fixedRoutePaths, kennisbankRoutes, routeDataFile} from '../../src/plugins/kennisbank/routes';

const routes = kennisbankRoutes(loadSiteState(process.cwd()));

describe('kennisbank route table', () => {
  it('routes every thema page, each path once, each with its own data file', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(paths.map(routeDataFile)).size).toBe(paths.length);
    const state = loadSiteState(process.cwd());
    for (const thema of state.data.themas) expect(paths).toContain(thema.url);
  });
  it('routes the map and the matrix from src/routes, and no src/pages file claims their paths', () => {
    const byPath = new Map(routes.map((r) => [r.path, r]));
    for (const [path, component, page] of [
      ['/praktijken/kaart', '@site/src/routes/Kaart', 'src/pages/praktijken/kaart.tsx'],
      ['/werkende-factoren/matrix', '@site/src/routes/Matrix', 'src/pages/werkende-factoren/matrix.tsx'],
    ] as const) {
      expect(byPath.get(path)?.component).toBe(component);
      expect(existsSync(join(process.cwd(), component.replace('@site/', ''), 'index.tsx'))).toBe(true);
      expect(existsSync(join(process.cwd(), page))).toBe(false);
    }
  });
  it('names every single route in fixedRoutePaths, so the link check knows it (thema and paging pages are known by pattern)', () => {
    const single = routes.map((r) => r.path).filter((path) => !/^\/themas\/|^\/praktijken\/pagina\//.test(path));
    expect(single.filter((path) => !(Object.values(fixedRoutePaths) as string[]).includes(path))).toEqual([]);
  });
  it('names data files after their path', () => {
    expect(routeDataFile('/praktijken/pagina/2')).toBe('route_praktijken_pagina_2.json');
    expect(routeDataFile('/')).toBe('route_home.json');
  });
});
