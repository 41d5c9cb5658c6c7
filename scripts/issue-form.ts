/**
 * Generates `.github/ISSUE_TEMPLATE/praktijk-aanmelden.yml`, the GitHub issue form for a new
 * practice, from the vocabularies and the factor pages, so its options never drift from
 * what the schema accepts. A test compares the committed file with this output.
 *
 *   node --import tsx scripts/issue-form.ts           print the form
 *   node --import tsx scripts/issue-form.ts --write   write the file
 *   node --import tsx scripts/issue-form.ts --check   exit 1 when the file is out of date
 */
// First import: zod's global settings before any schema is created.
import '../src/content/zod-config';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {stringify} from 'yaml';
import {readFactorOptions, type FactorOption as FormOption} from './lib/factor-options';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas, type VocabularyEntry} from '../src/content/vocabularies';
import {praktijkSections} from '../src/lib/mdx-writer';
import {optionText} from '../src/lib/issue-fields';

/** Where the generated form lives, relative to the site root. */
export const issueFormPath = '.github/ISSUE_TEMPLATE/praktijk-aanmelden.yml';



// GitHub shows only the option text and gives it back in the issue; the value in brackets
// is what the redacteur copies into the frontmatter.

const input = (id: string, label: string, description: string, required: boolean, placeholder?: string) => ({
  type: 'input',
  id,
  attributes: {label, description, ...(placeholder ? {placeholder} : {})},
  validations: {required},
});

const textarea = (id: string, label: string, description: string, required: boolean, placeholder?: string) => ({
  type: 'textarea',
  id,
  attributes: {label, description, ...(placeholder ? {placeholder} : {})},
  validations: {required},
});

const dropdown = (id: string, label: string, description: string, options: readonly FormOption[], multiple: boolean, required = true) => ({
  type: 'dropdown',
  id,
  attributes: {label, description, multiple, options: options.map(optionText)},
  validations: {required},
});

const vocabulary = (list: readonly VocabularyEntry[]): FormOption[] => list.map(({value, label}) => ({value, label}));

