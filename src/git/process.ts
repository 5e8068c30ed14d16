import { spawn, spawnSync } from 'node:child_process';

/**
 * The one way this tool runs a helper program (git): never through a shell, always time-boxed, with
 * stdout bounded in memory and stderr kept short. Arguments are passed as a list, so nothing in a ref
 * name or path is ever interpreted by a shell.
 */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed; without it stdin is /dev/null. */
  input?: string | Buffer;
  /** Stop the process (SIGTERM, then SIGKILL) after this long; default 120 s. */
  timeoutMs?: number;
  /** Keep at most this many bytes of stdout; past it the process is stopped and `truncated` is set. */
  maxStdout?: number;
}

export interface RunResult {
  /** Exit code; null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  /** The last few kilobytes of stderr, as text. */
  stderr: string;
  /** More stdout came than `maxStdout`: `stdout` holds its first `maxStdout` bytes. */
  truncated: boolean;
  timedOut: boolean;
}

/** The program could not be started at all (not installed, not executable, cwd gone). */
export class ProcessStartError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} could not be started: ${reason}`);
  }
}

export const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_STDOUT = 256 * 1024 * 1024;
const STDERR_KEEP = 16 * 1024;
const KILL_GRACE_MS = 2_000;

export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const maxStdout = options.maxStdout ?? DEFAULT_MAX_STDOUT;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const chunks: Buffer[] = [];
    let length = 0;
    let truncated = false;
    let timedOut = false;
    let stderr = '';
    const stop = () => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      if (truncated) return;
      if (length + chunk.length > maxStdout) {
        chunks.push(chunk.subarray(0, maxStdout - length));
        length = maxStdout;
        truncated = true;
        stop();
        return;
      }
      chunks.push(chunk);
      length += chunk.length;
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new ProcessStartError(file, error.code ?? error.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout: Buffer.concat(chunks, length), stderr, truncated, timedOut });
    });
    if (options.input !== undefined) {
      // A process that exits early (bad arguments) closes stdin; its exit status reports that, not EPIPE.
      child.stdin!.on('error', () => {});
      child.stdin!.end(options.input);
    }
  });
}

/**
 * The same, blocking: only for clean-up on the way out of the process (an exit handler cannot wait for
 * a promise). Output is discarded; the exit code is returned (null when it could not run or timed out).
 */
export function runProcessSync(
  file: string,
  args: readonly string[],
  options: Pick<RunOptions, 'cwd' | 'env' | 'timeoutMs'>,
): number | null {
  const run = spawnSync(file, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: 'ignore',
    shell: false,
    timeout: options.timeoutMs ?? 10_000,
  });
  return run.error ? null : run.status;
}
