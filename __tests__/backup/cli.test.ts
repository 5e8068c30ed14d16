import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report.js';
import type { BackupData } from '../../src/gates/backup/gate.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { runAction } from '../support/action.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import { TempRepo } from '../support/git-repo.js';
import { startDumpSource } from './support.js';
import type { DumpSource } from './support.js';

const TOKEN = 'ghs_backup_test_token';
let fake: FakeGitHub;
let bundles: BundleSnapshot;
let source: DumpSource;
let repo: TempRepo;
let dump: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  [fake, bundles, source] = await Promise.all([
    startFakeGitHub({ token: TOKEN }),
    snapshotBundles(),
    startDumpSource(),
  ]);
  dump = source.dump('app.dump', '--format=custom');
  repo = new TempRepo('rr-backup-cli-');
  repo.write('README.md', 'app\n');
  repo.commit('init');
  env = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'octo-org/demo-app', GITHUB_API_URL: fake.url };
}, 120_000);

afterAll(async () => {
  await Promise.all([fake?.close(), source?.stop()]);
  bundles?.remove();
  repo?.remove();
});

type BackupReport = Report & { backup: BackupData };

/** The built CLI in a child process, asynchronously: the fake GitHub API answers from this process. */
function cli(
  args: string[],
  extraEnv: NodeJS.ProcessEnv = env,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundles.cli, ...args], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const json = (stdout: string) => JSON.parse(stdout) as BackupReport;

describe('rollback-ready backup verify (the built CLI)', () => {
  it('restores with --restore-check, records it in GitHub; a later run without it finds the record', async () => {
    const first = await cli([
      'backup',
      'verify',
      '--backup-file',
      dump,
      '--restore-check',
      '--max-age',
      '30m',
      '--format',
      'json',
    ]);
    expect(first.stderr).toMatch(/restore recorded as deployment \d+/);
    expect(first.status).toBe(0);
    const report = json(first.stdout);
    expect(report.verdict).toBe('pass');
    expect(report.backup.restore).toMatchObject({ ok: true, tables: 3 });
    const state = fake.state.repo();
    const recorded = state.deployments.filter((d) => d.environment === 'rollback-ready/restore-check');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.payload).toMatchObject({ kind: 'restore-check', format: 'custom', tables: 3 });
    expect(state.statusesOf(recorded[0]!.id).map((s) => s.state)).toEqual(['success']);

    const later = await cli(['backup', 'verify', '--backup-file', dump, '--format', 'json']);
    expect(later.status).toBe(0);
    expect(json(later.stdout).backup.lastRestore?.deploymentId).toBe(recorded[0]!.id);
    expect(fake.violations).toEqual([]);
  });

  it('exit 1 when the only recorded restore is too old, naming its date', async () => {
    const state = fake.state.repo();
    state.deployments.length = 0;
    state.statuses.clear();
    const d = state.addDeployment({
      ref: 'main',
      environment: 'rollback-ready/restore-check',
      created_at: '2026-01-05T10:00:00Z',
    });
    state.addDeploymentStatus(d.id, { state: 'success' });
    const run = await cli(['backup', 'verify', '--backup-file', dump, '--restore-max-age', '7d']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /the last successful restore was on 2026-01-05 10:00 UTC \(\d+d\d*h? ago\); the window is 7d/,
    );
    expect(fake.violations).toEqual([]);
  });

  it('exit 1 for a stale backup, with what was found and what to do', async () => {
    const run = await cli([
      'backup',
      'verify',
      '--backup-completed-at',
      '2020-01-01T00:00:00Z',
      '--max-age',
      '30m',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /backup finished \d+d\d*h? ago \(2020-01-01 00:00 UTC, from the backup-completed-at\); the window is 30m/,
    );
    expect(run.stdout).toContain('Take a fresh backup, then re-run.');
  });

  it('without a token or a dump, advises a step that passes, never "restore-check" (which has nothing to restore)', async () => {
    const args = ['backup', 'verify', '--backup-completed-at', new Date().toISOString(), '--format', 'json'];
    const run = await cli(args, {});
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as BackupReport;
    expect(report.findings.map((f) => f.rule)).toEqual(['restore-unproven']);
    expect(report.findings[0]!.help).toMatch(/^Provide GITHUB_TOKEN and GITHUB_REPOSITORY/);
    // The advice it used to give, followed, still fails: restore-check needs a dump file.
    const followed = await cli([...args, '--restore-check'], {});
    expect(followed.status).toBe(1);
    expect((JSON.parse(followed.stdout) as BackupReport).findings[0]!.message).toMatch(
      /there is no backup-file/,
    );
  });

  it.each([
    [['backup', 'verify'], /backup verify needs evidence: --backup-file FILE/],
    [
      ['backup', 'verify', '--backup-file', 'x.dump', '--max-age', '30 minutes'],
      /--max-age: got "30 minutes"; expected a duration such as 500ms, 90s, 30m, 2h or 7d/,
    ],
    [['backup', 'verify', '--backup-completed-at', 'yesterday'], /--backup-completed-at: .*ISO-8601/],
    [['backup', 'verify', '--backup-command', 'curl https://x | jq .'], /runs without a shell/],
    [['backup', 'restore'], /unknown backup command "restore"/],
  ])('exit 2 for %j', (args, message) => {
    const run = bundles.runCli(args, repo.dir, env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('check requires a backup when the run deploys to production, and skips it otherwise', () => {
    const prod = bundles.runCli(['check', '--format', 'json'], repo.dir, {
      ROLLBACK_READY_ENVIRONMENT: 'production',
    });
    const report = json(prod.stdout);
    expect(report.findings.filter((f) => f.gate === 'backup').map((f) => f.rule)).toEqual(['backup-missing']);
    expect(prod.status).toBe(1);
    const pr = json(bundles.runCli(['check', '--format', 'json'], repo.dir, {}).stdout);
    expect(pr.gates.find((g) => g.gate === 'backup')).toMatchObject({ status: 'skipped' });
  });
});

describe('the action', () => {
  it('runs backup verify from inputs of the same names', async () => {
    const state = fake.state.repo();
    const d = state.addDeployment({ ref: 'main', environment: 'rollback-ready/restore-check' });
    state.addDeploymentStatus(d.id, { state: 'success' });
    const run = await runAction({
      entry: bundles.action,
      workspace: repo.dir,
      repository: 'octo-org/demo-app',
      apiUrl: fake.url,
      inputs: {
        command: 'backup verify',
        'github-token': TOKEN,
        'backup-file': dump,
        'max-age': '1h',
        'restore-check': 'false',
        'restore-max-age': '30d',
        comment: 'false',
      },
    });
    expect(run.stdout).not.toMatch(/::error/);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.status).toBe(0);
    expect(run.summary).toMatch(/backup/);
  });
});
