import { ruleDocsUrl } from '../../core/tool.js';

/** The kill-switch gate's rule ids; each has a page in docs/rules/. */
export const KILL_SWITCH_RULES = [
  'kill-switch-missing',
  'kill-switch-not-in-code',
  'kill-switch-undeclared',
  'kill-switch-default-on',
  'kill-switch-none',
  'kill-switch-manifest-invalid',
] as const;
export type KillSwitchRule = (typeof KILL_SWITCH_RULES)[number];

export function killSwitchDocs(rule: KillSwitchRule): string {
  return ruleDocsUrl(rule);
}
