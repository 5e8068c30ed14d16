import { closeSync, openSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { KILL_GRACE_MS, launch, signalOf, STDERR_KEEP } from './process.js';
import type { RunOptions } from './process.js';

/**
 * Programs that keep running while this process works: a database server (`startProcess`, stopped in
 * bounded steps with its whole process group) and a program answering requests over its stdin and
 * stdout (`startPipedProcess`, git cat-file --batch-command). Started the one way process.ts starts
 * every program: never through a shell, arguments as a list.
 */

export interface StartOptions extends Pick<RunOptions, 'cwd' | 'env' | 'user'> {
  /** stdout and stderr are appended to this file (a server's log); without it they are discarded. */
  logFile?: string;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** It could not be started (Node's message). */
  startError?: string;
}

/** A long-running program (a database server) in a process group of its own. */
export interface ProcessHandle {
  readonly pid: number | undefined;
  /** Settles when the program has exited (or could not start); never rejects. */
  readonly exited: Promise<ExitStatus>;
  hasExited(): boolean;
  /**
   * Stop it, bounded: each polite signal goes to the program itself (a server then stops its own
   * helpers in order), waiting up to `stepMs` for it to exit; then SIGKILL to the whole group, which
   * also takes whatever the program started. Resolves whether it exited, after at most
   * (polite.length + 1) × stepMs.
   */
  stop(polite: readonly NodeJS.Signals[], stepMs: number): Promise<boolean>;
  /** SIGKILL to the whole group at once: for exit handlers, which cannot wait. */
  kill(): void;
  /** Do not keep this process (Node) alive for it; `stop` keeps it alive again until it is gone. */
  unref(): void;
}

/** Start a long-running program in a process group of its own, stdin closed, output to a log file. */
export function startProcess(file: string, args: readonly string[], options: StartOptions): ProcessHandle {
  const fd = options.logFile ? openSync(options.logFile, 'a') : undefined;
  let child: ChildProcess;
  try {
    const out = fd ?? 'ignore';
    child = launch(file, args, { ...options, group: true }, ['ignore', out, out]);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let done = false;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // Kept for good: a later 'error' (a signal that could not be sent) must not go unhandled.
    child.on('error', (error) => resolve({ code: null, signal: null, startError: error.message }));
  }).finally(() => (done = true));
  const leader = signalOf(child, false);
  const group = signalOf(child, true);
  const within = async (ms: number): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
    clearTimeout(timer);
    return result;
  };
  return {
    pid: child.pid,
    exited,
    hasExited: () => done || child.exitCode !== null || child.signalCode !== null,
    async stop(polite, stepMs) {
      let gone = done || child.exitCode !== null || child.signalCode !== null;
      if (!gone) {
        child.ref(); // keep this process alive until the program is really gone
        for (const name of polite) {
          leader(name);
          if ((gone = await within(stepMs))) break;
        }
        if (!gone) {
          group('SIGKILL');
          gone = await within(stepMs);
        }
      }
      group('SIGKILL'); // helpers left in the group after the program itself exited
      return gone;
    },
    kill: () => group('SIGKILL'),
    unref: () => child.unref(),
  };
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

export function startPipedProcess(
  file: string,
  args: readonly string[],
  options: Pick<RunOptions, 'cwd' | 'env'>,
): LongRunningProcess {
  const child = launch(file, args, options, ['pipe', 'pipe', 'pipe']);
  const signal = signalOf(child, false);
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
      signal('SIGTERM');
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) signal('SIGKILL');
      }, KILL_GRACE_MS).unref();
    },
  };
}
