import { readFileSync } from 'node:fs';

/** A system account to run PostgreSQL as: the server refuses to start as root. */
export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

/** Accounts tried in order when the process is root: the packaged `postgres` user, then `nobody`. */
export const SERVER_ACCOUNTS = ['postgres', 'nobody'] as const;

/**
 * The user to drop to for initdb and postgres: undefined when the process is not root (it runs them
 * as itself). Reads /etc/passwd directly, so it works in minimal containers without `getent`.
 */
export function serverUser(passwd = '/etc/passwd', uid = process.getuid?.()): SystemUser | undefined {
  if (uid !== 0) return undefined;
  let text: string;
  try {
    text = readFileSync(passwd, 'utf8');
  } catch {
    return undefined;
  }
  const accounts = new Map<string, SystemUser>();
  for (const line of text.split('\n')) {
    const [name, , id, group] = line.split(':');
    if (!name || id === undefined || group === undefined) continue;
    const parsedUid = Number(id);
    const parsedGid = Number(group);
    if (Number.isInteger(parsedUid) && Number.isInteger(parsedGid) && parsedUid !== 0) {
      accounts.set(name, { name, uid: parsedUid, gid: parsedGid });
    }
  }
  for (const name of SERVER_ACCOUNTS) {
    const account = accounts.get(name);
    if (account) return account;
  }
  return undefined;
}
