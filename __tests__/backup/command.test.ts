import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ROOT } from '../support/cli.js';
import { MemoryLedger, removeGateRepo, runBackupGate } from './gate-support.js';

const dir = mkdtempSync(join(tmpdir(), 'rr-backup-cmd-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeGateRepo();
});

const NOW = new Date('2026-07-31T12:00:00Z');
const now = () => NOW;
const recent = () => {
  const ledger = new MemoryLedger();
  ledger.records.push({ at: new Date('2026-07-20T00:00:00Z'), deploymentId: 1 });
  return () => ledger;
};

/** A script that prints `output` and exits with `code`, run as the backup-command. */
function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}
function printing(name: string, output: unknown, code = 0): string[] {
  return [
    process.execPath,
    script(
      name,
      `process.stdout.write(${JSON.stringify(typeof output === 'string' ? output : JSON.stringify(output))});process.exit(${code});`,
    ),
  ];
}
function recipe(name: string, response: unknown): { argv: string[]; env: NodeJS.ProcessEnv } {
  const file = join(dir, `${name}.response.json`);
  writeFileSync(file, JSON.stringify(response));
  return {
    argv: [process.execPath, join(ROOT, 'examples', 'backup-recipes', `${name}.mjs`)],
    env: { PATH: process.env.PATH, BACKUP_RECIPE_RESPONSE: file },
  };
}

describe('recipes, through backup-command with canned provider responses', () => {
  it('Supabase daily backups: the newest COMPLETED backup counts', async () => {
    const { argv, env } = recipe('supabase-backups', {
      region: 'eu-central-1',
      pitr_enabled: false,
      walg_enabled: true,
      backups: [
        { is_physical_backup: true, status: 'COMPLETED', inserted_at: '2026-07-30T03:00:11.000Z' },
        { is_physical_backup: true, status: 'COMPLETED', inserted_at: '2026-07-31T03:00:09.000Z' },
      ],
      physical_backup_data: {},
    });
    const run = await runBackupGate(
      { 'backup-command': argv, 'max-age': '1d' },
      { env, now, ledger: recent() },
    );
    expect(run.findings).toEqual([]);
    expect(run.data.evidence[0]).toMatchObject({
      status: 'completed',
      completedAt: '2026-07-31T03:00:09.000Z',
      ageMs: (9 * 3600 - 9) * 1000,
    });
    expect(run.outcome.summary).toMatch(/^backup physical@2026-07-31T03:00:09.000Z finished 8h59m ago/);
  });

  it('Supabase: a backup still PENDING is not a backup; with PITR the latest restorable point counts', async () => {
    const pending = recipe('supabase-backups', {
      pitr_enabled: false,
      backups: [{ is_physical_backup: false, status: 'PENDING', inserted_at: '2026-07-31T11:50:00Z' }],
    });
    const run = await runBackupGate(
      { 'backup-command': pending.argv },
      { env: pending.env, now, ledger: recent() },
    );
    expect(run.rules).toEqual(['backup-incomplete']);
    expect(run.findings[0]!.message).toMatch(/has status "pending": it has started but not finished/);

    const pitr = recipe('supabase-backups', {
      pitr_enabled: true,
      backups: [],
      physical_backup_data: {
        earliest_physical_backup_date_unix: 1785000000,
        latest_physical_backup_date_unix: Math.floor(NOW.getTime() / 1000) - 120,
      },
    });
    const ok = await runBackupGate(
      { 'backup-command': pitr.argv, 'max-age': '30m' },
      { env: pitr.env, now, ledger: recent() },
    );
    expect(ok.findings).toEqual([]);
    expect(ok.data.evidence[0]!.ageMs).toBe(120_000);
  });

  it('AWS RDS snapshots: the newest snapshot, available or not', async () => {
    const { argv, env } = recipe('aws-rds-snapshots', {
      DBSnapshots: [
        {
          DBSnapshotIdentifier: 'rds:app-2026-07-30-03-10',
          SnapshotCreateTime: '2026-07-30T03:10:00.123Z',
          Status: 'available',
          SnapshotType: 'automated',
        },
        {
          DBSnapshotIdentifier: 'pre-deploy-1234',
          SnapshotCreateTime: '2026-07-31T11:40:00Z',
          Status: 'available',
          SnapshotType: 'manual',
        },
      ],
    });
    const run = await runBackupGate(
      { 'backup-command': argv, 'max-age': '30m' },
      { env, now, ledger: recent() },
    );
    expect(run.findings).toEqual([]);
    expect(run.data.evidence[0]).toMatchObject({ id: 'pre-deploy-1234', status: 'available' });

    const creating = recipe('aws-rds-snapshots', {
      DBSnapshots: [
        {
          DBSnapshotIdentifier: 'pre-deploy-1235',
          SnapshotCreateTime: '2026-07-31T11:58:00Z',
          Status: 'creating',
        },
      ],
    });
    const notYet = await runBackupGate(
      { 'backup-command': creating.argv },
      { env: creating.env, now, ledger: recent() },
    );
    expect(notYet.rules).toEqual(['backup-incomplete']);
    expect(notYet.findings[0]!.message).toMatch(/^backup pre-deploy-1235 has status "creating"/);
  });

  it('Neon backup branches: a ready branch counts; too old is stale', async () => {
    const { argv, env } = recipe('neon-branch-backup', {
      branches: [
        { id: 'br-main-1', name: 'main', created_at: '2026-01-01T00:00:00Z', current_state: 'ready' },
        { id: 'br-cool-2', name: 'backup-991', created_at: '2026-07-31T08:00:00Z', current_state: 'ready' },
        { id: 'br-old-3', name: 'backup-990', created_at: '2026-07-29T08:00:00Z', current_state: 'ready' },
      ],
    });
    const run = await runBackupGate(
      { 'backup-command': argv, 'max-age': '30m' },
      { env, now, ledger: recent() },
    );
    expect(run.rules).toEqual(['backup-stale']);
    expect(run.findings[0]!.message).toBe(
      'backup backup-991 (br-cool-2) finished 4h ago (2026-07-31 08:00 UTC, from the backup-command); the window is 30m (backup.max-age in .github/rollback-ready.yml).',
    );
  });

  it('no backup at all (completedAt null) is incomplete', async () => {
    const { argv, env } = recipe('neon-branch-backup', { branches: [] });
    const run = await runBackupGate({ 'backup-command': argv }, { env, now, ledger: recent() });
    expect(run.rules).toEqual(['backup-incomplete']);
  });
});

