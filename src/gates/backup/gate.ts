import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { GateOutcome } from '../../core/gate.js';
import type { Gate, GateContext } from '../gate.js';
import type { BackupConfig } from './config.js';
import { TARGET_ENVIRONMENT_ENV } from './config.js';
import { redactSecrets, runBackupCommand, splitCommand } from './command-evidence.js';
import { inspectBackupFile } from './inspect-file.js';
import type { InspectOptions } from './inspect-file.js';
import { judgeCompletedAt, judgeDumpFile, judgeProviderBackup } from './judge-evidence.js';
import type { FreshnessWindow, JudgedEvidence, Restorable } from './judge-evidence.js';
import {
  judgeLastRestore,
  judgeMissingEvidence,
  restoreWithoutDumpFinding,
  unrecordedRestoreFinding,
} from './judge-restore.js';
import type { BackupData } from './report-data.js';
import { restoreCheck } from './restore.js';
import type { RestoreRequest } from './restore.js';
import { githubRestoreLedger } from './restore-ledger.js';
import type { RestoreLedger } from './restore-ledger.js';
import { askLastRestore, recordRestore } from './restore-record.js';
import { readVerifySql } from './verify-sql-file.js';
import { phrases } from './wording.js';

export type { BackupData, EvidenceData } from './report-data.js';

export interface BackupGateOptions {
  /** `backup verify` always runs; `check` only with evidence or on a deploy to a required environment. */
  always: boolean;
  /** Test hooks. */
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
  ledger?: (ctx: GateContext) => RestoreLedger | undefined;
  restore?: Partial<Pick<RestoreRequest, 'findBinaries' | 'engine'>>;
  findPgRestore?: InspectOptions['findPgRestore'];
}

export function createBackupGate(options: BackupGateOptions): Gate {
  return { id: 'backup', title: 'backup', run: (ctx) => runBackupGate(ctx, options) };
}

/** Registered with `check`. */
export const backupGate: Gate = createBackupGate({ always: false });

export function hasEvidence(config: BackupConfig): boolean {
  return Boolean(config['backup-file'] || config['backup-completed-at'] || config['backup-command']);
}

/**
 * Each step reads (inspect-file, command-evidence, restore, restore-record), then judges what it read
 * (judge-evidence, judge-restore: pure), and adds a phrase to the summary (wording).
 */
