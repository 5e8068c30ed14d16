import type { Rule } from '../rule.js';
import { banDropColumn } from './ban-drop-column.js';
import { requireConcurrentIndexCreation } from './require-concurrent-index-creation.js';

/** Every statement rule, one file each; docs/rules/<id>.md documents each. */
export const RULES: readonly Rule[] = [banDropColumn, requireConcurrentIndexCreation];

/** Rules reported by the engine itself rather than by statement checks. */
export const META_RULE_IDS = ['syntax-error', 'invalid-ignore', 'unused-ignore', 'edited-shipped-migration'] as const;
