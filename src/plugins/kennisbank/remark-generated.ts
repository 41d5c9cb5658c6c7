import {relative} from 'node:path';
import type {Root, RootContent, PhrasingContent} from 'mdast';
import type {VFile} from 'vfile';
import {kindOfFile} from '../../content/schemas';
import {urls} from '../../content/graph';
import type {Praktijk} from '../../content/schemas/praktijk';
import type {Factor} from '../../content/schemas/factor';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas, labelOf} from '../../content/vocabularies';
import {figureLabel} from '../../content/figures';
import {MATRIX_MAX_PRAKTIJKEN} from '../../content/matrix';
import {overzichtLink} from '../../content/overzicht-links';
import {PAGE_SIZE} from '../../lib/overview-data';
import {getal} from '../../lib/getal';
import {factorJsonLd, praktijkJsonLd} from '../../content/json-ld';
import {remarkDataPath, remarkDataReader, type RemarkGraph} from './remark-data';
import {jsonLdHead} from './json-ld-node';
import {element, emphasis, heading, joined, link, list, miniCard, paragraph, plainLink, strong, text} from './mdast';
import {factorSearchTags, praktijkSearchTags, unindexed, unindexNodes} from './search-tags';
import {praktijkActies, verwantSection} from './remark-verwant';

function labels(vocabulary: Parameters<typeof labelOf>[0], values: readonly string[]): string {
  return values.map((value) => labelOf(vocabulary, value)).join(', ');
}

function factorLinks(slugs: readonly string[], data: RemarkGraph): PhrasingContent[] {
  return joined(data.factoren.filter((f) => slugs.includes(f.slug)).map((f) => plainLink(urls.factor(f.slug), f.korteNaam)));
}

function fact(label: string, value: PhrasingContent[] | string): RootContent[] {
  return [
    element('dt', '', [text(label) as unknown as RootContent]),
    element('dd', '', (typeof value === 'string' ? [text(value)] : value) as unknown as RootContent[]),
  ];
}

/** The "in één oogopslag" box at the top of a case page. */
export function praktijkFacts(praktijk: Praktijk, data: RemarkGraph): RootContent[] {
  const plaats = [praktijk.gemeente, praktijk.regio && `regio ${praktijk.regio}`, labelOf(provincies, praktijk.provincie)]
    .filter(Boolean)
    .join(' · ');
  const leeftijd = praktijk.leeftijd
    ? `${praktijk.leeftijd.van}–${praktijk.leeftijd.tot} jaar`
    : labels(leeftijdsfasen, praktijk.leeftijdsfasen);
  // The key facts stay on top; the rest folds away so the story starts within the first screen on a phone.
  const rows = [
    ...fact('Waar', plaats),
    ...fact('Voor wie', labels(doelgroepen, praktijk.doelgroepen)),
    ...fact('Thema’s', joined(praktijk.themas.map((t) => plainLink(urls.thema(t), labelOf(themas, t))))),
  ];
  const more = [
    ...(praktijk.startjaar ? fact('Sinds', String(praktijk.startjaar)) : []),
    ...(leeftijd ? fact('Leeftijd', leeftijd) : []),
    ...fact('Vindplaats', labels(settings, praktijk.settings)),
    ...fact('Preventie', labels(preventieniveaus, praktijk.preventieniveau)),
    ...fact('Werkende factoren', factorLinks(praktijk.factoren, data)),
  ];
  const figures = (title: string, items: Praktijk['kerncijfers']): RootContent[] =>
    items.length
      ? [
          element('p', 'kb-facts__title', [text(title) as unknown as RootContent]),
          list(items.map((k) => [strong(k.waarde), text(` ${figureLabel(k, praktijk.bron)}`)])),
        ]
      : [];
  return [
    element(
      'aside',
      'kb-facts',
      [
        element('dl', 'kb-facts__list', rows, unindexed),
        element('details', 'kb-facts__more', [
          element('summary', '', [text('Meer kenmerken, werkende factoren en cijfers') as unknown as RootContent]),
          element('dl', 'kb-facts__list', more, unindexed),
          ...figures('Kerncijfers', praktijk.kerncijfers),
          ...figures('Kosten', praktijk.kosten),
        ]),
      ],
      {'aria-label': 'De praktijk in één oogopslag'},
    ),
  ];
}

