/**
 * Pagefind's excerpts are HTML: escaped text with `<mark>` around matched words. Splitting
 * them into parts lets React render the highlight without inserting HTML.
 */
export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  // Any other tag is dropped: the index holds text, so only <mark> is expected.
  for (const [index, piece] of excerpt.split(/<\/?mark>/).entries()) {
    const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
    if (text) parts.push({text, mark: index % 2 === 1});
  }
  return parts;
}

export function excerptText(excerpt: string): string {
  return excerptParts(excerpt)
    .map((part) => part.text)
    .join('');
}
