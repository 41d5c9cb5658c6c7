import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseIssue} from '@github/issue-parser';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import * as z from 'zod';
import {issueFormPath} from '../../scripts/issue-form';
import {answersToSubmission, issueFields, issueOnlyFields, schemaFieldsNotAsked, submissionToAnswers} from '../../src/lib/issue-fields';
import {praktijkSections} from '../../src/lib/mdx-writer';
import {praktijkSchema, type PraktijkInput} from '../../src/content/schemas/praktijk';

const template = readFileSync(join(process.cwd(), issueFormPath), 'utf8');
const form = parse(template) as {body: {type: string; id?: string; attributes: {label: string}}[]};
const formIds = form.body.filter((item) => item.type !== 'markdown').map((item) => item.id!);

/** Every leaf path of the schema: `title`, `coordinaten.lat`, `bron.url`, … (row lists as a whole). */
function schemaPaths(): string[] {
  return Object.entries(praktijkSchema.shape).flatMap(([key, schema]) => {
    const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
    return inner instanceof z.ZodObject && key !== 'leeftijd' ? Object.keys(inner.shape).map((sub) => `${key}.${sub}`) : [key];
  });
}

describe('issue form and schema', () => {
  it('has a schema field (or body section) for every form field', () => {
    const mapped = new Set([...issueFields.map((field) => field.id), ...issueOnlyFields]);
    expect(formIds.filter((id) => !mapped.has(id))).toEqual([]);
    const paths = new Set([...schemaPaths(), ...praktijkSections.map(({key}) => `body.${key}`)]);
    expect(issueFields.filter((field) => !paths.has(field.path)).map((field) => field.id)).toEqual([]);
  });

  it('has a form field for every schema field, except those it leaves out on purpose', () => {
    const asked = new Set(issueFields.map((field) => field.path));
    expect(schemaPaths().filter((path) => !asked.has(path) && !(path in schemaFieldsNotAsked))).toEqual([]);
    expect(issueFields.map((field) => field.id).filter((id) => !formIds.includes(id))).toEqual([]);
    for (const {key} of praktijkSections) expect(formIds).toContain(key);
  });
});

describe('answers round trip', () => {
  const frontmatter: PraktijkInput = {
    title: 'Samen Spelen',
    summary: 'Wekelijkse speelochtend in de buurtspeeltuin voor ouders van peuters, met het CJG erbij.',
    gemeente: 'Teststad',
    regio: 'Hart van Test',
    provincie: 'utrecht',
    coordinaten: {lat: 52.09, lon: 5.12},
    startjaar: 2021,
    doelgroepen: ['ouders', 'jonge-kinderen'],
    leeftijdsfasen: ['0-4'],
    leeftijd: {van: 2, tot: 4},
    settings: ['wijk-en-buurt'],
    themas: ['opvoedondersteuning'],
    factoren: ['lange-adem'],
    preventieniveau: ['universeel'],
    partners: ['Gemeente Teststad', 'CJG'],
    interventies: [{naam: 'Samen Spelen', omschrijving: 'Een speelochtend met een medewerker van het CJG.'}],
    kerncijfers: [{label: 'Ouders', waarde: '8-12', jaar: 2023}, {label: 'Ochtenden', waarde: '40'}],
    kosten: [{label: 'Subsidie', waarde: '€ 20.000', jaar: 2022}],
    contact: [{organisatie: 'Gemeente Teststad', rol: 'beleidsmedewerker jeugd'}],
    websites: [{label: 'Samen Spelen', url: 'https://www.example.nl/a'}],
    bron: {titel: 'Evaluatie', uitgever: 'Gemeente Teststad', jaar: 2024, pagina: '4-7', url: 'https://www.example.nl/bron.pdf'},
    laatstBijgewerkt: '2026-11-29',
  };
  const body = {inHetKort: 'Elke woensdag.\n\n### Een eigen kop\n\nMeer tekst.', aanpak: '- een\n- twee'};

  it('writes a page as answers that GitHub shows and the parser reads back to the same page', () => {
    const answers = submissionToAnswers(frontmatter, body, (value) => `Label (${value})`);
    // GitHub writes the issue as `### <label>` and the answer; this is what the bot reads.
    const issue = form.body
      .filter((item) => item.type !== 'markdown' && item.type !== 'checkboxes')
      .map((item) => `### ${item.attributes.label}\n\n${answers[item.id!] ?? '_No response_'}`)
      .join('\n\n');
    const back = answersToSubmission(parseIssue(issue, template) as Record<string, unknown>, '2026-11-29');
    expect(back.frontmatter).toEqual(frontmatter);
    expect(back.body.inHetKort).toBe(body.inHetKort);
    expect(back.body.aanpak).toBe(body.aanpak);
    expect(back.body.tips).toBe('');
  });
});