async function runBackupGate(ctx: GateContext, options: BackupGateOptions): Promise<GateOutcome> {
  const config = ctx.settings.config.backup;
  const env = options.env ?? process.env;
  const now = (options.now ?? (() => new Date()))();
  const target = env[TARGET_ENVIRONMENT_ENV]?.trim() || undefined;
  const data: BackupData = {
    ran: true,
    maxAgeMs: config['max-age'],
    evidence: [],
    ...(target ? { targetEnvironment: target } : {}),
  };
  const where = ctx.settings.run.configFile ?? '.github/rollback-ready.yml';

  if (!hasEvidence(config)) {
    if (options.always)
      throw new UsageError(
        'backup verify needs evidence: --backup-file FILE [--backup-sha256 HEX], --backup-completed-at TIME or --backup-command CMD (or the same keys under backup: in the config)',
      );
    const missing = judgeMissingEvidence(config['required-for'], target, where);
    if (!missing.required)
      return {
        findings: [],
        summary: missing.reason,
        skipped: true,
        data: { backup: { ...data, ran: false, reason: missing.reason } },
      };
    return { findings: [missing.finding], summary: missing.summary, data: { backup: data } };
  }
  const file = config['backup-file'];
  if (!file && config['backup-sha256'])
    throw new UsageError('backup-sha256 needs backup-file: it is the checksum of that file');

  const findings: Finding[] = [];
  const summaries: string[] = [];
  const take = (judged: JudgedEvidence) => {
    findings.push(...judged.findings);
    data.evidence.push(judged.evidence);
    if (judged.summary !== undefined) summaries.push(judged.summary);
  };
  const window: FreshnessWindow = { now, maxAgeMs: config['max-age'], where };
  const completedAtGiven = config['backup-completed-at']
    ? new Date(config['backup-completed-at'].replace(' ', 'T'))
    : undefined;
  let restorable: Restorable | undefined;
  let fileCleanup: (() => Promise<void>) | undefined;
  try {
    // Evidence 1: a dump file.
    if (file) {
      const path = isAbsolute(file) ? file : resolve(ctx.settings.run.cwd, file);
      const report = await inspectBackupFile({
        path,
        display: displayPath(ctx.git.root, path),
        ...(config['backup-sha256'] ? { expectedSha256: config['backup-sha256'] } : {}),
        ...(completedAtGiven ? { completedAtFallback: completedAtGiven } : {}),
        ...(options.findPgRestore ? { findPgRestore: options.findPgRestore } : {}),
      });
      fileCleanup = report.cleanup;
      const judged = judgeDumpFile(report, window);
      take(judged);
      restorable = judged.restorable;
    }

    // Evidence 2: a completion time on its own (with a file it only stands in for the dump's own time).
    if (completedAtGiven && !file)
      take(judgeCompletedAt(config['backup-completed-at']!, completedAtGiven, window));

    // Evidence 3: the provider, through a command.
    const command = config['backup-command'];
    if (command) {
      const argv = typeof command === 'string' ? splitCommand(command) : command;
      ctx.log.info(`backup: running backup-command ${argv[0]}`);
      const result = await runBackupCommand({
        argv,
        cwd: ctx.settings.run.cwd,
        timeoutMs: config['command-timeout'],
        env,
      });
      take(judgeProviderBackup(result, redactSecrets(argv.join(' '), env), window));
    }

    // Restore proven: now, or recorded recently.
    const ledger = (options.ledger ?? ((c: GateContext) => githubRestoreLedger(c.github, c.log)))(ctx);
    if (config['restore-check']) {
      if (!restorable) {
        if (!file) findings.push(restoreWithoutDumpFinding());
        summaries.push(phrases.restoreNotAttempted());
      } else {
        const restore = await restoreCheck({
          path: restorable.path,
          display: restorable.display,
          format: restorable.format,
          verifyTables: config['verify-tables'],
          ...readVerifySql(config, ctx.git.root),
          timeoutMs: config['restore-timeout'],
          log: ctx.log,
          ...options.restore,
        });
        findings.push(...restore.findings);
        const { findings: _f, ...rest } = restore;
        data.restore = rest;
        if (restore.ok) {
          summaries.push(phrases.restored(restore));
          const recorded = await recordRestore(ledger, ctx, restorable, restore, data.evidence[0]!);
          if (recorded && 'failed' in recorded) findings.push(unrecordedRestoreFinding(recorded.failed));
          const id = recorded && 'id' in recorded ? recorded.id : undefined;
          if (id !== undefined) data.restore.recorded = id;
          data.lastRestore = {
            at: now.toISOString(),
            backup: restorable.display,
            ...(id !== undefined ? { deploymentId: id } : {}),
          };
        } else summaries.push(phrases.restoreFailed());
      }
    } else {
      const judged = judgeLastRestore(
        await askLastRestore(ledger),
        config['restore-max-age'],
        now,
        where,
        file !== undefined,
      );
      findings.push(...judged.findings);
      const last = judged.last;
      if (last) {
        data.lastRestore = {
          at: last.at.toISOString(),
          deploymentId: last.deploymentId,
          ...(last.backup ? { backup: last.backup } : {}),
        };
        summaries.push(phrases.lastRestore(now.getTime() - last.at.getTime()));
      }
    }
  } finally {
    await (restorable?.cleanup ?? fileCleanup)?.();
  }
  return { findings, summary: summaries.join('; '), data: { backup: data } };
}

/** Relative to the repository when inside it, as messages show it. */
function displayPath(root: string, path: string): string {
  const rel = relative(root, path).split('\\').join('/');
  return rel && !rel.startsWith('..') ? rel : path;
}
