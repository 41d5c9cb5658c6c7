/**
 * Synthetic case pages made from built ones, for `npm run bench:search`: Pagefind indexes
 * HTML, so a search benchmark needs no Docusaurus build per size, only pages that look to the
 * indexer like the real ones. Pure: the caller reads the templates and writes the result.
 */
import {seededRandom} from './random';
import {syntheticPraktijk} from './synthetic';

/** A built case page and what varies per practice in it. */
export interface CaseTemplate {
  readonly html: string;
  /** The practice's municipality as written in its page; synthetic pages replace it everywhere. */
  readonly gemeente: string;
}

const paragraphPattern = /<p>([\s\S]*?)<\/p>/g;
const filterPattern = /data-pagefind-filter="([^":]+):([^"]*)"/g;

/** The text of the `<p>` elements inside the indexed part (`data-pagefind-body`) of a page. */
export function bodyParagraphs(html: string): string[] {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return [];
  return [...html.slice(start).matchAll(paragraphPattern)].map((match) => match[1]!);
}

/** Every filter value the templates use, per filter name (`thema`, `provincie`, …). */
export function filterValues(templates: readonly CaseTemplate[]): Map<string, string[]> {
  const values = new Map<string, Set<string>>();
  for (const {html} of templates) {
    for (const [, name, value] of html.matchAll(filterPattern)) {
      if (!values.has(name!)) values.set(name!, new Set());
      values.get(name!)!.add(value!);
    }
  }
  return new Map([...values].map(([name, set]) => [name, [...set].sort()]));
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Case page number `index` (1-based): template `index mod n`, with the title, municipality
 * and summary of synthetic practice `index` (`synthetic.ts`) (its municipality replaces every
 * real one), each body paragraph replaced by a paragraph of any real page (so the text is
 * real Dutch, recombined), and each filter
 * value (except the page kind, `soort`) drawn from the values the real pages use. Seeded by
 * the index, so two runs index the same site.
 */
export function syntheticCasePage(index: number, templates: readonly CaseTemplate[], factorSlugs: readonly string[]): string {
  if (templates.length === 0) throw new Error('synthetic case pages need at least one template page');
  const random = seededRandom(index * 104_729 + 3);
  const template = templates[index % templates.length]!;
  const {frontmatter} = syntheticPraktijk(index, factorSlugs);
  const paragraphs = templates.flatMap((t) => bodyParagraphs(t.html));
  const values = filterValues(templates);
  const title = escapeHtml(frontmatter.title);
  const gemeente = escapeHtml(frontmatter.gemeente);

  let html = template.html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<h1[^>]*>)[\s\S]*?(<\/h1>)/, `$1${title}$2`);
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) throw new Error('template page has no data-pagefind-body');
  let first = true;
  const body = html
    .slice(start)
    .replace(paragraphPattern, () => {
      const text = first ? escapeHtml(frontmatter.summary) : paragraphs[Math.floor(random() * paragraphs.length)]!;
      first = false;
      return `<p>${text}</p>`;
    })
    .replace(filterPattern, (whole, name: string) => {
      const options = values.get(name) ?? [];
      return name === 'soort' || options.length === 0 ? whole : `data-pagefind-filter="${name}:${options[Math.floor(random() * options.length)]!}"`;
    });
  html = html.slice(0, start) + body;
  // Paragraphs come from every template, so every real municipality is replaced, not only this template's.
  for (const name of new Set(templates.map((t) => t.gemeente).filter(Boolean))) html = html.replaceAll(name, gemeente);
  return html;
}
