/**
 * How soon V8 optimises JavaScript while `lint` runs on every core.
 *
 * V8 optimises a function (TurboFan, on background threads) once it has spent its interrupt budget a few
 * times. When the linting thread and the parse worker already keep every core busy, those compile jobs
 * take their CPU from the lint itself: on the 2,000-file bench on two cores about 300 ms of ~1.5 s CPU went
 * to them (`--no-concurrent-recompilation` moved that work onto the two threads). With a budget of 1,000,000
 * instead of V8's 67,584, only the really hot functions are optimised: CPU fell from 1.47 to 1.29 s and wall
 * time from 0.84 to 0.75 s (14 interleaved runs); 600,000 to 2,000,000 all did about as well.
 *
 * With a spare core the background compiles are free and the optimised code pays: one linting thread on
 * two cores was 7% slower with the larger budget (1.20 against 1.12 s). So the budget is raised only when
 * the lint's threads are at least as many as the cores.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

export const LINT_INTERRUPT_BUDGET = 1_000_000;

/** Whether `lintThreads` busy threads leave no core for V8's background compiles. */
export function coresAllBusy(lintThreads: number, cores: number = availableParallelism()): boolean {
  return lintThreads >= cores;
}

/**
 * Raise V8's interrupt budget for the rest of the process when `lintThreads` occupy every core. The flag is
 * process-wide (worker threads share it) and read each time a function's budget is reset, so it takes
 * effect for the code that runs afterwards. Returns whether it was raised.
 */
export function budgetOptimizerFor(lintThreads: number, cores: number = availableParallelism()): boolean {
  if (!coresAllBusy(lintThreads, cores)) return false;
  setFlagsFromString(`--interrupt-budget=${LINT_INTERRUPT_BUDGET}`);
  return true;
}
