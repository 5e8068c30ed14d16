import { UsageError } from '../core/errors.js';
import { quoteName } from '../release/names.js';
import { rollbackConfigSchema } from '../rollback/config.js';
import type { CommandContext } from './command.js';

/**
 * Flags the rollback, deploy and status commands share. A module of their own so a command that reads
 * them (`rollback plan`) does not load the ledger's GitHub client with record.ts.
 */

/** A string flag's value, or undefined when it is absent or a boolean. */
export function flagString(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** `--env`, else `rollback.environment`; validated before any API call. */
export function environmentOf(ctx: CommandContext): string {
  const raw = flagString(ctx, 'env') ?? ctx.settings.config.rollback.environment;
  const parsed = rollbackConfigSchema.shape.environment.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(
      `--env: ${quoteName(raw)} is not an environment name; use letters, digits, space and . _ - (such as production)`,
    );
  }
  return parsed.data;
}
