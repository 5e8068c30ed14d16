import type { Finding, Severity } from '../../core/finding.js';
import { ruleDocsUrl } from '../../core/tool.js';

/** Rule ids of the backup gate; each has a page under docs/rules/. */
export const BACKUP_RULES = [
  'backup-missing',
  'backup-invalid',
  'backup-truncated',
  'backup-checksum-mismatch',
  'backup-incomplete',
  'backup-stale',
  'backup-future',
  'backup-command-failed',
  'restore-failed',
  'restore-verify-failed',
  'restore-unproven',
] as const;
export type BackupRule = (typeof BACKUP_RULES)[number];

type Fields = Omit<Finding, 'gate' | 'rule' | 'severity' | 'docs'>;

export function backupFinding(rule: BackupRule, fields: Fields, severity: Severity = 'error'): Finding {
  return { gate: 'backup', rule, severity, ...fields, docs: ruleDocsUrl(rule) };
}

/** `3h12m`, `45s`, `2d4h`: the two largest units, for messages people read at a glance. */
export function humanDuration(ms: number): string {
  const total = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = total;
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length > 0 && parts.length < 2)) parts.push(`${n}${unit}`);
    if (parts.length === 2) break;
  }
  const text = parts.filter((p, i) => i === 0 || !p.startsWith('0')).join('');
  return text || '0s';
}

/** `2026-07-31 09:12 UTC`. */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
