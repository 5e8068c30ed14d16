/** How the backup gate words its summary: one phrase per piece of evidence and per restore step. Pure. */
import { humanDuration } from './findings.js';
import type { EvidenceData } from './report-data.js';
import type { RestoreResult } from './restore.js';

/** `finished 3h12m ago`, `finished 5m in the future`, or nothing when the age is unknown. */
export function ageText(e: Pick<EvidenceData, 'ageMs'>): string {
  if (e.ageMs === undefined) return '';
  return e.ageMs < 0
    ? `finished ${humanDuration(-e.ageMs)} in the future`
    : `finished ${humanDuration(e.ageMs)} ago`;
}

export const phrases = {
  dump: (e: EvidenceData) => `${e.format}${e.gzip ? '+gzip' : ''} dump ${e.detail} ${ageText(e)}`,
  dumpFailed: (display: string) => `dump ${display} failed its checks`,
  completedAt: (e: EvidenceData) => `backup ${ageText(e)}`,
  provider: (e: EvidenceData) => `${e.id ? `backup ${e.id}` : 'provider backup'} ${ageText(e)}`,
  providerUnusable: () => 'provider backup not usable',
  restored: (r: Pick<RestoreResult, 'server' | 'durationMs' | 'tables' | 'verified'>) =>
    `restored into ${r.server} in ${humanDuration(r.durationMs)} (${r.tables} tables${r.verified.length ? `; ${r.verified.join(', ')}` : ''})`,
  restoreFailed: () => 'restore failed',
  restoreNotAttempted: () => 'restore not attempted',
  lastRestore: (ageMs: number) => `last restore ${humanDuration(ageMs)} ago`,
};
