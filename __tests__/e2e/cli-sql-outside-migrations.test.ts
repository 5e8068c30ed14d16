import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report.js';
import { snapshotBundles } from '../support/bundles.js';
import type { BundleSnapshot } from '../support/bundles.js';
import type { Spawned } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * A pull request that drops a column in a .sql file outside every migration folder: before, the gate said
 * "no Supabase migration changed" and the checklist "no database change". The built CLI on a real
 * temporary repository, then each way out the warning's advice names, applied as a user would.
 */
const ADD = 'supabase/migrations/20240101000000_add_profiles.sql';
const DROP = 'db/schema/002_drop_bio.sql';

let bundles: BundleSnapshot;
let repo: TempRepo;
const cli = (args: string[]): Spawned => bundles.runCli(args, repo.dir);
const report = (run: Spawned) => JSON.parse(run.stdout) as Report;

beforeAll(async () => {
  bundles = await snapshotBundles();
  repo = new TempRepo('rr-other-sql-');
  repo.write(ADD, 'create table profiles (id bigint primary key, bio text);\n').commit('main');
  repo.branch('feature').write(DROP, 'alter table profiles drop column bio;\n');
  repo.write('supabase/seed.sql', 'insert into profiles values (1, null);\n').commit('feature');
});

afterAll(() => {
  repo?.remove();
  bundles?.remove();
});

/** Policy comes from the trusted base: the config lands on main first, then the feature branch merges it. */
const config = (text: string) => {
  repo.checkout('main').write('.github/rollback-ready.yml', text).commit('config');
  repo.checkout('feature').git('merge', '-q', '--no-edit', 'main');
};

describe('a changed .sql file outside every migration folder', () => {
  it('is a warning naming the file, and the checklist is never ✅ or "no database change"', () => {
    const run = cli(['lint', '--base', 'main', '--head', 'HEAD', '--format', 'json']);
    expect(run.status).toBe(0);
    const r = report(run);
    expect(r.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['sql-outside-migrations', 'warning', DROP],
    ]);
    const gate = r.gates.find((g) => g.gate === 'migrations');
    expect(gate?.status).not.toBe('skipped');
    expect(gate?.summary).toContain('1 changed file(s) that may change the database not checked');
    const check = cli(['check', '--base', 'main', '--head', 'HEAD']);
    const line = check.stdout.split('\n').find((l) => l.includes('Database change safety'));
    expect(line).toContain(`not checked: ${DROP}`);
    expect(line).not.toMatch(/^\d\. (ok|n\/a) /);
    expect(line).not.toContain('no database change');
  });

  it('advice 1: naming its folder in migrations.paths lints it, and the drop blocks', () => {
    config('migrations:\n  paths: ["db/schema/*.sql"]\n');
    const run = cli(['lint', '--base', 'main', '--head', 'HEAD', '--format', 'json']);
    expect(run.status).toBe(1);
    const rules = report(run).findings.map((f) => [f.rule, f.file]);
    expect(rules).toContainEqual(['ban-drop-column', DROP]);
    expect(rules.map(([rule]) => rule)).not.toContain('sql-outside-migrations');
  });

  it('advice 2: migrations.exclude silences it', () => {
    config('migrations:\n  exclude: ["db/schema/*.sql"]\n');
    const run = cli(['lint', '--base', 'main', '--head', 'HEAD', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(report(run).findings.map((f) => f.rule)).not.toContain('sql-outside-migrations');
  });
});
