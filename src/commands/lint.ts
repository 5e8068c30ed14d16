import type { Command } from './command.js';
import { LINT_SPEC } from './specs.js';

export const lintCommand: Command = {
  ...LINT_SPEC,
  async run(ctx) {
    const [{ migrationsGate }, { runGates }, { prepareLintRun }] = await Promise.all([
      import('../gates/migrations/gate.js'),
      import('./run-gates.js'),
      import('./lint-files.js'),
    ]);
    // The deploy mode (--each, --as-one-change) and files outside any repository: lint-files.ts.
    const { gateCtx, present } = await prepareLintRun(ctx);
    return { report: present(await runGates([migrationsGate], gateCtx)) };
  },
};
