import { migrationsGate } from '../gates/migrations/gate.js';
import { prestartParseWorker } from '../gates/migrations/parse-ahead.js';
import type { Command } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';
import { LINT_SPEC } from './specs.js';

export const lintCommand: Command = {
  ...LINT_SPEC,
  async run(ctx) {
    // Many explicit files are parsed ahead on a worker thread: start it now, while this thread selects and reads.
    prestartParseWorker(ctx.settings.run.files.length);
    const gateCtx = await prepareGateContext(ctx, { needsBase: ctx.settings.run.files.length === 0 });
    return { report: await runGates([migrationsGate], gateCtx) };
  },
};
