import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess } from '../git/long-running.js';
import type { ProcessHandle } from '../git/long-running.js';
import { registerCleanup } from './cleanup.js';
import { killMarked, markOwner, removeLeftovers, serverEnv } from './leftovers.js';
import type { PostgresBinaries } from './find-binaries.js';
import { serverUser } from './run-as.js';
import type { SystemUser } from './run-as.js';

/** A throwaway cluster: its own temp folder, reachable only through a unix socket inside it. */
export interface LocalServer {
  /** The temp folder: data directory, socket and logs. Removed by `stop()`. */
  readonly dir: string;
  /** Folder of the unix socket (the temp folder itself), for the client's `host`. */
  readonly socketDir: string;
  readonly port: number;
  readonly pid: number;
  /** The account the server runs as ("postgres", "nobody", or the current user). */
  readonly runsAs: string;
  /** The cluster's bootstrap superuser (for setup only; untrusted SQL runs as another role). */
  readonly superuser: string;
  readonly startupMs: number;
  /** Stop the server (immediate shutdown: the data is thrown away) and remove the temp folder. */
  stop(): Promise<void>;
}

export interface LocalServerOptions {
  /** Give up on a server that is not ready after this long. */
  readyTimeoutMs?: number;
  /** Test hook: the account to drop to when root (default: postgres, else nobody). */
  user?: SystemUser;
  /** Name of the bootstrap superuser (default "postgres"). */
  superuser?: string;
}

/**
 * The socket is the only way in (`listen_addresses=''`) and lives in a private folder, so two
 * rehearsals never compete for a port: the port number only names the socket file.
 */
const PORT = 5432;
/** Unix socket paths are limited to 107 bytes; fall back to /tmp when TMPDIR is deep (macOS). */
const MAX_SOCKET_PATH = 100;
const LOG_TAIL_LINES = 15;
/** Each step of the shutdown (fast, immediate, kill) gets this long. */
const SHUTDOWN_STEP_MS = 2_000;

/** Throwaway settings: durability is pointless for a database deleted in a minute. */
const SERVER_SETTINGS = [
  'listen_addresses=',
  'fsync=off',
  'full_page_writes=off',
  'synchronous_commit=off',
  'lc_messages=C',
  'max_connections=20',
  'logging_collector=off',
];

export async function startLocalServer(
  binaries: PostgresBinaries,
  options: LocalServerOptions = {},
): Promise<LocalServer> {
  const started = Date.now();
  const user = options.user ?? serverUser();
  if (process.getuid?.() === 0 && !user) {
    throw new Error(
      'running as root, and there is no "postgres" or "nobody" account to run PostgreSQL as (it refuses to run as root)',
    );
  }
  removeLeftovers();
  const superuser = options.superuser ?? 'postgres';
  const dir = makeTempDir();
  markOwner(dir);
  const data = join(dir, 'data');
  const children = new Set<ProcessHandle>();
  const killAll = () => {
    for (const child of children) child.kill();
  };
  const unregister = registerCleanup({
    async: async () => {
      await stopChildren(children);
      killMarked(dir);
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
    sync: () => {
      killAll();
      killMarked(dir);
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  });

  try {
    if (user) chownSync(dir, user.uid, user.gid);
    const initArgs = ['-D', data, '--auth=trust', '-U', superuser, '--no-sync', '-E', 'UTF8', '--locale=C'];
    if (binaries.major >= 14) initArgs.push('--no-instructions');
    const initdb = launch(binaries.initdb, initArgs, dir, 'initdb.log', user, children);
    const status = await initdb.exited;
    const code = status.startError ? -1 : status.code;
    children.delete(initdb);
    if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${logTail(join(dir, 'initdb.log'))}`);

    const args = ['-D', data, '-c', `unix_socket_directories=${dir}`, '-c', `port=${PORT}`];
    for (const setting of SERVER_SETTINGS) args.push('-c', setting);
    const server = launch(binaries.postgres, args, dir, 'server.log', user, children);
    await waitUntilReady(server, join(dir, 'server.log'), options.readyTimeoutMs ?? 30_000);
    // From here the client's connection keeps the process alive; a forgotten server must not.
    server.unref();

    let stopped: Promise<void> | undefined;
    return {
      dir,
      socketDir: dir,
      port: PORT,
      pid: server.pid!,
      runsAs: user?.name ?? currentUserName(),
      superuser,
      startupMs: Date.now() - started,
      stop() {
        stopped ??= (async () => {
          await stopChildren(children);
          killMarked(dir);
          await rm(dir, { recursive: true, force: true, maxRetries: 3 });
          unregister();
        })();
        return stopped;
      },
    };
  } catch (error) {
    await stopChildren(children);
    killMarked(dir);
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    unregister();
    throw error;
  }
}

function makeTempDir(): string {
  const base =
    join(tmpdir(), 'rr-pg-XXXXXX', `.s.PGSQL.${PORT}`).length > MAX_SOCKET_PATH ? '/tmp' : tmpdir();
  return mkdtempSync(join(base, 'rr-pg-'));
}

/** In its own process group (so Ctrl-C reaches us, not it, and one kill takes every backend), output to a log file. */
function launch(
  command: string,
  args: string[],
  dir: string,
  logName: string,
  user: SystemUser | undefined,
  children: Set<ProcessHandle>,
): ProcessHandle {
  const child = startProcess(command, args, {
    cwd: dir,
    env: serverEnv(dir),
    logFile: join(dir, logName),
    ...(user ? { user } : {}),
  });
  children.add(child);
  void child.exited.then(() => children.delete(child));
  return child;
}

async function waitUntilReady(server: ProcessHandle, logPath: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (readText(logPath).includes('ready to accept connections')) return;
    if (server.hasExited()) throw new Error(`postgres exited while starting:\n${logTail(logPath)}`);
    if (Date.now() > deadline)
      throw new Error(`postgres was not ready after ${Math.round(timeoutMs / 1000)} s:\n${logTail(logPath)}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/**
 * Fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL to the whole process group, each step
 * bounded: a process a migration started, or a client holding a socket open, cannot stall the stop.
 */
async function stopChildren(children: Set<ProcessHandle>): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      await child.stop(['SIGINT', 'SIGQUIT'], SHUTDOWN_STEP_MS);
      children.delete(child);
    }),
  );
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The last lines of a server log, to show when it fails to start. */
export function logTail(path: string, lines = LOG_TAIL_LINES): string {
  const text = readText(path).trimEnd();
  if (!text) return '(the log is empty)';
  return text.split('\n').slice(-lines).join('\n');
}

function currentUserName(): string {
  return process.env.USER ?? process.env.LOGNAME ?? `uid ${process.getuid?.() ?? '?'}`;
}
