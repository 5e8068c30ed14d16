/**
 * What the platform says runs, mapped back to a release: the live release comes from the platform,
 * not from tags, and a live commit that is no release tag is drift (an untagged auto-deploy).
 */
import { errorMessage } from '../core/errors.js';
import type { ReleaseHistory } from '../release/history.js';
import type { Artifact, DeployTarget, LiveState } from './target.js';

export interface LiveRelease {
  /** What the platform answered (artifact, commit, auto-deploy). */
  state: LiveState;
  /** The release tag whose commit is live, when there is one. */
  release?: string;
  /** The live commit is no release tag: something deployed outside the release workflow. */
  drift: boolean;
  /** Could not ask: the reason, said plainly. */
  error?: string;
}

/** Ask the target what runs and name its release; never throws (a status must still print). */
export async function liveRelease(target: DeployTarget, history: ReleaseHistory): Promise<LiveRelease> {
  let state: LiveState;
  try {
    state = await target.live();
  } catch (error) {
    return { state: {}, drift: false, error: errorMessage(error) };
  }
  if (!state.sha) return { state, drift: false };
  // Several tags can name one commit; the newest release wins (the history is oldest first).
  const tagged = history.tagged.findLast((t) => t.tag.sha === state.sha);
  return tagged ? { state, release: tagged.id.name, drift: false } : { state, drift: true };
}

/** One line for text output: what runs, which release it is, and whether pushes deploy by themselves. */
export function describeLive(target: DeployTarget, live: LiveRelease): string {
  if (live.error) return `could not ask ${target.name}: ${live.error}`;
  const what = live.state.artifact
    ? target.describe(live.state.artifact)
    : (live.state.note ?? 'nothing reported');
  const release = live.release
    ? `release ${live.release}`
    : live.drift
      ? `commit ${live.state.sha!.slice(0, 12)}, which is NO release tag (an untagged deploy: drift)`
      : 'release unknown (the platform does not say which commit)';
  const auto = live.state.autoDeploy ? '; auto-deploy is ON (a push can undo a rollback)' : '';
  return `${what} → ${release}${auto}`;
}

/** What `status`, `rollback plan` and the checklist show about the platform for one environment. */
export interface PlatformView {
  target: Artifact['target'];
  artifact?: Artifact;
  sha?: string;
  release?: string;
  drift: boolean;
  autoDeploy?: boolean;
  /** What could not be known, said plainly. */
  note?: string;
  /**
   * Why the platform could not be asked at all (no token in this job, the API failed): what runs is
   * then unknown, and any answer from the ledger or the tags is only a guess.
   */
  unavailable?: string;
  /** One line for people. */
  line: string;
}

/**
 * Ask the configured target what runs in `environment`, when one is configured for it; undefined when
 * deploy.target is none or the environment is not mapped. Never throws: a missing token or an API
 * failure becomes the view's note, so a status still prints.
 */
export async function askPlatform(
  open: () => Promise<DeployTarget | undefined>,
  history: ReleaseHistory,
  configured?: Artifact['target'],
): Promise<PlatformView | undefined> {
  let target: DeployTarget | undefined;
  try {
    target = await open();
  } catch (error) {
    return {
      target: configured ?? 'script',
      drift: false,
      note: errorMessage(error),
      unavailable: errorMessage(error),
      line: `could not ask ${configured ?? 'the platform'}: ${errorMessage(error)}`,
    };
  }
  if (!target) return undefined;
  const live = await liveRelease(target, history);
  const note = live.error ?? live.state.note;
  return {
    target: target.name,
    ...(live.state.artifact ? { artifact: live.state.artifact } : {}),
    ...(live.state.sha ? { sha: live.state.sha } : {}),
    ...(live.release ? { release: live.release } : {}),
    drift: live.drift,
    ...(live.state.autoDeploy !== undefined ? { autoDeploy: live.state.autoDeploy } : {}),
    ...(note ? { note } : {}),
    ...(live.error ? { unavailable: live.error } : {}),
    line: describeLive(target, live),
  };
}
