import { main } from '../../src/cli/main.js';
import { TempRepo } from '../support/git-repo.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process (same argv parsing, settings and exit codes as the bundle), so a fake API in this process keeps answering. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

export const MIGRATIONS = 'supabase/migrations';

/**
 * A semver history on main: v1.0.0 creates users, v1.1.0 adds a column (expand), v1.2.0 adds a
 * table and an index (expand). Returns the repo and each tag's commit.
 */
export function releaseRepo(): { repo: TempRepo; sha: Record<string, string> } {
  const repo = new TempRepo('rr-rollback-');
  const sha: Record<string, string> = {};
  repo.write(
    `${MIGRATIONS}/20260101000000_users.sql`,
    'create table users (id bigint primary key, name text not null);\n',
  );
  sha['v1.0.0'] = repo.commit('feat: users', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.write(`${MIGRATIONS}/20260102000000_email.sql`, 'alter table users add column email text;\n');
  sha['v1.1.0'] = repo.commit('feat: email', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0');
  repo.write(
    `${MIGRATIONS}/20260103000000_orders.sql`,
    'create table orders (id bigint primary key, user_id bigint);\n',
  );
  sha['v1.2.0'] = repo.commit('feat: orders', '2026-01-03T00:00:00Z');
  repo.tag('v1.2.0');
  return { repo, sha };
}

/** Add v1.3.0, which drops a column v1.1.0 and v1.2.0 still read. */
export function addDropColumn(repo: TempRepo, sha: Record<string, string>): void {
  repo.write(`${MIGRATIONS}/20260104000000_drop_name.sql`, 'alter table users drop column name;\n');
  sha['v1.3.0'] = repo.commit('feat!: drop name', '2026-01-04T00:00:00Z');
  repo.tag('v1.3.0');
}

export interface PlanJson {
  verdict: string;
  findings: { rule: string; severity: string; file?: string; message: string }[];
  from: { release: string; sha: string };
  to: { release: string; sha: string };
  sources: { from: string; to: string };
  migrationsSince: { file: string; class: string; findings: { rule: string; severity?: string; message?: string }[] }[];
  schemaRisk?: { accepted: boolean; reason: string; files: string[] };
  dataNote: string;
}
