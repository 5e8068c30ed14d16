import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

/**
 * The one way this tool runs a program (git, pg_restore, psql, a backup command, `postgres --version`,
 * the team's own deploy or check command, the throwaway postgres server): never through a shell of its
 * own choosing, always stoppable, with output bounded in memory. Arguments are passed as a list, so
 * nothing in a ref name or path is ever interpreted by a shell; a team's own command from the trusted
 * config is run as `/bin/sh -c COMMAND` by its caller, on purpose and in plain sight. Callers pass a
 * scrubbed `env` when the program must not see this process's secrets.
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
   * their own (a provider's CLI, pg_restore, a shell command), which would otherwise outlive the stop.
   */
  group?: boolean;
  /** Stop the process (SIGTERM, then SIGKILL) after this long; default 120 s. */
  timeoutMs?: number;
  /** Between SIGTERM and SIGKILL when it is stopped; default 2 s. */
  killGraceMs?: number;
  /** Keep at most this many bytes of stdout; past it `truncated` is set. */
  maxStdout?: number;
  /**
   * Past `maxStdout`: `stop` the process (the default: its stdout is an answer that must be whole), or
   * `drop` the rest and let it finish (a build's log, which `onLine` streams).
   */
  stdoutOverflow?: 'stop' | 'drop';
  /**
   * Each line of output as it comes, stdout and stderr alike (without the line break; a line longer
   * than 64 KB comes in pieces). Nothing is kept for it: the callback decides what to keep.
   */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Called once the program runs, with a synchronous kill of it (its group, with `group`); the function
   * it returns is called when the program has ended. For the caller's exit handlers (db/cleanup.ts):
   * a Ctrl-C must not leave the program running.
   */
  untilExit?: (kill: () => void) => () => void;
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
export const STDERR_KEEP = 16 * 1024;
export const KILL_GRACE_MS = 2_000;
const LINE_MAX = 64 * 1024;

/** Start a program: never through a shell; in a process group of its own with `group`. */
export function launch(
  file: string,
  args: readonly string[],
  options: Pick<RunOptions, 'cwd' | 'env' | 'user' | 'group'>,
  stdio: SpawnOptions['stdio'],
): ChildProcess {
  return spawn(file, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio,
    shell: false,
    ...(options.group ? { detached: true } : {}),
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
  });
}

/** Signal the program, or its whole process group; a program already gone is not an error. */
export function signalOf(child: ChildProcess, group: boolean): (name: NodeJS.Signals) => void {
  return (name) => {
    try {
      if (group && child.pid) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
}

/** Output cut into lines as it arrives, UTF-8 sequences split between chunks kept whole. */
function lineSplitter(emit: (line: string) => void): { push(chunk: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  const drain = () => {
    for (let at = partial.indexOf('\n'); at >= 0; at = partial.indexOf('\n')) {
      emit(partial.slice(0, at).replace(/\r$/, ''));
      partial = partial.slice(at + 1);
    }
    while (partial.length > LINE_MAX) {
      emit(partial.slice(0, LINE_MAX));
      partial = partial.slice(LINE_MAX);
    }
  };
  return {
    push(chunk) {
      partial += decoder.write(chunk);
      drain();
    },
    end() {
      partial += decoder.end();
      drain();
      if (partial) emit(partial.replace(/\r$/, ''));
      partial = '';
    },
  };
}

export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const maxStdout = options.maxStdout ?? DEFAULT_MAX_STDOUT;
  return new Promise((resolvePromise, reject) => {
    const piped = options.input !== undefined || options.stdin !== undefined;
    const child = launch(file, args, options, [piped ? 'pipe' : 'ignore', 'pipe', 'pipe']);
    const chunks: Buffer[] = [];
    let length = 0;
    let truncated = false;
    let timedOut = false;
    let stderr = '';
    const signal = signalOf(child, options.group === true);
    const stop = () => {
      signal('SIGTERM');
      setTimeout(() => signal('SIGKILL'), options.killGraceMs ?? KILL_GRACE_MS).unref();
    };
    const ended = options.untilExit?.(() => signal('SIGKILL'));
    const lines = options.onLine
      ? {
          stdout: lineSplitter((line) => options.onLine!(line, 'stdout')),
          stderr: lineSplitter((line) => options.onLine!(line, 'stderr')),
        }
      : undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      lines?.stdout.push(chunk);
      if (truncated) return;
      if (length + chunk.length > maxStdout) {
        chunks.push(chunk.subarray(0, maxStdout - length));
        length = maxStdout;
        truncated = true;
        if (options.stdoutOverflow !== 'drop') stop();
        return;
      }
      chunks.push(chunk);
      length += chunk.length;
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      lines?.stderr.push(chunk);
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      ended?.();
      reject(new ProcessStartError(file, error.code ?? error.message, error.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      ended?.();
      lines?.stdout.end();
      lines?.stderr.end();
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
