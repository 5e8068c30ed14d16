/**
 * One small interface over every platform a release is deployed to. A target deploys a release (the
 * exact commit the plan approved), says what is live, redeploys a recorded artifact without building,
 * and names an artifact in words. The ledger records the artifact with the tag and commit, so a
 * rollback is a redeploy of what already ran, never a rebuild of old source during an incident.
 */
import type { TargetName } from './config.js';

export type { TargetName };

/** A release pinned to its commit: the tag is a name, the sha is what was approved and is deployed. */
export interface PinnedRelease {
  tag: string;
  sha: string;
}

/** What a platform can redeploy without a build: a Vercel deployment, an image digest, a Render deploy. */
export interface Artifact {
  target: Exclude<TargetName, 'none'>;
  /** dpl_…, registry/repo@sha256:…, dep-…, or the script's own id. */
  id: string;
}

export type DeployAction = 'deploy' | 'rollback' | 'drill';

export interface DeployOutcome {
  artifact: Artifact;
  /** Whether the platform built something (false for a promote or an artifact redeploy). */
  built: boolean;
  /** Platform API calls made (the bench counts them). */
  apiCalls: number;
  /** Things worth saying that do not stop the deploy (auto-deploy still on, …). */
  notes: string[];
}

/** What the platform says is running in the environment. */
export interface LiveState {
  artifact?: Artifact;
  /** The commit the live artifact was built from, when the platform knows it. */
  sha?: string;
  /** Whether pushes deploy by themselves (they silently undo a rollback); undefined: unknown. */
  autoDeploy?: boolean;
  /** Why part of the answer is missing (several images live, no live deploy, …). */
  note?: string;
}

export interface DeployTarget {
  readonly name: Exclude<TargetName, 'none'>;
  readonly environment: string;
  /** Deploy the exact commit (building it when the platform must); `action` tells scripts why. */
  deploy(release: PinnedRelease, action: DeployAction): Promise<DeployOutcome>;
  /** Put a recorded artifact live again: no build, no migrations. */
  redeploy(artifact: Artifact, release: PinnedRelease, action: DeployAction): Promise<DeployOutcome>;
  /** Ask the platform what is running now. */
  live(): Promise<LiveState>;
  /** The artifact in words, for summaries. */
  describe(artifact: Artifact): string;
}

/** A platform refused or failed: the message names the platform, the call and what to do. */
export class DeployError extends Error {
  override readonly name = 'DeployError';
}
