import { gitFailure, GitFailedError } from './errors.js';
import { ProcessStartError, runProcess, runProcessSync } from './process.js';
import type { RunOptions, RunResult } from './process.js';

/**
 * Every git process of the tool starts here (through src/git/process.ts): no shell, no prompt for
 * credentials, messages in English (stderr is matched to type the error), a timeout and an output cap.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

export type GitRunOptions = Omit<RunOptions, 'cwd' | 'env'>;

/** Run git and return what happened, whatever its exit code; only a git that cannot start throws. */
export async function gitProcess(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<RunResult> {
  try {
    const run = await runProcess('git', args, { cwd, env: gitEnv(), ...options });
    if (run.timedOut)
      throw new GitFailedError(
        args[0] ?? '',
        `timed out after ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s`,
      );
    return run;
  } catch (error) {
    if (error instanceof ProcessStartError) {
      throw new GitFailedError(
        args[0] ?? '',
        error.reason === 'ENOENT' ? 'git is not installed (or not on PATH)' : error.reason,
      );
    }
    throw error;
  }
}

/**
 * Run git; its stdout as bytes when it exits 0, otherwise a typed GitError (`ref` names what the
 * command was about, so a missing one becomes a MissingRefError).
 */
export async function runGitBytes(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions & { ref?: string } = {},
): Promise<Buffer> {
  const { ref, ...rest } = options;
  const run = await gitProcess(cwd, args, rest);
  if (run.code !== 0) throw gitFailure(args, run.stderr || `exit ${run.code ?? run.signal}`, cwd, ref);
  if (run.truncated) throw new GitFailedError(args[0] ?? '', 'its output was larger than this tool reads');
  return run.stdout;
}

/** Run git without a shell; arguments never pass through one. */
export async function runGit(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions & { ref?: string } = {},
): Promise<string> {
  return (await runGitBytes(cwd, args, options)).toString('utf8');
}

/** Blocking git for exit handlers only (a clean-up that must finish before the process ends). */
export function runGitSync(cwd: string, args: readonly string[]): number | null {
  return runProcessSync('git', args, { cwd, env: gitEnv() });
}
