import { buildChecklist, checklistEntries, formatChecklist } from '../checklist/build.js';
import { gatherChecklistFacts } from '../checklist/facts.js';
import { askPlatform } from '../deploy/live.js';
import { configuredTarget, platformOf } from './platform.js';
import { errorMessage } from '../core/errors.js';
import type { GateContext } from '../gates/gate.js';
import type { Report } from '../core/report.js';
import { ALL_GATES } from '../gates/index.js';
import type { Command, CommandContext } from './command.js';
import { prepareGateContext, runGates } from './run-gates.js';
import { CHECK_SPEC } from './specs.js';

export const checkCommand: Command = {
  ...CHECK_SPEC,
  async run(ctx) {
    const gateCtx = await prepareGateContext(ctx, { requireBase: true, policyFromBase: true });
    const report = await runGates(ALL_GATES, gateCtx);
    const preamble = await preReleaseChecklist(report, ctx, gateCtx);
    return { report, ...(preamble ? { preamble } : {}) };
  },
};

/**
 * The five-line checklist that opens the report: set as `report.checklist` (JSON) and returned as
 * Markdown for the summary and PR comment. A problem gathering its facts is logged, never fatal.
 */
async function preReleaseChecklist(
  report: Report,
  ctx: CommandContext,
  gateCtx: GateContext,
): Promise<string | undefined> {
  try {
    const facts = await gatherChecklistFacts({
      settings: gateCtx.settings,
      git: gateCtx.git,
      ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
      ...(ctx.github ? { github: ctx.github } : {}),
      log: ctx.log,
      askPlatform: (environment, history) =>
        askPlatform(platformOf(ctx, environment), history, configuredTarget(ctx, environment)),
    });
    const items = buildChecklist(report, facts);
    report.checklist = checklistEntries(items);
    return formatChecklist(items);
  } catch (error) {
    ctx.log.warn(`could not build the pre-release checklist (${errorMessage(error).split('\n')[0]})`);
    return undefined;
  }
}
