import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createBackupGate } from '../../src/gates/backup/gate.js';
import { inspectBackupFile } from '../../src/gates/backup/inspect-file.js';
import type { BackupFileReport } from '../../src/gates/backup/inspect-file.js';
import { MemoryLedger, removeGateRepo, runBackupGate } from './gate-support.js';
import { startDumpSource } from './support.js';
import type { DumpSource } from './support.js';

let source: DumpSource;
const files: Record<string, string> = {};
const MIN = 60_000;

beforeAll(async () => {
  source = await startDumpSource();
  files.custom = source.dump('app.dump', '--format=custom');
  files.tar = source.dump('app.tar', '--format=tar');
  files.directory = source.dump('app.dir', '--format=directory');
  files.plain = source.dump('app.sql', '--format=plain', '--verbose');
  files.quiet = source.dump('quiet.sql', '--format=plain');
  files.plainGz = join(source.dir, 'app.sql.gz');
  writeFileSync(files.plainGz, gzipSync(readFileSync(files.plain!)));
  files.tarGz = join(source.dir, 'app.tar.gz');
  writeFileSync(files.tarGz, gzipSync(readFileSync(files.tar!)));
  const custom = readFileSync(files.custom);
  files.truncated = join(source.dir, 'truncated.dump');
  writeFileSync(files.truncated, custom.subarray(0, Math.floor(custom.length / 2)));
  const plain = readFileSync(files.plain, 'utf8');
  files.plainCut = join(source.dir, 'cut.sql');
  writeFileSync(files.plainCut, plain.slice(0, Math.floor(plain.length * 0.7)));
  files.gzCut = join(source.dir, 'cut.sql.gz');
  const gz = readFileSync(files.plainGz);
  writeFileSync(files.gzCut, gz.subarray(0, gz.length - 20));
  files.empty = join(source.dir, 'empty.dump');
  writeFileSync(files.empty, '');
  files.garbage = join(source.dir, 'garbage.bin');
  writeFileSync(files.garbage, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x20, 0x30, 0x40, 0x00]));
  files.text = join(source.dir, 'notes.sql');
  writeFileSync(files.text, 'SELECT 1;\n');
  // pg_dump's header time set to 2020: the year int is a sign byte and 4 bytes at offset 41.
  files.old = join(source.dir, 'old.dump');
  copyFileSync(files.custom, files.old);
  const old = readFileSync(files.old);
  old.writeInt32LE(120, 42);
  writeFileSync(files.old, old);
  // A dump that fails half-way through its restore.
  files.failing = join(source.dir, 'failing.sql');
  writeFileSync(
    files.failing,
    plain.replace('CREATE TABLE public.orders', 'SELECT no_such_function();\nCREATE TABLE public.orders'),
  );
  files.midline = join(source.dir, 'midline.sql');
  writeFileSync(
    files.midline,
    plain.replace(
      'CREATE TABLE public.orders',
      `SELECT 1; \\! touch ${join(source.dir, 'shell-ran')}\nCREATE TABLE public.orders`,
    ),
  );
  files.meta = join(source.dir, 'meta.sql');
  writeFileSync(
    files.meta,
    plain.replace(
      'CREATE TABLE public.orders',
      '\\! touch /tmp/rr-should-not-exist\nCREATE TABLE public.orders',
    ),
  );
}, 60_000);

afterAll(async () => {
  await source?.stop();
  removeGateRepo();
});

const inspect = (
  path: string,
  extra: Partial<Parameters<typeof inspectBackupFile>[0]> = {},
): Promise<BackupFileReport> => inspectBackupFile({ path, display: path.split('/').pop()!, ...extra });

