import type { Finding, Severity } from '../../core/finding.js';
import { ruleDocsUrl as docsUrl } from '../../core/tool.js';

/** Rule ids of the rehearsal gate; each has a page under docs/rules/. */
export const REHEARSAL_RULES = [
  'migration-failed',
  'statement-not-permitted',
  'nothing-rehearsed',
  'table-not-seeded',
  'server-version-mismatch',
  'base-migration-failed',
  'down-migration-mismatch',
  'missing-down-migration',
  'seed-failed',
  'extension-unavailable',
  'database-unavailable',
  'rehearsal-timeout',
  'schema-changes',
] as const;
export type RehearsalRule = (typeof REHEARSAL_RULES)[number];

type Fields = Omit<Finding, 'gate' | 'rule' | 'severity' | 'docs'>;

export function rehearsalFinding(rule: string, severity: Severity, fields: Fields): Finding {
  return { gate: 'rehearsal', rule, severity, ...fields, docs: docsUrl(rule) };
}
