/** One URL per page type of the site; the e2e suites visit each of them. */
export const pageTypes = [
  {name: 'home', path: '/'},
  {name: 'praktijk', path: '/praktijken/think-op-school-zwolle'},
  {name: 'factor', path: '/werkende-factoren/laagdrempelig-contact'},
  {name: 'factoren-overzicht', path: '/werkende-factoren'},
  {name: 'thema', path: '/themas/opvoedondersteuning'},
  {name: 'overzicht-gefilterd', path: '/praktijken?thema=opvoedondersteuning&leeftijd=0-4'},
  {name: 'matrix', path: '/werkende-factoren/matrix'},
  {name: 'finder', path: '/welke-factoren-passen?doelgroep=ouders&leeftijd=0-4'},
  {name: 'zoeken', path: '/search?q=ouders'},
  {name: 'beleid', path: '/beleid/preventie-sociaal-domein-hengelo'},
  {name: 'aanmelden', path: '/praktijk-aanmelden'},
  {name: 'blog', path: '/blog/2026/11/09/wat-15-gemeenten-gemeen-hebben'},
  {name: 'niet-gevonden', path: '/deze-pagina-bestaat-niet', status: 404},
] as const;
