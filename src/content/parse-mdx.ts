import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type {Root} from 'mdast';

const bundled = {unified, remarkParse, remarkFrontmatter, remarkMdx};
/** The parser's packages: one set for the parse, passed in so a caller may supply its own copies. */
export type ParserModules = typeof bundled;

function createProcessor(modules: ParserModules) {
  return modules.unified().use(modules.remarkParse).use(modules.remarkFrontmatter, ['yaml']).use(modules.remarkMdx);
}

let processor = createProcessor(bundled);

/**
 * Parses with these copies of the same packages from now on. A worker thread (load-worker.mjs)
 * passes copies it imported natively: loaded through a TypeScript loader, the ESM-only
 * micromark packages are rewritten to CommonJS, and every character test then goes through an
 * export getter, a third slower.
 */
export function useParserModules(modules: ParserModules): void {
  processor = createProcessor(modules);
}

export interface ParsedMdx {
  readonly tree: Root;
  /** Raw YAML between the `---` fences, or undefined when the file has none. */
  readonly yaml?: string;
  /** File line on which the YAML text starts. */
  readonly yamlFirstLine: number;
}

/** Parses MDX the way Docusaurus does (remark + MDX), so line numbers match the editor. */
export function parseMdx(source: string): ParsedMdx {
  const tree = processor.parse(source) as Root;
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  return {
    tree,
    yaml: yamlNode && 'value' in yamlNode ? String(yamlNode.value) : undefined,
    yamlFirstLine: (yamlNode?.position?.start.line ?? 1) + 1,
  };
}
