import type { GateOutcome } from '../../core/gate.js';
import type { Gate } from '../gate.js';
import { judgeKillSwitch, judgeRisk, killSwitchValue } from './judge.js';
import { lookupManifest, readChange, readKillSwitchField } from './read-facts.js';
import { killSwitchSummary } from './wording.js';

export type { KillSwitchData, RiskyArea } from './judge.js';
export { riskyAreas } from './judge.js';

/**
 * The kill-switch gate: a change to a risky area (auth, payments, new data writes, integrations) must
 * name a flag in the release note (`Kill switch: new-checkout`) that is checked in the added code and,
 * when the project has a flag manifest, declared there defaulting to off. Reads (read-facts.ts) only
 * what the previous step's judgement needs, judges (judge.ts), words the summary (wording.ts).
 */
export const killSwitchGate: Gate = {
  id: 'kill-switch',
  title: 'kill switch',
  async run(ctx): Promise<GateOutcome> {
    const config = ctx.settings.config['kill-switch'];
    if (!config.enabled) return { findings: [], summary: 'off (kill-switch.enabled: false)', skipped: true };
    if (!ctx.base)
      return { findings: [], summary: 'no base to compare with (pass --base REF)', skipped: true };

    const change = await readChange(ctx, ctx.base);
    const risk = judgeRisk(config, change);
    const note = risk.risky.length ? await readKillSwitchField(ctx) : {};
    const value = killSwitchValue(note);
    const manifest =
      risk.risky.length && value.kind === 'flags' ? await lookupManifest(ctx, config) : undefined;
    const verdict = judgeKillSwitch({
      config,
      risk,
      added: change.added,
      note,
      value,
      ...(manifest ? { manifest } : {}),
    });
    return {
      findings: verdict.findings,
      summary: killSwitchSummary(risk, verdict.state),
      data: { killSwitch: verdict.data },
    };
  },
};
