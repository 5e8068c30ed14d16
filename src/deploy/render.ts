/**
 * Render: a release deploys its exact commit (POST /services/{serviceId}/deploys with commitId);
 * a rollback asks Render to roll back to the recorded deploy (POST /services/{serviceId}/rollback
 * with deployId), which starts a new deploy from that deploy's build artifact. Neither call turns
 * automatic deploys off, so the target reads the service's autoDeploy and says when it is on: the next
 * push to the linked branch would undo a rollback.
 */
import type { ApiClient } from './http.js';
import { pollUntil } from './http.js';
import type { Artifact, DeployTarget, LiveState, PinnedRelease } from './target.js';
import { DeployError } from './target.js';

interface RenderDeploy {
  id: string;
  status?: string;
  commit?: { id?: string };
  trigger?: string;
}

const FAILED = new Set(['build_failed', 'update_failed', 'canceled', 'pre_deploy_failed', 'deactivated']);

export interface RenderOptions {
  environment: string;
  service: string;
  client: ApiClient;
  timeoutMs: number;
  pollMs: number;
}

export function renderTarget(options: RenderOptions): DeployTarget {
  const { client, service } = options;
  const base = `/services/${encodeURIComponent(service)}`;

  async function waitLive(deploy: RenderDeploy, what: string): Promise<RenderDeploy> {
    return pollUntil(`Render ${what} ${deploy.id}`, options.timeoutMs, options.pollMs, async () => {
      const { body } = await client.request<RenderDeploy>(
        'GET',
        `${base}/deploys/${encodeURIComponent(deploy.id)}`,
      );
      if (body.status === 'live') return body;
      if (body.status && FAILED.has(body.status))
        throw new DeployError(
          `Render ${what} ${deploy.id} of service ${service} ended ${body.status}; see its log in the Render dashboard`,
        );
      return undefined;
    });
  }

  async function autoDeployNote(): Promise<string[]> {
    const { body } = await client.request<{ autoDeploy?: string }>('GET', base);
    return body.autoDeploy === 'yes'
      ? [
          `Render auto-deploy is on for ${service}: the next push to its branch deploys by itself (docs/deploy-targets/render.md)`,
        ]
      : [];
  }

  return {
    name: 'render',
    environment: options.environment,
    async deploy(release: PinnedRelease) {
      const { status, body } = await client.request<RenderDeploy | undefined>('POST', `${base}/deploys`, {
        body: { commitId: release.sha },
        ok: [201, 202],
      });
      // 202 (queued behind a running deploy) has no body: the deploy of our commit is found in the list.
      const created =
        status === 201 && body
          ? body
          : await pollUntil(
              `Render deploy of ${release.sha.slice(0, 12)}`,
              options.timeoutMs,
              options.pollMs,
              async () => {
                const { body: list } = await client.request<{ deploy?: RenderDeploy }[]>(
                  'GET',
                  `${base}/deploys`,
                  {
                    query: { limit: 20 },
                  },
                );
                return list.map((d) => d.deploy).find((d) => d?.commit?.id === release.sha);
              },
            );
      const live = await waitLive(created, 'deploy');
      return {
        artifact: { target: 'render', id: live.id },
        built: true,
        apiCalls: client.calls,
        notes: await autoDeployNote(),
      };
    },
    async redeploy(artifact: Artifact) {
      const { body } = await client.request<RenderDeploy>('POST', `${base}/rollback`, {
        body: { deployId: artifact.id },
        ok: [201],
      });
      await waitLive(body, 'rollback deploy');
      // The new deploy reuses the old build; the artifact that stays meaningful is the one rolled back to.
      return { artifact, built: false, apiCalls: client.calls, notes: await autoDeployNote() };
    },
    async live(): Promise<LiveState> {
      const { body } = await client.request<{ deploy?: RenderDeploy }[]>('GET', `${base}/deploys`, {
        query: { status: 'live', limit: 1 },
      });
      const { body: svc } = await client.request<{ autoDeploy?: string }>('GET', base);
      const autoDeploy = svc.autoDeploy === undefined ? {} : { autoDeploy: svc.autoDeploy === 'yes' };
      const deploy = body[0]?.deploy;
      if (!deploy) return { ...autoDeploy, note: `Render service ${service} has no live deploy` };
      const sha = deploy.commit?.id;
      return { artifact: { target: 'render', id: deploy.id }, ...(sha ? { sha } : {}), ...autoDeploy };
    },
    describe(artifact) {
      return `Render deploy ${artifact.id} (service ${service})`;
    },
  };
}
