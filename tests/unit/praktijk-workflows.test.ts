import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {lintWorkflows} from '../../scripts/lint-workflows';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
}
interface Workflow {
  on: {issues: {types: string[]}};
  permissions: unknown;
  jobs: Record<string, Job>;
}

const read = (name: string) => readFileSync(join(process.cwd(), '.github/workflows', name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;

describe('praktijk workflows', () => {
  it.each(['praktijk-check.yml', 'praktijk-pr.yml'])('%s grants nothing at the top and never puts issue text in a script', (name) => {
    const parsed = workflow(name);
    expect(parsed.permissions).toEqual({});
    for (const step of Object.values(parsed.jobs).flatMap((job) => job.steps)) {
      expect(step.run ?? '').not.toMatch(/\$\{\{[^}]*github\.event/);
      // Actions are pinned to a full commit, except GitHub's own checkout and setup-node.
      if (step.uses && !/^actions\/(checkout|setup-node)@/.test(step.uses)) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    }
  });

  it('checks opened, edited and reopened issues of the form, with contents: read and issues: write', () => {
    const parsed = workflow('praktijk-check.yml');
    expect(parsed.on.issues.types).toEqual(['opened', 'edited', 'reopened']);
    const [job] = Object.values(parsed.jobs);
    expect(job?.permissions).toEqual({contents: 'read', issues: 'write'});
    expect(job?.if).toContain("'praktijk-aanmelding'");
    expect(job?.steps.at(-1)?.run).toBe('node --import tsx scripts/praktijk-check.ts');
  });

  it('opens a draft pull request for the approved issue, on a branch named by its number, closing it', () => {
    const parsed = workflow('praktijk-pr.yml');
    const [job] = Object.values(parsed.jobs);
    expect(job?.if).toContain("github.event.label.name == 'praktijk: goedgekeurd'");
    const pr = job?.steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with).toMatchObject({
      branch: 'praktijk/issue-${{ github.event.issue.number }}',
      'add-paths': '${{ steps.page.outputs.path }}',
      body: 'Closes #${{ github.event.issue.number }}',
      draft: true,
    });
  });
});

describe('actionlint', () => {
  it('passes the workflows of the site', async () => {
    expect(await lintWorkflows(process.cwd())).toEqual([]);
  });

  it('reports issue text used in a run script', async () => {
    const site = mkdtempSync(join(tmpdir(), 'actionlint-'));
    try {
      mkdirSync(join(site, '.github/workflows'), {recursive: true});
      writeFileSync(
        join(site, '.github/workflows/bad.yml'),
        'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
      );
      const results = await lintWorkflows(site);
      expect(results.map((r) => [r.file, r.line, r.kind])).toEqual([['.github/workflows/bad.yml', 6, 'expression']]);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
});
