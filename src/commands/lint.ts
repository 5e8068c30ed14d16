import { migrationsGate } from '../gates/migrations/gate.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';
import { LINT_SPEC } from './specs.js';

export const lintCommand: Command = {
  ...LINT_SPEC,
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx, { needsBase: ctx.settings.run.files.length === 0 });
    return { report: await runGates([migrationsGate], gateCtx) };
  },
};
