// Types of the JSON modules the kennisbank plugin writes with `createData`.
declare module '@generated/kennisbank/default/vergelijk-index.json' {
  import type {VergelijkIndex} from '@site/src/plugins/kennisbank/vergelijk-data';
  const data: VergelijkIndex;
  export default data;
}
