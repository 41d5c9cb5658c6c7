import type {Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {nearest, type Problem} from './problems';

/**
 * The seven hand-written sections of a case body, in order. The eighth, "Meer weten", is
 * generated from the frontmatter, and so is "Vergelijkbare praktijken" after it.
 */
export const praktijkHeadings = [
  'In het kort',
  'Aanleiding',
  'Aanpak',
  'Wat werkt',
  'Resultaten',
  'Valkuilen en lessen',
  'Tips voor andere gemeenten',
] as const;

const generatedHeadings = ['Meer weten', 'Vergelijkbare praktijken'];

/**
 * Checks the `##` headings of a case body: exactly the seven sections, each once, in order.
 * Every deviation is one problem at the line where it shows, with the heading that belongs there.
 */
export function checkSections(tree: Root, file: string): Problem[] {
  const headings = tree.children.flatMap((node) =>
    node.type === 'heading' && node.depth === 2 ? [{text: toString(node).trim(), line: node.position?.start.line}] : [],
  );
  const order = praktijkHeadings.join(', ');
  if (headings.length === 0) {
    const firstBodyLine = tree.children.find((node) => node.type !== 'yaml')?.position?.start.line;
    return [{file, line: firstBodyLine, field: 'tekst', message: `de tekst heeft geen kopjes; gebruik de zeven vaste kopjes (##) in deze volgorde: ${order}`}];
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let last = -1;
  for (const heading of headings) {
    const index = (praktijkHeadings as readonly string[]).indexOf(heading.text);
    if (generatedHeadings.some((g) => g.toLowerCase() === heading.text.toLowerCase())) {
      problems.push({file, line: heading.line, field: 'tekst', message: `schrijf geen eigen sectie ‘${heading.text}’: de site maakt die uit de frontmatter; verwijder dit kopje en de tekst eronder`, value: `## ${heading.text}`});
    } else if (index < 0) {
      problems.push({file, line: heading.line, field: 'tekst', message: `onbekend kopje; de zeven kopjes zijn: ${order}`, value: heading.text, suggestion: nearest(heading.text, praktijkHeadings)});
    } else if (seen.has(heading.text)) {
      problems.push({file, line: heading.line, field: 'tekst', message: 'dit kopje staat er twee keer in', value: heading.text});
    } else if (index < last) {
      problems.push({file, line: heading.line, field: 'tekst', message: `kopje staat niet op zijn plaats: het hoort vóór ‘${praktijkHeadings[last]}’ (volgorde: ${order})`, value: heading.text});
    } else {
      last = index;
    }
    if (index >= 0) seen.add(heading.text);
  }
  const lastLine = headings.at(-1)?.line;
  for (const [index, heading] of praktijkHeadings.entries()) {
    if (seen.has(heading)) continue;
    // Reported where it belongs: at the next section that is there.
    const after = headings.find((h) => (praktijkHeadings as readonly string[]).indexOf(h.text) > index);
    problems.push({file, line: after?.line ?? lastLine, field: 'tekst', message: `kopje ‘${heading}’ ontbreekt`, suggestion: `## ${heading}`});
  }
  return problems;
}

/**
 * The paragraphs (and list items) of one `##` section of a body, as plain text: what the
 * selection page shows of "In het kort" without rendering MDX in the browser.
 */
export function sectionText(tree: Root, title: string): string[] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node).trim() === title);
  if (start < 0) return [];
  const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= 2);
  return tree.children
    .slice(start + 1, end < 0 ? undefined : end)
    .flatMap((node: RootContent) => (node.type === 'list' ? node.children : [node]))
    .map((node) => toString(node).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
