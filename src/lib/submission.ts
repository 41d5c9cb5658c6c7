/**
 * One conversion from a submission to a page, used by the in-site form, `npm run new:praktijk`
 * and the issue bot: frontmatter checked with the praktijk schema the build uses, body text
 * checked for unsafe links, and the MDX written by the MDX writer. Pure and browser-safe.
 */
import {checkFrontmatter} from '../content/frontmatter';
import type {Problem} from '../content/problems';
import {praktijkSchema, type PraktijkInput} from '../content/schemas/praktijk';
import {isUnsafeUrl, markdownLinkTargets} from '../content/url-safety';
import {praktijkSections, praktijkToMdx, slugify, type PraktijkBody, type SectionKey} from './mdx-writer';

/** A practice as submitted: frontmatter as typed (possibly invalid) and the section texts. */
export interface Submission {
  readonly frontmatter: Readonly<Record<string, unknown>>;
  readonly body: Readonly<Partial<Record<SectionKey, string>>>;
}

export type PageOutcome =
  | {readonly ok: true; readonly slug: string; readonly frontmatter: PraktijkInput; readonly body: PraktijkBody; readonly mdx: string}
  | {readonly ok: false; readonly problems: readonly Problem[]};

/** Body sections that must have text. */
export const requiredSections: readonly SectionKey[] = ['inHetKort'];

export const unsafeLinkMessage = 'deze link is niet veilig; gebruik een webadres dat begint met https://';

/** Problems in the section texts: a required section left empty, a link with an unsafe scheme. */
function bodyProblems(body: PraktijkBody, file: string): Problem[] {
  return praktijkSections.flatMap(({key}): Problem[] => {
    const field = `body.${key}`;
    if (body[key] === '') return requiredSections.includes(key) ? [{file, field, message: 'verplicht veld ontbreekt'}] : [];
    const unsafe = markdownLinkTargets(body[key]).find(isUnsafeUrl);
    return unsafe === undefined ? [] : [{file, field, message: unsafeLinkMessage, value: unsafe}];
  });
}

/**
 * Checks a submission and, when everything is right, writes the page. Problems come in the
 * order of the schema, then the body sections; `file` names where the submission came from.
 */
export function submissionToPage(submission: Submission, {file = 'formulier'}: {file?: string} = {}): PageOutcome {
  const result = checkFrontmatter(praktijkSchema, submission.frontmatter, {file});
  const body = Object.fromEntries(praktijkSections.map(({key}) => [key, (submission.body[key] ?? '').trim()])) as PraktijkBody;
  const problems = [...(result.ok ? [] : result.problems), ...bodyProblems(body, file)];
  if (problems.length > 0) return {ok: false, problems};
  const frontmatter = submission.frontmatter as PraktijkInput;
  return {ok: true, slug: pageSlug(frontmatter.title, frontmatter.gemeente), frontmatter, body, mdx: praktijkToMdx(frontmatter, body)};
}

/** File name from title and gemeente (`kids-en-koffie-sliedrecht`), unless the title already names the gemeente. */
export function pageSlug(title: string, gemeente: string): string {
  const titleSlug = slugify(title);
  const gemeenteSlug = slugify(gemeente);
  const titleNamesGemeente = `-${titleSlug}-`.includes(`-${gemeenteSlug}-`);
  return gemeenteSlug && !titleNamesGemeente ? `${titleSlug}-${gemeenteSlug}`.replace(/^-/, '') : titleSlug;
}
