/** The built CLI bundle, spawned as users and the reusable workflows run it, against the fake GitHub API. */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { CLI, releaseBundles, spawnNode, useBundles } from '../release/support.js';
import { releaseRepo } from './support.js';

let fake: FakeGitHub;
beforeAll(async () => {
  await useBundles();
  fake = await startFakeGitHub({ token: 't0k' });
});
afterAll(async () => {
  await fake.close();
  releaseBundles();
});

it('records, finishes and reports through dist/cli/index.js', async () => {
  const { repo, sha } = releaseRepo();
  try {
    for (const [tag, commit] of Object.entries(sha)) fake.state.repo().setRef(tag, commit);
    const env = {
      GITHUB_TOKEN: 't0k',
      GITHUB_REPOSITORY: 'octo-org/demo-app',
      GITHUB_API_URL: fake.url,
      GITHUB_TRIGGERING_ACTOR: 'bob',
    };
    const record = await spawnNode(
      CLI,
      ['rollback', 'record', '--kind', 'deploy', '--to', 'v1.2.0', '--env', 'production'],
      repo.dir,
      env,
    );
    expect(record.stderr).toBe('');
    expect(record.status).toBe(0);
    expect(record.stdout).toMatch(/^\d+\n$/);
    const finish = await spawnNode(
      CLI,
      ['rollback', 'finish', '--deployment', record.stdout.trim(), '--state', 'success'],
      repo.dir,
      env,
    );
    expect(finish.status).toBe(0);
    const status = await spawnNode(CLI, ['status', '--env', 'production'], repo.dir, env);
    expect(status.stdout.split('\n')[0]).toMatch(/^production is on v1\.2\.0 since .* \(deployed by @bob\)$/);
    const plan = await spawnNode(CLI, ['rollback', 'plan', '--format', 'json'], repo.dir, env);
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout)).toEqual(
      expect.objectContaining({
        from: { release: 'v1.2.0', sha: sha['v1.2.0'] },
        to: { release: 'v1.1.0', sha: sha['v1.1.0'] },
      }),
    );
    const injected = await spawnNode(CLI, ['rollback', 'plan', '--to', '$(x)'], repo.dir, env);
    expect(injected.status).toBe(2);
    expect(fake.violations).toEqual([]);
  } finally {
    repo.remove();
  }
});
