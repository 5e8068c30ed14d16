import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createFallbackCheckGate } from '../../src/gates/rehearsal/fallback/fallback-gate.js';
import { commandEnv, runCommand } from '../../src/gates/rehearsal/fallback/fallback-command.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Settings } from '../../src/config/settings.js';
import type { GateOutcome } from '../../src/core/gate.js';
import { silentLogger } from '../../src/core/gate.js';
import { fallbackCheckConfigSchema } from '../../src/gates/rehearsal/fallback/fallback-check-config.js';
import { GitCli } from '../../src/git/git.js';
import type { TempRepo } from '../support/git-repo.js';
import { historyRepo } from '../migrations-fallback/repos.js';

/**
 * The dynamic check on a real throwaway Postgres (the machine's PostgreSQL binaries): the fallback
 * release's own smoke script, run by psql from a worktree of its tag, against the migrated database.
 */

const repos: TempRepo[] = [];
const track = (repo: TempRepo) => (repos.push(repo), repo);
afterAll(() => repos.forEach((r) => r.remove()));

const INIT = 'migrations/001_init.sql';
const V1 = {
  [INIT]: 'create table users (id bigint primary key, email text not null);\n',
  'scripts/smoke.sql':
    "select id, email from users;\ninsert into users (id, email) values (100, 'smoke@example.com');\n",
  'seed.sql': "insert into users (id, email) values (1, 'ada@example.com');\n",
};
const SMOKE =
  'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -f scripts/smoke.sql && echo "smoke ok for $ROLLBACK_READY_FALLBACK"';

async function check(
  repo: TempRepo,
  fallbackCheck: Record<string, unknown>,
  fallback = 'v1.1.0',
): Promise<GateOutcome> {
  const git = await GitCli.open(repo.dir);
  const head = (await git.resolveCommit('HEAD'))!;
  const base = (await git.mergeBase('main', head))!;
  const settings: Settings = {
    run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
    config: {
      ...DEFAULT_CONFIG,
      rehearsal: {
        ...DEFAULT_CONFIG.rehearsal,
        'fallback-check': fallbackCheckConfigSchema.parse(fallbackCheck),
      },
    },
  };
  return createFallbackCheckGate({ fallback }).run({
    settings,
    git,
    base,
    head,
    worktree: false,
    log: silentLogger,
  });
}

const worktrees = (repo: TempRepo) =>
  repo
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree ')).length;

describe('rehearse --fallback TAG on a real throwaway Postgres', () => {
  it('passes when the fallback release works on the new schema (a nullable column added)', async () => {
    const repo = track(
      historyRepo({
        v100: V1,
        feature: { 'migrations/002_nickname.sql': 'alter table users add column nickname text;\n' },
      }),
    );
    const outcome = await check(repo, { command: SMOKE, seed: 'seed.sql' });
    expect(outcome.findings).toEqual([]);
    expect(outcome.summary).toMatch(
      /^v1\.1\.0's check `psql .*` passed against the database after 1 newer migration\(s\)/,
    );
    expect(outcome.data).toMatchObject({
      fallbackCheck: { outcome: 'passed', exitCode: 0, newerMigrations: ['migrations/002_nickname.sql'] },
    });
    expect(worktrees(repo)).toBe(1);
  });

  it('fails with the command tail when the fallback release breaks on the new schema (a column it reads dropped)', async () => {
    const repo = track(
      historyRepo({
        v100: V1,
        feature: { 'migrations/002_drop_email.sql': 'alter table users drop column email;\n' },
      }),
    );
    const outcome = await check(repo, { command: SMOKE });
    expect(outcome.findings).toHaveLength(1);
    const [failed] = outcome.findings;
    expect(failed).toMatchObject({ gate: 'rehearsal', rule: 'fallback-check-failed', severity: 'error' });
    expect(failed!.message).toContain("v1.1.0's check `psql");
    expect(failed!.message).toContain('exited with code');
    expect(failed!.message).toContain('column "email" does not exist');
    expect(worktrees(repo)).toBe(1);
  });

  it('runs the new writes before the fallback check: rows the new release writes can break the old one', async () => {
    const repo = track(
      historyRepo({
        v100: {
          ...V1,
          'scripts/smoke.sql':
            "do $$ begin if exists (select 1 from users where email is null) then raise exception 'v1.1.0 cannot show a user without an email'; end if; end $$;\n",
        },
        feature: {
          'migrations/002_email_optional.sql': 'alter table users alter column email drop not null;\n',
          'new-writes.sql': 'insert into users (id, email) values (2, null);\n',
        },
      }),
    );
    expect((await check(repo, { command: SMOKE })).findings).toEqual([]);
    const outcome = await check(repo, { command: SMOKE, 'new-writes': 'new-writes.sql' });
    expect(outcome.findings.map((f) => f.rule)).toEqual(['fallback-check-failed']);
    expect(outcome.findings[0]!.message).toContain('v1.1.0 cannot show a user without an email');
  });

  it('is time-boxed, and cleans up the worktree and the server', async () => {
    const repo = track(historyRepo({ v100: V1, feature: {} }));
    // The budget covers the server start and the migrations too: 3 s was eaten by initdb on a loaded
    // CI machine before the command ran, so the budget is 10 s and the command sleeps far past it.
    const outcome = await check(repo, { command: 'echo started; sleep 60', timeout: '10s' });
    expect(outcome.findings[0]).toMatchObject({ rule: 'fallback-check-failed', severity: 'error' });
    expect(outcome.findings[0]!.message).toContain('did not finish in time');
    expect(outcome.findings[0]!.message).toContain('started');
    expect(worktrees(repo)).toBe(1);
  }, 60_000);
});

describe('runCommand', () => {
  it('keeps the last lines of the output and withholds the runner tokens', async () => {
    const env = commandEnv(
      { DATABASE_URL: 'postgresql://x' },
      { PATH: process.env.PATH, GITHUB_TOKEN: 'secret', INPUT_TOKEN: 'secret', HOME: '/tmp' },
    );
    const run = await runCommand(
      'for i in $(seq 1 50); do echo line $i; done; echo "token=${GITHUB_TOKEN:-none} ${INPUT_TOKEN:-none} $DATABASE_URL" >&2; exit 3',
      '/tmp',
      env,
      10_000,
    );
    expect(run).toMatchObject({ outcome: 'failed', exitCode: 3 });
    expect(run.tail).toHaveLength(30);
    expect(run.tail.at(-1)).toBe('token=none none postgresql://x');
    expect(run.tail[0]).toBe('line 22');
  });

  it('reports a command that cannot start', async () => {
    const run = await runCommand('definitely-not-a-command-rr', '/tmp', commandEnv({}), 10_000);
    expect(run.outcome).toBe('failed');
    expect(run.exitCode).toBe(127);
  });
});

describe('preconditions', () => {
  it('the machine has psql and PostgreSQL binaries (the tests above need them)', () => {
    expect(existsSync('/usr/bin/psql') || execFileSync('sh', ['-c', 'command -v psql']).length > 0).toBe(
      true,
    );
  });
});
