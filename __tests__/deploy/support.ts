import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import type { TempRepo } from '../support/git-repo.js';
import { cli, releaseRepo } from '../rollback/support.js';
import type { CliRun } from '../rollback/support.js';

export const GH_TOKEN = 'ghs_deploytest';

export interface Bed {
  github: FakeGitHub;
  repo: TempRepo;
  sha: Record<string, string>;
  env: NodeJS.ProcessEnv;
  run(args: string[]): Promise<CliRun>;
  json<T = Record<string, unknown>>(args: string[]): Promise<{ run: CliRun; body: T }>;
  /** The ledger as GitHub holds it: deployments newest first with their payload and latest status. */
  ledger(): {
    ref: string;
    sha: string;
    environment: string;
    payload: Record<string, unknown>;
    state?: string;
  }[];
}

/** A release repository (v1.0.0, v1.1.0, v1.2.0), a fake GitHub holding its tags, and the config. */
export async function testBed(config: string, platformEnv: NodeJS.ProcessEnv): Promise<Bed> {
  const github = await startFakeGitHub({ token: GH_TOKEN });
  const { repo, sha } = releaseRepo();
  repo.write('.github/rollback-ready.yml', config);
  const state = github.state.repo();
  for (const [tag, commit] of Object.entries(sha)) state.setRef(tag, commit);
  const env: NodeJS.ProcessEnv = {
    GITHUB_TOKEN: GH_TOKEN,
    GITHUB_REPOSITORY: 'octo-org/demo-app',
    GITHUB_API_URL: github.url,
    GITHUB_ACTOR: 'alice',
    ROLLBACK_READY_POLL_MS: '1',
    ROLLBACK_READY_BACKOFF_MS: '0',
    ...platformEnv,
  };
  const run = (args: string[]) => cli(args, repo.dir, env);
  return {
    github,
    repo,
    sha,
    env,
    run,
    async json<T>(args: string[]) {
      const r = await run([...args, '--format', 'json']);
      let body: T;
      try {
        body = JSON.parse(r.stdout) as T;
      } catch {
        throw new Error(`not JSON (exit ${r.code}): ${r.stdout}${r.stderr}`);
      }
      return { run: r, body };
    },
    ledger() {
      return [...state.deployments].reverse().map((d) => ({
        ref: d.ref,
        sha: d.sha,
        environment: d.environment,
        payload: (typeof d.payload === 'string' ? JSON.parse(d.payload) : d.payload) as Record<
          string,
          unknown
        >,
        state: state.statuses.get(d.id)?.at(-1)?.state,
      }));
    },
  };
}
