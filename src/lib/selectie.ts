/**
 * Lists of practices the reader picks: the comparison (2–4 side by side) and "Mijn selectie"
 * (a short list to read, print or share). Both live in the URL as `?p=a,b,c`, so a link
 * carries them; the selection is also kept in localStorage (never a cookie). Pure and
 * browser-safe.
 */

export const MAX_VERGELIJK = 4;
export const MIN_VERGELIJK = 2;
export const MAX_SELECTIE = 12;

/** Key in localStorage; the value is a JSON array of slugs. */
export const selectieStorageKey = 'kb-selectie';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs from `?p=a,b,c` (or a JSON array from storage): valid, distinct, in order, at most `max`. */
export function parseSlugs(value: string | readonly unknown[] | null | undefined, max = Number.POSITIVE_INFINITY): string[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  const slugs: string[] = [];
  for (const item of items) {
    const slug = typeof item === 'string' ? item.trim() : '';
    if (slugPattern.test(slug) && !slugs.includes(slug) && slugs.length < max) slugs.push(slug);
  }
  return slugs;
}

/** Reads the stored selection; anything unreadable counts as empty. */
export function readStoredSlugs(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? parseSlugs(value, MAX_SELECTIE) : [];
  } catch {
    return [];
  }
}

/** The search part for a list, with readable commas: `?p=a,b` (empty for an empty list). */
export function slugQuery(slugs: readonly string[]): string {
  return slugs.length ? `?p=${slugs.join(',')}` : '';
}

export const vergelijkPath = '/praktijken/vergelijk';
export const selectiePath = '/praktijken/selectie';

export const vergelijkUrl = (slugs: readonly string[]): string => `${vergelijkPath}${slugQuery(slugs)}`;
export const selectieUrl = (slugs: readonly string[]): string => `${selectiePath}${slugQuery(slugs)}`;

/** Adds the slug at the end, or removes it when present; a full list stays as it is. */
export function toggleSlug(slugs: readonly string[], slug: string, max: number): string[] {
  if (slugs.includes(slug)) return slugs.filter((s) => s !== slug);
  return slugs.length >= max ? [...slugs] : [...slugs, slug];
}

/** Merges a list from the URL with the stored one: the URL's order first, nothing twice. */
export function mergeSlugs(first: readonly string[], second: readonly string[], max: number): string[] {
  return parseSlugs([...first, ...second], max);
}