describe('reading real dumps made by pg_dump', () => {
  it.each([
    ['custom', 'custom', false, 'dump header'],
    ['tar', 'tar', false, 'dump header'],
    ['directory', 'directory', false, 'dump header'],
    ['plain', 'plain', false, '"Completed on" line'],
    ['plainGz', 'plain', true, '"Completed on" line'],
    ['tarGz', 'tar', true, 'dump header'],
    ['quiet', 'plain', false, 'file modification time'],
  ])('%s: a valid %s dump (gzip %s), finished now according to the %s', async (key, format, gzip, source) => {
    const report = await inspect(files[key]!);
    try {
      expect(report.findings).toEqual([]);
      expect(report.format).toBe(format);
      expect(report.gzip).toBe(gzip);
      expect(report.completedAtSource).toBe(source);
      expect(Math.abs(Date.now() - report.completedAt!.getTime())).toBeLessThan(5 * MIN);
      if (format !== 'plain') {
        expect(report.header?.dumpVersion).toMatch(/^\d+/);
        expect(report.tocEntries).toBeGreaterThan(3);
        expect(report.tableData).toBe(3);
      }
    } finally {
      await report.cleanup();
    }
  });

  it.each([
    ['truncated', 'backup-truncated', /pg_restore .* cannot read truncated\.dump .*cut off/],
    ['plainCut', 'backup-truncated', /without pg_dump's closing "-- PostgreSQL database dump complete" line/],
    ['gzCut', 'backup-truncated', /gzip-compressed but does not decompress/],
    ['empty', 'backup-invalid', /is empty \(0 bytes\)/],
    ['garbage', 'backup-invalid', /starts with bytes 00 01 02 ff/],
    ['text', 'backup-invalid', /is text, but not a pg_dump dump/],
  ])('%s is refused as %s', async (key, rule, message) => {
    const report = await inspect(files[key]!);
    await report.cleanup();
    expect(report.findings.map((f) => f.rule)).toEqual([rule]);
    expect(report.findings[0]!.message).toMatch(message);
    expect(report.findings[0]!.help).toBeTruthy();
    expect(report.findings[0]!.docs).toMatch(new RegExp(`/rules/${rule}\\.md$`));
  });

  it('a missing file is backup-missing', async () => {
    const report = await inspect(join(source.dir, 'nope.dump'));
    expect(report.findings.map((f) => f.rule)).toEqual(['backup-missing']);
  });

  it('checks the sha256: the right one passes, a wrong one names both', async () => {
    const right = createHash('sha256').update(readFileSync(files.custom!)).digest('hex');
    expect((await inspect(files.custom!, { expectedSha256: right })).findings).toEqual([]);
    const wrong = 'a'.repeat(64);
    const report = await inspect(files.custom!, { expectedSha256: wrong });
    expect(report.findings.map((f) => f.rule)).toEqual(['backup-checksum-mismatch']);
    expect(report.findings[0]!.message).toContain(right);
    expect(report.findings[0]!.message).toContain(wrong);
  });

  it('uses backup-completed-at, then the modification time, for a dump that records no time', async () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const given = await inspect(files.quiet!, { completedAtFallback: at });
    expect(given.completedAt).toEqual(at);
    expect(given.completedAtSource).toBe('backup-completed-at');
    const header = await inspect(files.custom!, { completedAtFallback: at });
    expect(header.completedAtSource).toBe('dump header');
  });
});

