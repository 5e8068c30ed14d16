import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { CLI } from '../support/cli.js';
import type { TempRepo } from '../support/git-repo.js';
import { expectNothingLeftBehind, repoWithChange } from './support.js';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** Run the built CLI, wait until its server is up and busy, then press Ctrl-C. */
function interruptWhenStarted(
  cwd: string,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; serverDir?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'rehearse', '--base', 'main', '--engine', 'local'], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let serverDir: string | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI never reported its server:\n${stderr}`));
    }, 45_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = / in (\/\S*rr-pg-[A-Za-z0-9]+)/.exec(stderr);
      if (match && !serverDir) {
        serverDir = match[1]!;
        // Let it reach the slow migration, then interrupt as a terminal would.
        setTimeout(() => child.kill('SIGINT'), 700);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, ...(serverDir ? { serverDir } : {}) });
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
    const started = Date.now();
    const result = await interruptWhenStarted(repo.dir);
    expect(result.serverDir).toBeDefined();
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(130);
    expect(existsSync(result.serverDir!)).toBe(false);
    expectNothingLeftBehind([result.serverDir!]);
  });
});
