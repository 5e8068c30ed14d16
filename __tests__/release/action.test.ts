import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { TempRepo } from '../support/git-repo.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { noteBody, runAction, semverRepo, releaseBundles, useBundles } from './support.js';

beforeAll(useBundles);
afterAll(releaseBundles);

const TOKEN = 'action-token';
const repos: TempRepo[] = [];
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.clearLogs();
  const state = fake.state.repo();
  state.releases.length = 0;
  state.deployments.length = 0;
  state.comments.length = 0;
});
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

function released(): { repo: TempRepo; head: string; base: string } {
  const repo = semverRepo(['v1.0.0', 'v1.1.0']);
  repos.push(repo);
  const base = repo.git('rev-parse', 'HEAD').trim();
  const head = repo.commit('feat: apple pay');
  return { repo, head, base };
}

const runner = (workspace: string) => ({
  GITHUB_API_URL: fake.url,
  GITHUB_REPOSITORY: 'octo-org/demo-app',
  GITHUB_WORKSPACE: workspace,
});

function pullRequestEvent(body: string, base: string, head: string) {
  return {
    name: 'pull_request',
    payload: {
      action: 'opened',
      pull_request: {
        number: 7,
        body,
        base: { sha: base, ref: 'main', repo: { full_name: 'octo-org/demo-app' } },
        head: { sha: head, ref: 'apple-pay', repo: { full_name: 'octo-org/demo-app' } },
      },
    },
  };
}

describe('the bundled action: notes check', () => {
  it('checks the PR body of the pull_request event and sets release-id and rollback-target', async () => {
    const { repo, head, base } = released();
    const run = await runAction({
      workspace: repo.dir,
      inputs: { command: 'notes check', 'github-token': TOKEN, comment: 'false' },
      event: pullRequestEvent(noteBody(), base, head),
      env: runner(repo.dir),
    });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual(
      expect.objectContaining({
        verdict: 'pass',
        'release-id': 'v1.2.0',
        'rollback-target': 'v1.1.0',
        'findings-count': '0',
      }),
    );
    expect(run.summary).toContain('nothing blocks');
    expect(fake.violations).toEqual([]);
  });

  it('fails on a wrong Rollback, with an annotation and a sticky comment on the pull request', async () => {
    const { repo, head, base } = released();
    const run = await runAction({
      workspace: repo.dir,
      inputs: { command: 'notes check', 'github-token': TOKEN },
      event: pullRequestEvent(noteBody({ Rollback: 'v1.0.0' }), base, head),
      env: runner(repo.dir),
    });
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    expect(run.stdout).toContain('::error title=rollback-ready note-rollback-target');
    expect(run.stdout).toContain('Line 9: Rollback');
    expect(run.stdout).toMatch(/::error::rollback-ready: 1 blocking finding/);
    const comments = fake.state.repo().commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('note-rollback-target');
    expect(fake.violations).toEqual([]);
  });

  it('reads the rollback target from the deployment ledger with the action token', async () => {
    const { repo, head, base } = released();
    const state = fake.state.repo();
    const d1 = state.addDeployment({
      ref: 'v1.1.0',
      environment: 'production',
      payload: { releaseId: 'v1.1.0', kind: 'deploy', actor: 'ana', migrations: [] },
    });
    state.addDeploymentStatus(d1.id, { state: 'success' });
    const d2 = state.addDeployment({
      ref: 'v1.0.0',
      environment: 'production',
      payload: {
        releaseId: 'v1.0.0',
        kind: 'rollback',
        rolledBackFrom: 'v1.1.0',
        actor: 'bo',
        migrations: [],
      },
    });
    state.addDeploymentStatus(d2.id, { state: 'success' });
    const run = await runAction({
      workspace: repo.dir,
      inputs: { command: 'notes check', 'github-token': TOKEN, comment: 'false' },
      event: pullRequestEvent(noteBody({ Rollback: 'v1.0.0' }), base, head),
      env: runner(repo.dir),
    });
    expect(run.status).toBe(0);
    expect(run.outputs['rollback-target']).toBe('v1.0.0');
    const listed = fake.requestsFor('repos/list-deployments');
    expect(listed[0]?.authorization).toBe(`token ${TOKEN}`);
    expect(fake.violations).toEqual([]);
  });

  it('checks the release body from the API on a release event', async () => {
    const { repo } = released();
    repo.tag('v1.2.0');
    fake.state.repo().addRelease({ tag_name: 'v1.2.0', body: noteBody() });
    const event = {
      name: 'release',
      payload: { action: 'published', release: { tag_name: 'v1.2.0', body: 'stale body in the payload' } },
    };
    const ok = await runAction({
      workspace: repo.dir,
      inputs: { command: 'notes check', 'github-token': TOKEN },
      event,
      env: runner(repo.dir),
    });
    expect(ok.status).toBe(0);
    expect(ok.outputs).toEqual(
      expect.objectContaining({ verdict: 'pass', 'release-id': 'v1.2.0', 'rollback-target': 'v1.1.0' }),
    );
    expect(fake.requestsFor('repos/get-release-by-tag')).toHaveLength(1);

    fake.state.repo().releases[0]!.body = noteBody({ 'Release ID': 'v1.3.0' });
    const wrong = await runAction({
      workspace: repo.dir,
      inputs: { command: 'notes check', 'github-token': TOKEN },
      event,
      env: runner(repo.dir),
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain("Release ID v1.3.0 does not match the release's tag v1.2.0.");
    expect(fake.violations).toEqual([]);
  });

  it('fails with a clear message when there is no note to read', async () => {
    const { repo } = released();
    const run = await runAction({
      workspace: repo.dir,
      inputs: { command: 'notes check' },
      env: runner(repo.dir),
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::rollback-ready: no release note to check');
  });
});

describe('the bundled action: tag and check', () => {
  it('tag next sets release-id (bump from the input)', async () => {
    const { repo } = released();
    const auto = await runAction({
      workspace: repo.dir,
      inputs: { command: 'tag next', comment: 'false' },
      env: runner(repo.dir),
    });
    expect(auto.status).toBe(0);
    expect(auto.outputs['release-id']).toBe('v1.2.0');
    const major = await runAction({
      workspace: repo.dir,
      inputs: { command: 'tag next', bump: 'major' },
      env: runner(repo.dir),
    });
    expect(major.outputs['release-id']).toBe('v2.0.0');
  });

  it('tag verify checks the release tags on head', async () => {
    const { repo } = released();
    repo.tag('v1.2.0', false);
    repo.write('.github/rollback-ready.yml', 'tagging:\n  require-annotated: true\n');
    const run = await runAction({
      workspace: repo.dir,
      inputs: { command: 'tag verify' },
      env: runner(repo.dir),
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error title=rollback-ready lightweight-tag');
    expect(run.outputs['release-id']).toBe('v1.2.0');
  });

  it('check on a pull request reports the note and sets its release-id and rollback-target', async () => {
    const { repo, head, base } = released();
    const run = await runAction({
      workspace: repo.dir,
      inputs: { command: 'check', 'github-token': TOKEN, comment: 'false' },
      event: pullRequestEvent(noteBody(), base, head),
      env: runner(repo.dir),
    });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual(
      expect.objectContaining({ verdict: 'pass', 'release-id': 'v1.2.0', 'rollback-target': 'v1.1.0' }),
    );
    expect(run.summary).toMatch(/\| `tagging` \| ✅ pass \|/);
    expect(run.summary).toMatch(/\| `notes` \| ✅ pass \|/);
  });
});
