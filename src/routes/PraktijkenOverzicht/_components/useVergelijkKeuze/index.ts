import {useUrlState} from '@site/src/hooks/useUrlState';
import {MAX_VERGELIJK, parseSlugs} from '@site/src/lib/selectie';

const keys = ['vergelijk'] as const;

/** Practices ticked on the overview to compare, kept in its URL (`?vergelijk=a&vergelijk=b`) like the filters. */
export function useVergelijkKeuze(): {slugs: string[]; toggle: (slug: string) => void; clear: () => void} {
  const url = useUrlState(keys);
  const slugs = parseSlugs(url.lists.vergelijk, MAX_VERGELIJK);
  return {
    slugs,
    // The checkboxes of unticked practices are disabled once four are ticked.
    toggle: (slug) => url.toggle('vergelijk', slug),
    clear: url.clear,
  };
}
