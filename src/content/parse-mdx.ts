import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type {Root} from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

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
