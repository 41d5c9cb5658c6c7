import {describe, expect, it} from 'vitest';
import {checkForm} from '../../src/lib/praktijk-form';
import {fieldId, problemsToFieldErrors} from '../../src/lib/praktijk-form/errors';
import {parseDraft, serializeDraft} from '../../src/lib/praktijk-form/draft';
import {emptyFormState, formToInput, isBlankState, newRow, paragraphs, parseNumber, splitLines, toggleChoice, type PraktijkFormState} from '../../src/lib/praktijk-form/state';
import {praktijkSchema} from '../../src/content/schemas/praktijk';
import {choiceKeys, fieldsNotAsked, rowFields, rowListKeys, textKeys} from '../../src/lib/praktijk-form/fields';
import {loadFile} from '../../src/content/load';

/** A form filled in as a contributor would, valid as a whole. */
function filledState(): PraktijkFormState {
  const state = emptyFormState('2026-11-22');
  return {
    ...state,
    title: 'Koffie & Kids in Teststad',
    summary: 'Wekelijkse inloop voor ouders van jonge kinderen in de bibliotheek, met koffie, tips en een vaste gastvrouw.',
    gemeente: 'Teststad',
    provincie: 'utrecht',
    lat: '52,09',
    lon: '5.12',
    startjaar: '2019',
    doelgroepen: ['ouders'],
    leeftijdsfasen: ['0-4'],
    settings: ['ontmoetingsplek'],
    themas: ['opvoedondersteuning'],
    factoren: ['laagdrempelig-contact'],
    preventieniveau: ['universeel'],
    partners: 'Gemeente Teststad\n\n  Bibliotheek Teststad  \n',
    kerncijfers: [
      {...newRow('kerncijfers'), label: '', waarde: '', jaar: ''},
      {...newRow('kerncijfers'), label: 'Ouders per week', waarde: '12', jaar: '2023'},
    ],
    bron: {titel: 'Eigen aanmelding', uitgever: 'Gemeente Teststad', jaar: '2024', pagina: '', url: ''},
    body: {...state.body, inHetKort: 'Een inloop voor ouders.\n\nMet koffie.'},
  };
}

describe('parsing what was typed', () => {
  it('reads numbers with a comma or a point, leaves other text for the schema to report', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseNumber('52,09')).toBe(52.09);
    expect(parseNumber(' 2019 ')).toBe(2019);
    expect(parseNumber('twintig')).toBe('twintig');
  });

  it('splits a textarea into trimmed, non-empty lines', () => {
    expect(splitLines('a\n\n  b  \r\nc\n')).toEqual(['a', 'b', 'c']);
  });

  it('keeps checkbox values in the order of the options', () => {
    const options = ['a', 'b', 'c'];
    expect(toggleChoice(['c'], 'a', options)).toEqual(['a', 'c']);
    expect(toggleChoice(['a', 'c'], 'a', options)).toEqual(['c']);
  });
});

describe('formToInput', () => {
  it('converts numbers, line lists and rows, drops empty rows and omits empty optional fields', () => {
    const {input, rows} = formToInput(filledState());
    expect(input.coordinaten).toEqual({lat: 52.09, lon: 5.12});
    expect(input.startjaar).toBe(2019);
    expect(input.partners).toEqual(['Gemeente Teststad', 'Bibliotheek Teststad']);
    expect(input.kerncijfers).toEqual([{label: 'Ouders per week', waarde: '12', jaar: 2023}]);
    expect(rows.kerncijfers).toEqual([1]);
    expect(rows.partners).toEqual([0, 2]);
    for (const key of ['regio', 'leeftijd', 'kosten', 'contact', 'websites', 'interventies']) expect(input).not.toHaveProperty(key);
    expect(input.bron).toEqual({titel: 'Eigen aanmelding', uitgever: 'Gemeente Teststad', jaar: 2024});
    expect(praktijkSchema.safeParse(input).success).toBe(true);
  });

  it('leaves empty required fields out, so the schema calls them missing', () => {
    const {input} = formToInput(emptyFormState());
    expect(input).not.toHaveProperty('gemeente');
    expect(input.coordinaten).toEqual({});
    expect(input.doelgroepen).toEqual([]);
  });

  it('writes a single page as a number and a range as text', () => {
    const state = filledState();
    expect(formToInput({...state, bron: {...state.bron, pagina: '31'}}).input.bron).toMatchObject({pagina: 31});
    expect(formToInput({...state, bron: {...state.bron, pagina: '31-33'}}).input.bron).toMatchObject({pagina: '31-33'});
  });

  it('keeps a half-filled age range so the missing half is reported', () => {
    expect(formToInput({...filledState(), leeftijdVan: '4'}).input.leeftijd).toEqual({van: 4});
  });
});

