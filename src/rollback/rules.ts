import { ruleDocsUrl } from '../core/tool.js';

/** Rule ids `rollback` and `status` report; each has a page under docs/rules/. */
export const ROLLBACK_RULES = {
  'rollback-schema-contract':
    'a migration applied since the rollback target is a contract change the target release does not understand',
  'rollback-schema-risk-accepted':
    'a contract migration since the target was accepted with allow-schema-risk; the reason is recorded',
  'rollback-schema-unknown': 'a migration since the target could not be classified as expand or contract',
  'rollback-migration-unreadable':
    'a migration since the target could not be read (too large, binary, not UTF-8), so it was not judged',
  'rollback-target-not-earlier': 'the rollback target is not an earlier release than the live one',
  'rollback-no-target': 'there is no earlier known-good release to roll back to',
  'rollback-in-progress': 'another deployment to the same environment is still running',
  'deploy-failed': 'the deploy step failed, so the deployment was marked failure',
  'health-check-failed': 'the health check after the deploy did not answer as expected',
  'tag-off-release-branch': 'the tag points at a commit that is not on the release branch',
  'release-branch-missing':
    'the release branch is not in this clone, so the target could not be checked to be released code',
  'ledger-unavailable': 'the deployment ledger could not be read, so release tags stood in for it',
  'tag-moved': 'the release tag names another commit than the one the plan or release approved',
  'auto-deploy-on': 'the platform deploys pushes by itself, which can silently undo a rollback',
  'live-drift': 'the platform runs a commit that is no release tag (an untagged deploy)',
  'platform-not-asked':
    'the deploy target could not be asked what runs (no token here, or its API failed), so the live release is the ledger’s guess',
} as const;
export type RollbackRuleId = keyof typeof ROLLBACK_RULES;

export function rollbackDocs(ruleId: RollbackRuleId): string {
  return ruleDocsUrl(ruleId);
}

/** Printed with every plan: what a rollback does not do. */
export const DATA_NOTE =
  'A rollback redeploys code only: it does not undo data or schema changes. Rows written by the newer release stay, and columns or tables its migrations added stay in the database. Check: writes the newer release made that the older code cannot read (new enum values, new NOT NULL columns without defaults), background jobs and queues holding newer payloads, and caches keyed by the newer code.';
