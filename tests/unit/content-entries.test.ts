import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem} from '../../src/content/problems';
import {handWrittenMeerWeten} from '../../src/content/meer-weten';

const content = loadContent(process.cwd());
const sections = ['In het kort', 'Aanleiding', 'Aanpak', 'Wat werkt', 'Resultaten', 'Valkuilen en lessen', 'Tips voor andere gemeenten'];
const personalContact = /[\w.+-]+@[\w-]+\.[\w.]+|\b0\d{1,3}[-\s]?\d{6,8}\b/;

describe('the content as a whole', () => {
  it('passes validation', () => {
    expect(validateContent(content).map(formatProblem)).toEqual([]);
  });
});

describe.each(content.praktijken.map((p) => ({...p, title: p.data.title})))('praktijk $title', (praktijk) => {
  const source = readBody(praktijk.file);
  it('has the seven written sections of the brief, in order', () => {
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    expect(headings, `${praktijk.file}: zet de secties in deze volgorde: ${sections.join(' · ')}`).toEqual(sections);
  });
  it('leaves ‘Meer weten’ to the site, which builds it from the frontmatter', () => {
    expect(handWrittenMeerWeten(praktijk.file, readFileSync(praktijk.file, 'utf8')).map(formatProblem)).toEqual([]);
  });
  it('is 600–1,000 words long', () => {
    expect(praktijk.words, `${praktijk.file} heeft ${praktijk.words} woorden`).toBeGreaterThanOrEqual(600);
    expect(praktijk.words, `${praktijk.file} heeft ${praktijk.words} woorden`).toBeLessThanOrEqual(1000);
  });
  it('gives a key figure or cost a plausible year where it has one', () => {
    for (const figure of [...praktijk.data.kerncijfers, ...praktijk.data.kosten]) if (figure.jaar !== undefined) expect(figure.jaar).toBeGreaterThan(2000);
  });
  it('links each of its factors inline', () => {
    for (const factor of praktijk.data.factoren) {
      expect(source, `${praktijk.file}: link de factor ${factor} in de tekst`).toContain(`werkende-factoren/${factor}`);
    }
  });
  it('publishes no personal e-mail address or phone number', () => {
    expect(source).not.toMatch(personalContact);
  });
});

describe.each(content.factoren.map((f) => ({...f, title: f.data.title})))('werkende factor $title', (factor) => {
  it('has 3–5 reflection questions, each a question', () => {
    expect(factor.data.vragen.length).toBeGreaterThanOrEqual(3);
    for (const vraag of factor.data.vragen) expect(vraag.trim().endsWith('?'), vraag).toBe(true);
  });
  it('explains the factor in 150–300 words', () => {
    expect(factor.words).toBeGreaterThanOrEqual(150);
    expect(factor.words).toBeLessThanOrEqual(320);
  });
});

describe.each(content.beleid.map((b) => ({...b, title: b.data.title})))('beleidsdocument $title', (beleid) => {
  // Issue 17 added the per-theme results, goals and a sentence per factor, so the ceiling rose from 1,500.
  it('is 800–2,200 words long', () => {
    expect(beleid.words).toBeGreaterThanOrEqual(800);
    expect(beleid.words).toBeLessThanOrEqual(2200);
  });
  it('says for each factor it links where the document shows it', () => {
    const body = readBody(beleid.file);
    for (const factor of beleid.data.factoren) {
      expect(body, `${beleid.file}: schrijf een zin met een link naar ${factor}`).toMatch(new RegExp(`^- \\[[^\\]]+\\]\\(\\.\\./werkende-factoren/${factor}\\.mdx\\): \\S`, 'm'));
    }
  });
  it('publishes no personal e-mail address or phone number', () => {
    expect(readBody(beleid.file)).not.toMatch(personalContact);
  });
});

function readBody(file: string): string {
  return readFileSync(file, 'utf8');
}
