import { existsSync, readFileSync, statSync } from 'node:fs';
import { describeGitHubFailure } from '../../github/failure.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { readablePathInsideRepo } from '../../git/inside-repo.js';
import type { Finding } from '../../core/finding.js';
import type { GateOutcome } from '../../core/gate.js';
import type { Gate, GateContext } from '../gate.js';
import type { BackupConfig } from './config.js';
import type { DumpFormat } from './dump-format.js';
import { TARGET_ENVIRONMENT_ENV } from './config.js';
import { redactSecrets, runBackupCommand, splitCommand } from './command-evidence.js';
import { backupFinding, formatInstant, humanDuration } from './findings.js';
import { inspectBackupFile } from './inspect-file.js';
import type { InspectOptions } from './inspect-file.js';
import { restoreCheck } from './restore.js';
import type { RestoreRequest, RestoreResult } from './restore.js';
import { githubRestoreLedger } from './restore-ledger.js';
import type { RestoreLedger, RestoreRecord } from './restore-ledger.js';

/** A piece of evidence that a backup exists, and when it finished. */
export interface EvidenceData {
  source: 'backup-file' | 'backup-completed-at' | 'backup-command';
  /** File name, the command, or the timestamp as given. */
  detail: string;
  format?: DumpFormat;
  gzip?: boolean;
  bytes?: number;
  sha256?: string;
  id?: string;
  status?: string;
  completedAt?: string;
  /** Where the completion time came from (dump header, file modification time, …). */
  completedAtSource?: string;
  ageMs?: number;
}

/** The `backup` field of the JSON report. */
export interface BackupData {
  ran: boolean;
  reason?: string;
  targetEnvironment?: string;
  maxAgeMs: number;
  evidence: EvidenceData[];
  restore?: Omit<RestoreResult, 'findings'> & { recorded?: number };
  /** The newest proven restore: recorded earlier, or the one this run did (the checklist shows it). */
  lastRestore?: { at: string; deploymentId?: number; backup?: string };
}

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

/** Backups finished up to this far in the future are clock skew between machines, not an error. */
const FUTURE_SKEW_MS = 2 * 60_000;
const MAX_VERIFY_SQL = 1024 * 1024;

export function createBackupGate(options: BackupGateOptions): Gate {
  return { id: 'backup', title: 'backup', run: (ctx) => runBackupGate(ctx, options) };
}

/** Registered with `check`. */
export const backupGate: Gate = createBackupGate({ always: false });

export function hasEvidence(config: BackupConfig): boolean {
  return Boolean(config['backup-file'] || config['backup-completed-at'] || config['backup-command']);
}

