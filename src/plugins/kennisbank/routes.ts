import type {KennisbankData} from '../../content/graph';
import {kaartData} from '../../content/kaart';
import {matrixPagina, themaPagina} from '../../content/matrix';
import type {LoadedContent} from '../../content/load';
import {finderData, overviewData, pageData, pagePaths} from '../../lib/overview-data';
import {aanmeldData, beleidIndexData, factorenIndexData, indicatorenData, interventiesData, praktijkKeuzeData, themasIndexData, vergelijkingData} from '../../content/route-data';

/**
 * A page the kennisbank plugin routes itself, with the data it needs as the route module
 * `data` (the component's prop). Its type is the return type of the pure function that
 * builds the data, so the page and the plugin cannot drift apart.
 */
export interface KennisbankRoute {
  readonly path: string;
  /** `@site/src/routes/<RouteName>` (or a shared component). */
  readonly component: string;
  readonly data: unknown;
}

export interface RouteInput {
  readonly content: LoadedContent;
  readonly data: KennisbankData;
}

/**
 * Paths of routed pages that exist whatever the content, so link validation
 * (src/content/links.ts) knows them before any route is added. One per line.
 */
export const fixedRoutePaths = {
  praktijken: '/praktijken',
  finder: '/welke-factoren-passen',
  werkendeFactoren: '/werkende-factoren',
  themas: '/themas',
  praktijkAanmelden: '/praktijk-aanmelden',
  beleid: '/beleid',
  indicatoren: '/beleid/indicatoren',
  interventies: '/beleid/interventies',
  beleidVergelijking: '/beleid/vergelijking',
  vergelijk: '/praktijken/vergelijk',
  selectie: '/praktijken/selectie',
  kaart: '/praktijken/kaart',
  matrix: '/werkende-factoren/matrix',
} as const;

/**
 * The route table: every page that gets its data through `addRoute` + `createData`. One entry
 * (or one spread of entries) per line, so parallel edits rebase cleanly. URLs never change here.
 */
export function kennisbankRoutes({content, data}: RouteInput): KennisbankRoute[] {
  const {praktijken, factoren} = data;
  return [
    {path: fixedRoutePaths.praktijken, component: '@site/src/routes/PraktijkenOverzicht', data: overviewData(praktijken, factoren)},
    ...pagePaths(praktijken.length).map(({path, page}) => ({path, component: '@site/src/routes/PraktijkenPagina', data: pageData(praktijken, factoren, page)})),
    {path: fixedRoutePaths.finder, component: '@site/src/routes/FactorFinder', data: finderData(praktijken, factoren)},
    ...data.themas.map((thema) => ({path: thema.url, component: '@site/src/components/ThemaPagina', data: themaPagina(thema, data.factoren, data.counts.praktijken)})),
    {path: fixedRoutePaths.kaart, component: '@site/src/routes/Kaart', data: kaartData(data.praktijken)},
    {path: fixedRoutePaths.matrix, component: '@site/src/routes/Matrix', data: matrixPagina(data.praktijken, data.factoren, data.themas)},
    {path: fixedRoutePaths.werkendeFactoren, component: '@site/src/routes/WerkendeFactoren', data: factorenIndexData(data)},
    {path: fixedRoutePaths.themas, component: '@site/src/routes/Themas', data: themasIndexData(data.themas)},
    {path: fixedRoutePaths.praktijkAanmelden, component: '@site/src/routes/PraktijkAanmelden', data: aanmeldData(data.factoren)},
    {path: fixedRoutePaths.beleid, component: '@site/src/routes/BeleidOverzicht', data: beleidIndexData(data.beleid)},
    {path: fixedRoutePaths.indicatoren, component: '@site/src/routes/Indicatorenbank', data: indicatorenData(content.beleid)},
    {path: fixedRoutePaths.interventies, component: '@site/src/routes/InterventiesAZ', data: interventiesData(content.praktijken, content.beleid)},
    {path: fixedRoutePaths.beleidVergelijking, component: '@site/src/routes/BeleidVergelijking', data: vergelijkingData(content.beleid, content.factoren)},
    {path: fixedRoutePaths.vergelijk, component: '@site/src/routes/PraktijkenVergelijk', data: praktijkKeuzeData(factoren)},
    {path: fixedRoutePaths.selectie, component: '@site/src/routes/MijnSelectie', data: praktijkKeuzeData(factoren)},
  ];
}

/** The createData file name of a route's data: readable, one per path, no clashes. */
export function routeDataFile(path: string): string {
  return `route${path.replace(/\/+$/, '').replace(/[^a-z0-9-]+/gi, '_') || '_home'}.json`;
}
