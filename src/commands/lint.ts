import { migrationsGate } from '../gates/migrations/gate.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check migrations for changes the previous release cannot live with',
  usage: 'lint [FILES...] [--base REF] [--layout NAME] [--pg-version N]',
  positionals: true,
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx, { needsBase: ctx.settings.run.files.length === 0 });
    return { report: await runGates([migrationsGate], gateCtx) };
  },
};
