/**
 * The backup gate's decisions about evidence, pure: from what was read (the dump's report, a given
 * time, the provider command's answer) and the clock to findings and the report's evidence. Tested
 * without files, programs or a clock.
 */
import type { Finding } from '../../core/finding.js';
import type { CommandEvidence } from './command-evidence.js';
import type { DumpFormat } from './dump-format.js';
import { backupFinding, formatInstant, humanDuration } from './findings.js';
import type { BackupFileReport } from './inspect-file.js';
import type { EvidenceData } from './report-data.js';
import { phrases } from './wording.js';

/** Backups finished up to this far in the future are clock skew between machines, not an error. */
export const FUTURE_SKEW_MS = 2 * 60_000;

/** The window evidence is judged against. */
export interface FreshnessWindow {
  now: Date;
  /** backup.max-age. */
  maxAgeMs: number;
  /** The config file, for messages that name the key. */
  where: string;
}

/** One piece of evidence, judged. */
export interface JudgedEvidence {
  evidence: EvidenceData;
  findings: Finding[];
  /** The summary phrase; none when there is nothing to say (a dump with no completion time). */
  summary?: string;
}

/** A dump that passed its checks, ready to be restored. */
export interface Restorable {
  path: string;
  display: string;
  format: DumpFormat;
  cleanup(): Promise<void>;
}

/** How old the backup is, and a finding when that is too old or in the future. */
export function judgeFreshness(
  completedAt: Date,
  source: string,
  window: FreshnessWindow,
  about: { file?: string; id?: string } = {},
): { fields: Pick<EvidenceData, 'completedAt' | 'completedAtSource' | 'ageMs'>; findings: Finding[] } {
  const age = window.now.getTime() - completedAt.getTime();
  const fields = { completedAt: completedAt.toISOString(), completedAtSource: source, ageMs: age };
  const name = about.id ? `backup ${about.id}` : 'backup';
  const at = `${formatInstant(completedAt)}, from the ${source}`;
  const file = about.file ? { file: about.file } : {};
  if (age < -FUTURE_SKEW_MS) {
    return {
      fields,
      findings: [
        backupFinding('backup-future', {
          ...file,
          message: `${name} finished ${humanDuration(-age)} in the future (${at}): a completion time cannot be later than now, so it cannot be trusted.`,
          help: 'Check the clock and time zone of the machine that wrote it (and backup-completed-at, which needs a zone such as Z), take a fresh backup, then re-run.',
        }),
      ],
    };
  }
  if (age > window.maxAgeMs) {
    return {
      fields,
      findings: [
        backupFinding('backup-stale', {
          ...file,
          message: `${name} finished ${humanDuration(age)} ago (${at}); the window is ${humanDuration(window.maxAgeMs)} (backup.max-age in ${window.where}).`,
          help: 'Take a fresh backup, then re-run. If the window is wrong, change backup.max-age (or pass --max-age / the max-age input).',
        }),
      ],
    };
  }
  return { fields, findings: [] };
}

/** A dump file: its own checks first; only a dump that passed them is aged, summarised and restorable. */
export function judgeDumpFile(
  report: BackupFileReport,
  window: FreshnessWindow,
): JudgedEvidence & { restorable?: Restorable } {
  const evidence: EvidenceData = {
    source: 'backup-file',
    detail: report.display,
    ...(report.format ? { format: report.format } : {}),
    gzip: report.gzip,
    bytes: report.bytes,
    ...(report.sha256 ? { sha256: report.sha256 } : {}),
  };
  const findings = [...report.findings];
  if (findings.some((f) => f.severity === 'error'))
    return { evidence, findings, summary: phrases.dumpFailed(report.display) };
  if (!report.completedAt) return { evidence, findings };
  const fresh = judgeFreshness(report.completedAt, `${report.completedAtSource}`, window, {
    file: report.display,
  });
  Object.assign(evidence, fresh.fields);
  findings.push(...fresh.findings);
  return {
    evidence,
    findings,
    summary: phrases.dump(evidence),
    ...(report.restorable && report.format
      ? {
          restorable: {
            path: report.restorable,
            display: report.display,
            format: report.format,
            cleanup: report.cleanup,
          },
        }
      : {}),
  };
}

/** `backup-completed-at` on its own: only a time to age. */
export function judgeCompletedAt(given: string, completedAt: Date, window: FreshnessWindow): JudgedEvidence {
  const fresh = judgeFreshness(completedAt, 'backup-completed-at', window);
  const evidence: EvidenceData = { source: 'backup-completed-at', detail: given, ...fresh.fields };
  return { evidence, findings: fresh.findings, summary: phrases.completedAt(evidence) };
}

/** The provider's answer to `backup-command` (`shown` is the command with secrets redacted). */
export function judgeProviderBackup(
  result: CommandEvidence,
  shown: string,
  window: FreshnessWindow,
): JudgedEvidence {
  const evidence: EvidenceData = {
    source: 'backup-command',
    detail: shown,
    status: result.status,
    ...(result.id ? { id: result.id } : {}),
  };
  const findings = [...result.findings];
  if (!result.completedAt || findings.some((f) => f.severity === 'error'))
    return { evidence, findings, summary: phrases.providerUnusable() };
  const fresh = judgeFreshness(result.completedAt, 'backup-command', window, {
    ...(result.id ? { id: result.id } : {}),
  });
  Object.assign(evidence, fresh.fields);
  findings.push(...fresh.findings);
  return { evidence, findings, summary: phrases.provider(evidence) };
}
