import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempRepo } from '../support/git-repo.js';
import { startFakeGitHub } from '../helpers/fake-github/index.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import {
  noteBody,
  runCliAsync,
  semverRepo,
  todayUtc,
  runCli,
  releaseBundles,
  useBundles,
} from './support.js';

beforeAll(useBundles);
afterAll(releaseBundles);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

/** Releases v1.0.0 and v1.1.0 on main, and a new commit to release. */
function released(): TempRepo {
  const repo = semverRepo(['v1.0.0', 'v1.1.0']);
  repo.commit('feat: apple pay');
  repos.push(repo);
  return repo;
}

interface Report {
  verdict: string;
  findings: { rule: string; message: string; line?: number; file?: string; severity: string }[];
  gates: { gate: string; status: string; summary: string }[];
  releaseId?: string;
  rollbackTarget?: string;
  knownGoodSource?: string;
  note?: string;
}
const json = (stdout: string) => JSON.parse(stdout) as Report;

function bodyFile(repo: TempRepo, body: string, name = 'pr-body.md'): string {
  const path = join(repo.dir, '..', `${repo.dir.split('/').pop()}-${name}`);
  writeFileSync(path, body);
  return path;
}

describe('notes check on the command line', () => {
  it('passes a complete note from a PR body file, naming the release ID and rollback target', () => {
    const repo = released();
    const result = runCli(
      ['notes', 'check', '--pr-body-file', bodyFile(repo, noteBody()), '--format', 'json'],
      repo.dir,
    );
    expect(result.status).toBe(0);
    expect(json(result.stdout)).toEqual(
      expect.objectContaining({
        verdict: 'pass',
        findings: [],
        releaseId: 'v1.2.0',
        rollbackTarget: 'v1.1.0',
        knownGoodSource: 'tags',
      }),
    );
  });

  it('points at the line of a wrong Rollback in the PR body, with no file', () => {
    const repo = released();
    const result = runCli(
      [
        'notes',
        'check',
        '--pr-body-file',
        bodyFile(repo, noteBody({ Rollback: 'v1.0.0' })),
        '--format',
        'json',
      ],
      repo.dir,
    );
    expect(result.status).toBe(1);
    const [finding] = json(result.stdout).findings;
    expect(finding).toEqual(
      expect.objectContaining({
        rule: 'note-rollback-target',
        line: 9,
        message:
          'Line 9: Rollback "v1.0.0" is not the current known-good release v1.1.0 (from the latest release tag).',
      }),
    );
    expect(finding).not.toHaveProperty('file');
  });

  it('reports each missing or unfilled field, in text too', () => {
    const repo = released();
    const result = runCli(
      ['notes', 'check', '--pr-body-file', bodyFile(repo, noteBody({ Watch: undefined, Owner: 'TODO' }))],
      repo.dir,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'error  note-field-missing\n  Line 3: The release note has no Watch field.',
    );
    expect(result.stdout).toContain(
      'error  note-field-unfilled\n  Line 9: Owner is not filled in (still "TODO").',
    );
  });

  it('reads a notes file and points findings into it', () => {
    const repo = released();
    repo.write('RELEASE_NOTE.md', noteBody({ 'Release ID': 'v1.1.0' }));
    const result = runCli(['notes', 'check', '--file', 'RELEASE_NOTE.md', '--format', 'json'], repo.dir);
    expect(result.status).toBe(1);
    expect(json(result.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'note-release-id',
        file: 'RELEASE_NOTE.md',
        line: 6,
        message: 'Release ID v1.1.0 is not after the latest release v1.1.0.',
      }),
    ]);
  });

  it('reads the configured notes file without a flag', () => {
    const repo = released();
    repo.write('.github/rollback-ready.yml', 'notes:\n  source: file\n  file: docs/next-release.md\n');
    repo.write('docs/next-release.md', noteBody());
    expect(runCli(['notes', 'check'], repo.dir).status).toBe(0);
  });

  it('checks a calver note against exactly the next ID of the day', () => {
    const today = todayUtc();
    const repo = semverRepo([]);
    repos.push(repo);
    repo.write('.github/rollback-ready.yml', 'tagging:\n  scheme: calver\n').commit('config');
    repo.tag(`prod-${today}.1`);
    repo.commit('fix: x');
    const ok = noteBody({ 'Release ID': `prod-${today}.2`, Rollback: `prod-${today}.1` });
    expect(runCli(['notes', 'check', '--pr-body-file', bodyFile(repo, ok)], repo.dir).status).toBe(0);
    const skipped = noteBody({ 'Release ID': `prod-${today}.3`, Rollback: `prod-${today}.1` });
    const result = runCli(
      ['notes', 'check', '--pr-body-file', bodyFile(repo, skipped), '--format', 'json'],
      repo.dir,
    );
    expect(json(result.stdout).findings[0]?.message).toBe(
      `Line 6: Release ID prod-${today}.3 is not the next release ID prod-${today}.2.`,
    );
  });

  it('wants "none" as the rollback target of a first release', () => {
    const repo = semverRepo([]);
    repos.push(repo);
    const body = noteBody({ 'Release ID': 'v1.0.0', Rollback: 'none (first release)' });
    expect(runCli(['notes', 'check', '--pr-body-file', bodyFile(repo, body)], repo.dir).status).toBe(0);
  });

  it('is a usage error without a note, with two notes, or with an unreadable one', () => {
    const repo = released();
    const none = runCli(['notes', 'check'], repo.dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'rollback-ready: no release note to check: pass --pr-body-file FILE, --file FILE or --release TAG (the action reads the pull request or release of its event)\n',
    );
    const two = runCli(['notes', 'check', '--file', 'a.md', '--pr-body-file', 'b.md'], repo.dir);
    expect(two.stderr).toBe(
      'rollback-ready: pass only one of --file, --pr-body-file: each names a different note\n',
    );
    const missing = runCli(['notes', 'check', '--file', 'nope.md'], repo.dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('rollback-ready: nope.md: cannot read it (ENOENT); check the path\n');
    repo.write('binary.md', Buffer.from([0x52, 0x00, 0x01]));
    expect(runCli(['notes', 'check', '--file', 'binary.md'], repo.dir).stderr).toBe(
      'rollback-ready: binary.md: binary content; a release note is a Markdown text file\n',
    );
    expect(runCli(['notes', 'check', '--release', 'v1;id'], repo.dir).status).toBe(2);
  });

  it('names a bad notes config key path', () => {
    const repo = released();
    repo.write('.github/rollback-ready.yml', 'notes:\n  source: file\n');
    const result = runCli(['notes', 'check'], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'rollback-ready: .github/rollback-ready.yml:2: notes.file: got nothing; expected a path such as RELEASE_NOTE.md when source is file\n',
    );
  });
});

