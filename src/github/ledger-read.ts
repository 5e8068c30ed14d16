/**
 * The read side of the deployment ledger: which release production is on, and which release is
 * known-good, from GitHub Deployments. The write side (creating deployments and statuses on deploy,
 * rollback and drill) implements `LedgerWriter` and records `DeploymentPayload` on every deployment.
 */
import { z } from 'zod';
import type { Logger } from '../core/gate.js';
import { checked, deploymentAnswer, statusAnswer } from './answers.js';
import { refNameProblem } from '../release/names.js';
import type { GitHubClient } from './octokit.js';
import { createGitHubClient } from './octokit.js';
import type { GitHubAccess } from './access.js';

export type DeploymentKind = 'deploy' | 'rollback' | 'drill';

/** The payload rollback-ready writes on every deployment it records (stable: readers depend on it). */
export interface DeploymentPayload {
  /** The release deployed, e.g. `v1.4.2`; also the deployment's `ref`. */
  releaseId: string;
  /** What production ran before this deployment. */
  previousRelease?: string;
  kind: DeploymentKind;
  /** Who started it (`github.triggering_actor`). */
  actor: string;
  reason?: string;
  /** Migrations applied since `previousRelease`, repository-relative paths. */
  migrations: string[];
  /** kind `rollback`: the release judged bad and rolled back from. */
  rolledBackFrom?: string;
  /**
   * What the platform ran for this release, to redeploy it without a build: a Vercel deployment id,
   * an image digest, a Render deploy id (see src/deploy/). Absent when the deploy went through the
   * team's own workflow.
   */
  artifact?: RecordedArtifact;
  /** Whether the platform built the commit for this deployment (false: an artifact was redeployed). */
  built?: boolean;
}

/** An artifact as recorded in the ledger: the deploy target that made it and its id there. */
export interface RecordedArtifact {
  target: 'vercel' | 'fly' | 'render' | 'container' | 'script';
  id: string;
}

const ARTIFACT_TARGETS = new Set(['vercel', 'fly', 'render', 'container', 'script']);
/** Ids as the platforms print them (dpl_…, srv-…, registry/repo@sha256:…); anything else is ignored. */
const ARTIFACT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,299}$/;

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** One deployment as the ledger reads it. */
export interface LedgerDeployment {
  id: number;
  ref: string;
  sha: string;
  createdAt: string;
  /** The parts of our payload that are present and well-typed (other tools' deployments have none). */
  payload: Partial<DeploymentPayload>;
}

/** The two reads the ledger needs, so it can be tested without HTTP. */
export interface LedgerReader {
  /** Deployments to an environment, newest first, at most `limit`. */
  listDeployments(environment: string, limit: number): Promise<LedgerDeployment[]>;
  /** A deployment's statuses, newest first. */
  listStatuses(deploymentId: number): Promise<DeploymentState[]>;
}

/** The write side, implemented by the deploy/rollback work; declared here so both sides share one shape. */
export interface LedgerWriter {
  createDeployment(input: {
    environment: string;
    ref: string;
    sha: string;
    payload: DeploymentPayload;
    description?: string;
  }): Promise<{ id: number }>;
  setStatus(
    deploymentId: number,
    state: DeploymentState,
    details?: {
      description?: string;
      logUrl?: string;
      environmentUrl?: string;
      /** false: leave earlier successful deployments active (a drill's success must not retire them). */
      autoInactive?: boolean;
    },
  ): Promise<void>;
}

export interface LedgerRelease {
  releaseId: string;
  sha: string;
  deploymentId: number;
  createdAt: string;
  kind: DeploymentKind;
  /** What the platform ran for it, when the deploy went through a deploy target. */
  artifact?: RecordedArtifact;
}

export interface LedgerState {
  /** What production is on: the newest deployment whose latest status is success. */
  current?: LedgerRelease;
  /** What to roll back to: the newest successful deployment not since rolled back from. */
  knownGood?: LedgerRelease;
  /** Deployments read (0: there is no ledger yet). */
  deployments: number;
}

const MAX_DEPLOYMENTS = 50;