function contactLine(contact: Praktijk['contact'][number]): string {
  return [contact.organisatie, contact.rol && `, ${contact.rol}`, contact.naam && ` (in de bron: ${contact.naam})`].filter(Boolean).join('');
}

/**
 * The "Meer weten" section that closes a case page: source, websites and contacts, all from the
 * frontmatter. Bodies do not write it, so the source is cited once and cannot drift from the data.
 */
export function meerWeten(praktijk: Praktijk): RootContent[] {
  const {bron, websites, contact} = praktijk;
  const pagina = bron.pagina ? `, p. ${bron.pagina}` : '';
  const items: PhrasingContent[][] = [
    [strong('Bron: '), emphasis(bron.titel), text(`, ${bron.uitgever}, ${bron.jaar}${pagina}.`)],
    websites.length
      ? [strong(websites.length > 1 ? 'Websites: ' : 'Website: '), ...joined(websites.map((w) => link(w.url, w.label)))]
      : [strong('Website: '), text('de bron noemt geen website.')],
    ...(contact.length ? [[strong('Contact: '), text(contact.map(contactLine).join('; '))]] : []),
  ];
  return [heading(2, 'Meer weten'), list(items)];
}

/**
 * Shown only in print: where to find the page online, and where the text comes from unless the
 * page already cites its source in print (case pages do, under "Meer weten").
 */
function printFooter(bron: Praktijk['bron'] | undefined, pageUrl: string): RootContent {
  const pagina = bron?.pagina ? `, p. ${bron.pagina}` : '';
  const source = bron ? `Bron: ${bron.titel}, ${bron.uitgever}, ${bron.jaar}${pagina}. ` : '';
  return element('p', 'kb-print-footer', [text(`${source}Deze pagina online: ${pageUrl}`) as unknown as RootContent], unindexed);
}

/** Questions, practices and co-occurring factors under a factor page. */
export function factorSections(slug: string, factor: Factor, data: RemarkGraph): RootContent[] {
  const praktijken = data.factorPraktijken[slug] ?? [];
  // A factor that every practice shows co-occurs with everything; listing it says nothing.
  const everywhere = new Set(data.factoren.filter((f) => data.factorPraktijken[f.slug]?.length === data.counts.praktijken).map((f) => f.slug));
  const together = (data.coOccurrence[slug] ?? []).filter((c) => !everywhere.has(c.slug)).slice(0, 5);
  const nameOf = (s: string) => data.factoren.find((f) => f.slug === s)?.korteNaam ?? s;
  const note = everywhere.size
    ? [element('p', '', [text(`Niet genoemd: ${[...everywhere].filter((s) => s !== slug).map(nameOf).join(', ')}. Die factoren zitten in alle praktijken.`) as unknown as RootContent], unindexed)]
    : [];
  // Up to the matrix threshold every practice gets a card; above it the page would grow with the
  // collection (2,000 cards at 5,000 practices), so it shows the first page A–Z and links to the overview.
  const kaarten = praktijken.length <= MATRIX_MAX_PRAKTIJKEN ? praktijken : praktijken.slice(0, PAGE_SIZE);
  const overzicht = overzichtLink({factor: slug});
  const afgekapt = kaarten.length < praktijken.length;
  // The way to the rest comes before the cards, so a phone reader need not scroll past 24 of them; and again after.
  const inleiding = afgekapt
    ? [paragraph(text(`Hieronder de eerste ${kaarten.length}, op alfabet. `), link(overzicht, `Alle ${getal(praktijken.length)} staan in het overzicht`), text(', waar je verder kunt filteren.'))]
    : [];
  const alle = afgekapt ? [paragraph(link(overzicht, `Alle ${getal(praktijken.length)} praktijken met deze factor in het overzicht`))] : [];
  return [
    heading(2, 'Vragen voor je eigen gemeente'),
    list(factor.vragen.map((vraag) => [text(vraag)])),
    heading(2, 'Praktijken met deze factor'),
    paragraph(strong(`Zichtbaar in ${getal(praktijken.length)} van de ${getal(data.counts.praktijken)} praktijken.`)),
    ...inleiding,
    element('ul', 'kb-mini-cards', kaarten.map((p) => miniCard(p)), unindexed),
    ...alle,
    heading(2, 'Komt vaak samen voor met'),
    together.length
      ? list(together.map((c) => [link(urls.factor(c.slug), nameOf(c.slug)), text(` — in ${c.count} van dezelfde praktijken`)]))
      : paragraph(text('Geen andere factoren die hier vaker dan elders samen voorkomen.')),
    ...note,
  ];
}

