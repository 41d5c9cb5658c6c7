import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {buildIssueForm, issueFormPath, readFactorOptions} from '../../scripts/issue-form';
import {githubAnnotations, parseProblemLine, toAnnotation} from '../../scripts/github-annotations';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas} from '../../src/content/vocabularies';
import {praktijkSchema} from '../../src/content/schemas/praktijk';

const siteDir = process.cwd();
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, {branches?: string[]} | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, {steps: Step[]; needs?: string}>;
}

const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const steps = (parsed: Workflow) => Object.values(parsed.jobs).flatMap((job) => job.steps);
const runs = (parsed: Workflow) => steps(parsed).flatMap((step) => (step.run ? [step.run] : []));

describe('issue form', () => {
  const committed = read(issueFormPath);
  const form = parse(committed) as {body: {type: string; id?: string; attributes: {options?: unknown[]; multiple?: boolean}}[]};
  const dropdown = (id: string) => form.body.find((item) => item.id === id)!;

  it('is exactly what scripts/issue-form.ts generates (run it with --write after changing a vocabulary)', () => {
    expect(committed).toBe(buildIssueForm(readFactorOptions(siteDir)));
  });

  it.each([
    ['provincie', provincies, false],
    ['doelgroepen', doelgroepen, true],
    ['leeftijdsfasen', leeftijdsfasen, true],
    ['settings', settings, true],
    ['themas', themas, true],
    ['preventieniveau', preventieniveaus, true],
  ] as const)('offers every value of %s', (id, vocabulary, multiple) => {
    expect(dropdown(id).type).toBe('dropdown');
    expect(dropdown(id).attributes.multiple).toBe(multiple);
    expect(dropdown(id).attributes.options).toEqual(vocabulary.map((entry) => `${entry.label} (${entry.value})`));
  });

  it('offers every werkende factor', () => {
    const factorSlugs = readFactorOptions(siteDir).map((option) => option.value);
    expect(factorSlugs).toHaveLength(14);
    const options = dropdown('factoren').attributes.options as string[];
    expect(options.map((option) => /\(([^)]+)\)$/.exec(option)?.[1])).toEqual(factorSlugs);
  });

  it('asks for every required field of the schema', () => {
    const ids = new Set(form.body.map((item) => item.id));
    // Coordinates and the date are filled in by the redacteur, not the person reporting.
    const filledInByRedacteur = new Set(['coordinaten', 'laatstBijgewerkt']);
    const formIdFor: Record<string, string> = {title: 'titel', summary: 'samenvatting', bron: 'bron-titel'};
    const required = Object.entries(praktijkSchema.shape)
      .filter(([key, schema]) => !schema.safeParse(undefined).success && !filledInByRedacteur.has(key))
      .map(([key]) => formIdFor[key] ?? key);
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has unique ids, as GitHub requires', () => {
    const ids = form.body.flatMap((item) => (item.id ? [item.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('has a config that parses', () => {
    const config = parse(read('.github/ISSUE_TEMPLATE/config.yml')) as {contact_links: {url: string}[]};
    for (const link of config.contact_links) expect(link.url).toMatch(/^https:\/\//);
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');

  it('runs on pull requests and on pushes to main', () => {
    expect(ci.on).toHaveProperty('pull_request');
    expect(ci.on.push?.branches).toContain('main');
  });

  it('uses Node 20 and installs with npm ci', () => {
    const setupNode = steps(ci).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(setupNode?.with?.['node-version'])).toBe('20');
    expect(runs(ci)).toContain('npm ci');
  });

  it('runs validate with annotations, the unit tests and the build, in that order', () => {
    const commands = runs(ci);
    const position = (pattern: RegExp) => commands.findIndex((command) => pattern.test(command));
    const validate = position(/npm run (--silent )?validate.*\| node --import tsx scripts\/github-annotations\.ts --stdin/);
    const tests = position(/^npx vitest run$/);
    const build = position(/^npm run build$/);
    expect([validate, tests, build].every((index) => index >= 0)).toBe(true);
    expect(validate).toBeLessThan(tests);
    expect(tests).toBeLessThan(build);
    // Without pipefail a failing validate would hide behind the pipe.
    expect(steps(ci).find((step) => step.run === commands[validate])?.shell).toBe('bash');
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');

  it('builds on pushes to main and deploys to GitHub Pages', () => {
    expect(deploy.on.push?.branches).toContain('main');
    expect(deploy.permissions).toMatchObject({pages: 'write', 'id-token': 'write'});
    const uses = steps(deploy).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.some((action) => action.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(uses.some((action) => action.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(runs(deploy)).toContain('npm run build');
  });
});

describe('pull request template', () => {
  it('asks for source, dated figures, own words and a passing validate', () => {
    const template = read('.github/PULL_REQUEST_TEMPLATE.md');
    for (const item of ['Bron gegeven', 'Jaartal alleen uit de bron', 'check-copy', 'npm run validate']) expect(template).toContain(item);
  });
});

describe('github-annotations', () => {
  const reportLine = 'docs/praktijken/x.mdx:12  factoren[1]: deze werkende factor bestaat niet (waarde: "laagdrempelig-kontakt") — bedoelde je `laagdrempelig-contact`?';

  it('reads a problem line of the validate report', () => {
    expect(parseProblemLine(reportLine)).toEqual({
      file: 'docs/praktijken/x.mdx',
      line: 12,
      text: 'factoren[1]: deze werkende factor bestaat niet (waarde: "laagdrempelig-kontakt") — bedoelde je `laagdrempelig-contact`?',
    });
    expect(parseProblemLine('docs/werkende-factoren  order: ontbreekt: 3')).toEqual({file: 'docs/werkende-factoren', line: undefined, text: 'order: ontbreekt: 3'});
  });

  it.each(['✘ 1 probleem in 1 van 33 bestanden.', '✔ 33 bestanden gecontroleerd, geen problemen. (1.40 s)', '', '> kennisbank@0.1.0 validate'])(
    'ignores %j',
    (line) => expect(parseProblemLine(line)).toBeUndefined(),
  );

  it('writes a workflow command with escaped properties and data', () => {
    expect(toAnnotation({file: 'docs/a,b.mdx', line: 3, text: '100% fout\nregel 2'})).toBe(
      '::error file=docs/a%2Cb.mdx,line=3,title=Inhoud ongeldig::100%25 fout%0Aregel 2',
    );
  });

  it('annotates problems from validateContent directly', () => {
    expect(githubAnnotations([{file: 'docs/praktijken/x.mdx', line: 12, field: 'factoren[1]', message: 'deze werkende factor bestaat niet', value: 'laagdrempelig-kontakt', suggestion: 'laagdrempelig-contact'}])).toBe(
      toAnnotation(parseProblemLine(reportLine)!),
    );
  });

  it('passes a report through on --stdin, adds annotations and fails when there are problems', () => {
    const report = `${reportLine}\n✘ 1 probleem in 1 van 33 bestanden.\n`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/github-annotations.ts', '--stdin'], {cwd: siteDir, input: report, encoding: 'utf8'});
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toEqual([reportLine, toAnnotation(parseProblemLine(reportLine)!), '✘ 1 probleem in 1 van 33 bestanden.', '']);
  });
});
