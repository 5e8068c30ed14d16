import type { DumpFormat } from './dump-format.js';
import type { RestoreResult } from './restore.js';

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
