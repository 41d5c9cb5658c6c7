/**
 * Real municipalities with their province and a rounded centre (WGS84, two decimals), for
 * synthetic practices: the map groups markers per gemeente, so synthetic practices must share
 * real places the way contributed ones will. Spread over all twelve provinces. Zwolle and Delft
 * are left out because the search benchmark's template pages use them as the names it replaces.
 */
import type {provincies} from '../../src/content/vocabularies';

export interface Plaats {
  readonly gemeente: string;
  readonly provincie: (typeof provincies)[number]['value'];
  readonly lat: number;
  readonly lon: number;
}

export const plaatsen: readonly Plaats[] = [
  {gemeente: 'Groningen', provincie: 'groningen', lat: 53.22, lon: 6.57},
  {gemeente: 'Assen', provincie: 'drenthe', lat: 52.99, lon: 6.56},
  {gemeente: 'Emmen', provincie: 'drenthe', lat: 52.78, lon: 6.9},
  {gemeente: 'Leeuwarden', provincie: 'friesland', lat: 53.2, lon: 5.8},
  {gemeente: 'Heerenveen', provincie: 'friesland', lat: 52.96, lon: 5.92},
  {gemeente: 'Smallingerland', provincie: 'friesland', lat: 53.11, lon: 6.1},
  {gemeente: 'Enschede', provincie: 'overijssel', lat: 52.22, lon: 6.89},
  {gemeente: 'Deventer', provincie: 'overijssel', lat: 52.25, lon: 6.16},
  {gemeente: 'Almelo', provincie: 'overijssel', lat: 52.36, lon: 6.66},
  {gemeente: 'Lelystad', provincie: 'flevoland', lat: 52.52, lon: 5.47},
  {gemeente: 'Almere', provincie: 'flevoland', lat: 52.37, lon: 5.22},
  {gemeente: 'Arnhem', provincie: 'gelderland', lat: 51.98, lon: 5.91},
  {gemeente: 'Nijmegen', provincie: 'gelderland', lat: 51.84, lon: 5.86},
  {gemeente: 'Ede', provincie: 'gelderland', lat: 52.04, lon: 5.67},
  {gemeente: 'Doetinchem', provincie: 'gelderland', lat: 51.97, lon: 6.29},
  {gemeente: 'Utrecht', provincie: 'utrecht', lat: 52.09, lon: 5.12},
  {gemeente: 'Amersfoort', provincie: 'utrecht', lat: 52.16, lon: 5.39},
  {gemeente: 'Zeist', provincie: 'utrecht', lat: 52.09, lon: 5.23},
  {gemeente: 'Amsterdam', provincie: 'noord-holland', lat: 52.37, lon: 4.9},
  {gemeente: 'Haarlem', provincie: 'noord-holland', lat: 52.38, lon: 4.64},
  {gemeente: 'Alkmaar', provincie: 'noord-holland', lat: 52.63, lon: 4.75},
  {gemeente: 'Den Helder', provincie: 'noord-holland', lat: 52.96, lon: 4.76},
  {gemeente: 'Hilversum', provincie: 'noord-holland', lat: 52.22, lon: 5.18},
  {gemeente: 'Zaanstad', provincie: 'noord-holland', lat: 52.46, lon: 4.82},
  {gemeente: 'Rotterdam', provincie: 'zuid-holland', lat: 51.92, lon: 4.48},
  {gemeente: 'Den Haag', provincie: 'zuid-holland', lat: 52.08, lon: 4.3},
  {gemeente: 'Leiden', provincie: 'zuid-holland', lat: 52.16, lon: 4.49},
  {gemeente: 'Dordrecht', provincie: 'zuid-holland', lat: 51.81, lon: 4.67},
  {gemeente: 'Gouda', provincie: 'zuid-holland', lat: 52.01, lon: 4.71},
  {gemeente: 'Zoetermeer', provincie: 'zuid-holland', lat: 52.06, lon: 4.49},
  {gemeente: 'Middelburg', provincie: 'zeeland', lat: 51.5, lon: 3.61},
  {gemeente: 'Vlissingen', provincie: 'zeeland', lat: 51.44, lon: 3.57},
  {gemeente: 'Goes', provincie: 'zeeland', lat: 51.5, lon: 3.89},
  {gemeente: 'Terneuzen', provincie: 'zeeland', lat: 51.34, lon: 3.83},
  {gemeente: 'Eindhoven', provincie: 'noord-brabant', lat: 51.44, lon: 5.48},
  {gemeente: 'Tilburg', provincie: 'noord-brabant', lat: 51.56, lon: 5.08},
  {gemeente: 'Breda', provincie: 'noord-brabant', lat: 51.59, lon: 4.78},
  {gemeente: 'Helmond', provincie: 'noord-brabant', lat: 51.48, lon: 5.66},
  {gemeente: 'Oss', provincie: 'noord-brabant', lat: 51.77, lon: 5.52},
  {gemeente: 'Roosendaal', provincie: 'noord-brabant', lat: 51.53, lon: 4.46},
  {gemeente: 'Maastricht', provincie: 'limburg', lat: 50.85, lon: 5.69},
  {gemeente: 'Venlo', provincie: 'limburg', lat: 51.37, lon: 6.17},
  {gemeente: 'Heerlen', provincie: 'limburg', lat: 50.89, lon: 5.98},
  {gemeente: 'Roermond', provincie: 'limburg', lat: 51.19, lon: 5.99},
  {gemeente: 'Sittard-Geleen', provincie: 'limburg', lat: 51.0, lon: 5.87},
];
