import type { SystemUser } from '../../db/run-as.js';
import { ProcessStartError, runProcess } from '../../git/process.js';

export interface ToolRun {
  code: number | null;
  stdout: string;
  /** The last part of stderr (at most 16 KB). */
  stderr: string;
  timedOut: boolean;
  /** stdout went over the cap; the process was stopped. */
  overflow: boolean;
  /** The program could not be started (ENOENT, EACCES). */
  spawnError?: string;
}

export interface ToolOptions {
  timeoutMs: number;
  /** Stop the process when stdout exceeds this many bytes. */
  maxStdout?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  user?: SystemUser;
  /** Bytes or a file stream fed to stdin; stdin is closed otherwise. */
  stdinFrom?: NodeJS.ReadableStream;
}

/**
 * Run a backup or restore program through the one process runner (git/process.ts): no shell, its own
 * process group (stopped whole), bounded in time and output. A program that cannot start is reported in
 * `spawnError`, as the backup findings word it, rather than thrown.
 */
export async function runTool(
  command: string,
  args: readonly string[],
  options: ToolOptions,
): Promise<ToolRun> {
  try {
    const run = await runProcess(command, args, {
      cwd: options.cwd ?? process.cwd(),
      timeoutMs: options.timeoutMs,
      maxStdout: options.maxStdout ?? 8 * 1024 * 1024,
      group: true,
      ...(options.env ? { env: options.env } : {}),
      ...(options.user ? { user: options.user } : {}),
      ...(options.stdinFrom ? { stdin: options.stdinFrom } : {}),
    });
    return {
      code: run.code,
      stdout: run.stdout.toString('utf8'),
      stderr: run.stderr,
      timedOut: run.timedOut,
      overflow: run.truncated,
    };
  } catch (error) {
    if (!(error instanceof ProcessStartError)) throw error;
    return { code: null, stdout: '', stderr: '', timedOut: false, overflow: false, spawnError: error.detail };
  }
}

/** The last `lines` non-empty lines of a program's stderr, for a finding's message. */
export function tail(text: string, lines = 6): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-lines)
    .join(' | ');
}