describe('freshness', () => {
  const recent = () => {
    const ledger = new MemoryLedger();
    ledger.records.push({ at: new Date(), deploymentId: 1 });
    return () => ledger;
  };

  it('a backup older than max-age is stale, in words people read', async () => {
    const completed = (await inspect(files.custom!)).completedAt!;
    const now = () => new Date(completed.getTime() + (3 * 60 + 12) * MIN);
    const run = await runBackupGate(
      { 'backup-file': files.custom, 'max-age': '30m' },
      { now, ledger: recent() },
    );
    expect(run.rules).toEqual(['backup-stale']);
    expect(run.findings[0]!.message).toMatch(
      /^backup finished 3h12m ago \(.* UTC, from the dump header\); the window is 30m \(backup\.max-age in \.github\/rollback-ready\.yml\)\.$/,
    );
    expect(run.findings[0]!.help).toMatch(/^Take a fresh backup, then re-run\./);
  });

  it('an old time in the dump header is stale with the real clock', async () => {
    const run = await runBackupGate({ 'backup-file': files.old, 'max-age': '30m' }, { ledger: recent() });
    expect(run.rules).toEqual(['backup-stale']);
    expect(run.data.evidence[0]!.completedAt).toMatch(/^2020-/);
  });

  it('an old modification time counts for a plain dump without --verbose', async () => {
    const path = join(source.dir, 'touched.sql');
    copyFileSync(files.quiet!, path);
    const then = new Date(Date.now() - 2 * 3600_000);
    utimesSync(path, then, then);
    const run = await runBackupGate({ 'backup-file': path, 'max-age': '1h' }, { ledger: recent() });
    expect(run.rules).toEqual(['backup-stale']);
    expect(run.findings[0]!.message).toMatch(/finished 2h(0m)? ago .*file modification time/);
  });

  it('a completion time in the future is an error, a fresh one passes', async () => {
    const completed = (await inspect(files.custom!)).completedAt!;
    const before = await runBackupGate(
      { 'backup-file': files.custom },
      { now: () => new Date(completed.getTime() - 60 * MIN), ledger: recent() },
    );
    expect(before.rules).toEqual(['backup-future']);
    expect(before.findings[0]!.message).toMatch(/^backup finished 1h(0m)? in the future/);
    const fresh = await runBackupGate(
      { 'backup-file': files.custom, 'max-age': '30m' },
      { ledger: recent() },
    );
    expect(fresh.findings).toEqual([]);
    expect(fresh.outcome.summary).toMatch(
      /^custom dump .*app\.dump finished \d+s ago; last restore \d+s ago$/,
    );
  });

  it('backup-completed-at alone: fresh passes, stale and future fail', async () => {
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
    expect(
      (await runBackupGate({ 'backup-completed-at': iso(-5 * MIN), 'max-age': '30m' }, { ledger: recent() }))
        .findings,
    ).toEqual([]);
    expect(
      (await runBackupGate({ 'backup-completed-at': iso(-45 * MIN), 'max-age': '30m' }, { ledger: recent() }))
        .rules,
    ).toEqual(['backup-stale']);
    expect(
      (await runBackupGate({ 'backup-completed-at': iso(30 * MIN) }, { ledger: recent() })).rules,
    ).toEqual(['backup-future']);
  });
});