describe('backup-command as a program', () => {
  const gate = (
    command: unknown,
    extra: Record<string, unknown> = {},
    env: NodeJS.ProcessEnv = { PATH: process.env.PATH },
  ) => runBackupGate({ 'backup-command': command, ...extra }, { env, now, ledger: recent() });

  it('accepts a command line string, split without a shell', async () => {
    const path = script(
      'quoted arg.mjs',
      `process.stdout.write(JSON.stringify({completedAt: process.argv[2], status: 'completed', id: process.argv[3]}))`,
    );
    const run = await gate(`"${process.execPath}" '${path}' 2026-07-31T11:59:00Z "id with spaces"`);
    expect(run.findings).toEqual([]);
    expect(run.data.evidence[0]!.id).toBe('id with spaces');
  });

  it('refuses shell syntax instead of ignoring it', async () => {
    await expect(gate('node x.mjs | tee out')).rejects.toThrow(
      /runs without a shell, so "\|" is not allowed unquoted/,
    );
    await expect(gate('node "$HOME/x.mjs"')).rejects.toThrow(/is not expanded/);
  });

  it.each([
    ['non-JSON output', printing('text.mjs', 'backup ok'), /printed something that is not JSON: "backup ok"/],
    [
      'JSON without status',
      printing('nostatus.mjs', { completedAt: '2026-07-31T11:00:00Z' }),
      /without a valid "status"/,
    ],
    [
      'a time without a zone',
      printing('nozone.mjs', { completedAt: '2026-07-31 11:00', status: 'completed' }),
      /neither an ISO-8601 time with a zone nor Unix seconds/,
    ],
    [
      'a failing exit code',
      [process.execPath, script('fail.mjs', 'console.error("401 Unauthorized"); process.exit(3)')],
      /exited with code 3: 401 Unauthorized/,
    ],
    [
      'a program that does not exist',
      ['/nonexistent/backup-probe'],
      /could not be started: spawn \/nonexistent\/backup-probe ENOENT/,
    ],
    [
      'more than 1 MB on stdout',
      [
        process.execPath,
        script('flood.mjs', 'const s="x".repeat(65536); for (let i=0;i<40;i++) process.stdout.write(s);'),
      ],
      /printed more than 1 MB/,
    ],
  ])('%s is backup-command-failed', async (_name, argv, message) => {
    const run = await gate(argv);
    expect(run.rules).toEqual(['backup-command-failed']);
    expect(run.findings[0]!.message).toMatch(message);
  });

  it('stops a command that hangs, after command-timeout', async () => {
    const started = Date.now();
    const run = await gate([process.execPath, script('hang.mjs', 'setTimeout(() => {}, 60000)')], {
      'command-timeout': '1s',
    });
    expect(run.findings[0]!.message).toMatch(/did not finish within 1s and was stopped/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('gets no stdin, and never echoes secrets from its environment', async () => {
    const stdin = script(
      'stdin.cjs',
      'const n = require("fs").readFileSync(0).length; process.stdout.write(JSON.stringify({ completedAt: "2026-07-31T11:59:00Z", status: "completed", id: "stdin-" + n }))',
    );
    expect((await gate([process.execPath, stdin])).data.evidence[0]!.id).toBe('stdin-0');
    const argv = [
      process.execPath,
      script('leak.mjs', 'console.error("token is " + process.env.PROVIDER_TOKEN); process.exit(1)'),
    ];
    const run = await gate(argv, {}, { PATH: process.env.PATH, PROVIDER_TOKEN: 'sbp_supersecretvalue' });
    expect(run.findings[0]!.message).toContain('token is ***');
    expect(JSON.stringify(run)).not.toContain('sbp_supersecretvalue');
  });

  it('unix seconds work as completedAt', async () => {
    const run = await gate(
      printing('unix.mjs', { completedAt: NOW.getTime() / 1000 - 60, status: 'available', id: 7 }),
    );
    expect(run.findings).toEqual([]);
    expect(run.data.evidence[0]).toMatchObject({ id: '7', ageMs: 60_000 });
  });
});
