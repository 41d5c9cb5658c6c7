/** Small builders for the Markdown tree that the remark plugin adds to generated sections. */
import type {PhrasingContent, RootContent, Heading, Paragraph, Link, List, ListItem, Text} from 'mdast';
import type {PraktijkSummary} from '../../content/graph';

export const text = (value: string): Text => ({type: 'text', value});
export const link = (url: string, label: string): Link => ({type: 'link', url, children: [text(label)]});
/**
 * A link rendered as a plain `<a href>`. Markdown links become Docusaurus `Link`s, which
 * prefetch their route's code as soon as they scroll into view; a box of ten links at the
 * top of every case page made that the biggest script task after hydration. Docusaurus'
 * `pathname://` escape keeps the base URL but skips prefetching. The targets are generated
 * from validated slugs, so the build's broken-link check is not needed for them.
 */
export const plainLink = (path: string, label: string): PhrasingContent =>
  ({
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'href', value: `pathname://${path}`},
      // Without it Docusaurus opens a pathname:// link in a new tab, as if it were external.
      {type: 'mdxJsxAttribute', name: 'target', value: '_self'},
    ],
    children: [text(label)],
  }) as PhrasingContent;
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children});
export const heading = (depth: 2 | 3, label: string): Heading => ({type: 'heading', depth, children: [text(label)]});
export const strong = (label: string): PhrasingContent => ({type: 'strong', children: [text(label)]});
export const emphasis = (label: string): PhrasingContent => ({type: 'emphasis', children: [text(label)]});
export const list = (items: readonly (readonly PhrasingContent[])[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({type: 'listItem', spread: false, children: [paragraph(...children)]})),
});

/** Joins phrasing nodes with a separator, e.g. links with ", ". */
export function joined(nodes: readonly PhrasingContent[], separator = ', '): PhrasingContent[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [text(separator), node]));
}

/** A JSX element with a class, so generated blocks can be styled and hidden in print. */
export function element(name: string, className: string, children: RootContent[], extra: Record<string, string> = {}): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(className ? {className, ...extra} : extra).map(([attribute, value]) => ({type: 'mdxJsxAttribute', name: attribute, value})),
    children,
  } as RootContent;
}

/** A practice as a small card in a generated list: title link, place, summary and any extra lines. */
export function miniCard(praktijk: PraktijkSummary, extra: RootContent[] = []): RootContent {
  return element('li', 'kb-mini-card', [
    paragraph(link(praktijk.url, praktijk.title), text(` — ${praktijk.gemeente}`)),
    paragraph(text(praktijk.summary)),
    ...extra,
  ]);
}
