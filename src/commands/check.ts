import { ALL_GATES } from '../gates/index.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'run every gate that applies to this change',
  usage: 'check [--base REF] [--head REF]',
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx);
    return { report: await runGates(ALL_GATES, gateCtx) };
  },
};
