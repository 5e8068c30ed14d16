import { describe, expect, it } from '@jest/globals';
import type { CommandRun } from '../../src/gates/rehearsal/fallback/fallback-command.js';
import {
  checkOutcome,
  commandFailure,
  fallbackMigrationStop,
  newerMigrations,
  noServerOutcome,
  pastTimeout,
  unfinishedOutcome,
} from '../../src/gates/rehearsal/fallback/fallback-verdict.js';
import { rehearsalFinding } from '../../src/gates/rehearsal/findings.js';
import type { MigrationFile } from '../../src/sql/model.js';

/**
 * What the fallback check's steps mean, from plain results: no server, no worktree, no command. Cases
 * the real-Postgres tests reach only slowly or not at all (a command killed by a signal, a fallback
 * release whose own migration fails, the time box) are here.
 */

const file = (path: string): MigrationFile => ({ path, layout: 'plain', direction: 'up', version: path });
const run = (fields: Partial<CommandRun>): CommandRun => ({
  outcome: 'passed',
  ms: 1234,
  tail: [],
  ...fields,
});

describe('the fallback check, judged', () => {
  it('does not run without PostgreSQL binaries, and says so as a warning', () => {
    const out = noServerOutcome('v1.1.0');
    expect(out).toMatchObject({ skipped: true, summary: 'fallback check not run: no local PostgreSQL' });
    expect(out.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual(['warning:database-unavailable']);
    expect(out.findings[0]!.message).toContain("runs v1.1.0's own command");
  });

  it("turns a failing migration of the fallback release into warnings: it is not this change's fault", () => {
    const failed = rehearsalFinding('base-migration-failed', 'error', { message: 'boom' });
    const out = fallbackMigrationStop('v1.1.0', [failed]);
    expect(out.skipped).toBe(true);
    expect(out.findings).toEqual([{ ...failed, severity: 'warning' }]);
    expect(out.summary).toBe('fallback check stopped: a migration of v1.1.0 does not apply');
  });

  it('takes as newer the migrations at head that the fallback release did not have', () => {
    const newer = newerMigrations(
      [file('m/1.sql'), file('m/2.sql')],
      [file('m/1.sql'), file('m/2.sql'), file('m/3.sql')],
    );
    expect(newer.map((f) => f.path)).toEqual(['m/3.sql']);
  });

  it.each([
    [run({ outcome: 'failed', exitCode: 2 }), 'exited with code 2 after 1.2 s'],
    [run({ outcome: 'failed', signal: 'SIGSEGV' }), 'exited with code SIGSEGV after 1.2 s'],
    [
      run({ outcome: 'timed-out', signal: 'SIGTERM', ms: 30_000 }),
      'did not finish in time and was stopped after 30.0 s',
    ],
  ])('words a command that did not pass: %j', (result, how) => {
    const f = commandFailure('The new-writes command `npm run seed`', result, 'warning');
    expect(f).toMatchObject({ rule: 'fallback-check-failed', severity: 'warning' });
    expect(f.message).toBe(
      `The new-writes command \`npm run seed\` ${how} against the database after this change's migrations.`,
    );
  });

  it('shows the last lines of the output, indented', () => {
    const f = commandFailure('x', run({ outcome: 'failed', exitCode: 1, tail: ['a', 'b'] }), 'error');
    expect(f.message).toMatch(/migrations\. Last lines:\n {4}a\n {4}b$/);
  });

  it('blocks when the fallback release’s own check fails, keeping earlier findings first', () => {
    const earlier = rehearsalFinding('lock-timeout', 'warning', { message: 'earlier' });
    const out = checkOutcome(
      'v1.1.0',
      'npm test',
      run({ outcome: 'timed-out', ms: 60_000 }),
      [file('m/3.sql')],
      [earlier],
    );
    expect(out.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual([
      'warning:lock-timeout',
      'error:fallback-check-failed',
    ]);
    expect(out.summary).toBe(
      "v1.1.0's check `npm test` timed out against the database after 1 newer migration(s) (60.0 s)",
    );
    expect(out.data).toEqual({
      fallbackCheck: {
        release: 'v1.1.0',
        command: 'npm test',
        outcome: 'timed-out',
        exitCode: undefined,
        ms: 60_000,
        newerMigrations: ['m/3.sql'],
      },
    });
  });

  it('passes when the check passes', () => {
    const out = checkOutcome('v1.1.0', 'npm test', run({ exitCode: 0 }), [], []);
    expect(out.findings).toEqual([]);
    expect(out.summary).toBe(
      "v1.1.0's check `npm test` passed against the database after 0 newer migration(s) (1.2 s)",
    );
  });

  it('never passes a check that could not finish', () => {
    const out = unfinishedOutcome('v1.1.0', pastTimeout(90_000), []);
    expect(out.skipped).toBeUndefined();
    expect(out.findings[0]).toMatchObject({ rule: 'fallback-check-failed', severity: 'error' });
    expect(out.findings[0]!.message).toBe(
      'The fallback check against v1.1.0 could not finish: it ran past rehearsal.fallback-check.timeout (90 s).',
    );
    expect(out.summary).toBe('fallback check could not finish');
  });
});