describe('checkForm', () => {
  it('writes MDX that parses and passes the schema when the form is complete', () => {
    const outcome = checkForm(filledState());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.slug).toBe('koffie-en-kids-in-teststad');
    expect(outcome.mdx).toMatch(/^---\ntitle: Koffie & Kids in Teststad\n/);
    expect(outcome.mdx).toContain('## In het kort\n\nEen inloop voor ouders.\n\nMet koffie.');
    const site = process.cwd();
    const loaded = loadFile('praktijk', `${site}/docs/praktijken/${outcome.slug}.mdx`, site, outcome.mdx);
    expect(loaded.problems).toEqual([]);
    expect(loaded.entry?.data.coordinaten).toEqual({lat: 52.09, lon: 5.12});
  });

  it('maps every problem to the id of its input, with a Dutch message', () => {
    const state = filledState();
    const outcome = checkForm({
      ...state,
      gemeente: '',
      summary: 'Te kort.',
      lat: '60',
      doelgroepen: [],
      leeftijdVan: '12',
      leeftijdTot: '4',
      kerncijfers: [newRow('kerncijfers'), {...newRow('kerncijfers'), label: 'Bereik', waarde: '10', jaar: '17'}],
      websites: [{...newRow('websites'), label: 'Site', url: 'geen-adres'}],
      partners: 'Gemeente\n\nX',
      body: {...state.body, inHetKort: '  '},
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const byId = Object.fromEntries(outcome.errors.map((e) => [e.id, e.message]));
    expect(byId).toEqual({
      'veld-summary': 'Schrijf minstens 40 tekens (nu 8)',
      'veld-gemeente': 'Vul de gemeente in',
      'veld-coordinaten-lat': 'Vul een breedtegraad tussen 50.7 en 53.6 in (Nederland), zoals 52.09',
      'veld-doelgroepen': 'Kies minstens één doelgroep',
      'veld-leeftijd-van': 'De leeftijd ‘van’ mag niet hoger zijn dan ‘tot’',
      'veld-partners': 'Regel 3: Schrijf minstens 2 tekens (nu 1)',
      // The second row of the form is the first one kept.
      'veld-kerncijfers-1-jaar': 'Vul een jaartal in van vier cijfers, tussen 1950 en 2100',
      'veld-websites-0-url': 'Vul een volledig webadres in dat begint met https://',
      'veld-body-inHetKort': 'Schrijf de tekst voor ‘In het kort’',
    });
    const kerncijfer = outcome.errors.find((e) => e.id === 'veld-kerncijfers-1-jaar');
    expect(kerncijfer?.label).toBe('Kerncijfer 2: Jaar');
    expect(kerncijfer?.field).toBe('kerncijfers[0].jaar');
  });

  it('reports a summary that is too long with its length', () => {
    const outcome = checkForm({...filledState(), summary: 'x'.repeat(201)});
    expect(outcome.ok || outcome.errors).toEqual([
      {id: 'veld-summary', field: 'summary', label: 'Samenvatting', message: 'Schrijf hoogstens 200 tekens (nu 201)'},
    ]);
  });

  it('keeps the zod message, capitalised, where there is no plainer one', () => {
    const errors = problemsToFieldErrors([{file: 'f', field: 'themas', message: 'een waarde staat er twee keer in', value: ['a', 'a']}], {
      partners: [],
      interventies: [],
      kerncijfers: [],
      kosten: [],
      contact: [],
      websites: [],
    });
    expect(errors).toEqual([{id: 'veld-themas', field: 'themas', label: 'Thema’s', message: 'Een waarde staat er twee keer in'}]);
  });
});

describe('unsafe links', () => {
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java&#x73;cript:alert(1)', 'data:text/html,x'])(
    'refuses %j at the section field with a Dutch message instead of rewriting it',
    (url) => {
      const state = filledState();
      const outcome = checkForm({...state, body: {...state.body, aanpak: `Lees [meer](${url}) hierover.`}});
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.errors).toEqual([
        {id: 'veld-body-aanpak', field: 'body.aanpak', label: 'Aanpak', message: 'Deze link is niet veilig; gebruik een webadres dat begint met https://'},
      ]);
    },
  );

  it('accepts an https link and a link to a factor page', () => {
    const state = filledState();
    const outcome = checkForm({...state, body: {...state.body, aanpak: 'Zie [VNG](https://vng.nl) en [lange adem](/werkende-factoren/lange-adem).'}});
    expect(outcome.ok).toBe(true);
  });
});

