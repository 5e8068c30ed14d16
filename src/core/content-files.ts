import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of an on-disk content cache (the parse store, the replay cache: docs/caching.md): one
 * `<sha256>.json` per entry. What an entry holds and how it is checked is the caller's; this module only
 * keeps reads bounded and writes atomic, so both caches treat a bad disk the same way.
 */
const KEY = /^[0-9a-f]{64}$/;

/** The entry's text, or undefined when it is missing, unreadable, too large or the key is not a hash. */
export function readEntryText(dir: string, key: string, maxBytes: number): string | undefined {
  if (!KEY.test(key)) return undefined;
  try {
    const bytes = readFileSync(join(dir, `${key}.json`));
    return bytes.length > maxBytes ? undefined : bytes.toString('utf8');
  } catch {
    return undefined; // not stored yet (or unreadable: computed again and rewritten)
  }
}

/** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
export function writeEntryText(dir: string, key: string, text: string): void {
  if (!KEY.test(key)) return;
  const tmp = join(dir, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, join(dir, `${key}.json`)); // atomic: a reader sees the old entry or the new one
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable (not a folder, no access): nothing was left behind
    }
  }
}
