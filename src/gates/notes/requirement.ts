/**
 * Whether this run's note is required (`notes.required-on`, `notes.exempt-paths`). A note is asked for
 * where the team releases; a pull request that only changes docs or CI ships nothing and is never
 * blocked for lacking one. What cannot be known (the pull request's target, the changed paths) counts
 * as "required": the gate never passes a release by guessing it is not one.
 */
import picomatch from 'picomatch';
import type { GateContext } from '../gate.js';
import type { NoteText } from './source.js';

export interface NoteRequirement {
  required: boolean;
  /** Why, for the gate's summary. */
  why: string;
}

const SHOWN_PATHS = 3;

/** The change's paths when every one is exempt; undefined when any is not, or they cannot be read. */
async function onlyExemptPaths(ctx: GateContext, globs: readonly string[]): Promise<string[] | undefined> {
  if (!ctx.base || !ctx.git.changedPaths || !globs.length) return undefined;
  const paths = await ctx.git.changedPaths(ctx.base, ctx.worktree ? undefined : ctx.head);
  // An empty change is not "docs only": nothing shows that it ships nothing.
  if (!paths.length) return undefined;
  const exempt = picomatch([...globs], { dot: true });
  return paths.every((p) => exempt(p)) ? paths : undefined;
}

async function releaseBranchOf(ctx: GateContext): Promise<string | undefined> {
  return (
    ctx.settings.config.tagging['release-branch'] ??
    ctx.pullRequest?.defaultBranch ??
    (await ctx.git.defaultBranch())?.replace(/^origin\//, '')
  );
}

export async function noteRequirement(ctx: GateContext, text: NoteText): Promise<NoteRequirement> {
  const config = ctx.settings.config.notes;
  const on = config['required-on'];
  if (on === 'never') return { required: false, why: 'notes.required-on is never' };
  // A GitHub release is where every setting but never asks for the note.
  if (text.releaseTag) return { required: true, why: `the release ${text.releaseTag}` };

  const exempt = await onlyExemptPaths(ctx, config['exempt-paths']);
  if (exempt) {
    const shown = exempt.slice(0, SHOWN_PATHS).join(', ');
    const more = exempt.length > SHOWN_PATHS ? ` and ${exempt.length - SHOWN_PATHS} more` : '';
    return {
      required: false,
      why: `this change only touches docs or CI files (${shown}${more}; notes.exempt-paths)`,
    };
  }
  if (on === 'releases')
    return {
      required: false,
      why: 'notes.required-on is releases: the note is checked on the GitHub release',
    };
  if (on === 'pull-requests') return { required: true, why: 'notes.required-on is pull-requests' };

  // release-branch: pull requests into the branch releases are tagged on.
  const target = ctx.pullRequest?.baseRef;
  if (!target) return { required: true, why: 'the pull request target is not known' };
  const branch = await releaseBranchOf(ctx);
  if (!branch) return { required: true, why: 'the release branch is not known (set tagging.release-branch)' };
  return target === branch
    ? { required: true, why: `this pull request targets the release branch ${branch}` }
    : {
        required: false,
        why: `this pull request targets ${target}, not the release branch ${branch} (notes.required-on: release-branch)`,
      };
}
