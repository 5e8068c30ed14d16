/**
 * Fly.io through the Machines API: a release is an image in a registry (pushed by your build, named by
 * deploy.environments.<env>.image with {tag}); deploying it updates every machine of the app to that
 * image (POST /apps/{app}/machines/{id} with the machine's own config and the new image), waits for
 * each to start, and records the digest the machines actually run. A rollback updates the machines to
 * the recorded digest: the same bytes that ran before, nothing rebuilt. With `build` set, a release
 * (and a rollback with no recorded digest) is first built and pushed at its exact commit, in a worktree.
 */
import { withBuildAtCommit } from './fallback.js';
import type { ApiClient } from './http.js';
import type {
  Artifact,
  DeployAction,
  DeployOutcome,
  DeployTarget,
  LiveState,
  PinnedRelease,
} from './target.js';
import { DeployError } from './target.js';

interface FlyMachine {
  id: string;
  state?: string;
  instance_id?: string;
  config?: { image?: string; metadata?: Record<string, string> } & Record<string, unknown>;
  image_ref?: {
    registry?: string;
    repository?: string;
    tag?: string;
    digest?: string;
    labels?: Record<string, string>;
  };
}

/** Metadata keys on each machine: which release and commit it runs (what `live` reads back). */
export const FLY_RELEASE_KEY = 'rollback_ready_release';
export const FLY_COMMIT_KEY = 'rollback_ready_commit';

export interface FlyOptions {
  environment: string;
  app: string;
  /** e.g. registry.fly.io/my-app:{tag} */
  image?: string;
  /** Builds and pushes the image at the release's commit (run with sh -c in a worktree). */
  build?: string;
  /** Where the workflow's checkout is (the worktree is added to it). */
  cwd?: string;
  client: ApiClient;
  timeoutMs: number;
}

const digestRef = (m: FlyMachine): string | undefined => {
  const r = m.image_ref;
  if (!r?.digest || !r.repository) return undefined;
  return `${r.registry ? `${r.registry}/` : ''}${r.repository}@${r.digest}`;
};

export function flyTarget(options: FlyOptions): DeployTarget {
  const { client, app } = options;
  const base = `/apps/${encodeURIComponent(app)}/machines`;

  async function machines(): Promise<FlyMachine[]> {
    const { body } = await client.request<FlyMachine[]>('GET', base);
    return body.filter((m) => m.state !== 'destroyed' && m.state !== 'destroying');
  }

  async function roll(image: string, release: PinnedRelease): Promise<DeployOutcome> {
    const all = await machines();
    if (all.length === 0)
      throw new DeployError(
        `Fly app ${app} has no machines to update; create them once with fly deploy, then re-run`,
      );
    const digests = new Set<string>();
    for (const m of all) {
      const config = {
        ...(m.config ?? {}),
        image,
        metadata: {
          ...(m.config?.metadata ?? {}),
          [FLY_RELEASE_KEY]: release.tag,
          [FLY_COMMIT_KEY]: release.sha,
        },
      };
      const { body: updated } = await client.request<FlyMachine>(
        'POST',
        `${base}/${encodeURIComponent(m.id)}`,
        {
          body: { config },
          ok: [200],
        },
      );
      const timeout = Math.min(60, Math.max(1, Math.round(options.timeoutMs / 1000)));
      await client.request('GET', `${base}/${encodeURIComponent(m.id)}/wait`, {
        query: {
          state: 'started',
          timeout,
          ...(updated.instance_id ? { instance_id: updated.instance_id } : {}),
        },
        ok: [200],
      });
      const { body: after } = await client.request<FlyMachine>('GET', `${base}/${encodeURIComponent(m.id)}`);
      const ref = digestRef(after);
      if (!ref)
        throw new DeployError(
          `Fly machine ${m.id} of ${app} started without an image digest; cannot record what runs`,
        );
      digests.add(ref);
    }
    if (digests.size !== 1)
      throw new DeployError(
        `Fly app ${app} runs ${digests.size} different images after the update: ${[...digests].join(', ')}`,
      );
    return {
      artifact: { target: 'fly', id: [...digests][0]! },
      built: false,
      apiCalls: client.calls,
      notes: [],
    };
  }

  return {
    name: 'fly',
    environment: options.environment,
    async deploy(release: PinnedRelease, action: DeployAction) {
      const configured = options.image?.replaceAll('{tag}', release.tag);
      if (options.build) {
        const build = {
          command: options.build,
          cwd: options.cwd ?? process.cwd(),
          timeoutMs: options.timeoutMs,
          env: {
            ROLLBACK_READY_ACTION: action,
            ROLLBACK_READY_ENVIRONMENT: options.environment,
            ROLLBACK_READY_RELEASE: release.tag,
            ROLLBACK_READY_COMMIT: release.sha,
            ...(configured ? { ROLLBACK_READY_IMAGE: configured } : {}),
          },
        };
        return withBuildAtCommit(build, release, async ({ artifact }) => {
          const image = artifact ?? configured;
          if (!image)
            throw new DeployError(
              `the build of ${release.tag} announced no image and deploy.environments.${options.environment}.image is not set`,
            );
          return { ...(await roll(image, release)), built: true };
        });
      }
      if (!configured)
        throw new DeployError(
          `deploy.environments.${options.environment}.image is not set: name the image your build pushes, e.g. registry.fly.io/${app}:{tag}`,
        );
      return roll(configured, release);
    },
    async redeploy(artifact: Artifact, release: PinnedRelease) {
      if (!/@sha256:[0-9a-f]{64}$/.test(artifact.id))
        throw new DeployError(`the recorded Fly artifact ${artifact.id} is not an image digest (…@sha256:…)`);
      return roll(artifact.id, release);
    },
    async live(): Promise<LiveState> {
      const all = (await machines()).filter(
        (m) => m.state === 'started' || m.state === 'stopped' || m.state === 'suspended',
      );
      const refs = new Set(all.map(digestRef).filter((r): r is string => r !== undefined));
      if (refs.size === 0) return { note: `Fly app ${app} has no machine with a known image` };
      if (refs.size > 1)
        return { note: `Fly app ${app} runs ${refs.size} different images (a deploy half-done?)` };
      const shas = new Set(
        all.map(
          (m) =>
            m.config?.metadata?.[FLY_COMMIT_KEY] ??
            m.image_ref?.labels?.['org.opencontainers.image.revision'],
        ),
      );
      const sha = shas.size === 1 ? [...shas][0] : undefined;
      return { artifact: { target: 'fly', id: [...refs][0]! }, ...(sha ? { sha } : {}) };
    },
    describe(artifact) {
      return `image ${artifact.id} (Fly app ${app})`;
    },
  };
}
