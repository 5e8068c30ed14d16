import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { backupFinding } from '../../src/gates/backup/findings.js';
import type { BackupFileReport } from '../../src/gates/backup/inspect-file.js';
import {
  judgeCompletedAt,
  judgeDumpFile,
  judgeFreshness,
  judgeProviderBackup,
} from '../../src/gates/backup/judge-evidence.js';
import {
  judgeLastRestore,
  judgeMissingEvidence,
  restoreWithoutDumpFinding,
  unrecordedRestoreFinding,
} from '../../src/gates/backup/judge-restore.js';

/**
 * The backup gate's decisions from plain facts: no dump file, no provider command, no GitHub, no
 * clock. Cases the gate tests reach only through real I/O (a ledger that cannot be read, a clock skew
 * inside the tolerance, a dump with no completion time) are here.
 */

const NOW = new Date('2026-07-31T12:00:00Z');
const HOUR = 3_600_000;
const window = { now: NOW, maxAgeMs: 24 * HOUR, where: '.github/rollback-ready.yml' };
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.severity}:${f.rule}`);

function report(fields: Partial<BackupFileReport> = {}): BackupFileReport {
  return {
    display: 'backups/db.dump',
    format: 'custom',
    gzip: false,
    bytes: 2048,
    findings: [],
    completedAt: ago(3 * HOUR),
    completedAtSource: 'dump header',
    restorable: '/abs/backups/db.dump',
    cleanup: async () => {},
    ...fields,
  };
}

describe('judgeFreshness', () => {
  it.each([
    ['inside the window', 3 * HOUR, []],
    ['just inside the window', 24 * HOUR, []],
    ['older than the window', 25 * HOUR, ['error:backup-stale']],
    ['a minute in the future (clock skew)', -60_000, []],
    ['an hour in the future', -HOUR, ['error:backup-future']],
  ])('a backup %s', (_name, age, expected) => {
    const judged = judgeFreshness(ago(age), 'dump header', window, { file: 'db.dump' });
    expect(rules(judged.findings)).toEqual(expected);
    expect(judged.fields).toEqual({
      completedAt: ago(age).toISOString(),
      completedAtSource: 'dump header',
      ageMs: age,
    });
    for (const f of judged.findings) expect(f.file).toBe('db.dump');
  });

  it('names the window, the key, the source and the provider backup id', () => {
    const [stale] = judgeFreshness(ago(26 * HOUR), 'backup-command', window, { id: 'snap-7' }).findings;
    expect(stale!.message).toBe(
      'backup snap-7 finished 1d2h ago (2026-07-30 10:00 UTC, from the backup-command); the window is 1d (backup.max-age in .github/rollback-ready.yml).',
    );
    expect(stale!.file).toBeUndefined();
    const [future] = judgeFreshness(new Date(NOW.getTime() + HOUR), 'backup-completed-at', window).findings;
    expect(future!.message).toMatch(
      /^backup finished 1h in the future \(2026-07-31 13:00 UTC, from the backup-completed-at\)/,
    );
  });
});

describe('judgeDumpFile', () => {
  it('ages a dump that passed its checks, summarises it and offers it for a restore', () => {
    const judged = judgeDumpFile(report({ gzip: true, sha256: 'ab' }), window);
    expect(judged.findings).toEqual([]);
    expect(judged.summary).toBe('custom+gzip dump backups/db.dump finished 3h ago');
    expect(Object.keys(judged.evidence)).toEqual([
      'source',
      'detail',
      'format',
      'gzip',
      'bytes',
      'sha256',
      'completedAt',
      'completedAtSource',
      'ageMs',
    ]);
    expect(judged.restorable).toMatchObject({ path: '/abs/backups/db.dump', format: 'custom' });
  });

  it('neither ages nor restores a dump that failed its checks, whatever its time', () => {
    const truncated = backupFinding('backup-truncated', { message: 'cut short' });
    const judged = judgeDumpFile(report({ findings: [truncated], completedAt: ago(100 * HOUR) }), window);
    expect(rules(judged.findings)).toEqual(['error:backup-truncated']);
    expect(judged.summary).toBe('dump backups/db.dump failed its checks');
    expect(judged.evidence.ageMs).toBeUndefined();
    expect(judged.restorable).toBeUndefined();
  });

  it('keeps warnings, ages the dump, and restores nothing without a restorable copy', () => {
    const note = backupFinding('backup-incomplete', { message: 'odd' }, 'warning');
    const judged = judgeDumpFile(report({ findings: [note], restorable: undefined }), window);
    expect(rules(judged.findings)).toEqual(['warning:backup-incomplete']);
    expect(judged.summary).toBe('custom dump backups/db.dump finished 3h ago');
    expect(judged.restorable).toBeUndefined();
  });

  it('says nothing of a dump with no completion time, and does not restore it', () => {
    const { completedAt: _c, completedAtSource: _s, ...rest } = report();
    const judged = judgeDumpFile(rest as BackupFileReport, window);
    expect(judged.findings).toEqual([]);
    expect(judged.summary).toBeUndefined();
    expect(judged.restorable).toBeUndefined();
  });

  it('a stale dump names its file', () => {
    const judged = judgeDumpFile(report({ completedAt: ago(30 * HOUR) }), window);
    expect(judged.findings[0]).toMatchObject({ rule: 'backup-stale', file: 'backups/db.dump' });
    expect(judged.summary).toBe('custom dump backups/db.dump finished 1d6h ago');
  });
});

describe('judgeCompletedAt and judgeProviderBackup', () => {
  it('ages a completion time given on its own', () => {
    const judged = judgeCompletedAt('2026-07-31 09:00Z', ago(3 * HOUR), window);
    expect(judged.evidence).toMatchObject({ source: 'backup-completed-at', detail: '2026-07-31 09:00Z' });
    expect(judged.summary).toBe('backup finished 3h ago');
  });

  it('ages the provider backup by its id, or calls it unusable when the command failed or gave no time', () => {
    const ok = judgeProviderBackup(
      { id: 'snap-1', status: 'completed', completedAt: ago(2 * HOUR), findings: [] },
      'fly postgres backup list --token [redacted]',
      window,
    );
    expect(ok.summary).toBe('backup snap-1 finished 2h ago');
    expect(ok.evidence).toMatchObject({
      detail: 'fly postgres backup list --token [redacted]',
      status: 'completed',
    });
    const failed = backupFinding('backup-command-failed', { message: 'exit 1' });
    const bad = judgeProviderBackup(
      { status: 'unknown', completedAt: ago(HOUR), findings: [failed] },
      'x',
      window,
    );
    expect(rules(bad.findings)).toEqual(['error:backup-command-failed']);
    expect(bad.summary).toBe('provider backup not usable');
    expect(bad.evidence.ageMs).toBeUndefined();
    const timeless = judgeProviderBackup({ status: 'completed', findings: [] }, 'x', window);
    expect(timeless.summary).toBe('provider backup not usable');
  });
});

describe('judgeLastRestore', () => {
  const DAY = 24 * HOUR;
  const judge = (answer: Parameters<typeof judgeLastRestore>[0]) =>
    judgeLastRestore(answer, 7 * DAY, NOW, '.github/rollback-ready.yml');

  it('cannot prove a restore without a ledger, an unreadable ledger, or no record', () => {
    const none = judge({ kind: 'no-ledger' });
    expect(rules(none.findings)).toEqual(['error:restore-unproven']);
    expect(none.findings[0]!.help).toMatch(/^Pass restore-check: true/);
    // Without a dump file, restore-check has nothing to restore: the advice names the step that passes.
    const noDump = judgeLastRestore({ kind: 'no-ledger' }, 7 * DAY, NOW, '.github/rollback-ready.yml', false);
    expect(noDump.findings[0]!.help).toMatch(/^Provide GITHUB_TOKEN and GITHUB_REPOSITORY/);
    expect(noDump.findings[0]!.help).not.toMatch(/Pass restore-check: true/);
    const unreadable = judge({
      kind: 'unreadable',
      why: 'GitHub answered 403',
      help: 'Grant deployments: read.',
    });
    expect(unreadable.findings[0]!.message).toBe(
      'cannot read the restore record from GitHub: GitHub answered 403.',
    );
    expect(unreadable.findings[0]!.help).toMatch(/^Grant deployments: read\. Run the gate once/);
    const empty = judge({ kind: 'none' });
    expect(empty.findings[0]!.message).toContain(
      'within 7d (backup.restore-max-age in .github/rollback-ready.yml)',
    );
    for (const out of [none, unreadable, empty]) expect(out.last).toBeUndefined();
  });

  it('accepts a recent restore and keeps an old one for the report while blocking on it', () => {
    const recent = { at: ago(2 * DAY), deploymentId: 9 };
    expect(judge({ kind: 'found', record: recent })).toEqual({ findings: [], last: recent });
    const old = { at: ago(8 * DAY), deploymentId: 3, backup: 'db.dump' };
    const out = judge({ kind: 'found', record: old });
    expect(out.last).toBe(old);
    expect(out.findings[0]!.message).toBe(
      'the last successful restore was on 2026-07-23 12:00 UTC (8d ago, of db.dump); the window is 7d (backup.restore-max-age in .github/rollback-ready.yml).',
    );
  });
});

describe('missing evidence and restore-check findings', () => {
  it('skips a run that deploys nowhere a backup is required, and blocks one that does', () => {
    expect(judgeMissingEvidence(['production'], undefined, 'cfg.yml')).toEqual({
      required: false,
      reason: 'no backup evidence configured, and this run does not deploy to production',
    });
    expect(judgeMissingEvidence([], 'staging', 'cfg.yml')).toMatchObject({
      required: false,
      reason: 'no backup evidence configured, and this run does not deploy to a required environment',
    });
    const required = judgeMissingEvidence(['production', 'prod'], 'prod', 'cfg.yml');
    expect(required).toMatchObject({ required: true, summary: 'no backup evidence for the prod deploy' });
    if (required.required) expect(required.finding.message).toContain('(backup.required-for in cfg.yml)');
  });

  it('a restore that could not be recorded is a warning, a restore-check without a dump an error', () => {
    expect(unrecordedRestoreFinding('HTTP 403')).toMatchObject({
      severity: 'warning',
      message: 'the restore succeeded but could not be recorded in GitHub: HTTP 403.',
    });
    expect(restoreWithoutDumpFinding().severity).toBe('error');
  });
});
