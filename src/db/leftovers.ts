import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a throwaway server leaves behind when its owner dies without cleaning up (SIGKILL, OOM), and how
 * the next run finds it. Each temp folder records the pid of the process that made it; every process the
 * server starts (backends, and anything a migration managed to start) inherits a marker variable
 * naming the folder, so they can be found even after leaving the server's process group.
 */
export const OWNER_FILE = 'owner.pid';
export const MARKER_VARIABLE = 'ROLLBACK_READY_SERVER';
const PREFIX = 'rr-pg-';

/**
 * The whole environment of initdb and postgres: what they need to run and nothing the runner set
 * (no GITHUB_TOKEN, no secrets, no proxy settings): a migration must not be able to read it.
 */
export function serverEnv(dir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LC_ALL: 'C',
    LANG: 'C',
    TZ: 'UTC',
    [MARKER_VARIABLE]: dir,
  };
}

export function markOwner(dir: string, pid = process.pid): void {
  writeFileSync(join(dir, OWNER_FILE), `${pid}\n`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 1 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** SIGKILL every process (Linux: through /proc) whose environment carries the folder's marker. */
export function killMarked(dir: string): number {
  let procs: string[];
  try {
    procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0; // no /proc: the process-group kill is all there is
  }
  const marker = `${MARKER_VARIABLE}=${dir}\0`;
  let killed = 0;
  for (const entry of procs) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
    } catch {
      continue; // gone, or not ours to read
    }
    if (!`\0${environ}`.includes(`\0${marker}`)) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed += 1;
    } catch {
      // already gone
    }
  }
  return killed;
}

/**
 * Remove the temp folders (and stop the servers) of earlier runs whose owner process is gone. A folder
 * without an owner file, or whose owner still runs, is left alone: it may be another run's.
 */
export function removeLeftovers(bases: readonly string[] = [...new Set([tmpdir(), '/tmp'])]): string[] {
  const removed: string[] = [];
  for (const base of bases) {
    let entries: string[];
    try {
      entries = readdirSync(base).filter((e) => e.startsWith(PREFIX));
    } catch {
      continue;
    }
    for (const entry of entries) {
      const dir = join(base, entry);
      try {
        if (!statSync(dir).isDirectory()) continue;
      } catch {
        continue;
      }
      const owner = readPid(join(dir, OWNER_FILE));
      if (owner === undefined || alive(owner)) continue;
      const postmaster = readPid(join(dir, 'data', 'postmaster.pid'));
      if (postmaster !== undefined && runsIn(postmaster, dir)) {
        for (const target of [-postmaster, postmaster]) {
          try {
            process.kill(target, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      killMarked(dir);
      // Without /proc the server notices its lock file is gone within a minute and shuts down.
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      removed.push(dir);
    }
  }
  return removed;
}

/** Whether `pid` is a postgres started on this folder (never kill an unrelated process that reused the pid). */
function runsIn(pid: number, dir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
  } catch {
    return false;
  }
}