/** Our payload fields from a deployment's payload (an object, or JSON text), dropping anything mistyped. */
export function readPayload(raw: unknown): Partial<DeploymentPayload> {
  let data = raw;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return {};
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const p = data as Record<string, unknown>;
  const out: Partial<DeploymentPayload> = {};
  if (typeof p.releaseId === 'string' && p.releaseId) out.releaseId = p.releaseId;
  if (typeof p.previousRelease === 'string') out.previousRelease = p.previousRelease;
  if (p.kind === 'deploy' || p.kind === 'rollback' || p.kind === 'drill') out.kind = p.kind;
  if (typeof p.actor === 'string') out.actor = p.actor;
  if (typeof p.reason === 'string') out.reason = p.reason;
  if (Array.isArray(p.migrations))
    out.migrations = p.migrations.filter((m): m is string => typeof m === 'string');
  if (typeof p.rolledBackFrom === 'string' && p.rolledBackFrom) out.rolledBackFrom = p.rolledBackFrom;
  const a = p.artifact as Record<string, unknown> | null | undefined;
  if (a && typeof a === 'object' && typeof a.target === 'string' && ARTIFACT_TARGETS.has(a.target))
    if (typeof a.id === 'string' && ARTIFACT_ID.test(a.id))
      out.artifact = { target: a.target as RecordedArtifact['target'], id: a.id };
  if (typeof p.built === 'boolean') out.built = p.built;
  return out;
}

/**
 * Walk deployments newest first. A rollback names the release it left (`rolledBackFrom`), and it is
 * always newer than that release's deployment, so by the time we reach a deployment we already know
 * whether it was rolled back from. Drills never count as production; `exclude` skips one release
 * (the one whose note is being checked).
 */
export async function readLedger(
  reader: LedgerReader,
  environment: string,
  options: { limit?: number; exclude?: string } = {},
): Promise<LedgerState> {
  const deployments = await reader.listDeployments(environment, options.limit ?? MAX_DEPLOYMENTS);
  const rolledBack = new Set<string>();
  const state: LedgerState = { deployments: deployments.length };
  for (const d of deployments) {
    const kind = d.payload.kind ?? 'deploy';
    if (kind === 'drill') continue;
    const releaseId = d.payload.releaseId ?? d.ref;
    // Anyone with deployments: write can put any text in a payload or ref: a name that is not a safe
    // tag never becomes "what is live", a rollback target or an action output.
    if (refNameProblem(releaseId)) continue;
    // Checking a release's own note: its deployments say nothing about what to roll back to.
    if (releaseId !== options.exclude) {
      const statuses = await reader.listStatuses(d.id);
      const release: LedgerRelease = {
        releaseId,
        sha: d.sha,
        deploymentId: d.id,
        createdAt: d.createdAt,
        kind,
        ...(d.payload.artifact ? { artifact: d.payload.artifact } : {}),
      };
      // A later success marks earlier ones inactive, so "succeeded once" is any success in the history.
      if (!state.current && statuses[0] === 'success') state.current = release;
      if (!state.knownGood && statuses.includes('success') && !rolledBack.has(releaseId))
        state.knownGood = release;
      if (state.current && state.knownGood) break;
    }
    if (kind === 'rollback' && d.payload.rolledBackFrom) rolledBack.add(d.payload.rolledBackFrom);
  }
  return state;
}

export function octokitLedgerReader(client: GitHubClient, owner: string, repo: string): LedgerReader {
  return {
    async listDeployments(environment, limit) {
      const { data } = await client.rest.repos.listDeployments({
        owner,
        repo,
        environment,
        per_page: Math.min(limit, 100),
      });
      return checked(z.array(deploymentAnswer), data, 'listing deployments')
        .slice(0, limit)
        .map((d) => ({
          id: d.id,
          ref: d.ref,
          sha: d.sha,
          createdAt: d.created_at,
          payload: readPayload(d.payload),
        }));
    },
    async listStatuses(deploymentId) {
      const { data } = await client.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: deploymentId,
        per_page: 100,
      });
      return checked(z.array(statusAnswer), data, `listing the statuses of deployment ${deploymentId}`).map(
        (s) => s.state,
      );
    },
  };
}

/** An API client and the repository to ask about, when a token and a repository are known. */
export function openGitHub(
  access: GitHubAccess | undefined,
  log: Logger,
): { client: GitHubClient; owner: string; repo: string } | undefined {
  const [owner, repo] = (access?.repository ?? '').split('/');
  if (!access?.token || !owner || !repo) return undefined;
  const client = createGitHubClient({
    token: access.token,
    ...(access.apiUrl ? { baseUrl: access.apiUrl } : {}),
    log,
  });
  return { client, owner, repo };
}
