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

// The loader and the link check read the same files; parsing is the slow part, so the last
// trees are kept by source text (callers only read them).
const recent = new Map<string, ParsedMdx>();
const RECENT_MAX = 5000;

/** Parses MDX the way Docusaurus does (remark + MDX), so line numbers match the editor. */
export function parseMdx(source: string): ParsedMdx {
  const cached = recent.get(source);
  if (cached) return cached;
  const parsed = parseUncached(source);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(source, parsed);
  return parsed;
}

function parseUncached(source: string): ParsedMdx {
  const tree = processor.parse(source) as Root;
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  return {
    tree,
    yaml: yamlNode && 'value' in yamlNode ? String(yamlNode.value) : undefined,
    yamlFirstLine: (yamlNode?.position?.start.line ?? 1) + 1,
  };
}
