/**
 * The fallback check's decisions and words, pure: what a failed step, a failed command or the finished
 * check means as findings and a summary. Tested without a database or a command.
 */
import type { Finding } from '../../../core/finding.js';
import type { GateOutcome } from '../../../core/gate.js';
import type { MigrationFile } from '../../../sql/model.js';
import { rehearsalFinding } from '../findings.js';
import type { CommandRun } from './fallback-command.js';

/** No PostgreSQL binaries: the command needs a server it can connect to, so the check does not run. */
export function noServerOutcome(label: string): GateOutcome {
  return {
    findings: [
      rehearsalFinding('database-unavailable', 'warning', {
        message: `The fallback check runs ${label}'s own command against the rehearsed database, so it needs a server that command can connect to: the PostgreSQL binaries initdb and postgres were found neither on PATH nor under /usr/lib/postgresql/*/bin.`,
        help: "Install PostgreSQL on the runner (GitHub's Ubuntu runners have it) or remove rehearsal.fallback-check.",
      }),
    ],
    summary: 'fallback check not run: no local PostgreSQL',
    skipped: true,
  };
}

/**
 * A migration of the fallback release itself does not apply: that is not this change's fault, so its
 * findings are warnings and the check is skipped, not failed.
 */
export function fallbackMigrationStop(label: string, found: readonly Finding[]): GateOutcome {
  return {
    findings: found.map((f) => ({ ...f, severity: 'warning' as const })),
    summary: `fallback check stopped: a migration of ${label} does not apply`,
    skipped: true,
  };
}

/** Where the check stopped before the fallback release's command ran. */
export const stopSummaries = {
  seed: (label: string) => `fallback check stopped: the seed of ${label} failed`,
  migration: (path: string) => `fallback check stopped: ${path} does not apply`,
  newWritesFile: () => 'fallback check stopped: the new-writes file failed',
  newWritesCommand: () => 'fallback check stopped: the new-writes command failed',
};

/** The change's migrations: those at head that the fallback release did not have (by path). */
export function newerMigrations(
  fallback: readonly MigrationFile[],
  head: readonly MigrationFile[],
): MigrationFile[] {
  const known = new Set(fallback.map((f) => f.path));
  return head.filter((f) => !known.has(f.path));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A command that did not pass, as a finding with the last lines of its output. */
export function commandFailure(what: string, run: CommandRun, severity: 'error' | 'warning'): Finding {
  const how =
    run.outcome === 'timed-out'
      ? `did not finish in time and was stopped after ${seconds(run.ms)}`
      : `exited with code ${run.exitCode ?? run.signal} after ${seconds(run.ms)}`;
  const tail = run.tail.length ? ` Last lines:\n${run.tail.map((l) => `    ${l}`).join('\n')}` : '';
  return rehearsalFinding('fallback-check-failed', severity, {
    message: `${what} ${how} against the database after this change's migrations.${tail}`,
    help: "The release a rollback returns to does not work on the new schema: see the migrations gate's fallback findings and docs/expand-contract.md, fix the migration (expand first, contract in a later release), and run `rollback-ready rehearse --fallback TAG` again.",
  });
}

/** The fallback release's own check ran: it blocks when it did not pass. */
export function checkOutcome(
  label: string,
  command: string,
  run: CommandRun,
  newer: readonly MigrationFile[],
  earlier: readonly Finding[],
): GateOutcome {
  const findings = [...earlier];
  if (run.outcome !== 'passed')
    findings.push(commandFailure(`${label}'s check \`${command}\``, run, 'error'));
  const how = run.outcome === 'passed' ? 'passed' : run.outcome === 'timed-out' ? 'timed out' : 'failed';
  return {
    findings,
    summary: `${label}'s check \`${command}\` ${how} against the database after ${newer.length} newer migration(s) (${seconds(run.ms)})`,
    data: {
      fallbackCheck: {
        release: label,
        command,
        outcome: run.outcome,
        exitCode: run.exitCode,
        ms: run.ms,
        newerMigrations: newer.map((f) => f.path),
      },
    },
  };
}

/** The check could not finish (time box, server, git): it says so and does not pass. */
export function unfinishedOutcome(label: string, why: string, earlier: readonly Finding[]): GateOutcome {
  return {
    findings: [
      ...earlier,
      rehearsalFinding('fallback-check-failed', 'error', {
        message: `The fallback check against ${label} could not finish: ${why}.`,
      }),
    ],
    summary: 'fallback check could not finish',
  };
}

/** Why it could not finish, when the time box ran out. */
export function pastTimeout(timeoutMs: number): string {
  return `it ran past rehearsal.fallback-check.timeout (${Math.round(timeoutMs / 1000)} s)`;
}
