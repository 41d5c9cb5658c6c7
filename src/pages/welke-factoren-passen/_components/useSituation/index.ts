import {useMemo} from 'react';
import {useQueryStringList, useClearQueryString} from '@docusaurus/theme-common';
import {situationKeys, type Situation, type SituationKey} from '@site/src/lib/finder';

/** The reader's situation, kept in the URL so a result can be shared. */
export function useSituation() {
  const lists = {
    doelgroep: useQueryStringList('doelgroep'),
    leeftijd: useQueryStringList('leeftijd'),
    setting: useQueryStringList('setting'),
    thema: useQueryStringList('thema'),
  } satisfies Record<SituationKey, unknown>;
  const clear = useClearQueryString();
  const situation: Situation = useMemo(
    () => Object.fromEntries(situationKeys.map((key) => [key, lists[key][0]])) as Situation,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    situationKeys.map((key) => lists[key][0].join(',')),
  );
  const toggle = (key: SituationKey, value: string) =>
    lists[key][1]((current) => (current.includes(value) ? current.filter((v) => v !== value) : [...current, value]));
  return {situation, toggle, clear};
}
