import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  statSync,
} from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import type { GateContext } from '../gate.js';
import { assertFolderInsideRepo, resolveInsideRepo } from '../../git/inside-repo.js';

/** A migration larger than this is not linted (it is almost certainly a data dump, not a migration). */
export const MAX_MIGRATION_BYTES = 5 * 1024 * 1024;

export type SourceText = { text: string } | { problem: string };

/** Read a file as the change has it: from the work tree for local runs, from the head commit otherwise. */
export async function readHeadSource(
  ctx: Pick<GateContext, 'git' | 'head' | 'worktree'>,
  path: string,
): Promise<SourceText | undefined> {
  let buffer: Buffer;
  if (ctx.worktree) {
    // A symlink (of the file or a folder on its way) that leads out of the checkout is exit 2, not a read.
    // The folder is resolved once per folder; the file is opened without following a symlink, and
    // only a file that is one pays for the full check.
    if (NO_FOLLOW) assertFolderInsideRepo(ctx.git.root, path, path);
    else resolveInsideRepo(ctx.git.root, path, path);
    let read = readWorktreeFile(join(ctx.git.root, path), NO_FOLLOW);
    if (read === 'symlink') {
      const found = resolveInsideRepo(ctx.git.root, path, path);
      if (!('real' in found)) return undefined;
      read = readWorktreeFile(found.real, 0);
    }
    if (read === 'symlink') return undefined;
    if (read === undefined) return undefined;
    if ('tooLarge' in read) return { problem: tooLargeProblem(read.size) };
    buffer = read.bytes;
  } else {
    // Never buffer a huge blob: git stops streaming past the cap and only its size is read.
    const read = await ctx.git.readBytesCapped(ctx.head, path, MAX_MIGRATION_BYTES);
    if (read === undefined) return undefined;
    if ('tooLarge' in read) return { problem: tooLargeProblem(read.size) };
    buffer = read.bytes;
  }
  return decodeSource(buffer);
}

/**
 * Why a migration listed as changed gave no bytes, in words that say what to do. Only called on the
 * (rare) failure path, so the stat calls cost nothing on ordinary runs.
 */
export function whyUnreadable(ctx: Pick<GateContext, 'git' | 'head' | 'worktree'>, path: string): string {
  if (!ctx.worktree)
    return `git could not read it at ${ctx.head.slice(0, 12)} (a submodule, or contents this clone lacks: a partial or damaged clone); make it a regular file in the commit, or check out the full history with its contents (actions/checkout with fetch-depth: 0 and no filter) and re-run`;
  const full = join(ctx.git.root, path);
  try {
    const link = lstatSync(full);
    if (link.isSymbolicLink()) {
      const target = readlinkSync(full);
      try {
        statSync(full);
      } catch {
        return `it is a symbolic link to ${target}, which does not exist; commit the migration itself, not a link`;
      }
    }
    const stat = statSync(full);
    if (stat.isDirectory())
      return 'it is a folder, not a file (a submodule or a folder named like a migration)';
    if (!stat.isFile())
      return 'it is not a regular file (a FIFO, socket or device); commit the migration as a file';
    return 'permission denied reading it; make it readable (chmod a+r) and re-run';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') return 'permission denied reading it; make it readable (chmod a+r) and re-run';
    return `it is listed as changed but is gone from the work tree (${code ?? 'unknown error'}); restore it or commit the deletion`;
  }
}

/** Where the platform has it (not Windows), open refuses a final symlink with ELOOP. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** Where small files are read; most migrations fit, and only their text outlives the read. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * A work-tree file's bytes, at most MAX_MIGRATION_BYTES of them; undefined when it is not a readable
 * regular file. Synchronous (2,000 async reads cost more in bookkeeping than in I/O) and without a stat:
 * open, read until the end, close. A folder fails the read (EISDIR); a FIFO, opened non-blocking, ends
 * at once or fails (EAGAIN) instead of waiting for a writer; an empty read is checked with fstat.
 * The bytes are valid until the next call: decode them first.
 */
function readWorktreeFile(
  full: string,
  flags: number,
): { bytes: Buffer } | { tooLarge: true; size: number } | 'symlink' | undefined {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK | flags);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' && flags ? 'symlink' : undefined;
  }
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        if (length > MAX_MIGRATION_BYTES)
          return { tooLarge: true, size: Math.max(fstatSync(fd).size, length) };
        const grown = Buffer.allocUnsafe(Math.min(scratch.length * 2, MAX_MIGRATION_BYTES + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      // Nothing at all: an empty file, or a FIFO without a writer (non-blocking reads see its end).
      if (n === 0)
        return length || fstatSync(fd).isFile() ? { bytes: scratch.subarray(0, length) } : undefined;
      length += n;
    }
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Text, or why it cannot be SQL: binary content or bytes that are not UTF-8. A leading BOM is dropped, as
 * a TextDecoder does; `isUtf8` + `toString` decode 2,000 migrations in a fraction of the time a fatal
 * TextDecoder takes (--cpu-prof of `lint` over the bench corpus).
 */
export function decodeSource(buffer: Buffer): SourceText {
  if (buffer.length > MAX_MIGRATION_BYTES) return { problem: tooLargeProblem(buffer.length) };
  if (buffer.includes(0)) return { problem: 'the file contains NUL bytes: it is binary, not SQL' };
  if (!isUtf8(buffer))
    return { problem: 'the file is not valid UTF-8; Postgres would reject it. Re-save it as UTF-8' };
  const text = buffer.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Why a file over MAX_MIGRATION_BYTES is not linted, and what to do. */
export function tooLargeProblem(size: number): string {
  return `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_MIGRATION_BYTES / 1024 / 1024} MB limit for a migration; split it, or exclude it with migrations.exclude if it is seed data`;
}
