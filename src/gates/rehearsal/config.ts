import { z } from 'zod';
import { timerDuration } from '../../config/shared-schemas.js';
import { ENGINES } from '../../db/database.js';
import { fallbackCheckConfigSchema } from './fallback/fallback-check-config.js';

/** `rehearsal:` in .github/rollback-ready.yml. */
export const rehearsalConfigSchema = z.strictObject({
  /** `check` rehearses only when enabled; the `rehearse` command always does. */
  enabled: z.boolean().default(false),
  /** A server to create the scratch database on (e.g. a service container); only ever explicit, never DATABASE_URL. */
  'database-url': z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection string')
    .optional(),
  /** `auto`: the local PostgreSQL binaries, else the embedded PGlite. */
  engine: z.enum(ENGINES).default('auto'),
  /** A SQL file (relative to the repository root) run after the base migrations, before the new ones. */
  seed: z.string().min(1, 'a path to a SQL file').optional(),
  /** How a new migration without a down migration is reported, where the layout has them. */
  'require-down': z.enum(['warning', 'error', 'off']).default('warning'),
  /** The whole rehearsal is time-boxed. */
  timeout: timerDuration.default(300_000),
  /** Run the fallback release's own check against the migrated database (gates/rehearsal/fallback, docs/expand-contract.md). */
  'fallback-check': fallbackCheckConfigSchema.optional(),
});
export type RehearsalConfig = z.infer<typeof rehearsalConfigSchema>;
