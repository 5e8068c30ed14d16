/**
 * The artifact a release ran as, from the ledger, and what the platform says is live, mapped back to
 * a release: the two facts that make a rollback a redeploy instead of a rebuild, and that show drift
 * (a live commit that is no release: an untagged auto-deploy).
 */
import { errorMessage } from '../core/errors.js';
import type { Artifact, DeployTarget, LiveState } from '../deploy/target.js';
import type { LedgerClient } from '../github/ledger-write.js';
import type { ReleaseHistory } from '../release/history.js';

export interface RecordedArtifactHit {
  artifact: Artifact;
  deploymentId: number;
}

/**
 * The newest deployment of exactly this release (tag and commit) to this environment that succeeded
 * and recorded an artifact of this target. Another environment's artifact is never used: each
 * environment is its own project/app/service.
 */
export async function findRecordedArtifact(
  ledger: LedgerClient,
  environment: string,
  release: { tag: string; sha: string },
  target: Artifact['target'],
): Promise<RecordedArtifactHit | undefined> {
  const deployments = await ledger.listDetailed(environment, 50);
  for (const d of deployments) {
    const a = d.payload.artifact;
    if (!a || a.target !== target) continue;
    if ((d.payload.releaseId ?? d.ref) !== release.tag || d.sha !== release.sha) continue;
    const statuses = await ledger.listStatusDetails(d.id);
    if (statuses.some((s) => s.state === 'success')) return { artifact: a, deploymentId: d.id };
  }
  return undefined;
}

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
