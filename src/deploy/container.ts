/**
 * container: the release is an image digest your build pushed (deploy.environments.<env>.image with
 * {tag}, or the digest the command announces); your command puts it live, told which image through
 * ROLLBACK_READY_IMAGE. A rollback hands the command the recorded digest: the same bytes, no build.
 * script: your command does everything; it is told whether this is a deploy or a rollback, and may
 * announce an artifact id (`rollback-ready-artifact=<id>` on stdout) to be handed back on rollback.
 * With `build` set, a release (and a rollback that has no recorded artifact) is first built at its exact
 * commit in a throwaway worktree (src/deploy/fallback.ts), never from the workflow's own checkout.
 */
import { announcedArtifact, runDeployCommand } from './command.js';
import { withBuildAtCommit } from './fallback.js';
import type {
  Artifact,
  DeployAction,
  DeployOutcome,
  DeployTarget,
  LiveState,
  PinnedRelease,
} from './target.js';
import { DeployError } from './target.js';

export interface CommandTargetOptions {
  environment: string;
  command: string;
  build?: string;
  image?: string;
  cwd: string;
  timeoutMs: number;
}

const DIGEST = /^[a-z0-9][a-z0-9._\-/:]*@sha256:[0-9a-f]{64}$/;

function baseEnv(environment: string, action: DeployAction, release: PinnedRelease): Record<string, string> {
  return {
    ROLLBACK_READY_ACTION: action,
    ROLLBACK_READY_ENVIRONMENT: environment,
    ROLLBACK_READY_RELEASE: release.tag,
    ROLLBACK_READY_COMMIT: release.sha,
    ROLLBACK_READY_SKIP_MIGRATIONS: action === 'deploy' ? '0' : '1',
  };
}

/** The build step of a command target, when one is configured: the exact commit, in a worktree. */
function buildStep(options: CommandTargetOptions, action: DeployAction, release: PinnedRelease) {
  return options.build
    ? {
        command: options.build,
        cwd: options.cwd,
        timeoutMs: options.timeoutMs,
        env: baseEnv(options.environment, action, release),
      }
    : undefined;
}

export function containerTarget(options: CommandTargetOptions): DeployTarget {
  async function run(
    image: string,
    action: DeployAction,
    release: PinnedRelease,
    built = false,
  ): Promise<DeployOutcome> {
    const out = await runDeployCommand({
      command: options.command,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      env: { ...baseEnv(options.environment, action, release), ROLLBACK_READY_IMAGE: image },
    });
    const digest = DIGEST.test(image) ? image : announcedArtifact(out);
    if (!digest || !DIGEST.test(digest))
      throw new DeployError(
        `the container deploy of ${image} did not say which digest it deployed: print rollback-ready-artifact=<image>@sha256:<digest> from the command, or name the image by digest`,
      );
    return { artifact: { target: 'container', id: digest }, built, apiCalls: 0, notes: [] };
  }
  return {
    name: 'container',
    environment: options.environment,
    async deploy(release, action) {
      const configured = options.image?.replaceAll('{tag}', release.tag);
      const build = buildStep(options, action, release);
      if (build)
        return withBuildAtCommit(build, release, async ({ artifact }) => {
          const image = artifact ?? configured;
          if (!image)
            throw new DeployError(
              `the build of ${release.tag} did not announce an image (rollback-ready-artifact=<image>@sha256:<digest>) and deploy.environments.${options.environment}.image is not set`,
            );
          return run(image, action, release, true);
        });
      if (!configured)
        throw new DeployError(
          `deploy.environments.${options.environment}.image is not set: name the image your build pushes, e.g. ghcr.io/owner/app:{tag}`,
        );
      return run(configured, action, release);
    },
    async redeploy(artifact: Artifact, release, action) {
      if (!DIGEST.test(artifact.id))
        throw new DeployError(`the recorded artifact ${artifact.id} is not an image digest`);
      return run(artifact.id, action, release);
    },
    async live(): Promise<LiveState> {
      return {
        note: 'the container target cannot ask the platform what runs; the ledger says what was deployed',
      };
    },
    describe(artifact) {
      return `image ${artifact.id}`;
    },
  };
}

export function scriptTarget(options: CommandTargetOptions): DeployTarget {
  async function run(
    action: DeployAction,
    release: PinnedRelease,
    artifact?: Artifact,
    sourceDir?: string,
  ): Promise<DeployOutcome> {
    const out = await runDeployCommand({
      command: options.command,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      env: {
        ...baseEnv(options.environment, action, release),
        ROLLBACK_READY_ARTIFACT: artifact?.id ?? '',
        ...(sourceDir ? { ROLLBACK_READY_SOURCE_DIR: sourceDir } : {}),
      },
    });
    const id = announcedArtifact(out) ?? artifact?.id ?? `${release.tag}@${release.sha.slice(0, 12)}`;
    return {
      artifact: { target: 'script', id },
      built: sourceDir !== undefined || artifact === undefined,
      apiCalls: 0,
      notes: [],
    };
  }
  return {
    name: 'script',
    environment: options.environment,
    async deploy(release, action) {
      const build = buildStep(options, action, release);
      if (build)
        return withBuildAtCommit(build, release, ({ dir, artifact }) =>
          run(action, release, artifact ? { target: 'script', id: artifact } : undefined, dir),
        );
      // The workflow's checkout is the default branch during a rollback: running the command there
      // would deploy today's code under an old release's name.
      if (action !== 'deploy')
        throw new DeployError(
          `no artifact was recorded for ${release.tag} in ${options.environment}, and deploy.environments.${options.environment}.build is not set: add the command that builds a commit (it runs at ${release.sha.slice(0, 12)} in a fresh worktree), or have your deploy command print rollback-ready-artifact=<id> so releases record what to redeploy`,
        );
      return run(action, release);
    },
    redeploy: (artifact, release, action) => run(action, release, artifact),
    async live(): Promise<LiveState> {
      return {
        note: 'the script target cannot ask the platform what runs; the ledger says what was deployed',
      };
    },
    describe(artifact) {
      return `script artifact ${artifact.id}`;
    },
  };
}
