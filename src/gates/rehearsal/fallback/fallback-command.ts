import { registerCleanup } from '../../../db/cleanup.js';
import { ProcessStartError, runProcess } from '../../../git/process.js';
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
 * Run a shell command (`sh -c`, as a CI step would) in `cwd` through the one process runner,
 * time-boxed: on timeout its whole process group gets SIGTERM, then SIGKILL; Ctrl-C stops it too.
 * Never throws for the command's own failure.
 */
export async function runCommand(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<CommandRun> {
  const started = Date.now();
  // stdout and stderr interleaved as lines arrive; only the last lines are kept (with room for blank
  // lines at the end, which are not shown).
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 2 * TAIL_LINES) tail.shift();
  };
  try {
    const run = await runProcess('/bin/sh', ['-c', command], {
      cwd,
      env,
      group: true,
      timeoutMs,
      killGraceMs: KILL_GRACE_MS,
      maxStdout: 0,
      stdoutOverflow: 'drop',
      onLine: keep,
      untilExit: (kill) => registerCleanup({ async: async () => kill(), sync: kill }),
    });
    return {
      outcome: run.timedOut ? 'timed-out' : run.code === 0 ? 'passed' : 'failed',
      ...(run.code !== null ? { exitCode: run.code } : {}),
      ...(run.signal ? { signal: run.signal } : {}),
      ms: Date.now() - started,
      tail: trimmed(tail),
    };
  } catch (error) {
    if (!(error instanceof ProcessStartError)) throw error;
    keep(error.detail);
    return { outcome: 'failed', exitCode: 127, ms: Date.now() - started, tail: trimmed(tail) };
  }
}

/** The last lines as shown: without trailing white space and blank lines at the end. */
function trimmed(lines: readonly string[]): string[] {
  const kept = [...lines];
  while (kept.length && !kept.at(-1)!.trim()) kept.pop();
  if (kept.length) kept[kept.length - 1] = kept.at(-1)!.trimEnd();
  return kept.slice(-TAIL_LINES);
}

export type { TempWorktree } from '../../../git/worktree.js';

/**
 * A detached worktree of the fallback release (src/git/worktree.ts), removed also on Ctrl-C. Its
 * `remove()` fails (WorktreeLeftError) only when git keeps the worktree registered after its folder
 * went: the caller says so in the log; it does not change what the check found.
 */
export async function addWorktree(root: string, ref: string): Promise<TempWorktree> {
  return addTempWorktree(root, ref, { prefix: 'rr-fallback-', name: 'release', onExit: registerCleanup });
}
