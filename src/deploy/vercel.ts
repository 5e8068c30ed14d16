/**
 * Vercel: a release is the production deployment Vercel built for the release's commit; deploying it
 * is promoting it (POST /v10/projects/{projectId}/promote/{deploymentId}, which "does NOT rebuild the
 * deployment"), and a rollback promotes the recorded earlier deployment the same way. What is live is
 * the project's production target (GET /v9/projects/{idOrName} → targets.production).
 * Vercel keeps the deployment's build-time environment variables: a rollback brings back old config.
 * A rollback whose release has no recorded deployment and no production build of its commit left asks
 * Vercel to build that exact commit from git (POST /v13/deployments with gitSource {org, repo, ref, sha}).
 */
import type { ApiClient } from './http.js';
import { pollUntil } from './http.js';
import type {
  Artifact,
  DeployAction,
  DeployOutcome,
  DeployTarget,
  LiveState,
  PinnedRelease,
} from './target.js';
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
  /** owner/name on GitHub (GITHUB_REPOSITORY): where Vercel builds a commit from. */
  repository?: string;
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

  const outcome = (uid: string, built = false): DeployOutcome => ({
    artifact: { target: 'vercel', id: uid },
    built,
    apiCalls: client.calls,
    notes: [],
  });

  /** No production build of the commit is left: ask Vercel to build exactly that commit from git. */
  async function buildFromGit(release: PinnedRelease): Promise<void> {
    const [org, repo] = (options.repository ?? '').split('/');
    if (!org || !repo)
      throw new DeployError(
        `Vercel has no production deployment of ${release.tag} (${release.sha.slice(0, 12)}) and GITHUB_REPOSITORY is not set, so it cannot be built from git; run in GitHub Actions or set GITHUB_REPOSITORY=owner/name`,
      );
    await client.request('POST', '/v13/deployments', {
      query: team,
      body: {
        name: project,
        project,
        target: 'production',
        gitSource: { type: 'github', org, repo, ref: release.tag, sha: release.sha },
        meta: { rollbackReadyRelease: release.tag },
      },
      ok: [200],
    });
  }

  return {
    name: 'vercel',
    environment: options.environment,
    async deploy(release: PinnedRelease, action: DeployAction) {
      // Vercel's Git integration builds every push; the release promotes the build of its exact commit.
      // A rollback with nothing recorded and no build of the commit left asks Vercel to build it.
      let built = false;
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
          if (mine.length === 0 && action !== 'deploy' && !built) {
            await buildFromGit(release);
            built = true;
            return undefined;
          }
          if (mine.length === 0 && built) return undefined; // created; not listed yet
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
      return outcome(found.uid, built);
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
