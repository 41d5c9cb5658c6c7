import type {LoadedContent, Entry, RejectedEntry} from './load';
import {nearest, type Problem} from './problems';
import {checkLinks} from './links';
import {checkAgeRanges} from './age-range';
import {checkNotInFuture} from './dates';

const FACTOR_COUNT = 14;

/** The factor references of a file that failed its schema, as far as they can be read. */
function referencesOf(rejected: RejectedEntry): Entry<{factoren: readonly string[]}> | undefined {
  const factoren = (rejected.raw as {factoren?: unknown} | null)?.factoren;
  if (!Array.isArray(factoren) || !factoren.every((f) => typeof f === 'string')) return undefined;
  return {slug: rejected.slug, file: rejected.file, data: {factoren}, words: 0, locate: rejected.locate};
}

function checkReferences(
  entries: readonly Entry<{factoren: readonly string[]}>[],
  factorSlugs: readonly string[],
): Problem[] {
  const known = new Set(factorSlugs);
  return entries.flatMap((entry) =>
    entry.data.factoren.flatMap((slug, index): Problem[] =>
      known.has(slug)
        ? []
        : [
            {
              file: entry.file,
              line: entry.locate(['factoren', index]),
              field: `factoren[${index}]`,
              message: 'deze werkende factor bestaat niet',
              value: slug,
              suggestion: nearest(slug, factorSlugs),
            },
          ],
    ),
  );
}

function checkSlugs(entries: readonly Entry<{slug?: string}>[]): Problem[] {
  const seen = new Map<string, string>();
  return entries.flatMap((entry): Problem[] => {
    const problems: Problem[] = [];
    const declared = entry.data.slug;
    if (declared !== undefined && declared.replace(/^.*\//, '') !== entry.slug) {
      problems.push({
        file: entry.file,
        line: entry.locate(['slug']),
        field: 'slug',
        message: 'de slug moet gelijk zijn aan de bestandsnaam; laat het veld weg of pas de naam aan',
        value: declared,
        suggestion: entry.slug,
      });
    }
    const key = (declared?.replace(/^.*\//, '') ?? entry.slug).toLowerCase();
    const first = seen.get(key);
    if (first) {
      problems.push({file: entry.file, field: 'slug', message: `dubbele slug, ook gebruikt in ${first}`, value: entry.slug});
    } else {
      seen.set(key, entry.file);
    }
    return problems;
  });
}

function checkFactorOrder(factoren: LoadedContent['factoren']): Problem[] {
  const byOrder = new Map<number, string>();
  const problems: Problem[] = [];
  for (const factor of factoren) {
    const other = byOrder.get(factor.data.order);
    if (other) {
      problems.push({
        file: factor.file,
        line: factor.locate(['order']),
        field: 'order',
        message: `volgorde ${factor.data.order} is al gebruikt door ${other}`,
        value: factor.data.order,
      });
    } else {
      byOrder.set(factor.data.order, factor.file);
    }
  }
  if (factoren.length > 0) {
    const missing = Array.from({length: FACTOR_COUNT}, (_, i) => i + 1).filter((n) => !byOrder.has(n));
    if (missing.length > 0) {
      problems.push({
        file: 'docs/werkende-factoren',
        field: 'order',
        message: `de volgorde moet 1 tot en met ${FACTOR_COUNT} beslaan; ontbreekt: ${missing.join(', ')}`,
      });
    }
  }
  return problems;
}

/**
 * Checks that need all content at once: references between files, unique slugs and the
 * order of the factors. Returns every problem; an empty list means the content is sound.
 */
export function validateContent(content: LoadedContent): Problem[] {
  // A factor file with its own problems still exists; references to it are not wrong.
  const factorSlugs = [...content.factoren.map((f) => f.slug), ...content.rejected.filter((r) => r.kind === 'factor').map((r) => r.slug)];
  return [
    ...content.problems,
    ...checkReferences(content.praktijken, factorSlugs),
    ...checkReferences(content.beleid, factorSlugs),
    ...checkReferences(content.rejected.flatMap((r) => referencesOf(r) ?? []), factorSlugs),
    ...checkSlugs(content.praktijken),
    ...checkSlugs(content.factoren),
    ...checkSlugs(content.beleid),
    ...checkFactorOrder(content.factoren),
    ...checkAgeRanges(content.praktijken),
    ...checkNotInFuture([...content.praktijken, ...content.beleid]),
    ...(content.siteDir === undefined ? [] : checkLinks(content.siteDir)),
  ];
}