/** Links to the previous and next factor in the publication's order. */
export function factorNeighbours(slug: string, data: RemarkGraph): RootContent {
  const index = data.factoren.findIndex((f) => f.slug === slug);
  const previous = data.factoren[index - 1];
  const next = data.factoren[index + 1];
  const links: PhrasingContent[] = [
    ...(previous ? [text('← '), link(previous.url, `${previous.order}. ${previous.korteNaam}`)] : []),
    ...(previous ? [text(' · ')] : []),
    link('/werkende-factoren', 'alle factoren'),
    ...(next ? [text(' · '), link(next.url, `${next.order}. ${next.korteNaam}`), text(' →')] : []),
  ];
  return element('nav', 'kb-neighbours', [paragraph(...links)], {'aria-label': 'Andere werkende factoren', ...unindexed});
}

/** Links from a policy page to the pages that compare and combine all policy documents. */
function beleidLinks(): RootContent {
  return element('nav', 'kb-neighbours', [
    paragraph(
      link('/beleid', 'Alle beleidsdocumenten'),
      text(' · '),
      link('/beleid/vergelijking', 'vergelijking'),
      text(' · '),
      link('/beleid/indicatoren', 'indicatorenbank'),
      text(' · '),
      link('/beleid/interventies', 'interventies A–Z'),
    ),
  ], {'aria-label': 'Meer over beleid', ...unindexed});
}

/**
 * Adds the generated parts of case and factor pages at build time, from the same validated
 * data as the rest of the site: the pages stay plain static HTML and their links are checked.
 */
export default function remarkKennisbank({siteDir, siteUrl, dataPath = remarkDataPath(siteDir)}: {siteDir: string; siteUrl: string; dataPath?: string}) {
  const read = remarkDataReader(dataPath);
  return (tree: Root, file: VFile) => {
    const kind = file.path ? kindOfFile(relative(siteDir, file.path)) : undefined;
    if (!kind) return;
    const {praktijken, factoren, beleid, graph: data} = read();
    const slug = file.basename?.replace(/\.mdx?$/, '') ?? '';
    if (kind === 'praktijk') {
      const praktijk = praktijken[slug];
      if (!praktijk) return;
      tree.children.unshift(jsonLdHead(praktijkJsonLd(slug, praktijk, data.factoren, siteUrl)));
      const firstHeading = tree.children.findIndex((node) => node.type === 'heading');
      tree.children.splice(firstHeading < 0 ? tree.children.length : firstHeading, 0, ...praktijkFacts(praktijk, data), ...praktijkActies(slug, praktijk.title, data));
      const meer = meerWeten(praktijk);
      // The source line is the same publication on every case page: kept out of the search index.
      unindexNodes(meer.flatMap((node) => (node.type === 'list' ? node.children.slice(0, 1) : [])));
      // "Vergelijkbare praktijken" closes the page, after the generated "Meer weten".
      tree.children.push(...meer, ...verwantSection(slug, data), printFooter(undefined, siteUrl + urls.praktijk(slug)), praktijkSearchTags(praktijk, data));
    } else if (kind === 'factor') {
      const factor = factoren[slug];
      if (!factor) return;
      tree.children.unshift(jsonLdHead(factorJsonLd(slug, factor, siteUrl)));
      const bronIndex = tree.children.findIndex((node) => node.type === 'heading' && node.children.some((c) => c.type === 'text' && c.value === 'Bron'));
      if (bronIndex >= 0) unindexNodes(tree.children.slice(bronIndex));
      tree.children.splice(bronIndex < 0 ? tree.children.length : bronIndex, 0, ...factorSections(slug, factor, data));
      tree.children.unshift(element('p', 'kb-lead', [text(factor.kern) as unknown as RootContent]));
      tree.children.push(factorNeighbours(slug, data), printFooter(factor.bron, siteUrl + urls.factor(slug)), factorSearchTags(factor.korteNaam));
    } else {
      const entry = beleid[slug];
      if (entry) tree.children.push(beleidLinks(), printFooter(entry.bron, siteUrl + urls.beleid(slug)));
    }
  };
}
