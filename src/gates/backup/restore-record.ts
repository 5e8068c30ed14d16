/** The backup gate's I/O with the restore ledger: ask for the last restore, record a new one. */
import { describeGitHubFailure } from '../../github/failure.js';
import type { GateContext } from '../gate.js';
import type { LedgerAnswer } from './judge-restore.js';
import type { EvidenceData } from './report-data.js';
import type { RestoreLedger } from './restore-ledger.js';
import type { RestoreResult } from './restore.js';

export async function askLastRestore(ledger: RestoreLedger | undefined): Promise<LedgerAnswer> {
  if (!ledger) return { kind: 'no-ledger' };
  try {
    const record = await ledger.lastRestore();
    return record ? { kind: 'found', record } : { kind: 'none' };
  } catch (error) {
    const failure = describeGitHubFailure(error);
    return { kind: 'unreadable', why: failure.why, help: failure.help };
  }
}

/** Record a successful restore; the deployment id, or why it could not be recorded (undefined: no ledger). */
export async function recordRestore(
  ledger: RestoreLedger | undefined,
  ctx: GateContext,
  restorable: { display: string; format: string },
  restore: RestoreResult,
  evidence: EvidenceData,
): Promise<{ id: number } | { failed: string } | undefined> {
  if (!ledger) {
    ctx.log.info(
      'backup: the restore succeeded; it is not recorded in GitHub (no token or repository), so later runs will not see it',
    );
    return undefined;
  }
  try {
    const { id } = await ledger.record(ctx.head, {
      tool: 'rollback-ready',
      kind: 'restore-check',
      backup: restorable.display,
      format: restorable.format,
      ...(evidence.completedAt ? { completedAt: evidence.completedAt } : {}),
      ...(restore.server ? { server: restore.server } : {}),
      ...(restore.tables !== undefined ? { tables: restore.tables } : {}),
      verified: restore.verified,
      durationMs: restore.durationMs,
    });
    ctx.log.info(`backup: restore recorded as deployment ${id} (environment rollback-ready/restore-check)`);
    return { id };
  } catch (error) {
    return { failed: (error as Error).message.split('\n')[0]! };
  }
}
