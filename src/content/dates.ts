import type {Entry} from './load';
import type {Problem} from './problems';

/** `YYYY-MM-DD` of a moment, in UTC. */
export const isoDay = (moment: Date) => moment.toISOString().slice(0, 10);

/**
 * The nearest real date to a `YYYY-MM-DD` that does not exist, e.g. `2026-02-30` → `2026-02-28`;
 * undefined when the text is not shaped like a date at all.
 */
export function nearestDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Math.min(Math.max(Number(match[2]), 1), 12);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Math.max(Number(match[3]), 1), lastDay);
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A page cannot have been checked against its source after today. One day of slack, so that a
 * date written just after midnight in the Netherlands passes on a machine that runs on UTC.
 */
export function checkNotInFuture(entries: readonly Entry<{laatstBijgewerkt: string}>[], now: Date = new Date()): Problem[] {
  const today = isoDay(now);
  const latest = isoDay(new Date(now.getTime() + 24 * 60 * 60 * 1000));
  return entries.flatMap(({file, data, locate}): Problem[] =>
    data.laatstBijgewerkt > latest
      ? [{file, line: locate(['laatstBijgewerkt']), field: 'laatstBijgewerkt', message: 'deze datum ligt in de toekomst; vul de dag in waarop je de tekst met de bron vergeleek', value: data.laatstBijgewerkt, suggestion: today}]
      : [],
  );
}
