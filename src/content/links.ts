/**
 * What the build's link checks reject, found before the build: links in a page's body to a
 * page or file that does not exist (`onBrokenMarkdownLinks`, `onBrokenLinks`), to an anchor
 * that the target page does not have (`onBrokenAnchors`), and links with an unsafe scheme.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, posix, relative} from 'node:path';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import {parseMdx} from './parse-mdx';
import {contentTypes, kindOfFile} from './schemas';
import {themas} from './vocabularies';
import {isUnsafeUrl} from './url-safety';
import type {Problem} from './problems';
import {fixedRoutePaths} from '../plugins/kennisbank/routes';

interface Link {
  readonly url: string;
  readonly line?: number;
}

/** A docs page: its route, the anchors its headings get, and the links in its body. */
export interface DocPage {
  readonly file: string;
  readonly route: string;
  readonly anchors: ReadonlySet<string>;
  readonly links: readonly Link[];
}

/**
 * Headings the kennisbank remark plugin adds below the text (see src/plugins/kennisbank).
 * Links to them are valid although the file does not contain them.
 */
const generatedHeadings: Readonly<Record<string, readonly string[]>> = {
  [contentTypes.praktijk.folder]: ['Meer weten', 'Vergelijkbare praktijken'],
  [contentTypes.factor.folder]: ['Vragen voor je eigen gemeente', 'Praktijken met deze factor', 'Komt vaak samen voor met'],
};

/** The anchor Docusaurus gives a heading (github-slugger's rules), numbered when repeated. */
function anchorSlugger() {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

function outline(tree: Root, extraHeadings: readonly string[]): {anchors: Set<string>; links: Link[]} {
  const slug = anchorSlugger();
  const anchors = new Set<string>();
  const links: Link[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      const explicit = /\s*\{#([^}]+)\}\s*$/.exec(text);
      anchors.add(explicit ? explicit[1]! : slug(text));
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      links.push({url: node.url, line: node.position?.start.line});
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attribute.name === 'id') anchors.add(attribute.value);
        if (attribute.name === 'href') links.push({url: attribute.value, line: node.position?.start.line});
      }
    }
  });
  for (const heading of extraHeadings) anchors.add(slug(heading));
  return {anchors, links};
}

function walk(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('_') || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return walk(path, accept);
    return accept(name) ? [path] : [];
  });
}

const routeOf = (pathWithoutExtension: string) => `/${pathWithoutExtension.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';

// On globalThis for the reason given at `fileResults` in load.ts: Docusaurus loads each plugin
// as a fresh module copy, and every copy would otherwise parse every docs file again.
const pageCacheKey = Symbol.for('kennisbank.content.docPages');
const pageCache = ((globalThis as {[pageCacheKey]?: Map<string, {source: string; page: DocPage}>})[pageCacheKey] ??= new Map());

/**
 * The route, anchors and links of one docs file, cached by its text. The content loader hands
 * in the tree it has already parsed, so a content file is parsed once per validation.
 */
export function docPage(siteDir: string, path: string, source: string, tree?: Root): DocPage {
  const cached = pageCache.get(path);
  if (cached?.source === source) return cached.page;
  return rememberDocPage(path, source, outlinePage(siteDir, path, source, tree));
}

/** Stores a page outlined elsewhere (a worker thread, see load-threads.ts). */
export function rememberDocPage(path: string, source: string, page: DocPage): DocPage {
  pageCache.set(path, {source, page});
  return page;
}

function outlinePage(siteDir: string, path: string, source: string, tree?: Root): DocPage {
  const docsDir = join(siteDir, 'docs');
  const file = relative(siteDir, path).replaceAll('\\', '/');
  let parsed: ReturnType<typeof outline>;
  try {
    parsed = outline(tree ?? parseMdx(source).tree, generatedHeadings[dirname(file)] ?? []);
  } catch {
    parsed = {anchors: new Set(), links: []}; // unreadable MDX is reported by the loader
  }
  return {file, route: routeOf(relative(docsDir, path).replaceAll('\\', '/').replace(/\.mdx?$/, '')), ...parsed};
}

function readDocPages(siteDir: string): DocPage[] {
  return walk(join(siteDir, 'docs'), (name) => /\.mdx?$/.test(name)).map((path) => docPage(siteDir, path, readFileSync(path, 'utf8')));
}

/**
 * Routes that are not docs pages: React pages, pages the kennisbank plugin routes, the generated theme pages, the blog, static
 * files. Pages and static files belong to the code, so they are read next to this file; a
 * fixture site with only a docs folder is checked against the real site's pages.
 */
function otherRoutes(): {routes: Set<string>; prefixes: string[]} {
  const pagesDir = join(__dirname, '../pages');
  const pages = walk(pagesDir, (name) => /\.(tsx?|jsx?|mdx?)$/.test(name) && !/\.d\.ts$/.test(name)).map((path) =>
    routeOf(relative(pagesDir, path).replaceAll('\\', '/').replace(/\.\w+$/, '')),
  );
  const staticDir = join(__dirname, '../../static');
  const files = walk(staticDir, () => true).map((path) => `/${relative(staticDir, path).replaceAll('\\', '/')}`);
  const themaRoutes = themas.map(({value}) => `/themas/${value}`);
  return {routes: new Set([...pages, ...files, ...themaRoutes, ...Object.values(fixedRoutePaths)]), prefixes: ['/blog', '/data/']};
}

const brokenPage = 'deze link wijst naar een pagina die niet bestaat';

/**
 * Every broken or unsafe link in the body of a docs page, with its line. `pathname:` links
 * and links to other sites are left alone (the build does not check them either).
 */
export function checkLinks(siteDir: string): Problem[] {
  const pages = readDocPages(siteDir);
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const {routes, prefixes} = otherRoutes();
  const routeExists = (route: string) => byRoute.has(route) || routes.has(route) || prefixes.some((prefix) => route === prefix || route.startsWith(`${prefix.replace(/\/$/, '')}/`));

  return pages.flatMap((page) =>
    page.links.flatMap(({url, line}): Problem[] => {
      const problem = (message: string): Problem[] => [{file: page.file, line, field: 'link', message, value: url}];
      // Content pages get this from the MDX lint already; other docs pages get it here.
      if (isUnsafeUrl(url)) return kindOfFile(page.file) ? [] : problem('onveilig adres: alleen https-, mailto- en tel-links en links naar pagina’s van de site zijn toegestaan');
      if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return [];
      const [path = '', anchor] = url.split('#', 2) as [string, string | undefined];
      let target: DocPage | undefined;
      if (path === '') {
        target = page;
      } else if (/\.mdx?$/.test(path)) {
        const fromFile = posix.normalize(posix.join(posix.dirname(page.file), decodeURIComponent(path)));
        const fromDocs = posix.normalize(posix.join('docs', decodeURIComponent(path)));
        target = byFile.get(fromFile) ?? byFile.get(fromDocs);
        if (!target) return problem('dit bestand bestaat niet; controleer de naam en de map (zoals ../werkende-factoren/lange-adem.mdx)');
      } else {
        const route = new URL(path, `https://site${page.route}`).pathname.replace(/\/$/, '') || '/';
        target = byRoute.get(route);
        if (!target && !routeExists(decodeURIComponent(route))) return problem(brokenPage);
      }
      if (anchor && target && !target.anchors.has(decodeURIComponent(anchor))) {
        return problem(`het anker #${anchor} bestaat niet op ${target.route}; kies een kop die op die pagina staat`);
      }
      return [];
    }),
  );
}
