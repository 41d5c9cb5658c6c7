import {useCallback, useMemo} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';

const noValues: readonly never[] = [];

/**
 * Filter state kept in the URL, so a filtered view can be shared or bookmarked (as in the
 * Docusaurus showcase). `lists` are repeated parameters (`?thema=a&thema=b`), `values` single
 * ones (`?operator=of`). It writes URLs exactly as Docusaurus' useQueryStringList and
 * useQueryString do (one history.replace, a changed list moves to the end), but reads all keys
 * with one subscription instead of one hook per key, so the keys can be a constant array.
 *
 * Pass module-level constants: they are dependencies of the returned callbacks. `known` lists the
 * accepted values of a list; others in the URL are ignored. `resets` are values that any other
 * change removes (a page number, when the filters change).
 */
export function useUrlState<L extends string, V extends string = never>(
  listKeys: readonly L[],
  {
    values: valueKeys = noValues,
    known,
    resets = noValues,
  }: {values?: readonly V[]; known?: Readonly<Partial<Record<L, readonly string[]>>>; resets?: readonly V[]} = {},
) {
  const history = useHistory();
  // The selector must return a primitive, or useSyncExternalStore would re-render forever.
  const json = useHistorySelector((h) => {
    const params = new URLSearchParams(h.location.search);
    return JSON.stringify([listKeys.map((key) => params.getAll(key)), valueKeys.map((key) => params.get(key) ?? '')]);
  });
  const {lists, values} = useMemo(() => {
    const [listValues, scalarValues] = JSON.parse(json) as [string[][], string[]];
    return {
      lists: Object.fromEntries(
        listKeys.map((key, i) => [key, known?.[key] ? listValues[i]!.filter((v) => known[key]!.includes(v)) : listValues[i]!]),
      ) as unknown as Record<L, readonly string[]>,
      values: Object.fromEntries(valueKeys.map((key, i) => [key, scalarValues[i]!])) as Record<V, string>,
    };
  }, [json, listKeys, valueKeys, known]);

  const edit = useCallback(
    (change: (params: URLSearchParams) => void, changed?: string) => {
      const params = new URLSearchParams(history.location.search);
      for (const key of resets) if (key !== changed) params.delete(key);
      change(params);
      history.replace({search: params.toString()});
    },
    [history, resets],
  );
  const toggle = useCallback(
    (key: L, value: string) =>
      edit((params) => {
        const current = params.getAll(key);
        const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
        params.delete(key);
        next.forEach((v) => params.append(key, v));
      }),
    [edit],
  );
  const setValue = useCallback(
    (key: V, value: string | null) => edit((params) => (value ? params.set(key, value) : params.delete(key)), key),
    [edit],
  );
  const clear = useCallback(
    () => edit((params) => [...listKeys, ...valueKeys].forEach((key) => params.delete(key))),
    [edit, listKeys, valueKeys],
  );
  const isFiltered = listKeys.some((key) => lists[key].length > 0);
  return {lists, values, toggle, setValue, clear, isFiltered};
}
