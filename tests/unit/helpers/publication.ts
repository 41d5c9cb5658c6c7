import type {Entry, LoadedContent} from '../../../src/content/load';
import type {Praktijk} from '../../../src/content/schemas/praktijk';

/**
 * Tests that hold the content of the 2018 publication ("Van nul tot later als ik groot ben")
 * apply to the practices that cite it, so a practice a contributor adds does not break them.
 */
export function isFromPublication(praktijk: Pick<Praktijk, 'bron'>): boolean {
  return /^van nul tot later als ik groot ben$/i.test(praktijk.bron.titel.trim()) && praktijk.bron.jaar === 2018;
}

export function publicationPractices(content: LoadedContent): Entry<Praktijk>[] {
  return content.praktijken.filter((entry) => isFromPublication(entry.data));
}

/**
 * The content plus a contributed sixteenth practice: another source, another municipality,
 * and factors that the publication's table does not give it.
 */
export function withContributedPractice(content: LoadedContent): LoadedContent {
  const [model] = content.praktijken;
  const contributed: Entry<Praktijk> = {
    ...model!,
    slug: 'bijgedragen-praktijk-teststad',
    file: 'docs/praktijken/bijgedragen-praktijk-teststad.mdx',
    data: {
      ...model!.data,
      title: 'Bijgedragen praktijk',
      gemeente: 'Teststad',
      factoren: ['inwoners-laten-meedoen', 'vakmanschap-en-leren', 'steun-wethouder-en-raad'],
      bron: {titel: 'Aanmelding via het formulier', uitgever: 'Gemeente Teststad', jaar: 2026},
    },
  };
  return {...content, praktijken: [...content.praktijken, contributed]};
}
