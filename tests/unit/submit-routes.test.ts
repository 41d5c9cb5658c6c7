import {describe, expect, it} from 'vitest';
import {MAX_URL_LENGTH, mailtoUrl, prefilledIssueUrl} from '../../src/lib/submit-routes';
import type {PraktijkInput} from '../../src/content/schemas/praktijk';
import type {PraktijkBody} from '../../src/lib/mdx-writer';

const frontmatter = {
  title: 'Kids & Koffie',
  gemeente: 'Sliedrecht',
  provincie: 'zuid-holland',
  factoren: ['lange-adem'],
  doelgroepen: ['ouders'],
} as unknown as PraktijkInput;
const body = {inHetKort: 'Kort.', aanleiding: '', aanpak: '', watWerkt: '', resultaten: '', valkuilen: '', tips: ''} as PraktijkBody;

describe('prefilledIssueUrl', () => {
  it('fills the issue form fields by id, dropdowns with their option text', () => {
    const {url, withoutSections} = prefilledIssueUrl('https://github.com/o/r', frontmatter, body, {'lange-adem': 'Lange adem'});
    const params = new URL(url).searchParams;
    expect(withoutSections).toBe(false);
    expect(params.get('template')).toBe('praktijk-aanmelden.yml');
    expect(params.get('titel')).toBe('Kids & Koffie');
    expect(params.get('provincie')).toBe('Zuid-Holland (zuid-holland)');
    expect(params.get('factoren')).toBe('Lange adem (lange-adem)');
    expect(params.get('inHetKort')).toBe('Kort.');
  });

  it('leaves the section texts out when the URL would be too long for GitHub', () => {
    const long = {...body, aanpak: 'x'.repeat(MAX_URL_LENGTH)};
    const {url, withoutSections} = prefilledIssueUrl('https://github.com/o/r', frontmatter, long, {});
    expect(withoutSections).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    expect(new URL(url).searchParams.get('titel')).toBe('Kids & Koffie');
  });
});

describe('mailtoUrl', () => {
  it('writes to the given address with a subject naming the practice', () => {
    const url = new URL(mailtoUrl('redactie@example.nl', frontmatter, 'kids-en-koffie-sliedrecht.mdx'));
    expect(url.pathname).toBe('redactie@example.nl');
    expect(url.searchParams.get('subject')).toBe('Nieuwe praktijk voor de kennisbank: Kids & Koffie (Sliedrecht)');
    expect(url.searchParams.get('body')).toContain('kids-en-koffie-sliedrecht.mdx');
  });
});
