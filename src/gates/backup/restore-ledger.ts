/**
 * Successful restore checks are recorded as GitHub Deployments to a dedicated environment
 * (`rollback-ready/restore-check`), each with a `success` status, so a later run without
 * `restore-check` can ask "when did a restore last succeed?". Kept apart from the release ledger:
 * these deployments never count as releases (their environment is never a deploy target).
 */
import type { Logger } from '../../core/gate.js';
import type { GitHubAccess } from '../../github/access.js';
import { openGitHub } from '../../github/ledger-read.js';
import { RESTORE_ENVIRONMENT } from './config.js';

/** The payload of a restore record (stable: later runs read it). */
export interface RestorePayload {
  tool: 'rollback-ready';
  kind: 'restore-check';
  /** Which backup was restored: file name and format, or the provider's backup id. */
  backup: string;
  format?: string;
  completedAt?: string;
  server?: string;
  tables?: number;
  verified: string[];
  durationMs: number;
}

export interface RestoreRecord {
  at: Date;
  deploymentId: number;
  backup?: string;
}

/** The two calls the gate makes, so tests can replace GitHub entirely. */
export interface RestoreLedger {
  /** Newest successful restore, or undefined when none is recorded. */
  lastRestore(): Promise<RestoreRecord | undefined>;
  record(sha: string, payload: RestorePayload): Promise<{ id: number }>;
}

const LOOK_BACK = 30;

export function githubRestoreLedger(
  access: GitHubAccess | undefined,
  log: Logger,
): RestoreLedger | undefined {
  const gh = openGitHub(access, log);
  if (!gh) return undefined;
  const { client, owner, repo } = gh;
  return {
    async lastRestore() {
      const { data } = await client.rest.repos.listDeployments({
        owner,
        repo,
        environment: RESTORE_ENVIRONMENT,
        per_page: LOOK_BACK,
      });
      for (const d of data) {
        const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
          owner,
          repo,
          deployment_id: d.id,
          per_page: 10,
        });
        if (!statuses.some((s) => s.state === 'success')) continue;
        const payload = (
          typeof d.payload === 'object' && d.payload ? d.payload : {}
        ) as Partial<RestorePayload>;
        return {
          at: new Date(d.created_at),
          deploymentId: d.id,
          ...(typeof payload.backup === 'string' ? { backup: payload.backup } : {}),
        };
      }
      return undefined;
    },
    async record(sha, payload) {
      const created = await client.rest.repos.createDeployment({
        owner,
        repo,
        ref: sha,
        environment: RESTORE_ENVIRONMENT,
        task: 'restore-check',
        auto_merge: false,
        required_contexts: [],
        production_environment: false,
        transient_environment: false,
        description: `restore check of ${payload.backup}`.slice(0, 140),
        payload: payload as unknown as Record<string, unknown>,
      });
      if (!('id' in created.data))
        throw new Error(
          `GitHub did not create the deployment: ${JSON.stringify(created.data).slice(0, 120)}`,
        );
      const id = created.data.id;
      await client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state: 'success',
        description: `restored in ${Math.round(payload.durationMs / 1000)}s`.slice(0, 140),
        auto_inactive: false,
      });
      return { id };
    },
  };
}
