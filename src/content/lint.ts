import {visit} from 'unist-util-visit';
import type {Root} from 'mdast';
import type {Problem} from './problems';
import {isUnsafeUrl} from './url-safety';

/** HTML-like elements a contributed page may use; everything else is rejected. */
export const allowedElements = ['abbr', 'br', 'sub', 'sup', 'kbd', 'details', 'summary'] as const;

const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'form', 'base']);

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Checks that a contributed MDX page is content, not code: no import/export, no JavaScript
 * expressions, no script, iframe or event handlers, and only a short list of inline HTML.
 */
export function lintMdx(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (node: {position?: {start: {line: number}}}, field: string, message: string, value?: unknown) =>
    problems.push({file, line: node.position?.start.line, field, message, value});

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'inhoud', 'import en export zijn niet toegestaan in een praktijkpagina', firstLine(node.value));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          report(node, 'inhoud', 'code tussen accolades is niet toegestaan; schrijf gewone tekst', `{${firstLine(node.value)}}`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (forbiddenElements.has(name.toLowerCase())) {
          report(node, 'inhoud', `<${name}> is niet toegestaan`, `<${name}>`);
        } else if (!(allowedElements as readonly string[]).includes(name)) {
          report(node, 'inhoud', `HTML-element <${name || 'fragment'}> is niet toegestaan; toegestaan zijn ${allowedElements.join(', ')}`, `<${name}>`);
        }
        for (const attribute of node.attributes as MdxAttribute[]) {
          if (attribute.type !== 'mdxJsxAttribute') {
            report(node, 'inhoud', 'uitgespreide attributen ({...}) zijn niet toegestaan', `<${name}>`);
          } else if (/^on/i.test(attribute.name ?? '')) {
            report(node, 'inhoud', `event-handler ${attribute.name} is niet toegestaan`, attribute.name);
          } else if (attribute.name === 'dangerouslySetInnerHTML') {
            report(node, 'inhoud', 'dangerouslySetInnerHTML is niet toegestaan', attribute.name);
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            report(node, 'inhoud', `attribuut ${attribute.name} bevat code; gebruik een gewone tekstwaarde`, attribute.name);
          } else if (typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
            report(node, 'inhoud', 'javascript:- en data:-adressen zijn niet toegestaan', attribute.value);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url)) report(node, 'inhoud', 'javascript:- en data:-adressen zijn niet toegestaan', node.url);
        break;
      default:
        break;
    }
  });
  return problems;
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}
