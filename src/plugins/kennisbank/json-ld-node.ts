import type {RootContent} from 'mdast';
import {jsonLdText} from '../../content/json-ld';

/**
 * `<Head><script type="application/ld+json">{"…"}</script></Head>` as an MDX tree node.
 * `Head` is Docusaurus' own MDX component, so the data lands in the page head through the
 * same route as the title and meta tags. The text goes in as a JavaScript string literal
 * (an MDX expression with its estree), because JSX text would be parsed as Markdown.
 */
export function jsonLdHead(data: object): RootContent {
  const json = jsonLdText(data);
  const literal = {type: 'Literal', value: json, raw: JSON.stringify(json)};
  return {
    type: 'mdxJsxFlowElement',
    name: 'Head',
    attributes: [],
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'script',
        attributes: [{type: 'mdxJsxAttribute', name: 'type', value: 'application/ld+json'}],
        children: [
          {
            type: 'mdxFlowExpression',
            value: literal.raw,
            data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression: literal}]}},
          },
        ],
      },
    ],
  } as RootContent;
}
