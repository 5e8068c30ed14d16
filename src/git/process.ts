import { spawn, spawnSync } from 'node:child_process';

/**
 * The one way this tool runs a helper program (git, pg_restore, psql, a backup command, `postgres
 * --version`): never through a shell, always time-boxed, with stdout bounded in memory and stderr kept
 * short. Arguments are passed as a list, so nothing in a ref name or path is ever interpreted by a shell.
 * Callers pass a scrubbed `env` when the program must not see this process's secrets.
 */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed; without it stdin is /dev/null. */
  input?: string | Buffer;
  /** Piped to stdin instead (a file too large to hold in memory). */
  stdin?: NodeJS.ReadableStream;
  /** Run as this system account (a restore as the database server's user, not root). */
  user?: { uid: number; gid: number };
  /**
   * Run in a process group of its own and stop the whole group: for programs that start helpers of
   * their own (a provider's CLI, pg_restore), which would otherwise outlive the stop.
   */
  group?: boolean;
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
    /** Node's own message (`spawn /usr/bin/x ENOENT`), for messages that quote it. */
    readonly detail = reason,
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
    const piped = options.input !== undefined || options.stdin !== undefined;
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [piped ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      shell: false,
      ...(options.group ? { detached: true } : {}),
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    const chunks: Buffer[] = [];
    let length = 0;
    let truncated = false;
    let timedOut = false;
    let stderr = '';
    const signal = (name: NodeJS.Signals) => {
      try {
        if (options.group && child.pid) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // already gone
      }
    };
    const stop = () => {
      signal('SIGTERM');
      setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS).unref();
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
      reject(new ProcessStartError(file, error.code ?? error.message, error.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout: Buffer.concat(chunks, length), stderr, truncated, timedOut });
    });
    if (piped) {
      // A process that exits early (bad arguments) closes stdin; its exit status reports that, not EPIPE.
      child.stdin!.on('error', () => {});
      if (options.stdin) {
        options.stdin.on('error', () => child.stdin?.destroy());
        options.stdin.pipe(child.stdin!);
      } else child.stdin!.end(options.input);
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

/**
 * A program kept running to answer many requests over its stdin and stdout (`git cat-file
 * --batch-command`): started once, then fed. Never through a shell. It holds no reference on the event
 * loop while idle (`idle()`), so a forgotten one never keeps this process alive, and it ends when this
 * process does (its stdin closes).
 */
export interface LongRunningProcess {
  readonly stdin: NodeJS.WritableStream;
  readonly stdout: NodeJS.ReadableStream;
  /** The last few kilobytes of stderr, as text. */
  stderr(): string;
  /** Resolves when it ends, however it ends. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Waiting for an answer: keep this process alive meanwhile. */
  busy(): void;
  /** Nothing asked: let this process end without waiting for it. */
  idle(): void;
  /** Close its stdin, then stop it (SIGTERM, then SIGKILL) if it has not ended. */
  stop(): void;
}

export function startProcess(
  file: string,
  args: readonly string[],
  options: Pick<RunOptions, 'cwd' | 'env'>,
): LongRunningProcess {
  const child = spawn(file, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
  });
  // A write after it ended is reported through `exited`, not as an unhandled EPIPE.
  child.stdin!.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      stderr ||= error.code ?? error.message;
      resolveExit({ code: null, signal: null });
    });
    child.on('close', (code, signal) => resolveExit({ code, signal }));
  });
  const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as {
    ref?: () => void;
    unref?: () => void;
  }[];
  return {
    stdin: child.stdin!,
    stdout: child.stdout!,
    stderr: () => stderr,
    exited,
    busy: () => handles.forEach((h) => h.ref?.()),
    idle: () => handles.forEach((h) => h.unref?.()),
    stop: () => {
      child.stdin!.end();
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }, KILL_GRACE_MS).unref();
    },
  };
}
