// Types of the JSON modules written by `writeBeleidData` (src/plugins/kennisbank/beleid-data.ts).
declare module '@generated/kennisbank/default/indicatoren.json' {
  import type {IndicatorRow} from '@site/src/content/beleid/indicatoren';
  const data: {indicatoren: IndicatorRow[]};
  export default data;
}
declare module '@generated/kennisbank/default/interventies.json' {
  import type {InterventieEntry} from '@site/src/content/beleid/interventies';
  const data: {interventies: InterventieEntry[]};
  export default data;
}
declare module '@generated/kennisbank/default/vergelijking.json' {
  import type {VergelijkingData} from '@site/src/content/beleid/vergelijking';
  const data: VergelijkingData;
  export default data;
}
