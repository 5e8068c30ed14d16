import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * Files that leave the migration history or never join it, as a PR check sees them on real git
 * repositories: a shipped migration deleted (basejump and quivr deleted all of theirs in one commit and
 * got "no migration files found", a pass), a Supabase file renamed to another timestamp (quivr's
 * "order migrations" commit), and a file the Supabase CLI skips by name (quivr's local_…_ollama.sql).
 */
const DIR = 'supabase/migrations';
const INIT = `${DIR}/20240101000000_init.sql`;
const STATUS = `${DIR}/20240910100924_add_sync_status.sql`;
const INIT_SQL = 'create table notes (id bigint primary key, body text);\n';
const STATUS_SQL = 'alter table notes add column status text;\n';

let bundles: BundleSnapshot;
const repos: TempRepo[] = [];
const report = (run: Spawned) => JSON.parse(run.stdout) as Report;
const gate = (run: Spawned) => report(run).gates.find((g) => g.gate === 'migrations')!;

/** main with two shipped migrations; `change` is committed on a branch; lint compares the two. */
function pr(change: (repo: TempRepo) => void): Spawned {
  const repo = new TempRepo('rr-history-cli-');
  repos.push(repo);
  repo.write(INIT, INIT_SQL).write(STATUS, STATUS_SQL).commit('shipped');
  repo.branch('feature');
  change(repo);
  repo.commit('change', '2026-01-02T00:00:00Z');
  return bundles.runCli(['lint', '--base', 'main', '--head', 'feature', '--format', 'json'], repo.dir);
}

beforeAll(async () => {
  bundles = await snapshotBundles();
});

afterAll(async () => {
  for (const repo of repos) repo.remove();
  bundles?.remove();
});

describe('lint: shipped migrations deleted or renamed away', () => {
  it('warns, not blocks, for a migration merged after the newest release and deleted before any release', () => {
    const repo = new TempRepo('rr-history-cli-');
    repos.push(repo);
    repo.write(INIT, INIT_SQL).commit('released');
    repo.tag('v1.0.0');
    repo.write(STATUS, STATUS_SQL).commit('merged, not released', '2026-01-02T00:00:00Z');
    repo.branch('feature').git('rm', '-q', STATUS);
    repo.commit('drop the unreleased migration', '2026-01-03T00:00:00Z');
    const run = bundles.runCli(['lint', '--base', 'main', '--head', 'feature', '--format', 'json'], repo.dir);
    expect(run.status).toBe(0);
    const findings = report(run).findings.filter((f) => f.rule === 'deleted-shipped-migration');
    expect(findings.map((f) => [f.file, f.severity])).toEqual([[STATUS, 'warning']]);
    expect(findings[0]!.message).toContain('in no release yet (v1.0.0 does not have it)');
    expect(findings[0]!.message).not.toContain('already shipped');
  });

  it('blocks a deletion of released migrations even when a later release tag contains the deletion', () => {
    const repo = new TempRepo('rr-history-cli-');
    repos.push(repo);
    // Annotated tags dated as released (basejump: v2.0.0, tagged on the change, is the newest release).
    const tagAt = (name: string, date: string) =>
      execFileSync('git', ['tag', '-a', name, '-m', name], {
        cwd: repo.dir,
        env: { ...process.env, GIT_COMMITTER_DATE: date },
      });
    repo.write(INIT, INIT_SQL).write(STATUS, STATUS_SQL).commit('released');
    tagAt('v1.0.0', '2026-01-01T00:00:00Z');
    repo.git('rm', '-q', '-r', DIR);
    const change = repo.commit('delete every migration', '2026-01-02T00:00:00Z');
    tagAt('v2.0.0', '2026-01-03T00:00:00Z');
    const run = bundles.runCli(
      ['lint', '--base', `${change}^`, '--head', change, '--format', 'json'],
      repo.dir,
    );
    expect(run.status).toBe(1);
    const findings = report(run).findings.filter((f) => f.rule === 'deleted-shipped-migration');
    expect(findings.map((f) => [f.file, f.severity]).sort()).toEqual([
      [INIT, 'error'],
      [STATUS, 'error'],
    ]);
  });

  it('blocks when every shipped migration is deleted (was "no migration files found", a pass)', () => {
    const run = pr((repo) => repo.git('rm', '-q', '-r', DIR));
    expect(run.status).toBe(1);
    const findings = report(run).findings.filter((f) => f.rule === 'deleted-shipped-migration');
    expect(findings.map((f) => f.file).sort()).toEqual([INIT, STATUS]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('Remote migration versions not found');
    expect(findings[0]!.help).toContain('Restore the file');
    expect(gate(run).status).toBe('fail');
    expect(gate(run).summary).toContain('2 shipped migration(s) deleted');
  });

  it('blocks a Supabase file renamed to another timestamp, naming the new name and how to undo it', () => {
    const moved = `${DIR}/20240919100924_add_sync_status.sql`;
    const run = pr((repo) => repo.git('mv', STATUS, moved));
    expect(run.status).toBe(1);
    const finding = report(run).findings.find((f) => f.rule === 'deleted-shipped-migration')!;
    expect(finding.file).toBe(STATUS);
    expect(finding.message).toContain(`renamed here to ${moved}`);
    expect(finding.help).toContain(`rename ${moved} back to ${STATUS}`);
  });

  it('passes a rename of the name after the timestamp (the CLI records only the timestamp) and a move', () => {
    const run = pr((repo) => repo.git('mv', STATUS, `${DIR}/20240910100924_notes_status.sql`));
    expect(report(run).findings.map((f) => f.rule)).not.toContain('deleted-shipped-migration');
    expect(run.status).toBe(0);
  });

  it('does not flag a deleted file that was never a migration', () => {
    const run = pr((repo) => {
      repo.write('docs/example.sql', 'select 1;\n').commit('doc');
      repo.git('rm', '-q', 'docs/example.sql');
    });
    expect(report(run).findings).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('lint: files the Supabase CLI skips by name', () => {
  it('blocks a new file the CLI would skip, and neither lints nor counts it as a migration', () => {
    const skipped = `${DIR}/local_20240107152745_ollama.sql`;
    const run = pr((repo) => repo.write(skipped, 'alter table notes drop column body;\n'));
    expect(run.status).toBe(1);
    expect(report(run).findings.map((f) => [f.rule, f.file])).toEqual([['skipped-migration-file', skipped]]);
    const finding = report(run).findings[0]!;
    expect(finding.help).toContain('<timestamp>_local_20240107152745_ollama.sql');
    expect(finding.help).toContain(`move it out of ${DIR}`);
    expect(gate(run).summary).toContain('1 .sql file(s) in a migrations folder that never run');
  });

  it('passes once the file is renamed as its advice says', () => {
    const run = pr((repo) =>
      repo.write(`${DIR}/20240920000000_local_ollama.sql`, 'create table models (id int);\n'),
    );
    expect(report(run).findings).toEqual([]);
    expect(run.status).toBe(0);
  });
});
