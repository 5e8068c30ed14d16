import { spawn } from 'node:child_process';
import { registerCleanup } from '../../../db/cleanup.js';
import { addTempWorktree } from '../../../git/worktree.js';
import type { TempWorktree } from '../../../git/worktree.js';

/** How the fallback release's own check went. */
export interface CommandRun {
  outcome: 'passed' | 'failed' | 'timed-out';
  exitCode?: number;
  signal?: string;
  ms: number;
  /** The last lines of its output (stdout and stderr interleaved). */
  tail: string[];
}

const TAIL_LINES = 30;
const KEEP_BYTES = 64 * 1024;
/** Grace between SIGTERM and SIGKILL when the command runs out of time. */
const KILL_GRACE_MS = 3_000;

/**
 * Variables the fallback command never gets: the action's inputs and the runner's tokens. It is the
 * repository's own code from an older tag, trusted like its CI, but it needs no GitHub credentials.
 */
const WITHHELD = /^(INPUT_.*|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/;

export function commandEnv(
  extra: Record<string, string>,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) if (!WITHHELD.test(key)) env[key] = value;
  return { ...env, ...extra };
}

/**
 * Run a shell command (`sh -c`, as a CI step would) in `cwd`, time-boxed: on timeout its whole process
 * group gets SIGTERM, then SIGKILL. Never throws for the command's own failure.
 */
export function runCommand(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<CommandRun> {
  const started = Date.now();
  return new Promise((resolvePromise) => {
    let output = '';
    let timedOut = false;
    const child = spawn('/bin/sh', ['-c', command], {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-KEEP_BYTES);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const unregister = registerCleanup({
      async: async () => killGroup('SIGKILL'),
      sync: () => killGroup('SIGKILL'),
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
    }, timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null, error?: Error) => {
      clearTimeout(timer);
      unregister();
      if (error) output += `\n${error.message}`;
      const tail = output.replace(/\s+$/, '').split(/\r?\n/).slice(-TAIL_LINES);
      resolvePromise({
        outcome: timedOut ? 'timed-out' : code === 0 ? 'passed' : 'failed',
        ...(code !== null ? { exitCode: code } : {}),
        ...(signal ? { signal } : {}),
        ms: Date.now() - started,
        tail: tail.length === 1 && tail[0] === '' ? [] : tail,
      });
    };
    child.on('error', (error) => finish(127, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

export type { TempWorktree } from '../../../git/worktree.js';

/**
 * A detached worktree of the fallback release (src/git/worktree.ts), removed also on Ctrl-C. Its
 * `remove()` never throws: a worktree git keeps registered after its folder went does not change what
 * the check found (git prunes it on its own later).
 */
export async function addWorktree(root: string, ref: string): Promise<TempWorktree> {
  const worktree = await addTempWorktree(root, ref, {
    prefix: 'rr-fallback-',
    name: 'release',
    onExit: registerCleanup,
  });
  return { dir: worktree.dir, remove: () => worktree.remove().catch(() => undefined) };
}
