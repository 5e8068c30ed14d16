import type { Rule } from '../rule.js';
import type { CompatRuleId } from './rule-ids.js';

/**
 * The fallback-release rules as the migrations engine sees them: ids, default severities and summaries
 * for help, SARIF and config. They do not inspect statements themselves: their hits come from comparing
 * the fallback release's code with the replayed schema (compare.ts), handed to the engine per statement.
 */
function fallbackRule(id: CompatRuleId, severity: Rule['severity'], summary: string): Rule {
  return { id, severity, class: 'contract', summary, check: () => [] };
}

export const COMPAT_RULES: Readonly<Record<CompatRuleId, Rule>> = {
  'fallback-reads-missing-table': fallbackRule(
    'fallback-reads-missing-table',
    'error',
    'The release a rollback returns to still uses a table this change drops or renames.',
  ),
  'fallback-reads-missing-column': fallbackRule(
    'fallback-reads-missing-column',
    'error',
    'The release a rollback returns to still reads a column this change drops or renames.',
  ),
  'fallback-insert-not-null': fallbackRule(
    'fallback-insert-not-null',
    'error',
    'The release a rollback returns to inserts rows without a column this change makes NOT NULL without a default.',
  ),
  'fallback-type-changed': fallbackRule(
    'fallback-type-changed',
    'error',
    'The release a rollback returns to decodes a column whose type this change changes into one it cannot read.',
  ),
  'fallback-unknown-enum-value': fallbackRule(
    'fallback-unknown-enum-value',
    'warning',
    'The release a rollback returns to does not know an enum value this change adds and the new release can write.',
  ),
};
