/**
 * The ids of the findings the fallback-release check makes (compare.ts). A module of its
 * own so the migrations rule registry can list them without loading the check.
 */
export const COMPAT_RULE_IDS = [
  'fallback-reads-missing-table',
  'fallback-reads-missing-column',
  'fallback-insert-not-null',
  'fallback-type-changed',
  'fallback-unknown-enum-value',
] as const;
export type CompatRuleId = (typeof COMPAT_RULE_IDS)[number];
