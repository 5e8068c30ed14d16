import { ProcessStartError, runProcess } from '../git/process.js';
import { accessSync, constants, readdirSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** A PostgreSQL installation that can start a throwaway cluster. */
export interface PostgresBinaries {
  /** Folder holding `initdb` and `postgres`. */
  binDir: string;
  initdb: string;
  postgres: string;
  /** "15.18" from `postgres --version`. */
  version: string;
  major: number;
}

/** Where Debian and Ubuntu (and so GitHub's Ubuntu runners) install PostgreSQL, one folder per major version. */
export const DEBIAN_PG_ROOT = '/usr/lib/postgresql';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Folders that hold both `initdb` and `postgres`: PATH first (a symlinked `initdb` counts by its real
 * folder), then `/usr/lib/postgresql/<major>/bin`, newest major first.
 */
export function candidateBinDirs(
  env: NodeJS.ProcessEnv = process.env,
  debianRoot = DEBIAN_PG_ROOT,
): string[] {
  const dirs: string[] = [];
  const add = (dir: string) => {
    if (!dirs.includes(dir) && isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'postgres')))
      dirs.push(dir);
  };
  for (const entry of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const initdb = join(entry, 'initdb');
    if (!isExecutable(initdb)) continue;
    try {
      add(dirname(realpathSync(initdb)));
    } catch {
      add(entry);
    }
  }
  let majors: string[] = [];
  try {
    majors = readdirSync(debianRoot).filter((d) => /^\d+(\.\d+)?$/.test(d));
  } catch {
    // no Debian-style installation
  }
  majors.sort((a, b) => Number(b) - Number(a));
  for (const major of majors) add(join(debianRoot, major, 'bin'));
  return dirs;
}

/**
 * The PostgreSQL binaries to start a rehearsal server with, or undefined when there are none.
 * With several installations, the one matching `preferMajor` (production's version) wins.
 */
export async function findPostgresBinaries(
  preferMajor?: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PostgresBinaries | undefined> {
  const found: PostgresBinaries[] = [];
  for (const binDir of candidateBinDirs(env)) {
    const postgres = join(binDir, 'postgres');
    const version = await postgresVersion(postgres);
    if (!version) continue;
    found.push({
      binDir,
      initdb: join(binDir, 'initdb'),
      postgres,
      version,
      major: Number(version.split('.')[0]),
    });
    if (preferMajor === undefined) break;
  }
  return found.find((b) => b.major === preferMajor) ?? found[0];
}

const postgresVersion = (postgres: string) => versionFrom(postgres);

/** `X.Y` from a PostgreSQL program's `--version` (`pg_restore (PostgreSQL) 17.2`), or undefined. */
export async function versionFrom(program: string): Promise<string | undefined> {
  try {
    const run = await runProcess(program, ['--version'], { cwd: '/', timeoutMs: 10_000, maxStdout: 4096 });
    const match = /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(run.stdout.toString('utf8'));
    return run.code === 0 && match ? match[1] : undefined;
  } catch (error) {
    if (error instanceof ProcessStartError) return undefined;
    throw error;
  }
}
