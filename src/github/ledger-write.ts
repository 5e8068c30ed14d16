/**
 * The write side of the deployment ledger (see ledger-read.ts for the read side): every deploy,
 * rollback and drill becomes a GitHub deployment whose `ref` is the release tag, created with
 * `auto_merge: false` (the default would merge the default branch into an old tag) and
 * `required_contexts: []` (the default would demand today's commit statuses on an old commit), then
 * `in_progress` → `success` | `failure` statuses carrying the run's log URL.
 */
import { z } from 'zod';
import { checked, deploymentAnswer, statusAnswer } from './answers.js';
import type { GitHubClient } from './octokit.js';
import { readPayload } from './ledger-read.js';
import type {
  DeploymentPayload,
  DeploymentState,
  LedgerDeployment,
  LedgerReader,
  LedgerWriter,
} from './ledger-read.js';

/** GitHub caps a deployment status description at 140 characters. */
export const MAX_STATUS_DESCRIPTION = 140;

/** One deployment with what `status` and `rollback finish` show about it. */
export interface DeploymentDetail extends LedgerDeployment {
  environment: string;
  /** Login of whoever created the deployment (the workflow token's bot, usually). */
  creator?: string;
}

/** One status of a deployment, newest first when listed. */
export interface StatusDetail {
  state: DeploymentState;
  createdAt: string;
  description?: string;
  logUrl?: string;
}

/** Everything the rollback commands need from GitHub; the Octokit implementation is below, fakes in tests. */
export interface LedgerClient extends LedgerReader, LedgerWriter {
  getDeployment(id: number): Promise<DeploymentDetail | undefined>;
  /** Deployments to any environment (or one), newest first, at most `limit`. */
  listDetailed(environment: string | undefined, limit: number): Promise<DeploymentDetail[]>;
  listStatusDetails(deploymentId: number): Promise<StatusDetail[]>;
}

const shorten = (text: string) =>
  text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;

/** The environment GitHub treats as production: only the one named `production`, as rollback-ready records it. */
export function isProductionEnvironment(environment: string): boolean {
  return environment.toLowerCase() === 'production';
}

export function octokitLedgerClient(client: GitHubClient, owner: string, repo: string): LedgerClient {
  const toDetail = (d: z.infer<typeof deploymentAnswer>): DeploymentDetail => ({
    id: d.id,
    ref: d.ref,
    sha: d.sha,
    createdAt: d.created_at,
    environment: d.environment ?? '',
    payload: readPayload(d.payload),
    ...(d.creator?.login ? { creator: d.creator.login } : {}),
  });
  const self: LedgerClient = {
    async listDeployments(environment, limit) {
      return self.listDetailed(environment, limit);
    },
    async listStatuses(deploymentId) {
      return (await self.listStatusDetails(deploymentId)).map((s) => s.state);
    },
    async listDetailed(environment, limit) {
      const { data } = await client.rest.repos.listDeployments({
        owner,
        repo,
        ...(environment ? { environment } : {}),
        per_page: Math.min(Math.max(limit, 1), 100),
      });
      const list = checked(z.array(deploymentAnswer), data, 'listing deployments');
      return list.slice(0, limit).map(toDetail);
    },
    async listStatusDetails(deploymentId) {
      const { data } = await client.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: deploymentId,
        per_page: 100,
      });
      return checked(z.array(statusAnswer), data, `listing the statuses of deployment ${deploymentId}`).map(
        (s) => ({
          state: s.state,
          createdAt: s.created_at,
          ...(s.description ? { description: s.description } : {}),
          ...(s.log_url ? { logUrl: s.log_url } : {}),
        }),
      );
    },
    async getDeployment(id) {
      try {
        const { data } = await client.rest.repos.getDeployment({ owner, repo, deployment_id: id });
        return toDetail(checked(deploymentAnswer, data, `reading deployment ${id}`));
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      }
    },
    async createDeployment(input) {
      const response = await client.rest.repos.createDeployment({
        owner,
        repo,
        ref: input.ref,
        environment: input.environment,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: isProductionEnvironment(input.environment),
        payload: input.payload as unknown as Record<string, unknown>,
        description: shorten(input.description ?? `${input.payload.kind} ${input.payload.releaseId}`),
      });
      // 202 means GitHub merged or refused something instead of creating the deployment.
      if (response.status !== 201 || !('id' in response.data)) {
        const message =
          'message' in response.data ? String(response.data.message) : `HTTP ${response.status}`;
        throw new Error(`GitHub did not create the deployment of ${input.ref}: ${message}`);
      }
      // Checked before anything else is written: a status is never set on an id or sha that failed validation.
      const created = checked(
        deploymentAnswer,
        response.data,
        `creating the deployment of ${input.ref} (it may exist without a status: run rollback-ready status before re-running)`,
      );
      if (created.sha !== input.sha) {
        await self.setStatus(created.id, 'error', {
          description: `the tag resolved to ${created.sha.slice(0, 7)} on GitHub, ${input.sha.slice(0, 7)} here`,
        });
        throw new Error(
          `the tag ${input.ref} is ${created.sha.slice(0, 12)} on GitHub but ${input.sha.slice(0, 12)} in this checkout; it moved or was not pushed. The deployment was marked error; fetch tags and re-run`,
        );
      }
      return { id: created.id };
    },
    async setStatus(deploymentId, state, details = {}) {
      await client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: deploymentId,
        state,
        ...(details.description ? { description: shorten(details.description) } : {}),
        ...(details.logUrl ? { log_url: details.logUrl } : {}),
        ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
        ...(details.autoInactive !== undefined ? { auto_inactive: details.autoInactive } : {}),
      });
    },
  };
  return self;
}