async function runBackupGate(ctx: GateContext, options: BackupGateOptions): Promise<GateOutcome> {
  const config = ctx.settings.config.backup;
  const env = options.env ?? process.env;
  const now = (options.now ?? (() => new Date()))();
  const target = env[TARGET_ENVIRONMENT_ENV]?.trim() || undefined;
  const required = target !== undefined && config['required-for'].includes(target);
  const data: BackupData = {
    ran: true,
    maxAgeMs: config['max-age'],
    evidence: [],
    ...(target ? { targetEnvironment: target } : {}),
  };
  const where = ctx.settings.run.configFile ?? '.github/rollback-ready.yml';
  const findings: Finding[] = [];

  if (!hasEvidence(config)) {
    if (options.always)
      throw new UsageError(
        'backup verify needs evidence: --backup-file FILE [--backup-sha256 HEX], --backup-completed-at TIME or --backup-command CMD (or the same keys under backup: in the config)',
      );
    if (!required) {
      const reason = `no backup evidence configured, and this run does not deploy to ${config['required-for'].join(' or ') || 'a required environment'}`;
      return {
        findings: [],
        summary: reason,
        skipped: true,
        data: { backup: { ...data, ran: false, reason } },
      };
    }
    findings.push(
      backupFinding('backup-missing', {
        message: `this run deploys to ${target}, which needs a backup (backup.required-for in ${where}), and no backup evidence was given.`,
        help: 'Add a step before the deploy that takes a backup (pg_dump, or your provider) and pass backup-file, backup-completed-at or backup-command; see docs/backup.md.',
      }),
    );
    return { findings, summary: `no backup evidence for the ${target} deploy`, data: { backup: data } };
  }

  const rootOf = (path: string) => (isAbsolute(path) ? path : resolve(ctx.settings.run.cwd, path));
  const display = (path: string) => {
    const rel = relative(ctx.git.root, path).split('\\').join('/');
    return rel && !rel.startsWith('..') ? rel : path;
  };
  const summaries: string[] = [];
  let restorable: { path: string; display: string; format: DumpFormat; cleanup(): Promise<void> } | undefined;
  const completedAtGiven = config['backup-completed-at']
    ? new Date(config['backup-completed-at'].replace(' ', 'T'))
    : undefined;

  // Evidence 1: a dump file.
  const file = config['backup-file'];
  let fileCleanup: (() => Promise<void>) | undefined;
  try {
    if (file) {
      const path = rootOf(file);
      const report = await inspectBackupFile({
        path,
        display: display(path),
        ...(config['backup-sha256'] ? { expectedSha256: config['backup-sha256'] } : {}),
        ...(completedAtGiven ? { completedAtFallback: completedAtGiven } : {}),
        ...(options.findPgRestore ? { findPgRestore: options.findPgRestore } : {}),
      });
      fileCleanup = report.cleanup;
      findings.push(...report.findings);
      const evidence: EvidenceData = {
        source: 'backup-file',
        detail: report.display,
        ...(report.format ? { format: report.format } : {}),
        gzip: report.gzip,
        bytes: report.bytes,
        ...(report.sha256 ? { sha256: report.sha256 } : {}),
      };
      data.evidence.push(evidence);
      const blocking = report.findings.some((f) => f.severity === 'error');
      if (!blocking && report.completedAt) {
        freshness(
          evidence,
          report.completedAt,
          `${report.completedAtSource}`,
          config,
          now,
          where,
          findings,
          report.display,
        );
        summaries.push(
          `${report.format}${report.gzip ? '+gzip' : ''} dump ${report.display} ${ageText(evidence)}`,
        );
        if (report.restorable && report.format)
          restorable = {
            path: report.restorable,
            display: report.display,
            format: report.format,
            cleanup: report.cleanup,
          };
      } else if (blocking) summaries.push(`dump ${report.display} failed its checks`);
    } else if (config['backup-sha256']) {
      throw new UsageError('backup-sha256 needs backup-file: it is the checksum of that file');
    }

    // Evidence 2: a completion time on its own (with a file it only stands in for the dump's own time).
    if (completedAtGiven && !file) {
      const evidence: EvidenceData = {
        source: 'backup-completed-at',
        detail: config['backup-completed-at']!,
      };
      data.evidence.push(evidence);
      freshness(evidence, completedAtGiven, 'backup-completed-at', config, now, where, findings);
      summaries.push(`backup ${ageText(evidence)}`);
    }

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
      findings.push(...result.findings);
      const evidence: EvidenceData = {
        source: 'backup-command',
        detail: redactSecrets(argv.join(' '), env),
        status: result.status,
        ...(result.id ? { id: result.id } : {}),
      };
      data.evidence.push(evidence);
      if (result.completedAt && !result.findings.some((f) => f.severity === 'error')) {
        freshness(
          evidence,
          result.completedAt,
          'backup-command',
          config,
          now,
          where,
          findings,
          undefined,
          result.id,
        );
        summaries.push(`${result.id ? `backup ${result.id}` : 'provider backup'} ${ageText(evidence)}`);
      } else summaries.push('provider backup not usable');
    }

    // Restore proven: now, or recorded recently.
    const ledger = (options.ledger ?? ((c: GateContext) => githubRestoreLedger(c.github, c.log)))(ctx);
    if (config['restore-check']) {
      if (!restorable) {
        if (!file)
          findings.push(
            backupFinding('restore-unproven', {
              message:
                'restore-check restores a dump file, and there is no backup-file: a provider backup cannot be restored from here.',
              help: 'Add a pg_dump step and pass backup-file (a restore of that dump proves your data restores), or drop restore-check and rely on a recorded restore.',
            }),
          );
        summaries.push('restore not attempted');
      } else {
        const restore = await restoreCheck({
          path: restorable.path,
          display: restorable.display,
          format: restorable.format,
          verifyTables: config['verify-tables'],
          ...verifySql(config, ctx),
          timeoutMs: config['restore-timeout'],
          log: ctx.log,
          ...options.restore,
        });
        findings.push(...restore.findings);
        const { findings: _f, ...rest } = restore;
        data.restore = rest;
        if (restore.ok) {
          summaries.push(
            `restored into ${restore.server} in ${humanDuration(restore.durationMs)} (${restore.tables} tables${restore.verified.length ? `; ${restore.verified.join(', ')}` : ''})`,
          );
          const recorded = await recordRestore(ledger, ctx, restorable, restore, data.evidence[0]!, findings);
          if (recorded !== undefined) data.restore.recorded = recorded;
          data.lastRestore = {
            at: now.toISOString(),
            backup: restorable.display,
            ...(recorded !== undefined ? { deploymentId: recorded } : {}),
          };
        } else summaries.push('restore failed');
      }
    } else {
      const last = await lastRestore(ledger, config, now, where, findings);
      if (last) {
        data.lastRestore = {
          at: last.at.toISOString(),
          deploymentId: last.deploymentId,
          ...(last.backup ? { backup: last.backup } : {}),
        };
        summaries.push(`last restore ${humanDuration(now.getTime() - last.at.getTime())} ago`);
      }
    }
  } finally {
    await (restorable?.cleanup ?? fileCleanup)?.();
  }
  return { findings, summary: summaries.join('; '), data: { backup: data } };
}

