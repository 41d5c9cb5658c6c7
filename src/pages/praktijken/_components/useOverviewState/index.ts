import {useCallback, useMemo} from 'react';
import {useQueryString, useQueryStringList, useClearQueryString} from '@docusaurus/theme-common';
import {facetKeys, type FacetKey, type Operator, type Selection, type SortKey} from '@site/src/lib/facets';

/**
 * The overview's filter state lives in the URL (`?thema=…&factor=…&operator=of&sorteer=startjaar`),
 * so a filtered view can be shared or bookmarked, as in the Docusaurus showcase.
 */
export function useOverviewState() {
  const lists = {
    thema: useQueryStringList('thema'),
    factor: useQueryStringList('factor'),
    doelgroep: useQueryStringList('doelgroep'),
    leeftijd: useQueryStringList('leeftijd'),
    setting: useQueryStringList('setting'),
    provincie: useQueryStringList('provincie'),
    preventie: useQueryStringList('preventie'),
  } satisfies Record<FacetKey, unknown>;
  const [operatorParam, setOperatorParam] = useQueryString('operator');
  const [sortParam, setSortParam] = useQueryString('sorteer');
  const clear = useClearQueryString();

  const selection: Selection = useMemo(
    () => Object.fromEntries(facetKeys.map((key) => [key, lists[key][0]])) as Selection,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    facetKeys.map((key) => lists[key][0].join(',')),
  );
  const toggle = useCallback(
    (key: FacetKey, value: string) =>
      lists[key][1]((current) => (current.includes(value) ? current.filter((v) => v !== value) : [...current, value])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    facetKeys.map((key) => lists[key][1]),
  );
  const operator: Operator = operatorParam === 'of' ? 'of' : 'en';
  const sort: SortKey = sortParam === 'startjaar' ? 'startjaar' : 'titel';
  return {
    selection,
    toggle,
    operator,
    setOperator: (value: Operator) => setOperatorParam(value === 'en' ? null : value),
    sort,
    setSort: (value: SortKey) => setSortParam(value === 'titel' ? null : value),
    clear,
  };
}
