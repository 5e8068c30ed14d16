import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { toolSourceEnv } from './tool-source.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');
export const ACTION = join(ROOT, 'dist', 'index.js');

export interface Spawned {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the bundled CLI as a user would: a separate node process, in a directory, with a clean env. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Spawned {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...toolSourceEnv(args), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
