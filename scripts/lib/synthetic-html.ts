/**
 * Synthetic case pages for `npm run bench:search`: Pagefind indexes HTML, so a search
 * benchmark needs no Docusaurus build per size, only pages that look to the indexer like the
 * ones a build at that size would write. Each page is a built case page (the template) whose
 * indexed parts are replaced by what the build makes of synthetic practice `index`
 * (`synthetic.ts`, the texts `bench:scale` builds): title, key figures, the seven body
 * sections, "Meer weten", and the filter and metadata tags. So the vocabulary, the word
 * frequencies and the filter values grow as in a real build of that size. Pure: the caller
 * reads the template and writes the result.
 */
import type {Praktijk} from '../../src/content/schemas/praktijk';
import type {FactorSummary} from '../../src/content/graph';
import {praktijkFilters} from '../../src/plugins/kennisbank/search-tags';
import {syntheticPraktijk} from './synthetic';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Docusaurus' heading id: lower case, spaces to dashes, other punctuation dropped. */
const headingId = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');

/** Inline Markdown of the synthetic texts: only links, to factor pages (`../werkende-factoren/x.mdx`). */
function inline(text: string): string {
  return escapeHtml(text).replace(/\[([^\]]+)\]\(\.\.\/werkende-factoren\/([^)]+?)\.mdx\)/g, '<a href="/werkende-factoren/$2">$1</a>');
}

/**
 * The HTML the build makes of a synthetic practice's Markdown body: `## ` headings (with the
 * id Docusaurus gives them), paragraphs, and `- ` lists. That is all `synthetic.ts` writes.
 */
export function bodyHtml(source: string): string {
  const body = source.slice(source.indexOf('---', 3) + 3);
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (block.startsWith('## ')) {
        const title = block.slice(3);
        return `<h2 class="anchor" id="${headingId(title)}">${escapeHtml(title)}</h2>`;
      }
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- '))) return `<ul>${lines.map((line) => `<li>${inline(line.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

/** Replaces the one match of `pattern` in `html`, and fails loudly when the template lacks it. */
function replaceOnce(html: string, pattern: RegExp, replacement: (kept: string) => string, what: string): string {
  if (!pattern.test(html)) throw new Error(`template case page has no ${what}`);
  // A function, so `$` in the texts is never read as a group reference; `kept` is group 1.
  return html.replace(pattern, (_whole, kept?: string) => replacement(kept ?? ''));
}

/**
 * Case page number `index` (1-based) in the shape of `template`, a built case page with key
 * figures. What Pagefind indexes comes from synthetic practice `index`; what it ignores
 * (`data-pagefind-ignore`: facts, similar practices, source) and what lies outside
 * `data-pagefind-body` stays the template's. Filters are the labels the build writes
 * (`praktijkFilters`, the kennisbank plugin's own function).
 */
export function syntheticCasePage(index: number, template: string, factoren: readonly FactorSummary[]): string {
  const {frontmatter, source} = syntheticPraktijk(
    index,
    factoren.map((factor) => factor.slug),
  );
  const title = escapeHtml(frontmatter.title);
  // The synthetic frontmatter is valid input of the schema; the fields read here need no defaults.
  const filters = praktijkFilters(frontmatter as Praktijk, {factoren});
  const tags = [
    ...Object.entries(filters).flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${name}:${escapeHtml(value)}"></span>`)),
    `<span data-pagefind-meta="gemeente:${escapeHtml(frontmatter.gemeente)}"></span>`,
  ].join('');
  const kerncijfers = (frontmatter.kerncijfers ?? [])
    .map((k) => `<li><strong>${escapeHtml(String(k.waarde))}</strong> ${escapeHtml(k.label)}${k.jaar ? ` (${k.jaar})` : ''}</li>`)
    .join('');
  const websites = (frontmatter.websites ?? []).map((w) => `<a href="${escapeHtml(w.url)}">${escapeHtml(w.label)}</a>`).join(', ');
  const contact = (frontmatter.contact ?? []).map((c) => escapeHtml([c.organisatie, c.rol].filter(Boolean).join(', '))).join('; ');

  let html = replaceOnce(template, /(<title[^>]*>)[^<]*<\/title>/, (open) => `${open}${title} | Kennisbank</title>`, '<title>');
  html = replaceOnce(html, /(<h1[^>]*>)[\s\S]*?<\/h1>/, (open) => `${open}${title}</h1>`, '<h1>');
  html = replaceOnce(html, /Kerncijfers<ul>[\s\S]*?<\/ul>/, () => `Kerncijfers<ul>${kerncijfers}</ul>`, 'key figures (Kerncijfers)');
  html = replaceOnce(html, /<h2[^>]*id=["']?in-het-kort[\s\S]*?(?=<h2[^>]*id=["']?meer-weten)/, () => `${bodyHtml(source)}\n`, 'sections from "In het kort" to "Meer weten"');
  // "Meer weten": the source item (not indexed) stays, websites and contact become the practice's own.
  html = replaceOnce(
    html,
    /(id=["']?meer-weten[\s\S]*?<ul>\s*<li[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/li>)[\s\S]*?<\/ul>/,
    (sourceItem) => `${sourceItem}<li><strong>Websites: </strong>${websites}</li><li><strong>Contact: </strong>${contact}</li></ul>`,
    '"Meer weten" list with its source item',
  );
  return replaceOnce(html, /<span class=["']?kb-search-tags["']?>(?:<span data-pagefind-[^>]*><\/span>)*<\/span>/, () => `<span class="kb-search-tags">${tags}</span>`, 'filter tags');
}
