// Types of the JSON modules the kennisbank plugin writes with `createData`.
declare module '@generated/kennisbank/default/factoren.json' {
  import type {FactorSummary} from '@site/src/content/graph';
  const data: {factoren: FactorSummary[]; factorPraktijken: Record<string, number>; totaal: number};
  export default data;
}
declare module '@generated/kennisbank/default/themas.json' {
  import type {ThemaSummary} from '@site/src/content/graph';
  const data: (Omit<ThemaSummary, 'praktijken'> & {aantal: number})[];
  export default data;
}
declare module '@generated/kennisbank/default/beleid.json' {
  import type {BeleidSummary} from '@site/src/content/graph';
  const data: BeleidSummary[];
  export default data;
}
declare module '@generated/kennisbank/default/vergelijk-index.json' {
  import type {VergelijkIndex} from '@site/src/plugins/kennisbank/vergelijk-data';
  const data: VergelijkIndex;
  export default data;
}
