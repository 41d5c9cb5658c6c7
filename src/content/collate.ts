/**
 * Dutch alphabetical order, from one shared collator. `a.localeCompare(b, 'nl')` builds a new
 * collator on every call: sorting the fifteen cards of the overview took 14 ms on page load.
 */
const dutch = new Intl.Collator('nl');

export const compareDutch = (a: string, b: string): number => dutch.compare(a, b);

export const byDutchTitle = (a: {readonly title: string}, b: {readonly title: string}): number => dutch.compare(a.title, b.title);
