import type {MatrixData} from '@site/src/content/matrix';
import {inTitleOrder} from '@site/src/content/collate';

export type MatrixSort = 'naam' | 'totaal';

/** Rows by practice name, or by total (most factors first, then by name). */
export function sortRows(rows: MatrixData['rows'], sort: MatrixSort): MatrixData['rows'] {
  const byName = (a: MatrixData['rows'][number], b: MatrixData['rows'][number]) =>
    inTitleOrder(a.praktijk, b.praktijk);
  return [...rows].sort(sort === 'totaal' ? (a, b) => b.total - a.total || byName(a, b) : byName);
}
