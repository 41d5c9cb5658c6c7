/** The four pages the speed bar is measured on (`npm run perf`, `npm run bench:page-load`). */
export const perfPages = [
  {name: 'home', path: '/'},
  {name: 'praktijk', path: '/praktijken/think-op-school-zwolle'},
  {name: 'overzicht', path: '/praktijken'},
  {name: 'finder', path: '/welke-factoren-passen'},
] as const;