function ageText(e: EvidenceData): string {
  if (e.ageMs === undefined) return '';
  return e.ageMs < 0
    ? `finished ${humanDuration(-e.ageMs)} in the future`
    : `finished ${humanDuration(e.ageMs)} ago`;
}

function freshness(
  evidence: EvidenceData,
  completedAt: Date,
  source: string,
  config: BackupConfig,
  now: Date,
  where: string,
  findings: Finding[],
  file?: string,
  id?: string,
): void {
  const age = now.getTime() - completedAt.getTime();
  evidence.completedAt = completedAt.toISOString();
  evidence.completedAtSource = source;
  evidence.ageMs = age;
  const name = id ? `backup ${id}` : 'backup';
  const at = `${formatInstant(completedAt)}, from the ${source}`;
  if (age < -FUTURE_SKEW_MS) {
    findings.push(
      backupFinding('backup-future', {
        ...(file ? { file } : {}),
        message: `${name} finished ${humanDuration(-age)} in the future (${at}): a completion time cannot be later than now, so it cannot be trusted.`,
        help: 'Check the clock and time zone of the machine that wrote it (and backup-completed-at, which needs a zone such as Z), take a fresh backup, then re-run.',
      }),
    );
  } else if (age > config['max-age']) {
    findings.push(
      backupFinding('backup-stale', {
        ...(file ? { file } : {}),
        message: `${name} finished ${humanDuration(age)} ago (${at}); the window is ${humanDuration(config['max-age'])} (backup.max-age in ${where}).`,
        help: 'Take a fresh backup, then re-run. If the window is wrong, change backup.max-age (or pass --max-age / the max-age input).',
      }),
    );
  }
}

function verifySql(config: BackupConfig, ctx: GateContext): Pick<RestoreRequest, 'verifySql'> {
  const value = config['verify-sql'];
  if (!value) return {};
  if (/\.sql$/i.test(value) && !/\s/.test(value)) {
    const path = readablePathInsideRepo(ctx.git.root, value, 'backup.verify-sql');
    if (path === undefined || !existsSync(path))
      throw new UsageError(
        `backup.verify-sql: file ${value} does not exist (paths are from the repository root)`,
      );
    if (statSync(path).size > MAX_VERIFY_SQL)
      throw new UsageError(`backup.verify-sql: ${value} is larger than 1 MB`);
    return { verifySql: { sql: readFileSync(path, 'utf8'), origin: value } };
  }
  return { verifySql: { sql: value, origin: 'inline' } };
}

async function recordRestore(
  ledger: RestoreLedger | undefined,
  ctx: GateContext,
  restorable: { display: string; format: string },
  restore: RestoreResult,
  evidence: EvidenceData,
  findings: Finding[],
): Promise<number | undefined> {
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
    return id;
  } catch (error) {
    findings.push(
      backupFinding(
        'restore-unproven',
        {
          message: `the restore succeeded but could not be recorded in GitHub: ${(error as Error).message.split('\n')[0]}.`,
          help: 'Give the job `permissions: deployments: write` so later runs can see this restore.',
        },
        'warning',
      ),
    );
    return undefined;
  }
}

async function lastRestore(
  ledger: RestoreLedger | undefined,
  config: BackupConfig,
  now: Date,
  where: string,
  findings: Finding[],
): Promise<RestoreRecord | undefined> {
  const window = humanDuration(config['restore-max-age']);
  const help = `Run the gate once with restore-check: true (or \`rollback-ready backup verify --backup-file FILE --restore-check\` in a scheduled workflow) so a restore is proven and recorded; the window is backup.restore-max-age (${window}).`;
  if (!ledger) {
    findings.push(
      backupFinding('restore-unproven', {
        message:
          'cannot tell when a restore last succeeded: there is no GitHub token and repository to read the restore record from, and restore-check is off.',
        help: `Pass restore-check: true to restore the dump now, or provide GITHUB_TOKEN and GITHUB_REPOSITORY. ${help}`,
      }),
    );
    return undefined;
  }
  let last: RestoreRecord | undefined;
  try {
    last = await ledger.lastRestore();
  } catch (error) {
    const failure = describeGitHubFailure(error);
    findings.push(
      backupFinding('restore-unproven', {
        message: `cannot read the restore record from GitHub: ${failure.why}.`,
        help: `${failure.help} ${help}`,
      }),
    );
    return undefined;
  }
  if (!last) {
    findings.push(
      backupFinding('restore-unproven', {
        message: `no successful restore is recorded (environment rollback-ready/restore-check): nobody knows that this backup restores. A restore must have succeeded within ${window} (backup.restore-max-age in ${where}).`,
        help,
      }),
    );
    return undefined;
  }
  const age = now.getTime() - last.at.getTime();
  if (age > config['restore-max-age']) {
    findings.push(
      backupFinding('restore-unproven', {
        message: `the last successful restore was on ${formatInstant(last.at)} (${humanDuration(age)} ago${last.backup ? `, of ${last.backup}` : ''}); the window is ${window} (backup.restore-max-age in ${where}).`,
        help,
      }),
    );
  }
  return last;
}
