/**
 * What kind of page a search result is. Every indexed page carries one as the Pagefind
 * filter `soort`, so results can say what they are and the search page can filter on it.
 * The labels are what the reader sees; the keys go into URLs.
 */
export const searchKinds = [
  {value: 'praktijk', label: 'Praktijk'},
  {value: 'werkende-factor', label: 'Werkende factor'},
  {value: 'thema', label: 'Thema'},
  {value: 'beleid', label: 'Beleid'},
  {value: 'nieuws', label: 'Nieuws'},
  {value: 'overzicht', label: 'Overzicht'},
  {value: 'over', label: 'Over de site'},
] as const;

export type SearchKind = (typeof searchKinds)[number]['value'];

export function kindLabel(kind: SearchKind): string {
  return searchKinds.find((k) => k.value === kind)!.label;
}

/** The kind of a docs page, from its permalink (docs live at the site root). */
export function docSearchKind(permalink: string): SearchKind {
  const [first] = permalink.replace(/^\/+/, '').split('/');
  if (first === 'praktijken') return 'praktijk';
  if (first === 'werkende-factoren') return 'werkende-factor';
  if (first === 'beleid') return 'beleid';
  return 'over';
}
