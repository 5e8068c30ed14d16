import { spawn } from 'node:child_process';
import type { SystemUser } from '../../db/run-as.js';

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

const STDERR_KEEP = 16 * 1024;

/** Run a program without a shell, in its own process group, bounded in time and output. */
export function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolRun> {
  return new Promise((resolve) => {
    const maxStdout = options.maxStdout ?? 8 * 1024 * 1024;
    let stdout = '';
    let stdoutBytes = 0;
    let stderr = '';
    let timedOut = false;
    let overflow = false;
    let settled = false;
    const child = spawn(command, [...args], {
      shell: false,
      detached: true,
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.stdinFrom ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    const finish = (run: Omit<ToolRun, 'stdout' | 'stderr' | 'timedOut' | 'overflow'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...run, stdout, stderr, timedOut, overflow });
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        if (!overflow) {
          overflow = true;
          kill();
        }
        return;
      }
      stdout += chunk.toString('utf8');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    if (options.stdinFrom && child.stdin) {
      child.stdin.on('error', () => {}); // the program may exit before reading everything
      options.stdinFrom.on('error', () => child.stdin?.destroy());
      options.stdinFrom.pipe(child.stdin);
    }
    child.on('error', (error) => finish({ code: null, spawnError: error.message }));
    child.on('close', (code) => finish({ code }));
  });
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
