import { createRehearsalGate } from '../gates/rehearsal/gate.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';

/** `rehearse` always runs the rehearsal, whatever `rehearsal.enabled` says. */
const alwaysRehearse = createRehearsalGate({ always: true });

export const rehearseCommand: Command = {
  name: 'rehearse',
  summary: 'apply the new migrations (and their down migrations) on a throwaway Postgres',
  usage: 'rehearse [--base REF] [--database-url URL] [--engine auto|local|pglite] [--seed FILE]',
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx);
    return { report: await runGates([alwaysRehearse], gateCtx) };
  },
};
