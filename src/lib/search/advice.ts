/**
 * What the search page says when a search finds nothing: which filter or word to drop and
 * how many results that would give. Pure: the page runs the extra searches and passes counts.
 */
export interface LoosenOption {
  /** "Thema: Armoede en bestaanszekerheid" or “ouders”. */
  readonly label: string;
  readonly count: number;
}

export interface AdviceInput {
  readonly query: string;
  /** Results with one chosen filter value left out, one entry per chosen value. */
  readonly withoutFilter: readonly LoosenOption[];
  /** Results for each word of a query of several words, searched alone. */
  readonly perWord: readonly LoosenOption[];
}

const results = (count: number) => (count === 1 ? '1 resultaat' : `${count} resultaten`);

export function noResultsAdvice({query, withoutFilter, perWord}: AdviceInput): string[] {
  const advice: string[] = [];
  const helpfulFilters = withoutFilter.filter((option) => option.count > 0).sort((a, b) => b.count - a.count);
  for (const option of helpfulFilters) advice.push(`Zonder het filter ${option.label} vind je ${results(option.count)}.`);
  if (withoutFilter.length > 0 && helpfulFilters.length === 0) advice.push('Wis de filters: met één filter minder vind je nog steeds niets.');
  const helpfulWords = perWord.filter((option) => option.count > 0).sort((a, b) => b.count - a.count);
  if (helpfulWords.length) {
    advice.push(
      `Een pagina moet alle woorden bevatten. Zoek op minder woorden: ${helpfulWords.map((w) => `“${w.label}” alleen geeft ${results(w.count)}`).join(', ')}.`,
    );
  }
  if (advice.length === 0 && query.trim()) {
    advice.push(
      'Controleer de spelling, of zoek op een korter of algemener woord: de zoekfunctie vindt ook woorden die ermee beginnen en vormen van hetzelfde woord (“school” vindt ook “scholen”).',
    );
  }
  return advice;
}

/** The distinct words of a query, as Pagefind splits it. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}