describe('notes draft', () => {
  it('prints a note with Release ID and Rollback filled in, the rest left to write', () => {
    const repo = released();
    const result = runCli(['notes', 'draft'], repo.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<!-- rollback-ready:note -->');
    expect(result.stdout).toContain('- **Release ID:** v1.2.0 <!--');
    expect(result.stdout).toContain('- **Rollback:** v1.1.0 <!--');
    expect(result.stdout).toContain('- **Owner:** … <!--');
    // The draft is a note the check reads, with exactly the unfilled fields reported.
    const check = runCli(
      ['notes', 'check', '--pr-body-file', bodyFile(repo, result.stdout), '--format', 'json'],
      repo.dir,
    );
    expect(json(check.stdout).findings.map((f) => f.rule)).toEqual([
      'note-field-unfilled',
      'note-field-unfilled',
      'note-field-unfilled',
    ]);
  });

  it('reports the note and its values as JSON', () => {
    const repo = released();
    const report = json(runCli(['notes', 'draft', '--format', 'json'], repo.dir).stdout);
    expect(report).toEqual(
      expect.objectContaining({
        releaseId: 'v1.2.0',
        rollbackTarget: 'v1.1.0',
        note: expect.stringContaining('Release note'),
      }),
    );
  });
});

describe('check runs the tagging and notes gates', () => {
  it('skips both with a reason when there is no note and head is not a release', () => {
    const repo = released();
    const report = json(runCli(['check', '--format', 'json'], repo.dir).stdout);
    expect(report.gates.filter((g) => g.gate === 'tagging' || g.gate === 'notes')).toEqual([
      {
        gate: 'tagging',
        status: 'skipped',
        summary: 'no release ID to check: head is not a release tag and no release note names one',
      },
      {
        gate: 'notes',
        status: 'skipped',
        summary: 'no release note to check (no pull request body, --pr-body-file or notes.file)',
      },
    ]);
  });

  it('checks the note of --pr-body-file, and the branch confusion of its Release ID', () => {
    const repo = released();
    repo.git('branch', 'v1.2.0');
    const result = runCli(
      ['check', '--pr-body-file', bodyFile(repo, noteBody({ Rollback: 'v1.0.0' })), '--format', 'json'],
      repo.dir,
    );
    expect(result.status).toBe(1);
    const report = json(result.stdout);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'note-rollback-target',
      'tag-branch-confusion',
    ]);
    expect(report.releaseId).toBe('v1.2.0');
  });

  it('verifies the release tags on head', () => {
    const repo = semverRepo(['v1.0.0']);
    repos.push(repo);
    repo.commit('fix: x');
    repo.tag('v0.9.0');
    const report = json(runCli(['check', '--format', 'json'], repo.dir).stdout);
    expect(report.gates.find((g) => g.gate === 'tagging')?.status).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toContain('release-id-order');
  });
});

