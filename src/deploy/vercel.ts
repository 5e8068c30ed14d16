/**
 * Vercel: a release is the production deployment Vercel built for the release's commit; deploying it
 * is promoting it (POST /v10/projects/{projectId}/promote/{deploymentId}, which "does NOT rebuild the
 * deployment"), and a rollback promotes the recorded earlier deployment the same way. What is live is
 * the project's production target (GET /v9/projects/{idOrName} → targets.production).
 * Vercel keeps the deployment's build-time environment variables: a rollback brings back old config.
 */
import type { ApiClient } from './http.js';
import { pollUntil } from './http.js';
import type { Artifact, DeployOutcome, DeployTarget, LiveState, PinnedRelease } from './target.js';
import { DeployError } from './target.js';

interface VercelDeployment {
  uid: string;
  readyState: string;
  target?: string | null;
  meta?: Record<string, string>;
  url: string;
}

interface VercelProject {
  id: string;
  targets?: Record<string, { id: string; meta?: Record<string, string> } | null>;
}

const FAILED = new Set(['ERROR', 'CANCELED', 'DELETED']);

export interface VercelOptions {
  environment: string;
  project: string;
  team?: string;
  client: ApiClient;
  timeoutMs: number;
  pollMs: number;
}

export function vercelTarget(options: VercelOptions): DeployTarget {
  const { client, project } = options;
  const team = options.team ? { teamId: options.team } : {};
  const projectPath = `/v9/projects/${encodeURIComponent(project)}`;

  async function promote(uid: string): Promise<void> {
    await client.request(
      'POST',
      `/v10/projects/${encodeURIComponent(project)}/promote/${encodeURIComponent(uid)}`,
      {
        query: team,
        ok: [201, 202],
      },
    );
    // 202: accepted, traffic moves in the background; done when the project's production target is it.
    await pollUntil(`Vercel promote of ${uid} in ${project}`, options.timeoutMs, options.pollMs, async () => {
      const { body } = await client.request<VercelProject>('GET', projectPath, { query: team });
      return body.targets?.production?.id === uid ? true : undefined;
    });
  }

  const outcome = (uid: string, notes: string[] = []): DeployOutcome => ({
    artifact: { target: 'vercel', id: uid },
    built: false,
    apiCalls: client.calls,
    notes,
  });

  return {
    name: 'vercel',
    environment: options.environment,
    async deploy(release: PinnedRelease) {
      // Vercel's Git integration builds every push; the release promotes the build of its exact commit.
      const found = await pollUntil(
        `a READY production deployment of ${release.sha.slice(0, 12)} in Vercel project ${project}`,
        options.timeoutMs,
        options.pollMs,
        async () => {
          const { body } = await client.request<{ deployments: VercelDeployment[] }>(
            'GET',
            '/v7/deployments',
            {
              query: { projectId: project, target: 'production', sha: release.sha, limit: 20, ...team },
            },
          );
          const mine = body.deployments.filter((d) => d.meta?.githubCommitSha === release.sha);
          const ready = mine.find((d) => d.readyState === 'READY');
          if (ready) return ready;
          if (mine.length === 0)
            throw new DeployError(
              `Vercel has no production deployment of commit ${release.sha.slice(0, 12)} (${release.tag}) in project ${project}: let Vercel's Git integration build it (docs/deploy-targets/vercel.md), then re-run`,
            );
          if (mine.every((d) => FAILED.has(d.readyState)))
            throw new DeployError(
              `Vercel's build of ${release.sha.slice(0, 12)} (${release.tag}) is ${mine[0]!.readyState} in project ${project}; fix the build, then re-run`,
            );
          return undefined; // still building
        },
      );
      await promote(found.uid);
      return outcome(found.uid);
    },
    async redeploy(artifact: Artifact) {
      await promote(artifact.id);
      return outcome(artifact.id);
    },
    async live(): Promise<LiveState> {
      const { body } = await client.request<VercelProject>('GET', projectPath, { query: team });
      const production = body.targets?.production;
      if (!production) return { note: `Vercel project ${project} has no production deployment` };
      const sha = production.meta?.githubCommitSha;
      return { artifact: { target: 'vercel', id: production.id }, ...(sha ? { sha } : {}) };
    },
    describe(artifact) {
      return `Vercel deployment ${artifact.id} (project ${project})`;
    },
  };
}
