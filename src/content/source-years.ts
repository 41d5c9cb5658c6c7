import type {Problem} from './problems';

/**
 * Years on a case page that its source story does not give.
 *
 * A figure may carry a year only where the source does; a guessed year reads as a fact. The
 * check is deliberately simple: every year a page writes, in its frontmatter or in its body,
 * must occur somewhere in the story the page retells. The source's own publication date is
 * not a year of the story, so it is allowed only in the fixed anchor phrase below.
 */

/** The time anchor for figures without a year of their own, as pages write it. */
export const publicationAnchor = 'bij het verschijnen van de publicatie (begin 2018)';

const yearPattern = /\b(?:19[5-9]\d|20\d\d)\b/g;
// The anchor may open a sentence.
const anchorPattern = new RegExp(publicationAnchor.replace(/[()]/g, '\\$&').replace(/^b/, '[bB]'), 'g');

/** Every four-digit year from 1950 to 2099 in a text. */
export function yearsIn(text: string): Set<number> {
  return new Set([...text.matchAll(yearPattern)].map((m) => Number(m[0])));
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The text of each story in a publication, by story title. A story runs from the last place its
 * title occurs (earlier ones are the table of contents) to the start of the next story, the last
 * one to the colophon. Titles not found are left out.
 */
export function storyTexts(publication: string, titles: readonly string[], end = 'Colofon'): Map<string, string> {
  const text = squash(publication);
  const starts = titles
    .map((title) => ({title, at: text.lastIndexOf(squash(title).replace(/^[‘'"]/, ''))}))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  const stop = text.lastIndexOf(end);
  return new Map(
    starts.map((s, i) => [s.title, text.slice(s.at, starts[i + 1]?.at ?? (stop > s.at ? stop : text.length))]),
  );
}

/**
 * One problem per year on the page that is not among `storyYears`. Lines of the `bron` block and
 * `laatstBijgewerkt` are about the source and the page, not the story, and are skipped.
 */
export function unsourcedYears(file: string, fileText: string, storyYears: ReadonlySet<number>): Problem[] {
  const lines = fileText.split(/\r?\n/);
  const problems: Problem[] = [];
  let inFrontmatter = false;
  let key = '';
  lines.forEach((raw, index) => {
    if (raw.trim() === '---') {
      inFrontmatter = index === 0;
      return;
    }
    const topKey = inFrontmatter ? /^([A-Za-z]\w*):/.exec(raw)?.[1] : undefined;
    if (topKey) key = topKey;
    if (inFrontmatter && (key === 'bron' || key === 'laatstBijgewerkt')) return;
    const line = raw.replace(anchorPattern, '');
    for (const jaar of yearsIn(line)) {
      if (storyYears.has(jaar)) continue;
      problems.push({
        file,
        line: index + 1,
        field: inFrontmatter ? key : 'tekst',
        message: `het jaartal ${jaar} staat niet in het verhaal in de bron; laat het weg, of schrijf ‘volgens de bron’ of ‘${publicationAnchor}’`,
        value: line.trim().length > 120 ? `${line.trim().slice(0, 117)}…` : line.trim(),
      });
    }
  });
  return problems;
}
