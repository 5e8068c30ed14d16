import type { Command } from './command.js';
import { LINT_SPEC } from './specs.js';

export const lintCommand: Command = {
  ...LINT_SPEC,
  async run(ctx) {
    // The deploy mode (--each, --as-one-change) and files outside any repository: lint-files.ts.
    const { prepareLintRun } = await import('./lint-files.js');
    // Opening the repository starts git; the gate's modules (the rules, the layouts) load meanwhile.
    const preparing = prepareLintRun(ctx);
    preparing.catch(() => {}); // awaited below, after the modules
    const [{ migrationsGate }, { runGates }] = await Promise.all([
      import('../gates/migrations/gate.js'),
      import('./run-gates.js'),
    ]);
    const { gateCtx, present } = await preparing;
    return { report: present(await runGates([migrationsGate], gateCtx)) };
  },
};
