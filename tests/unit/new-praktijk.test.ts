import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem} from '../../src/content/problems';
import {praktijkSections} from '../../src/lib/mdx-writer';

const repository = process.cwd();
let siteDir = '';

beforeAll(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'new-praktijk-'));
  cpSync(join(repository, 'docs'), join(siteDir, 'docs'), {recursive: true});
});
afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

function scaffold(args: readonly string[], stdin = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-praktijk.ts', '--site-dir', siteDir, ...args], {
    cwd: repository,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const validFlags = [
  '--yes',
  '--title', 'Kids & Koffie op het plein',
  '--gemeente', 'Hoogeveen',
  '--provincie', 'drenthe',
  '--lat', '52,72',
  '--lon', '6.48',
  '--startjaar', '2019',
  '--doelgroepen', 'ouders,jonge-kinderen',
  '--leeftijdsfasen', '0-4',
  '--settings', 'ontmoetingsplek,wijk-en-buurt',
  '--themas', 'opvoedondersteuning',
  '--factoren', 'laagdrempelig-contact,lange-adem',
  '--preventieniveau', 'universeel',
  '--summary', 'Ouders van jonge kinderen ontmoeten elkaar elke week bij koffie, met een professional die laagdrempelig meedenkt.',
  '--bron-titel', 'Eigen aanmelding',
  '--bron-uitgever', 'Gemeente Hoogeveen',
  '--bron-jaar', '2025',
  '--bron-pagina', '3-4',
];
const writtenFile = 'docs/praktijken/kids-en-koffie-op-het-plein-hoogeveen.mdx';

describe('npm run new:praktijk with flags', () => {
  it('writes a page that passes every check of npm run validate', () => {
    const run = scaffold(validFlags);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✔ ${writtenFile} geschreven.`);
    expect(run.stdout).toMatch(/✔ \d+ bestanden gecontroleerd, geen problemen\./);

    const content = loadContent(siteDir);
    expect(validateContent(content).map(formatProblem)).toEqual([]);
    const page = content.praktijken.find((entry) => entry.file === writtenFile);
    expect(page?.data).toMatchObject({
      title: 'Kids & Koffie op het plein',
      provincie: 'drenthe',
      coordinaten: {lat: 52.72, lon: 6.48},
      startjaar: 2019,
      factoren: ['laagdrempelig-contact', 'lange-adem'],
      bron: {titel: 'Eigen aanmelding', uitgever: 'Gemeente Hoogeveen', jaar: 2025, pagina: '3-4'},
    });
    const source = readFileSync(join(siteDir, writtenFile), 'utf8');
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(praktijkSections.map((section) => section.heading));
    // Placeholder text comes from the template, so contributors see the same guidance.
    expect(source).toContain('Bereik en effecten; een cijfer krijgt alleen een jaar als de bron dat jaar noemt.');
  });

  it('refuses to overwrite an existing page', () => {
    const before = readFileSync(join(siteDir, writtenFile), 'utf8');
    const run = scaffold([...validFlags, '--summary', 'Een andere samenvatting die lang genoeg is om geldig te zijn voor het schema.']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${writtenFile} bestaat al`);
    expect(readFileSync(join(siteDir, writtenFile), 'utf8')).toBe(before);
  });

  it('lists every problem of the input at once and writes nothing', () => {
    const run = scaffold([
      '--yes',
      '--title', 'Een praktijk met fouten',
      '--gemeente', 'Zwolle',
      '--provincie', 'zuid-holand',
      '--lat', '60',
      '--lon', '6.09',
      '--doelgroepen', 'ouders,ouders',
      '--leeftijdsfasen', '4-12',
      '--settings', 'school',
      '--themas', 'onderwijs-en-zorg',
      '--factoren', 'laagdrempelig-kontakt',
      '--preventieniveau', 'universeel',
      '--bron-titel', 'Bron',
      '--bron-uitgever', 'Uitgever',
      '--bron-jaar', 'twintig',
    ]);
    expect(run.status).toBe(1);
    const file = 'docs/praktijken/een-praktijk-met-fouten-zwolle.mdx';
    expect(existsSync(join(siteDir, file))).toBe(false);
    for (const expected of [
      `${file}  summary: verplicht veld ontbreekt`,
      `${file}  provincie: `,
      '(waarde: "zuid-holand") — bedoelde je `zuid-holland`?',
      `${file}  coordinaten.lat: `,
      `${file}  doelgroepen: een waarde staat er twee keer in`,
      `${file}  bron.jaar: `,
      `${file}  factoren[0]: deze werkende factor bestaat niet (waarde: "laagdrempelig-kontakt") — bedoelde je \`laagdrempelig-contact\`?`,
      '✘ 6 problemen in de invoer; er is niets geschreven.',
    ]) {
      expect(run.stderr).toContain(expected);
    }
  });

  it('rejects an unknown flag with the usage', () => {
    const run = scaffold(['--yes', '--titel', 'Typo']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Gebruik: npm run new:praktijk');
  });
});

describe('npm run new:praktijk with questions', () => {
  it('accepts option numbers, re-asks after a wrong answer and writes the page', () => {
    const answers = [
      'Buurtmoeders in de wijk', // title
      'Zwolle', // gemeente
      '', // regio (optional)
      '4', // provincie: overijssel
      '52,51', // lat
      '6.09', // lon
      '', // startjaar (optional)
      'te kort', // summary: rejected, asked again
      'Moeders uit de wijk bezoeken nieuwe gezinnen en helpen hen de weg te vinden naar school en zorg.',
      '2, 8', // doelgroepen: ouders, nieuwkomers
      '4-12', // leeftijdsfasen
      'school', // settings
      'diversiteit', // themas: rejected with a suggestion
      'diversiteit-en-inclusie',
      '2,13', // factoren
      'selectief', // preventieniveau
      'Eigen aanmelding',
      'Gemeente Zwolle',
      '2025',
      '', // bron-pagina (optional)
    ];
    const run = scaffold([], `${answers.join('\n')}\n`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('✘ Te kort');
    expect(run.stdout).toContain('onbekende waarde "diversiteit" — bedoelde je `diversiteit-en-inclusie`?');
    const page = loadContent(siteDir).praktijken.find((entry) => entry.slug === 'buurtmoeders-in-de-wijk-zwolle');
    expect(page?.data).toMatchObject({
      provincie: 'overijssel',
      doelgroepen: ['ouders', 'nieuwkomers'],
      factoren: ['inwoners-laten-meedoen', 'vertrouwen-en-korte-lijnen'],
      themas: ['diversiteit-en-inclusie'],
    });
    expect(page?.data.regio).toBeUndefined();
  });

  it('stops without writing when the input ends early', () => {
    const run = scaffold([], 'Een onaf verhaal\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('er is niets geschreven');
    expect(existsSync(join(siteDir, 'docs/praktijken/een-onaf-verhaal.mdx'))).toBe(false);
  });
});