describe('notes check against GitHub (fake API)', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ token: 'test-token' });
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => fake.clearLogs());
  const env = () => ({
    GITHUB_TOKEN: 'test-token',
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: 'octo-org/demo-app',
  });

  it('checks a release body read from the API, drafts included: Release ID must be the tag', async () => {
    const repo = released();
    const state = fake.state.repo();
    state.addRelease({ tag_name: 'v1.1.0', body: noteBody({ 'Release ID': 'v1.1.0', Rollback: 'v1.0.0' }) });
    state.addRelease({ tag_name: 'v1.2.0', draft: true, body: noteBody({ 'Release ID': 'v1.2.1' }) });

    const published = await runCliAsync(
      ['notes', 'check', '--release', 'v1.1.0', '--format', 'json'],
      repo.dir,
      env(),
    );
    expect(published.stderr).toBe('');
    expect(json(published.stdout)).toEqual(
      expect.objectContaining({ verdict: 'pass', releaseId: 'v1.1.0', rollbackTarget: 'v1.0.0' }),
    );

    const draft = await runCliAsync(
      ['notes', 'check', '--release', 'v1.2.0', '--format', 'json'],
      repo.dir,
      env(),
    );
    expect(draft.status).toBe(1);
    expect(json(draft.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'note-release-id',
        line: 6,
        message: "Line 6: Release ID v1.2.1 does not match the release's tag v1.2.0.",
      }),
    ]);
    expect(fake.requestsFor('repos/list-releases')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('is a usage error when the release does not exist', async () => {
    const repo = released();
    const result = await runCliAsync(['notes', 'check', '--release', 'v9.9.9'], repo.dir, env());
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'rollback-ready: there is no GitHub release for tag v9.9.9 in octo-org/demo-app\n',
    );
  });

  it('takes the rollback target from the deployment ledger over the latest tag', async () => {
    const repo = released();
    const state = fake.state.repo();
    const record = (releaseId: string, payload: Record<string, unknown>) => {
      const d = state.addDeployment({ ref: releaseId, environment: 'production', payload });
      state.addDeploymentStatus(d.id, { state: 'success' });
    };
    record('v1.0.0', { releaseId: 'v1.0.0', kind: 'deploy', actor: 'ana', migrations: [] });
    record('v1.1.0', { releaseId: 'v1.1.0', kind: 'deploy', actor: 'ana', migrations: [] });
    record('v1.0.0', {
      releaseId: 'v1.0.0',
      kind: 'rollback',
      rolledBackFrom: 'v1.1.0',
      actor: 'bo',
      migrations: [],
    });

    const stale = await runCliAsync(
      ['notes', 'check', '--pr-body-file', bodyFile(repo, noteBody()), '--format', 'json'],
      repo.dir,
      env(),
    );
    expect(stale.status).toBe(1);
    expect(json(stale.stdout).findings[0]?.message).toBe(
      'Line 9: Rollback "v1.1.0" is not the current known-good release v1.0.0 (from the production deployments).',
    );
    const right = await runCliAsync(
      [
        'notes',
        'check',
        '--pr-body-file',
        bodyFile(repo, noteBody({ Rollback: 'v1.0.0' })),
        '--format',
        'json',
      ],
      repo.dir,
      env(),
    );
    expect(json(right.stdout)).toEqual(
      expect.objectContaining({ verdict: 'pass', rollbackTarget: 'v1.0.0', knownGoodSource: 'deployments' }),
    );

    const draft = await runCliAsync(['notes', 'draft'], repo.dir, env());
    expect(draft.stdout).toContain('- **Rollback:** v1.0.0 <!--');
    expect(fake.violations).toEqual([]);
    state.deployments.length = 0;
  });

  it('falls back to the latest tag with a warning when the ledger cannot be read', async () => {
    const repo = released();
    fake.injectFaults([
      { method: 'GET', pathPattern: /\/deployments$/, response: { status: 403 }, times: 1 },
    ]);
    const result = await runCliAsync(
      ['notes', 'check', '--pr-body-file', bodyFile(repo, noteBody()), '--format', 'json'],
      repo.dir,
      env(),
    );
    expect(result.status).toBe(0);
    expect(json(result.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'ledger-unavailable', severity: 'warning' }),
    ]);
  });
});