/** Statuses that mean "still going". A deployment without any status yet is pending too. */
const RUNNING: ReadonlySet<DeploymentState> = new Set(['queued', 'pending', 'in_progress']);

export interface RunningDeployment {
  deployment: DeploymentDetail;
  state: DeploymentState;
  /** Age in minutes when it was found. */
  ageMinutes: number;
}

/**
 * A deployment to `environment` that is still queued, pending or in progress and younger than the
 * window: another deploy, rollback or drill that has not finished. Older ones are taken as abandoned
 * (a cancelled run never sets a final status) and reported by `status`, not here.
 */
export async function findRunningDeployment(
  ledger: LedgerClient,
  environment: string,
  options: { windowMinutes: number; now: Date; exclude?: number },
): Promise<RunningDeployment | undefined> {
  if (options.windowMinutes <= 0) return undefined;
  const since = options.now.getTime() - options.windowMinutes * 60_000;
  const recent = await ledger.listDetailed(environment, 20);
  for (const deployment of recent) {
    const created = Date.parse(deployment.createdAt);
    if (!Number.isFinite(created) || created < since) break; // newest first: the rest are older
    if (deployment.id === options.exclude) continue;
    const statuses = await ledger.listStatusDetails(deployment.id);
    const state = statuses[0]?.state ?? 'pending';
    if (RUNNING.has(state)) {
      return {
        deployment,
        state,
        ageMinutes: Math.max(0, Math.round((options.now.getTime() - created) / 60_000)),
      };
    }
  }
  return undefined;
}

export type { DeploymentPayload };

/**
 * The ledger as rollback-ready wrote it: only deployments carrying our payload's `kind`. GitHub also
 * creates deployments on its own (a job naming `environment:` without `deployment: false`), at the
 * workflow's branch rather than a release tag; counting those would make "what is live" a branch.
 */
export function ownDeployments(ledger: LedgerClient): LedgerClient {
  return {
    ...ledger,
    async listDeployments(environment, limit) {
      return (await ledger.listDetailed(environment, Math.min(100, limit * 2)))
        .filter((d) => d.payload.kind !== undefined)
        .slice(0, limit);
    },
    async listDetailed(environment, limit) {
      return (await ledger.listDetailed(environment, Math.min(100, limit * 2)))
        .filter((d) => d.payload.kind !== undefined)
        .slice(0, limit);
    },
  };
}
