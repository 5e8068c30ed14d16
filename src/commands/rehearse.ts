import { createFallbackCheckGate } from '../compat/fallback-gate.js';
import { createRehearsalGate } from '../gates/rehearsal/gate.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';

/** `rehearse` always runs the rehearsal, whatever `rehearsal.enabled` says. */
const alwaysRehearse = createRehearsalGate({ always: true });

export const rehearseCommand: Command = {
  name: 'rehearse',
  summary: 'apply the new migrations (and their down migrations) on a throwaway Postgres',
  usage:
    'rehearse [--base REF] [--database-url URL] [--engine auto|local|pglite] [--seed FILE] [--fallback TAG]',
  flags: {
    fallback: {
      type: 'string',
      valueName: 'TAG',
      help: "also run rehearsal.fallback-check.command from this release's worktree against the migrated database (default with the config: the live release)",
    },
  },
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx);
    const fallback = typeof ctx.flags.fallback === 'string' ? ctx.flags.fallback : undefined;
    // The fallback release's own check (src/compat): with --fallback, or whenever it is configured.
    const gates =
      fallback || ctx.settings.config.rehearsal['fallback-check']
        ? [alwaysRehearse, createFallbackCheckGate(fallback ? { fallback } : {})]
        : [alwaysRehearse];
    return { report: await runGates(gates, gateCtx) };
  },
};
