/**
 * Switches for `npm run bench:page-load`, which measures what each mechanism of this plugin
 * buys by building the site once without it. `KENNISBANK_PAGE_LOAD_OFF=lazy-routes,idle-prefetch`
 * builds without those two; unset (every normal build) keeps them all.
 */
export const pageLoadMechanisms = [
  'compile-hint',
  'prism-alias',
  'paint-first',
  'script-per-task',
  'route-chunks',
  'route-code-next-task',
  'lazy-routes',
  'idle-prefetch',
] as const;
export type PageLoadMechanism = (typeof pageLoadMechanisms)[number];

/** The mechanisms switched off by `value` (the env var); an unknown name is an error, not ignored. */
export function mechanismsOff(value: string | undefined): ReadonlySet<PageLoadMechanism> {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(pageLoadMechanisms as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`KENNISBANK_PAGE_LOAD_OFF: onbekend mechanisme ${unknown.join(', ')}; kies uit ${pageLoadMechanisms.join(', ')}`);
  }
  return new Set(names as PageLoadMechanism[]);
}

/** Whether `mechanism` is on in this build. */
export const isOn = (mechanism: PageLoadMechanism): boolean => !mechanismsOff(process.env.KENNISBANK_PAGE_LOAD_OFF).has(mechanism);
