/**
 * Controlled vocabularies of the kennisbank.
 *
 * Each list is `as const` and every entry carries a Dutch label and description, so a
 * value cannot be added without saying what it means. Schemas derive their enums from
 * these lists; pages derive their filter options and legends from them.
 */

export interface VocabularyEntry {
  /** Kebab-case value as written in frontmatter. */
  readonly value: string;
  /** Short Dutch label shown on the site. */
  readonly label: string;
  /** One Dutch sentence that says what the value covers. */
  readonly description: string;
}

export const themas = [
  {value: 'eerste-1000-dagen', label: 'Eerste 1000 dagen', description: 'Van zwangerschap tot het tweede levensjaar: een kansrijke start voor kind en ouders.'},
  {value: 'onderwijs-en-zorg', label: 'Onderwijs en zorg', description: 'Samenwerking tussen school, kinderopvang en jeugdhulp, zo dicht mogelijk bij de klas.'},
  {value: 'jongerenwerk-en-vrije-tijd', label: 'Jongerenwerk en vrije tijd', description: 'Ontmoeten, talent ontwikkelen en meedoen buiten school, met jongerenwerk als vaste basis.'},
  {value: 'opvoedondersteuning', label: 'Opvoedondersteuning', description: 'Ouders versterken in het opvoeden, van informele tips tot cursussen en coaching.'},
  {value: 'sociale-netwerken-en-buurt', label: 'Sociale netwerken en buurt', description: 'Inwoners die elkaar helpen, buurtnetwerken en vrijwilligers als eerste steun.'},
  {value: 'werkwijze-gemeente', label: 'Werkwijze van de gemeente', description: 'Hoe een gemeente stuurt, financiert, samenwerkt en ruimte geeft aan maatwerk en innovatie.'},
  {value: 'armoede-en-bestaanszekerheid', label: 'Armoede en bestaanszekerheid', description: 'Geldzorgen, schulden, werk en inkomen als oorzaak van en sleutel tot problemen in gezinnen.'},
  {value: 'diversiteit-en-inclusie', label: 'Diversiteit en inclusie', description: 'Iedereen bereiken, ongeacht afkomst, taal of achtergrond, met aandacht voor nieuwkomers.'},
  {value: 'mentale-gezondheid', label: 'Mentale gezondheid', description: 'Weerbaarheid, welbevinden en vroeg signaleren van psychische problemen bij kinderen en jongeren.'},
] as const satisfies readonly VocabularyEntry[];

export const doelgroepen = [
  {value: 'aanstaande-ouders', label: 'Aanstaande ouders', description: 'Zwangere vrouwen en hun partners.'},
  {value: 'ouders', label: 'Ouders en opvoeders', description: 'Ouders, verzorgers en andere opvoeders van kinderen en jongeren.'},
  {value: 'jonge-kinderen', label: 'Jonge kinderen', description: 'Kinderen van 0 tot 4 jaar.'},
  {value: 'kinderen', label: 'Kinderen', description: 'Kinderen in de basisschoolleeftijd, 4 tot 12 jaar.'},
  {value: 'jongeren', label: 'Jongeren', description: 'Tieners van 12 tot 18 jaar.'},
  {value: 'jongvolwassenen', label: 'Jongvolwassenen', description: 'Jongeren van 18 tot 27 jaar, op weg naar zelfstandigheid.'},
  {value: 'gezinnen-in-kwetsbare-situatie', label: 'Gezinnen in een kwetsbare situatie', description: 'Gezinnen met een opeenstapeling van risico’s, zoals armoede, schulden of weinig netwerk.'},
  {value: 'nieuwkomers', label: 'Nieuwkomers en migranten', description: 'Inwoners met een migratieachtergrond, statushouders en asielzoekers.'},
  {value: 'professionals', label: 'Professionals', description: 'Leerkrachten, jeugdprofessionals, wijkteams en andere beroepskrachten.'},
  {value: 'vrijwilligers-en-inwoners', label: 'Vrijwilligers en inwoners', description: 'Buurtbewoners en vrijwilligers die zelf iets doen voor kinderen en gezinnen.'},
] as const satisfies readonly VocabularyEntry[];

export const leeftijdsfasen = [
  {value: 'zwangerschap', label: 'Zwangerschap', description: 'De periode voor de geboorte.'},
  {value: '0-4', label: '0–4 jaar', description: 'Baby’s en peuters.'},
  {value: '4-12', label: '4–12 jaar', description: 'De basisschooljaren.'},
  {value: '12-18', label: '12–18 jaar', description: 'Middelbare school en puberteit.'},
  {value: '18-27', label: '18–27 jaar', description: 'Jongvolwassenen.'},
] as const satisfies readonly VocabularyEntry[];

