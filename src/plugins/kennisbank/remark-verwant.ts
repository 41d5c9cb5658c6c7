import type {RootContent} from 'mdast';
import type {KennisbankData} from '../../content/graph';
import {redenVerwant, type VerwantLabels} from '../../content/verwant';
import {doelgroepen, labelOf, settings, themas} from '../../content/vocabularies';
import {vergelijkUrl} from '../../lib/selectie';
import {element, heading, link, miniCard, paragraph, strong, text} from './mdast';
import {unindexed} from './search-tags';

/** What the generated blocks need of the site graph. */
type VerwantGraph = Pick<KennisbankData, 'factoren' | 'praktijken' | 'verwant'>;

function labelsFor(data: VerwantGraph): VerwantLabels {
  const factorNames = new Map(data.factoren.map((f) => [f.slug, f.korteNaam]));
  return {
    factoren: (slug) => factorNames.get(slug) ?? slug,
    themas: (value) => labelOf(themas, value),
    doelgroepen: (value) => labelOf(doelgroepen, value),
    settings: (value) => labelOf(settings, value),
  };
}

const bySlugCache = new WeakMap<VerwantGraph['praktijken'], ReadonlyMap<string, VerwantGraph['praktijken'][number]>>();

/** Once per build, not once per page: a map of every practice per page is quadratic in their number. */
function praktijkenBySlug(praktijken: VerwantGraph['praktijken']) {
  let bySlug = bySlugCache.get(praktijken);
  if (!bySlug) bySlugCache.set(praktijken, (bySlug = new Map(praktijken.map((p) => [p.slug, p]))));
  return bySlug;
}

/**
 * "Vergelijkbare praktijken" at the end of a case page: static HTML with a card and a reason
 * per practice, and a link that puts this practice next to the first three in the comparison.
 */
export function verwantSection(slug: string, data: VerwantGraph): RootContent[] {
  const verwant = data.verwant[slug] ?? [];
  if (verwant.length === 0) return [];
  const bySlug = praktijkenBySlug(data.praktijken);
  const labels = labelsFor(data);
  const cards = verwant.flatMap(({slug: other, gedeeld}) => {
    const praktijk = bySlug.get(other);
    return praktijk
      ? [miniCard(praktijk, [element('p', 'kb-verwant__reden', [strong('Waarom: ') as unknown as RootContent, text(redenVerwant(gedeeld, labels)) as unknown as RootContent])])]
      : [];
  });
  const compared = [slug, ...verwant.slice(0, 3).map((v) => v.slug)];
  return [
    element('div', 'kb-verwant', [
      heading(2, 'Vergelijkbare praktijken'),
      paragraph(text('Praktijken die het meest met deze gemeen hebben: eerst gedeelde werkende factoren (behalve de factoren die in alle praktijken zitten), dan thema’s, doelgroepen en vindplaatsen.')),
      element('ul', 'kb-mini-cards', cards),
      paragraph(link(vergelijkUrl(compared), `Vergelijk deze praktijk met ${compared.length === 2 ? 'de eerste' : `de eerste ${compared.length - 1}`} naast elkaar`)),
    ], unindexed),
  ];
}

/**
 * Under the facts box: keep the practice in "Mijn selectie" (a small component, a link to the
 * selection page until the script runs) and compare it with its closest practices.
 */
export function praktijkActies(slug: string, title: string, data: VerwantGraph): RootContent[] {
  const compared = [slug, ...(data.verwant[slug] ?? []).slice(0, 3).map((v) => v.slug)];
  const knop = {
    type: 'mdxJsxFlowElement',
    name: 'SelectieKnop',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'slug', value: slug},
      {type: 'mdxJsxAttribute', name: 'title', value: title},
      {type: 'mdxJsxAttribute', name: 'metLink', value: null},
    ],
    children: [],
  } as unknown as RootContent;
  return [
    element('div', 'kb-acties', [
      knop,
      paragraph(link(vergelijkUrl(compared), compared.length > 1 ? 'Vergelijk met vergelijkbare praktijken' : 'Vergelijk met andere praktijken')),
    ], unindexed),
  ];
}
