import {useCallback, useMemo} from 'react';
import {useQueryStringList} from '@docusaurus/theme-common';
import {domeinen, themas} from '@site/src/content/vocabularies';
import type {IndicatorFacet, IndicatorSelectie} from '@site/src/content/beleid-index';

const known: Record<IndicatorFacet, readonly string[]> = {
  domein: domeinen.map((d) => d.value),
  thema: themas.map((t) => t.value),
};

/**
 * Filter state of the indicatorenbank, kept in the URL (`?domein=jeugd&thema=…`) so a
 * selection can be shared. Unknown values in the URL are ignored.
 */
export function useIndicatorState() {
  const [domeinParam, setDomein] = useQueryStringList('domein');
  const [themaParam, setThema] = useQueryStringList('thema');
  const selectie: IndicatorSelectie = useMemo(
    () => ({
      domein: domeinParam.filter((v) => known.domein.includes(v)),
      thema: themaParam.filter((v) => known.thema.includes(v)),
    }),
    [domeinParam, themaParam],
  );
  const toggle = useCallback(
    (facet: IndicatorFacet, value: string) =>
      (facet === 'domein' ? setDomein : setThema)((current) =>
        current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
      ),
    [setDomein, setThema],
  );
  const clear = useCallback(() => {
    setDomein([]);
    setThema([]);
  }, [setDomein, setThema]);
  const isFiltered = selectie.domein.length + selectie.thema.length > 0;
  return {selectie, toggle, clear, isFiltered};
}
