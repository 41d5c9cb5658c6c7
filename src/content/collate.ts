/**
 * Dutch alphabetical order. In the browser, building a Dutch collator costs about 20 ms on a
 * page load (locale data), and `localeCompare(b, 'nl')` builds one per call; so the build
 * ranks practices once (`titelVolgorde`) and the browser sorts by that rank.
 */
let dutch: Intl.Collator | undefined;

/** Node-side (build, scripts): compares with a single Dutch collator, made on first use. */
export const compareDutch = (a: string, b: string): number => (dutch ??= new Intl.Collator('nl')).compare(a, b);

/**
 * What a title is alphabetised by: without leading quotes, brackets or other punctuation, so
 * ‘THINK op school’ sorts under T, as a reader looking it up in an A–Z list expects.
 */
export const titleSortKey = (title: string): string => title.replace(/^[\p{P}\p{S}\s]+/u, '') || title;

export const byDutchTitle = (a: {readonly title: string}, b: {readonly title: string}): number =>
  compareDutch(titleSortKey(a.title), titleSortKey(b.title)) || compareDutch(a.title, b.title);

let dutchNatural: Intl.Collator | undefined;

/** Like `compareDutch`, but case- and accent-blind, with numbers in numeric order (A–Z lists). */
export const compareDutchNatural = (a: string, b: string): number =>
  (dutchNatural ??= new Intl.Collator('nl', {sensitivity: 'base', numeric: true})).compare(a, b);

/** Browser-side: Dutch title order from the rank the build gave each practice. */
export const inTitleOrder = (a: {readonly titelVolgorde: number}, b: {readonly titelVolgorde: number}): number =>
  a.titelVolgorde - b.titelVolgorde;
