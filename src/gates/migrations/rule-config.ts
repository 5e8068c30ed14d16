import { closest } from '../../config/issues.js';
import { UsageError } from '../../core/errors.js';
import type { MigrationsConfig } from './config.js';
import { KNOWN_RULE_IDS } from './engine.js';

/** "did you mean" for a rule id that does not exist, when a known one is a few edits away. */
export function suggestRuleId(id: string): string {
  const near = closest(id, [...KNOWN_RULE_IDS]);
  return near ? `; did you mean ${near}?` : '; see docs/rules/ for the rule ids';
}

/**
 * `migrations.rules` may only name rules that exist: a typo (`ban-drop-colum: off`) would otherwise
 * switch nothing off — or, worse, leave on a rule the team believes it has tuned — without a word.
 */
export function assertKnownRuleIds(config: Pick<MigrationsConfig, 'rules'>, configFile?: string): void {
  for (const id of Object.keys(config.rules)) {
    if (!KNOWN_RULE_IDS.has(id)) {
      throw new UsageError(
        `${configFile ?? 'config'}: migrations.rules.${id}: not a rule id${suggestRuleId(id)}`,
      );
    }
  }
}