describe('field lists come from the schema', () => {
  it('gives every schema field an input, except the ones the form leaves to editors', () => {
    const asked = new Set<string>([
      ...textKeys.map((key) => (key === 'lat' || key === 'lon' ? 'coordinaten' : key.startsWith('leeftijd') ? 'leeftijd' : key)),
      ...choiceKeys,
      ...rowListKeys,
      'bron',
    ]);
    const schemaKeys = Object.keys(praktijkSchema.shape);
    expect(schemaKeys.filter((key) => !asked.has(key) && !(key in fieldsNotAsked))).toEqual([]);
    expect([...asked].filter((key) => !schemaKeys.includes(key))).toEqual([]);
  });

  it('takes the row fields and the numbers in the messages from the schema', () => {
    expect(rowFields.websites).toEqual(Object.keys(praktijkSchema.shape.websites.unwrap().element.shape));
    const outcome = checkForm({...filledState(), startjaar: '1800'});
    expect(outcome.ok || outcome.errors[0]?.message).toBe(
      `Vul een jaartal in van vier cijfers, tussen ${praktijkSchema.shape.startjaar.unwrap().minValue} en ${praktijkSchema.shape.startjaar.unwrap().maxValue}`,
    );
  });
});

describe('ids', () => {
  it('turns a path into an input id', () => {
    expect(fieldId('kerncijfers[1].jaar')).toBe('veld-kerncijfers-1-jaar');
    expect(fieldId('coordinaten.lat')).toBe('veld-coordinaten-lat');
    expect(fieldId('title')).toBe('veld-title');
  });
});

describe('draft', () => {
  it('round-trips through JSON and survives damaged or old drafts', () => {
    const state = filledState();
    const text = serializeDraft(state, new Date('2026-11-22T10:15:00Z'));
    const draft = parseDraft(text);
    expect(draft?.savedAt).toBe('2026-11-22T10:15:00.000Z');
    expect(formToInput(draft!.state).input).toEqual(formToInput(state).input);
    expect(parseDraft('{niet json')).toBeUndefined();
    expect(parseDraft(null)).toBeUndefined();
    const partial = parseDraft(JSON.stringify({savedAt: '2026-01-01T00:00:00Z', state: {gemeente: 'Ede', themas: 'x', kosten: [{label: 3}]}}));
    expect(partial?.state.gemeente).toBe('Ede');
    expect(partial?.state.themas).toEqual([]);
    expect(partial?.state.kosten).toHaveLength(1);
    expect(partial?.state.kosten[0]?.label).toBe('');
    expect(partial?.state.body.inHetKort).toBe('');
  });

  it('counts a form with only the date as blank', () => {
    expect(isBlankState(emptyFormState('2026-11-22'))).toBe(true);
    expect(isBlankState({...emptyFormState(), regio: 'x'})).toBe(false);
  });
});

it('splits section text into paragraphs for the preview', () => {
  expect(paragraphs('a\nb\n\n\nc\n')).toEqual(['a\nb', 'c']);
});
