import { z } from 'zod';
import { timerDuration } from '../../../config/shared-schemas.js';

/**
 * `rehearsal.fallback-check`: run the fallback release's own check against the rehearsed database —
 * migrations up to the fallback release, its seed, the newer migrations, the new release's writes,
 * then `command` in a worktree of the fallback release with DATABASE_URL pointing at that database.
 */
export const fallbackCheckConfigSchema = z.strictObject({
  /** Run in the fallback release's worktree with `sh -c` (e.g. `npm ci && npm run test:db`). */
  command: z.string().min(1, 'a shell command, such as npm ci && npm run test:db'),
  /** A SQL file of the fallback release (read at its tag), run after its migrations. */
  seed: z.string().min(1, 'a path to a SQL file').optional(),
  /** A SQL file of the change (rows the new release writes), run after the newer migrations. */
  'new-writes': z.string().min(1, 'a path to a SQL file').optional(),
  /** Or a command run in the repository with DATABASE_URL set, after the newer migrations. */
  'new-writes-command': z.string().min(1, 'a shell command').optional(),
  /** The whole check (server, migrations, command) is time-boxed. */
  timeout: timerDuration.default(600_000),
});
export type FallbackCheckConfig = z.infer<typeof fallbackCheckConfigSchema>;