export const settings = [
  {value: 'thuis', label: 'Thuis', description: 'Bij het gezin thuis, zoals huisbezoeken.'},
  {value: 'verloskundige-praktijk', label: 'Verloskundige praktijk', description: 'Verloskundigen en kraamzorg rond de zwangerschap.'},
  {value: 'consultatiebureau-en-cjg', label: 'Consultatiebureau en CJG', description: 'Jeugdgezondheidszorg en het Centrum voor Jeugd en Gezin.'},
  {value: 'kinderopvang-en-voorschool', label: 'Kinderopvang en voorschool', description: 'Kinderdagverblijf, peuteropvang en voor- en vroegschoolse educatie.'},
  {value: 'school', label: 'School', description: 'Basisonderwijs, voortgezet onderwijs en mbo.'},
  {value: 'jongerencentrum', label: 'Jongerencentrum', description: 'Jongerencentrum, soos of andere plek van het jongerenwerk.'},
  {value: 'wijk-en-buurt', label: 'Wijk en buurt', description: 'Straat, plein en buurt, waar inwoners elkaar treffen.'},
  {value: 'ontmoetingsplek', label: 'Ontmoetingsplek', description: 'Buurthuis, inloop, kinderboerderij of andere vertrouwde plek om elkaar te zien.'},
  {value: 'sport-en-cultuur', label: 'Sport en cultuur', description: 'Sportvereniging, podium, muziek en andere vrijetijdsplekken.'},
  {value: 'online', label: 'Online', description: 'Website, app of sociale media.'},
  {value: 'gemeente-en-wijkteam', label: 'Gemeente en wijkteam', description: 'Het gemeentehuis, het sociaal wijkteam en de toegang tot hulp.'},
] as const satisfies readonly VocabularyEntry[];

export const provincies = [
  {value: 'groningen', label: 'Groningen', description: 'Provincie Groningen.'},
  {value: 'friesland', label: 'Fryslân', description: 'Provincie Fryslân.'},
  {value: 'drenthe', label: 'Drenthe', description: 'Provincie Drenthe.'},
  {value: 'overijssel', label: 'Overijssel', description: 'Provincie Overijssel.'},
  {value: 'flevoland', label: 'Flevoland', description: 'Provincie Flevoland.'},
  {value: 'gelderland', label: 'Gelderland', description: 'Provincie Gelderland.'},
  {value: 'utrecht', label: 'Utrecht', description: 'Provincie Utrecht.'},
  {value: 'noord-holland', label: 'Noord-Holland', description: 'Provincie Noord-Holland.'},
  {value: 'zuid-holland', label: 'Zuid-Holland', description: 'Provincie Zuid-Holland.'},
  {value: 'zeeland', label: 'Zeeland', description: 'Provincie Zeeland.'},
  {value: 'noord-brabant', label: 'Noord-Brabant', description: 'Provincie Noord-Brabant.'},
  {value: 'limburg', label: 'Limburg', description: 'Provincie Limburg.'},
] as const satisfies readonly VocabularyEntry[];

export const preventieniveaus = [
  {value: 'universeel', label: 'Universeel', description: 'Voor alle kinderen, jongeren of ouders, zonder dat er een risico bekend is.'},
  {value: 'selectief', label: 'Selectief', description: 'Voor groepen met een verhoogd risico, zoals gezinnen in armoede.'},
  {value: 'geindiceerd', label: 'Geïndiceerd', description: 'Voor wie al eerste signalen of lichte problemen heeft, om erger te voorkomen.'},
] as const satisfies readonly VocabularyEntry[];

export const domeinen = [
  {value: 'jeugd', label: 'Jeugd', description: 'Jeugdwet: opvoeden, opgroeien en jeugdhulp.'},
  {value: 'wmo', label: 'Wmo', description: 'Wet maatschappelijke ondersteuning: zelfredzaamheid, mantelzorg en welzijn.'},
  {value: 'participatie', label: 'Participatie', description: 'Participatiewet: werk, inkomen en meedoen.'},
] as const satisfies readonly VocabularyEntry[];

export const documenttypes = [
  {value: 'koersdocument', label: 'Koersdocument', description: 'Een richtinggevend stuk dat visie en prioriteiten vastlegt.'},
  {value: 'beleidsplan', label: 'Beleidsplan', description: 'Een meerjarig plan met doelen, resultaten en indicatoren.'},
  {value: 'beleidsnotitie', label: 'Beleidsnotitie', description: 'Een notitie die een nieuwe koers voorstelt, vaak nog in concept.'},
  {value: 'opdracht', label: 'Opdracht aan een partner', description: 'Een subsidie- of opdrachtbrief met taken, resultaten en voorwaarden.'},
] as const satisfies readonly VocabularyEntry[];

export const documentstatussen = [
  {value: 'concept', label: 'Concept', description: 'Nog niet vastgesteld door college of raad.'},
  {value: 'vastgesteld', label: 'Vastgesteld', description: 'Vastgesteld door college of raad.'},
  {value: 'onbekend', label: 'Onbekend', description: 'De bron zegt niet of het stuk is vastgesteld.'},
] as const satisfies readonly VocabularyEntry[];

type Values<T extends readonly VocabularyEntry[]> = {[K in keyof T]: T[K] extends {value: infer V} ? V : never};

/** The values of a vocabulary as a tuple, ready for `z.enum`. */
export function valuesOf<const T extends readonly VocabularyEntry[]>(list: T): Values<T> {
  return list.map((entry) => entry.value) as Values<T>;
}

/** Looks up the label of a value; falls back to the value so a page never shows nothing. */
export function labelOf(list: readonly VocabularyEntry[], value: string): string {
  return list.find((entry) => entry.value === value)?.label ?? value;
}
