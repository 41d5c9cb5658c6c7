/** The policy documents side by side: criteria, choices, themes and werkende factoren. */
import type {Beleid} from '../schemas/beleid';
import type {Factor} from '../schemas/factor';
import {documenttypes, labelOf, themas} from '../vocabularies';
import {urls, type Sourced} from '../graph';
import {compareDutchNatural} from '../collate';

/**
 * Optional frontmatter for the comparison rows the schema has no field for yet. Read
 * defensively so the page builds before the field exists; a missing value shows as "—".
 */
export interface VergelijkingVelden {
  /** Which target groups the document chooses, and how. */
  readonly doelgroepkeuze?: string;
  /** The role the municipality gives itself. */
  readonly rolGemeente?: string;
  /** How results are monitored. */
  readonly monitoring?: string;
}

export interface VergelijkingItem {
  readonly label: string;
  readonly toelichting?: string;
  readonly url?: string;
}

export interface VergelijkingDocument {
  readonly slug: string;
  readonly title: string;
  readonly url: string;
  readonly gemeenten: readonly string[];
  readonly jaar: number;
  readonly documenttype: string;
}

export type VergelijkingRijKey = 'criteria' | 'doelgroepkeuze' | 'rolGemeente' | 'monitoring' | 'themas' | 'factoren';

export interface VergelijkingRij {
  readonly key: VergelijkingRijKey;
  readonly label: string;
  /** One cell per document, in the order of `documenten`; an empty list means "not given". */
  readonly cellen: readonly (readonly VergelijkingItem[])[];
}

export interface VergelijkingData {
  readonly documenten: readonly VergelijkingDocument[];
  readonly rijen: readonly VergelijkingRij[];
}

const slugToWords = (slug: string) => {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The documents side by side, oldest first. `factoren` gives the short names of the
 * werkende factoren; without it the slugs are shown as words.
 */
export function buildVergelijking(
  beleid: readonly Sourced<Beleid>[],
  factoren: readonly Sourced<Pick<Factor, 'korteNaam' | 'kern'>>[] = [],
): VergelijkingData {
  const docs = [...beleid].sort((a, b) => a.data.jaar - b.data.jaar || compareDutchNatural(a.data.title, b.data.title));
  const extra = (entry: Sourced<Beleid>): VergelijkingVelden =>
    (entry.data as Beleid & {vergelijking?: VergelijkingVelden}).vergelijking ?? {};
  const tekst = (value: string | undefined): VergelijkingItem[] => (value && value.trim() ? [{label: value.trim()}] : []);
  const factorItem = (slug: string): VergelijkingItem => {
    const factor = factoren.find((f) => f.slug === slug);
    return {label: factor?.data.korteNaam ?? slugToWords(slug), url: urls.factor(slug), ...(factor ? {toelichting: factor.data.kern} : {})};
  };
  const rij = (key: VergelijkingRijKey, label: string, cell: (entry: Sourced<Beleid>) => VergelijkingItem[]): VergelijkingRij => ({
    key,
    label,
    cellen: docs.map(cell),
  });
  return {
    documenten: docs.map(({slug, data}) => ({
      slug,
      title: data.title,
      url: urls.beleid(slug),
      gemeenten: data.gemeenten,
      jaar: data.jaar,
      documenttype: labelOf(documenttypes, data.documenttype),
    })),
    rijen: [
      rij('criteria', 'Criteria voor preventie', (e) => e.data.criteria.map((c) => ({label: c.naam, toelichting: c.toelichting}))),
      rij('doelgroepkeuze', 'Keuze van doelgroepen', (e) => tekst(extra(e).doelgroepkeuze)),
      rij('rolGemeente', 'Rol van de gemeente', (e) => tekst(extra(e).rolGemeente)),
      rij('monitoring', 'Aanpak van monitoring', (e) => tekst(extra(e).monitoring)),
      rij('themas', 'Thema’s', (e) => e.data.themas.map((t) => ({label: labelOf(themas, t), url: urls.thema(t)}))),
      rij('factoren', 'Werkende factoren', (e) => e.data.factoren.map(factorItem)),
    ],
  };
}
