import { afterEach, describe, expect, it } from '@jest/globals';
import { resolveSettings } from '../../src/config/settings.js';
import { configSchema } from '../../src/config/schema.js';
import { silentLogger } from '../../src/core/gate.js';
import type { GateOutcome } from '../../src/core/gate.js';
import type { GateContext } from '../../src/gates/gate.js';
import { notesGate } from '../../src/gates/notes/gate.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

interface Scenario {
  /** Files written (content) or deleted (null) on the pull request's branch. */
  change: Record<string, string | null>;
  config?: string;
  /** The pull request's target branch; undefined: not known (a local run with --pr-body-file). */
  target?: string;
  body?: string;
}

async function run(s: Scenario): Promise<GateOutcome> {
  const repo = new TempRepo('rr-note-req-');
  repos.push(repo);
  repo.write('README.md', '# app\n').write('src/app.ts', 'export const app = 1;\n').write('src/old.ts', 'export const old = 1;\n');
  if (s.config) repo.write('.github/rollback-ready.yml', s.config);
  const base = repo.commit('initial');
  repo.tag('v1.0.0');
  repo.branch('feature');
  for (const [path, content] of Object.entries(s.change)) {
    if (content === null) repo.git('rm', '-q', path);
    else repo.write(path, content);
  }
  const head = repo.commit('change', '2026-01-02T00:00:00Z');
  const settings = resolveSettings({
    run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
    overrides: {},
    surface: 'flag',
  });
  const ctx: GateContext = {
    settings,
    git: await GitCli.open(repo.dir),
    base,
    head,
    worktree: false,
    pullRequest: { number: 7, body: s.body ?? '', fromFork: false, ...(s.target ? { baseRef: s.target } : {}) },
    log: silentLogger,
  };
  return notesGate.run(ctx);
}

const rules = (o: GateOutcome) => o.findings.map((f) => f.rule);

describe('a release note is required where the team releases', () => {
  it('never blocks a docs-only or CI-only pull request for lacking a note', async () => {
    const out = await run({ change: { 'docs/setup.md': 'how\n', 'README.md': '# app!\n', '.github/workflows/ci.yml': 'on: push\n' }, target: 'main' });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toBe(true);
    expect(out.summary).toBe('no release note required: this change only touches docs or CI files (.github/workflows/ci.yml, README.md, docs/setup.md; notes.exempt-paths)');
  });

  it('requires one when a code file is deleted next to a docs change (a deletion is a code change)', async () => {
    const out = await run({ change: { 'README.md': '# app!\n', 'src/old.ts': null }, target: 'main' });
    expect(rules(out)).toEqual(['note-missing']);
  });

  it('requires one on a pull request to the release branch that changes code', async () => {
    const out = await run({ change: { 'src/app.ts': 'export const app = 2;\n' }, target: 'main' });
    expect(rules(out)).toEqual(['note-missing']);
  });

  it('does not require one on a pull request to another branch (required-on: release-branch, the default)', async () => {
    const out = await run({ change: { 'src/app.ts': 'export const app = 2;\n' }, target: 'feature-x' });
    expect(out).toMatchObject({ findings: [], skipped: true });
    expect(out.summary).toBe('no release note required: this pull request targets feature-x, not the release branch main (notes.required-on: release-branch)');
  });

  it('takes the release branch from tagging.release-branch', async () => {
    const config = 'tagging:\n  release-branch: production\n';
    expect(rules(await run({ change: { 'src/app.ts': 'x\n' }, target: 'production', config }))).toEqual(['note-missing']);
    expect((await run({ change: { 'src/app.ts': 'x\n' }, target: 'main', config })).skipped).toBe(true);
  });

  it('requires one when the target is not known (a local run of a pull request body)', async () => {
    expect(rules(await run({ change: { 'src/app.ts': 'x\n' } }))).toEqual(['note-missing']);
  });

  it.each([
    ['pull-requests', 'feature-x', true],
    ['releases', 'main', false],
    ['never', 'main', false],
  ] as const)('required-on: %s, a pull request to %s → required %s', async (on, target, required) => {
    const out = await run({ change: { 'src/app.ts': 'x\n' }, target, config: `notes:\n  required-on: ${on}\n` });
    expect(rules(out)).toEqual(required ? ['note-missing'] : []);
    if (!required) expect(out.summary).toMatch(/^no release note required: notes\.required-on is /);
  });

  it('exempt-paths replaces the defaults', async () => {
    const config = 'notes:\n  exempt-paths: ["infra/**"]\n';
    expect((await run({ change: { 'infra/main.tf': 'x\n' }, target: 'main', config })).skipped).toBe(true);
    expect(rules(await run({ change: { 'docs/a.md': 'x\n' }, target: 'main', config }))).toEqual(['note-missing']);
  });

  it('rejects an unknown required-on value, naming the allowed ones', () => {
    const result = configSchema.safeParse({ notes: { 'required-on': 'sometimes' } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['notes', 'required-on']);
    expect(issue.message).toMatch(/pull-requests.*release-branch.*releases.*never/);
  });
});