describe('proving the restore on a real throwaway server', () => {
  it('restores a custom dump, verifies tables and SQL, records it; a later run finds the record', async () => {
    const ledger = new MemoryLedger();
    const run = await runBackupGate(
      {
        'backup-file': files.custom,
        'restore-check': true,
        'verify-tables': ['users', 'public.orders'],
        'verify-sql':
          "SELECT count(*) = 3 FROM users WHERE email LIKE '%@example.com' OR email LIKE 'it''s%'",
      },
      { ledger: () => ledger },
    );
    expect(run.findings).toEqual([]);
    expect(run.data.restore).toMatchObject({
      ok: true,
      tables: 3,
      server: expect.stringMatching(/^local PostgreSQL/),
    });
    expect(run.data.lastRestore).toMatchObject({
      deploymentId: 1,
      backup: expect.stringMatching(/app\.dump$/),
    });
    expect(run.data.restore!.verified).toEqual([
      'public.users has rows',
      'public.orders has rows',
      'verify-sql (inline) is true',
    ]);
    expect(ledger.records).toHaveLength(1);
    expect(ledger.records[0]!.payload).toMatchObject({ kind: 'restore-check', format: 'custom', tables: 3 });

    const later = await runBackupGate({ 'backup-file': files.custom }, { ledger: () => ledger });
    expect(later.findings).toEqual([]);
    expect(later.data.lastRestore?.deploymentId).toBe(1);
  });

  it('an empty or missing verify table fails the restore check, and nothing is recorded', async () => {
    const ledger = new MemoryLedger();
    const run = await runBackupGate(
      {
        'backup-file': files.tar,
        'restore-check': true,
        'verify-tables': ['audit_log', 'missing_table'],
        'verify-sql': 'SELECT false',
      },
      { ledger: () => ledger },
    );
    expect(run.rules).toEqual(['restore-verify-failed', 'restore-verify-failed', 'restore-verify-failed']);
    expect(run.findings.map((f) => f.message).join('\n')).toMatch(
      /public\.audit_log .* is empty[\s\S]*public\.missing_table .* does not exist[\s\S]*returned false/,
    );
    expect(ledger.records).toHaveLength(0);
  });

  it('restores plain SQL with psql, and names the failing statement when it fails', async () => {
    const ok = await runBackupGate({
      'backup-file': files.plain,
      'restore-check': true,
      'verify-tables': ['orders'],
    });
    expect(ok.rules).toEqual([]);
    expect(ok.data.restore?.tables).toBe(3);
    const bad = await runBackupGate({ 'backup-file': files.failing, 'restore-check': true });
    expect(bad.rules).toEqual(['restore-failed']);
    expect(bad.findings[0]!.message).toMatch(
      /restoring \S*failing\.sql with psql failed \(exit 3\): .*no_such_function/,
    );
  });

  it('never runs psql meta-commands a dump should not contain', async () => {
    const run = await runBackupGate({ 'backup-file': files.meta, 'restore-check': true });
    expect(run.rules).toEqual(['restore-failed']);
    expect(run.findings[0]!.message).toMatch(/runs the psql meta-command "\\! touch/);
  });

  it('runs psql in restricted mode, so a meta-command hidden mid-line is refused too', async () => {
    const run = await runBackupGate({ 'backup-file': files.midline, 'restore-check': true });
    expect(run.rules).toEqual(['restore-failed']);
    expect(run.findings[0]!.message).toMatch(/backslash commands are restricted/);
    expect(existsSync(join(source.dir, 'shell-ran'))).toBe(false);
  });

  it('restores gzip-compressed plain SQL into PGlite (COPY data rewritten), with the data intact', async () => {
    const run = await runBackupGate(
      {
        'backup-file': files.plainGz,
        'restore-check': true,
        'verify-tables': ['users', 'orders'],
        'verify-sql':
          "SELECT (SELECT email FROM users WHERE id = 3) = E'it''s\\ttabbed\\\\\\\\' AND (SELECT note FROM orders WHERE id = 11) = E'line one\\nline two' AND (SELECT note FROM orders WHERE id = 10) IS NULL",
      },
      { restore: { engine: 'pglite' } },
    );
    expect(run.findings).toEqual([]);
    expect(run.data.restore?.server).toMatch(/^PGlite/);
  });

  it('without restore-check, a restore must be recorded within restore-max-age', async () => {
    const none = await runBackupGate({ 'backup-file': files.custom });
    expect(none.rules).toEqual(['restore-unproven']);
    expect(none.findings[0]!.message).toMatch(/no GitHub token and repository/);

    const empty = await runBackupGate({ 'backup-file': files.custom }, { ledger: () => new MemoryLedger() });
    expect(empty.findings[0]!.message).toMatch(/^no successful restore is recorded/);

    const ledger = new MemoryLedger();
    ledger.records.push({ at: new Date('2026-01-05T10:00:00Z'), deploymentId: 7, backup: 'nightly.dump' });
    const now = () => new Date('2026-02-20T10:00:00Z');
    const old = await runBackupGate(
      { 'backup-completed-at': '2026-02-20T09:55:00Z' },
      { ledger: () => ledger, now },
    );
    expect(old.rules).toEqual(['restore-unproven']);
    expect(old.findings[0]!.message).toBe(
      'the last successful restore was on 2026-01-05 10:00 UTC (46d ago, of nightly.dump); the window is 30d (backup.restore-max-age in .github/rollback-ready.yml).',
    );
    const ok = await runBackupGate(
      { 'backup-completed-at': '2026-02-20T09:55:00Z', 'restore-max-age': '60d' },
      { ledger: () => ledger, now },
    );
    expect(ok.findings).toEqual([]);
  });
});

describe('when check runs the gate', () => {
  it('skips without evidence unless the run deploys to a required environment', async () => {
    const { gateRepo } = await import('./gate-support.js');
    gateRepo();
    const quiet = await runBackupGate({}, { always: false });
    expect(quiet.outcome.skipped).toBe(true);
    expect(quiet.outcome.summary).toBe(
      'no backup evidence configured, and this run does not deploy to production',
    );
    const staging = await runBackupGate(
      {},
      { always: false, env: { ROLLBACK_READY_ENVIRONMENT: 'staging' } },
    );
    expect(staging.outcome.skipped).toBe(true);
    const prod = await runBackupGate(
      {},
      { always: false, env: { ROLLBACK_READY_ENVIRONMENT: 'production' } },
    );
    expect(prod.rules).toEqual(['backup-missing']);
    await expect(runBackupGate({}, { always: true })).rejects.toThrow(/backup verify needs evidence/);
    expect(createBackupGate({ always: false }).id).toBe('backup');
  });
});
