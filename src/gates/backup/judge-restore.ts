/**
 * The backup gate's decisions about restores and missing evidence, pure: from what the restore ledger
 * said (read in restore-record.ts) and the clock to findings. Tested without GitHub.
 */
import type { Finding } from '../../core/finding.js';
import { backupFinding, formatInstant, humanDuration } from './findings.js';
import type { RestoreRecord } from './restore-ledger.js';

/** What asking the restore ledger for the last successful restore found. */
export type LedgerAnswer =
  /** No GitHub token and repository: there is no ledger to ask. */
  | { kind: 'no-ledger' }
  | { kind: 'unreadable'; why: string; help: string }
  | { kind: 'none' }
  | { kind: 'found'; record: RestoreRecord };

/** Has a restore succeeded recently enough? The record is kept for the report even when it is too old. */
export function judgeLastRestore(
  answer: LedgerAnswer,
  restoreMaxAgeMs: number,
  now: Date,
  where: string,
  /** A backup-file is configured: restore-check can restore it now. Without one, that advice would fail. */
  hasDump = true,
): { findings: Finding[]; last?: RestoreRecord } {
  const window = humanDuration(restoreMaxAgeMs);
  const help = `Run the gate once with restore-check: true (or \`rollback-ready backup verify --backup-file FILE --restore-check\` in a scheduled workflow) so a restore is proven and recorded; the window is backup.restore-max-age (${window}).`;
  switch (answer.kind) {
    case 'no-ledger':
      return {
        findings: [
          backupFinding('restore-unproven', {
            message:
              'cannot tell when a restore last succeeded: there is no GitHub token and repository to read the restore record from, and restore-check is off.',
            help: hasDump
              ? `Pass restore-check: true to restore the dump now, or provide GITHUB_TOKEN and GITHUB_REPOSITORY. ${help}`
              : `Provide GITHUB_TOKEN and GITHUB_REPOSITORY, so the restore recorded by a scheduled \`rollback-ready backup verify --backup-file FILE --restore-check\` is read (a provider backup cannot be restored from here, so restore-check alone does not pass); the window is backup.restore-max-age (${window}).`,
          }),
        ],
      };
    case 'unreadable':
      return {
        findings: [
          backupFinding('restore-unproven', {
            message: `cannot read the restore record from GitHub: ${answer.why}.`,
            help: `${answer.help} ${help}`,
          }),
        ],
      };
    case 'none':
      return {
        findings: [
          backupFinding('restore-unproven', {
            message: `no successful restore is recorded (environment rollback-ready/restore-check): nobody knows that this backup restores. A restore must have succeeded within ${window} (backup.restore-max-age in ${where}).`,
            help,
          }),
        ],
      };
    case 'found': {
      const last = answer.record;
      const age = now.getTime() - last.at.getTime();
      if (age <= restoreMaxAgeMs) return { findings: [], last };
      return {
        last,
        findings: [
          backupFinding('restore-unproven', {
            message: `the last successful restore was on ${formatInstant(last.at)} (${humanDuration(age)} ago${last.backup ? `, of ${last.backup}` : ''}); the window is ${window} (backup.restore-max-age in ${where}).`,
            help,
          }),
        ],
      };
    }
  }
}

/** `restore-check` with nothing to restore: a provider backup cannot be restored from here. */
export function restoreWithoutDumpFinding(): Finding {
  return backupFinding('restore-unproven', {
    message:
      'restore-check restores a dump file, and there is no backup-file: a provider backup cannot be restored from here.',
    help: 'Add a pg_dump step and pass backup-file (a restore of that dump proves your data restores), or drop restore-check and rely on a recorded restore.',
  });
}

/** A restore that succeeded but could not be recorded: later runs will not see it. */
export function unrecordedRestoreFinding(reason: string): Finding {
  return backupFinding(
    'restore-unproven',
    {
      message: `the restore succeeded but could not be recorded in GitHub: ${reason}.`,
      help: 'Give the job `permissions: deployments: write` so later runs can see this restore.',
    },
    'warning',
  );
}

/** No evidence at all: fine for a run that deploys nowhere that needs a backup, a blocking finding otherwise. */
export function judgeMissingEvidence(
  requiredFor: readonly string[],
  target: string | undefined,
  where: string,
): { required: false; reason: string } | { required: true; finding: Finding; summary: string } {
  if (target === undefined || !requiredFor.includes(target))
    return {
      required: false,
      reason: `no backup evidence configured, and this run does not deploy to ${requiredFor.join(' or ') || 'a required environment'}`,
    };
  return {
    required: true,
    finding: backupFinding('backup-missing', {
      message: `this run deploys to ${target}, which needs a backup (backup.required-for in ${where}), and no backup evidence was given.`,
      help: 'Add a step before the deploy that takes a backup (pg_dump, or your provider) and pass backup-file, backup-completed-at or backup-command; see docs/backup.md.',
    }),
    summary: `no backup evidence for the ${target} deploy`,
  };
}
