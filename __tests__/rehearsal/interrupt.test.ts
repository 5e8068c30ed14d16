import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { CLI, runCli } from '../support/cli.js';
import type { TempRepo } from '../support/git-repo.js';
import { expectNothingLeftBehind, postgresProcessesIn, repoWithChange } from './support.js';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  serverDir?: string;
  /** Milliseconds from the signal to the exit. */
  exitMs: number;
}

/** Run the built CLI, wait until its database is up and busy, then press Ctrl-C (or kill it). */
function interruptWhenStarted(
  cwd: string,
  {
    engine = 'local',
    signal = 'SIGINT',
    tmp,
  }: { engine?: string; signal?: NodeJS.Signals; tmp?: string } = {},
): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'rehearse', '--base', 'main', '--engine', engine], {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NO_COLOR: '1',
        ...(tmp ? { TMPDIR: tmp } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let serverDir: string | undefined;
    let signalled = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI never reported its server:\n${stderr}`));
    }, 150_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = / in (\/\S*rr-pg-[A-Za-z0-9]+)/.exec(stderr) ?? /(the embedded PGlite)/.exec(stderr);
      if (match && !serverDir) {
        serverDir = match[1]!;
        // Let it reach the slow migration, then interrupt as a terminal would.
        setTimeout(() => {
          signalled = Date.now();
          child.kill(signal);
        }, 1_500);
      }
    });
    child.on('exit', (code, exitSignal) => {
      clearTimeout(timer);
      const exitMs = Date.now() - signalled;
      resolve({ code, signal: exitSignal, stderr, exitMs, ...(serverDir ? { serverDir } : {}) });
    });
  });
}

describe('Ctrl-C during a rehearsal', () => {
  it('stops the server and removes its temp folder before the CLI exits', async () => {
    repo = repoWithChange(
      {
        'db/migrations/1_t.up.sql': 'CREATE TABLE t (id int);\n',
        'db/migrations/1_t.down.sql': 'DROP TABLE t;\n',
      },
      {
        'db/migrations/2_slow.up.sql': 'SELECT pg_sleep(60);\n',
        'db/migrations/2_slow.down.sql': 'SELECT 1;\n',
      },
    );
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before this test`);
    const result = await interruptWhenStarted(repo.dir);
    expect(result.serverDir).toBeDefined();
    expect(result.exitMs).toBeLessThan(15_000);
    expect(result.code).toBe(130);
    expect(existsSync(result.serverDir!)).toBe(false);
    expectNothingLeftBehind([result.serverDir!]);
  });
});

describe('a run that cannot clean up', () => {
  // Every run sweeps the temp folder for killed runs' leftovers, so another jest worker's rehearsal
  // would clean this test's killed server before it looks: the killed run and the next one share a
  // private TMPDIR that no other run sweeps. Traversable (0711): the server runs as an unprivileged account.
  let tmp: string | undefined;
  let nextRepo: TempRepo | undefined;
  afterEach(() => {
    nextRepo?.remove();
    nextRepo = undefined;
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it('leaves a server killed with the CLI by SIGKILL to the next run, which stops it and removes its folder', async () => {
    repo = repoWithChange(
      { 'db/migrations/1_t.up.sql': 'CREATE TABLE t (id int);\n' },
      { 'db/migrations/2_slow.up.sql': 'SELECT pg_sleep(60);\n' },
    );
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before this test`);
    tmp = mkdtempSync(join(tmpdir(), 'rr-interrupt-'));
    chmodSync(tmp, 0o711);
    const result = await interruptWhenStarted(repo.dir, { signal: 'SIGKILL', tmp });
    expect(result.signal).toBe('SIGKILL');
    const dir = result.serverDir!;
    expect(dirname(dir)).toBe(tmp);
    expect(existsSync(dir)).toBe(true);
    expect(postgresProcessesIn(dir)).toContain(dir);
    // The next run, whatever it rehearses, cleans up first: a separate CLI with the same TMPDIR.
    nextRepo = repoWithChange(
      { 'db/migrations/1_t.up.sql': 'CREATE TABLE t (id int);\n' },
      { 'db/migrations/2_u.up.sql': 'CREATE TABLE u (id int);\n' },
    );
    const next = runCli(['rehearse', '--base', 'main', '--engine', 'local'], nextRepo.dir, { TMPDIR: tmp });
    expect(next.stderr).toContain(`${tmp}/rr-pg-`); // its own server was in the private folder too
    expect(next.status).toBe(0);
    expectNothingLeftBehind([dir]);
    expect(readdirSync(tmp).filter((e) => e.startsWith('rr-pg-'))).toEqual([]);
  }, 200_000);
});

describe('Ctrl-C on the embedded PGlite', () => {
  it('stops a statement that never yields and exits 130', async () => {
    repo = repoWithChange(
      { 'migrations/001_t.sql': 'CREATE TABLE t (id int);\n' },
      { 'migrations/002_spin.sql': 'DO $$ BEGIN LOOP END LOOP; END $$;\n' },
    );
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before this test`);
    const result = await interruptWhenStarted(repo.dir, { engine: 'pglite' });
    expect(result.serverDir).toBe('the embedded PGlite');
    expect(result.code).toBe(130);
    expect(result.exitMs).toBeLessThan(15_000);
  }, 200_000);
});
