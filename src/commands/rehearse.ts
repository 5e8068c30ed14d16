import { createFallbackCheckGate } from '../gates/rehearsal/fallback/fallback-gate.js';
import { createRehearsalGate } from '../gates/rehearsal/gate.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';
import { REHEARSE_SPEC } from './specs.js';

/** `rehearse` always runs the rehearsal, whatever `rehearsal.enabled` says. */
const alwaysRehearse = createRehearsalGate({ always: true });

export const rehearseCommand: Command = {
  ...REHEARSE_SPEC,
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx, { requireBase: true, policyFromBase: true });
    const fallback = typeof ctx.flags.fallback === 'string' ? ctx.flags.fallback : undefined;
    // The fallback release's own check (gates/rehearsal/fallback): with --fallback, or whenever it is configured.
    const gates =
      fallback || gateCtx.settings.config.rehearsal['fallback-check']
        ? [alwaysRehearse, createFallbackCheckGate(fallback ? { fallback } : {})]
        : [alwaysRehearse];
    return { report: await runGates(gates, gateCtx) };
  },
};
