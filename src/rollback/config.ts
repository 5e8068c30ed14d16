import { z } from 'zod';

/** `rollback:` in .github/rollback-ready.yml: how `rollback plan|record|finish` and `status` behave. */
export const rollbackConfigSchema = z.strictObject({
  /** The environment rolled back and reported on when `--env` is not given. */
  environment: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9._ -]+$/, 'letters, digits, space and . _ - only, such as production')
    .default('production'),
  /**
   * Accept a rollback whose target predates a `contract` migration, with the reason why (recorded in
   * the plan and the deployment). Empty: such a rollback is blocked.
   */
  'allow-schema-risk': z
    .string()
    .max(500)
    .regex(/^[^\r\n]*$/, 'one line')
    .default(''),
  /**
   * Minutes during which a deployment still `queued`, `pending` or `in_progress` in the same
   * environment makes `rollback record` refuse to start another one (0: never refuse).
   */
  'in-progress-window': z.number().int().min(0).max(1440).default(30),
  /** How many recent deployments `status` lists per environment. */
  history: z.number().int().min(1).max(50).default(5),
});
export type RollbackConfig = z.infer<typeof rollbackConfigSchema>;
