import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DEBIAN_PG_ROOT, versionFrom } from '../../db/find-binaries.js';

export interface ClientTool {
  path: string;
  /** "15.18". */
  version: string;
  major: number;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const versionOf = versionFrom;

const cache = new Map<string, Promise<ClientTool | undefined>>();

/**
 * A PostgreSQL client program (`pg_restore`, `psql`): the newest version among PATH and
 * `/usr/lib/postgresql/<major>/bin`, since pg_restore reads archives of its own version and older.
 */
export function findClientTool(
  name: 'pg_restore' | 'psql',
  env: NodeJS.ProcessEnv = process.env,
  debianRoot = DEBIAN_PG_ROOT,
): Promise<ClientTool | undefined> {
  const key = `${name}\0${env.PATH ?? ''}\0${debianRoot}`;
  let found = cache.get(key);
  if (!found) {
    found = locate(name, env, debianRoot);
    cache.set(key, found);
  }
  return found;
}

async function locate(
  name: string,
  env: NodeJS.ProcessEnv,
  debianRoot: string,
): Promise<ClientTool | undefined> {
  const paths: string[] = [];
  const add = (path: string) => {
    // Not resolved through symlinks: Debian's /usr/bin/pg_restore is a wrapper that dispatches on its name.
    if (executable(path) && !paths.includes(path)) paths.push(path);
  };
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) add(join(dir, name));
  try {
    for (const major of readdirSync(debianRoot).filter((d) => /^\d+$/.test(d)))
      add(join(debianRoot, major, 'bin', name));
  } catch {
    // no Debian-style installation
  }
  let best: ClientTool | undefined;
  for (const path of paths) {
    const version = await versionOf(path);
    if (!version) continue;
    const tool = { path, version, major: Number(version.split('.')[0]) };
    if (!best || tool.major > best.major) best = tool;
  }
  return best;
}
