/**
 * The two ways to send a checked page from the in-site form: the GitHub issue form, prefilled
 * through its URL, and an e-mail to the editors. Pure and browser-safe.
 */
import type {PraktijkInput} from '../content/schemas/praktijk';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas} from '../content/vocabularies';
import {optionText, submissionToAnswers} from './issue-fields';
import type {PraktijkBody} from './mdx-writer';

/** GitHub refuses very long URLs; above this the section texts are left for the attachment. */
export const MAX_URL_LENGTH = 8000;

export interface IssueLink {
  readonly url: string;
  /** Whether the section texts had to be left out to keep the URL short enough. */
  readonly withoutSections: boolean;
}

/** The issue form with every checked field filled in, as GitHub reads query parameters. */
export function prefilledIssueUrl(repositoryUrl: string, frontmatter: PraktijkInput, body: PraktijkBody, factorTitles: Readonly<Record<string, string>>): IssueLink {
  const labels = new Map<string, string>(
    [...provincies, ...doelgroepen, ...leeftijdsfasen, ...settings, ...themas, ...preventieniveaus].map((entry) => [entry.value, entry.label]),
  );
  const option = (value: string) => optionText({value, label: factorTitles[value] ?? labels.get(value) ?? value});
  const build = (sections: Partial<PraktijkBody>) => {
    const params = new URLSearchParams({template: 'praktijk-aanmelden.yml', title: `[Praktijk]: ${frontmatter.title}`});
    for (const [id, value] of Object.entries(submissionToAnswers(frontmatter, sections, option))) params.set(id, value);
    return `${repositoryUrl}/issues/new?${params.toString()}`;
  };
  const full = build(body);
  return full.length <= MAX_URL_LENGTH ? {url: full, withoutSections: false} : {url: build({}), withoutSections: true};
}

/** A `mailto:` to the editors with a subject naming the practice and a short body. */
export function mailtoUrl(address: string, frontmatter: PraktijkInput, fileName: string): string {
  const subject = `Nieuwe praktijk voor de kennisbank: ${frontmatter.title} (${frontmatter.gemeente})`;
  const body = [
    'Beste redactie,',
    '',
    `Hierbij meld ik de praktijk "${frontmatter.title}" in ${frontmatter.gemeente} aan voor de kennisbank jeugdpreventie.`,
    `Het bestand ${fileName} heb ik gemaakt met het formulier op de site en voeg ik als bijlage toe.`,
    '',
    'Met vriendelijke groet,',
  ].join('\n');
  // encodeURIComponent, not URLSearchParams: mail programs read `+` as a plus, not a space.
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