/** The issue form as YAML text, header comment included. */
export function buildIssueForm(factorOptions: readonly FormOption[]): string {
  const form = {
    name: 'Praktijk aanmelden',
    description: 'Meld een goede praktijk in jeugdpreventie aan. Een redacteur maakt er een pagina van voor de kennisbank.',
    title: '[Praktijk]: ',
    labels: ['praktijk-aanmelding'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Fijn dat je een praktijk wilt delen! Vul in wat je weet; een redacteur van de kennisbank maakt er een pagina van en neemt contact op als er iets ontbreekt.',
            '',
            '- **Noem je bron**: titel, uitgever, jaar en waar mogelijk de pagina.',
            '- **Zet bij elk cijfer het jaar** waarin het gold.',
            '- **Schrijf in eigen woorden**; kopieer geen tekst uit rapporten of websites.',
            '- **Geen persoonsgegevens**: noem een organisatie en een rol, geen persoonlijk e-mailadres of telefoonnummer.',
            '',
            'Zie ook de handleiding [Bijdragen aan de kennisbank](../blob/main/CONTRIBUTING.md).',
          ].join('\n'),
        },
      },
      input('titel', 'Naam van de praktijk', 'Zoals de praktijk in de gemeente heet.', true, 'Kids en Koffie'),
      input('gemeente', 'Gemeente', 'Bij een regionale praktijk: de gemeente die trekt.', true, 'Sliedrecht'),
      input('regio', 'Regio', 'Alleen als de praktijk regionaal is.', false, 'Drechtsteden'),
      dropdown('provincie', 'Provincie', 'De provincie van de gemeente.', vocabulary(provincies), false),
      input('lat', 'Breedtegraad', 'Van de gemeente, in decimale graden met een punt; in Nederland tussen 50.7 en 53.6. Op OpenStreetMap: klik met rechts op de plek en kies ‘Toon adres’.', true, '51.82'),
      input('lon', 'Lengtegraad', 'Van de gemeente, in decimale graden met een punt; in Nederland tussen 3.3 en 7.3.', true, '4.77'),
      input('startjaar', 'Startjaar', 'Het jaar waarin de praktijk begon, als je dat weet.', false, '2016'),
      textarea('samenvatting', 'Samenvatting', 'Eén of twee zinnen, hoogstens 200 tekens: wat doet de praktijk en voor wie? Deze tekst staat op de kaart in het overzicht.', true),
      dropdown('doelgroepen', 'Doelgroepen', 'Voor wie is de praktijk? Kies er één of meer.', vocabulary(doelgroepen), true),
      dropdown('leeftijdsfasen', 'Leeftijdsfasen', 'Om welke leeftijden gaat het? Alleen als de bron leeftijden noemt.', vocabulary(leeftijdsfasen), true, false),
      input('leeftijd', 'Precieze leeftijd', 'Alleen als de bron een precieze leeftijd noemt, bijvoorbeeld 0 tot 4 jaar.', false, '0 tot 4'),
      dropdown('settings', 'Vindplaatsen', 'Waar bereikt de praktijk kinderen, jongeren of ouders? Kies er één of meer.', vocabulary(settings), true),
      dropdown('themas', "Thema's", 'Kies er één of meer.', vocabulary(themas), true),
      dropdown('factoren', 'Werkende factoren', 'Welke werkende factoren laat de praktijk zien? Kies er één of meer.', factorOptions, true),
      dropdown('preventieniveau', 'Preventieniveau', 'Universeel (voor iedereen), selectief (groepen met risico) of geïndiceerd (eerste signalen).', vocabulary(preventieniveaus), true),
      textarea('partners', 'Partners', 'Organisaties die samenwerken, één per regel.', false),
      textarea('interventies', 'Methoden en programma’s', 'Eén per regel: de naam, een dubbelepunt en één zin (10 tot 300 tekens) over wat de methode inhoudt.', false, 'Triple P: een opvoedprogramma in stappen, van voorlichting tot intensieve hulp.'),
      textarea('kerncijfers', 'Kerncijfers', 'Eén per regel: wat is geteld, een dubbelepunt en het cijfer; een jaar tussen haakjes alleen als de bron het noemt.', false, 'Bereikte ouders per week: 10-20 (2017)'),
      textarea('kosten', 'Kosten en financiering', 'Alleen als de bron bedragen noemt. Eén per regel, zoals bij kerncijfers: waarvoor, een dubbelepunt en het bedrag; een jaartal tussen haakjes alleen als de bron het geeft.', false, 'Subsidie per jaar: € 20.000'),
      textarea('contact', 'Contact', 'Eén per regel: organisatie en rol, gescheiden door een komma, bijvoorbeeld "Gemeente Voorbeeld, beleidsmedewerker jeugd". Geen persoonlijk e-mailadres of telefoonnummer.', false),
      textarea('websites', 'Websites', 'Eén per regel: de naam, een dubbelepunt en het adres met https://.', false, 'Kids en Koffie: https://www.example.nl'),
      input('bron-titel', 'Bron: titel', 'Titel van het document waar de informatie uit komt.', true, 'Van nul tot later als ik groot ben'),
      input('bron-uitgever', 'Bron: uitgever', 'Organisatie die de bron uitgaf.', true, 'Ministerie van VWS'),
      input('bron-jaar', 'Bron: jaar', 'Jaar waarin de bron verscheen.', true, '2018'),
      input('bron-pagina', 'Bron: pagina', 'Pagina of pagina’s in de bron, als die er zijn.', false, '31-33'),
      input('bron-url', 'Bron: webadres', 'Als de bron online staat: het adres met https://.', false),
      ...praktijkSections.map(({key, heading, hint}) => textarea(key, heading, hint, key === 'inHetKort')),
      {
        type: 'checkboxes',
        id: 'afspraken',
        attributes: {
          label: 'Afspraken',
          options: [
            {label: 'Ik heb de tekst in eigen woorden geschreven en niets gekopieerd.', required: true},
            {label: 'Een cijfer heeft alleen een jaar als de bron dat jaar noemt, en ik heb mijn bron genoemd.', required: true},
            {label: 'Ik noem geen persoonlijke e-mailadressen of telefoonnummers.', required: true},
            {label: 'De kennisbank mag de tekst publiceren en bewerken.', required: true},
          ],
        },
      },
    ],
  };
  const header = [
    '# Gegenereerd door scripts/issue-form.ts uit src/content/vocabularies.ts en docs/werkende-factoren.',
    '# Niet met de hand bewerken: draai `node --import tsx scripts/issue-form.ts --write`.',
  ].join('\n');
  return `${header}\n${stringify(form, {lineWidth: 0})}`;
}

function main(argv: readonly string[]): number {
  const siteDir = process.cwd();
  const generated = buildIssueForm(readFactorOptions(siteDir));
  const target = join(siteDir, issueFormPath);
  if (argv.includes('--write')) {
    writeFileSync(target, generated);
    console.log(`✔ ${issueFormPath} geschreven.`);
    return 0;
  }
  if (argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current === generated) return 0;
    console.error(`✘ ${issueFormPath} is verouderd; draai \`node --import tsx scripts/issue-form.ts --write\`.`);
    return 1;
  }
  process.stdout.write(generated);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

export {readFactorOptions, type FormOption};
