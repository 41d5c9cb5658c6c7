/**
 * Links into the practices overview with filters set, as its URL state reads them
 * (src/lib/facets.ts keys, plus `gemeente`). One place, so map, matrix and thema pages agree.
 */
export type OverzichtFilter = Readonly<Partial<Record<'thema' | 'factor' | 'doelgroep' | 'provincie' | 'gemeente', string>>>;

export function overzichtLink(filter: OverzichtFilter): string {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  return query ? `/praktijken?${query}` : '/praktijken';
}
