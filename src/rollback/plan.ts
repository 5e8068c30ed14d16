import { decidePlan } from './plan-decide.js';
import type { RollbackPlan } from './plan-decide.js';
import { gatherPlanFacts } from './plan-gather.js';
import type { PlanInput } from './plan-gather.js';

export type { PlanFacts, RefSource, ReleaseRef, RollbackPlan } from './plan-decide.js';
export type { PlanInput } from './plan-gather.js';
export { resolveReleaseTag } from './plan-gather.js';

/**
 * Plan a rollback in the three steps of every command: gather the facts (plan-gather.ts: the releases,
 * the ledger, the branch, the migrations since the target), decide (plan-decide.ts: pure), and format
 * (plan-format.ts and the report, in src/commands/rollback.ts).
 */
export async function planRollback(input: PlanInput): Promise<RollbackPlan> {
  return decidePlan(await gatherPlanFacts(input));
}
