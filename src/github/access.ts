/**
 * How the CLI and the action reach GitHub. Kept apart from the API client so that commands which never
 * call GitHub (`lint`) do not load it.
 */
import { readFileSync } from 'node:fs';

/** How to reach GitHub, when there is a way: the action's token, or GITHUB_TOKEN for the CLI. */
export interface GitHubAccess {
  token?: string;
  /** `GITHUB_API_URL` (GHES, the tests' loopback fake); api.github.com otherwise. */
  apiUrl?: string;
  /** `owner/repo`. */
  repository?: string;
  /** The tag of the release the triggering event is about (a `release` event, or a tag push). */
  releaseTag?: string;
}

/** The CLI's access: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL, and GITHUB_REPOSITORY or the origin remote. */
export function cliGitHubAccess(env: NodeJS.ProcessEnv): GitHubAccess {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  return {
    ...(token ? { token } : {}),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
  };
}

const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** The tag of a `release` event's release (`release.tag_name`), read from GITHUB_EVENT_PATH. */
export function releaseTagFromEvent(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const buffer = readFileSync(eventPath);
    if (buffer.length > MAX_EVENT_BYTES) return undefined;
    const payload = JSON.parse(buffer.toString('utf8')) as { release?: { tag_name?: unknown } } | null;
    const tag = payload?.release?.tag_name;
    return typeof tag === 'string' && tag ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The action's access: its token input, the runner's API URL and repository, the release of the event. */
export function actionGitHubAccess(env: NodeJS.ProcessEnv, token: string | undefined): GitHubAccess {
  const releaseTag = releaseTagFromEvent(env.GITHUB_EVENT_PATH);
  return {
    ...(token ? { token } : {}),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(releaseTag ? { releaseTag } : {}),
  };
}
