import { prestartParseWorker } from '../gates/migrations/parse-worker-client.js';
import type { Command } from './command.js';
import { LINT_SPEC } from './specs.js';

export const lintCommand: Command = {
  ...LINT_SPEC,
  async run(ctx) {
    // Many explicit files are parsed ahead on a worker thread: start it first, so that Node and the parser
    // load on the other core while this thread loads the linter, selects the files and reads them.
    prestartParseWorker(ctx.settings.run.files.length);
    const [{ migrationsGate }, { prepareGateContext, runGates }] = await Promise.all([
      import('../gates/migrations/gate.js'),
      import('./run-gates.js'),
    ]);
    const gateCtx = await prepareGateContext(ctx, { needsBase: ctx.settings.run.files.length === 0 });
    return { report: await runGates([migrationsGate], gateCtx) };
  },
};
