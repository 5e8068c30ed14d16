import type { Gate, GateContext } from '../gate.js';
import { ReleaseGitCli } from '../../release/release-git.js';
import { evaluateNote } from './evaluate.js';
import { noteRequirement } from './requirement.js';
import { findNote } from './source.js';
import type { NoteText } from './source.js';

const notes = new WeakMap<GateContext, Promise<NoteText | undefined>>();

/** The note of this run (read once, shared by the tagging and notes gates). */
export function noteOf(ctx: GateContext): Promise<NoteText | undefined> {
  let found = notes.get(ctx);
  if (!found) {
    found = findNote({
      settings: ctx.settings,
      root: ctx.git.root,
      ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
      ...(ctx.github ? { github: ctx.github } : {}),
      log: ctx.log,
    });
    notes.set(ctx, found);
  }
  return found;
}

/** The notes gate: does the release note name the release, what to watch, who owns it, and the right rollback target? */
export const notesGate: Gate = {
  id: 'notes',
  title: 'release note',
  async run(ctx) {
    const text = await noteOf(ctx);
    if (!text) {
      return {
        findings: [],
        summary: 'no release note to check (no pull request body, --pr-body-file or notes.file)',
        skipped: true,
      };
    }
    // Required only where the team releases: elsewhere the gate stands aside and says why.
    const requirement = await noteRequirement(ctx, text);
    if (!requirement.required) {
      return { findings: [], summary: `no release note required: ${requirement.why}`, skipped: true };
    }
    const evaluation = await evaluateNote({
      text,
      settings: ctx.settings,
      git: ReleaseGitCli.from(ctx.git),
      ...(ctx.github ? { github: ctx.github } : {}),
      log: ctx.log,
      now: new Date(),
    });
    return {
      findings: evaluation.findings,
      summary: evaluation.summary,
      data: {
        ...(evaluation.releaseId ? { releaseId: evaluation.releaseId } : {}),
        ...(evaluation.knownGood ? { rollbackTarget: evaluation.knownGood.releaseId } : {}),
      },
    };
  },
};
