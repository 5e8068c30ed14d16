import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GateContext } from '../../core/gate.js';

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
    const full = join(ctx.git.root, path);
    // Synchronous: migrations are small, and 2,000 async reads cost more in bookkeeping than in I/O.
    try {
      const info = statSync(full);
      if (!info.isFile()) return undefined;
      if (info.size > MAX_MIGRATION_BYTES) return { problem: tooLarge(info.size) };
      buffer = readFileSync(full);
    } catch {
      return undefined;
    }
  } else {
    // Never buffer a huge blob: git stops streaming past the cap and only its size is read.
    const read = await ctx.git.readBytesCapped(ctx.head, path, MAX_MIGRATION_BYTES);
    if (read === undefined) return undefined;
    if ('tooLarge' in read) return { problem: tooLarge(read.size) };
    buffer = read.bytes;
  }
  return decodeSource(buffer);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text, or why it cannot be SQL: binary content or bytes that are not UTF-8. */
export function decodeSource(buffer: Buffer): SourceText {
  if (buffer.length > MAX_MIGRATION_BYTES) return { problem: tooLarge(buffer.length) };
  if (buffer.includes(0)) return { problem: 'the file contains NUL bytes: it is binary, not SQL' };
  try {
    return { text: utf8.decode(buffer) };
  } catch {
    return { problem: 'the file is not valid UTF-8; Postgres would reject it. Re-save it as UTF-8' };
  }
}

function tooLarge(size: number): string {
  return `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_MIGRATION_BYTES / 1024 / 1024} MB limit for a migration; split it, or exclude it with migrations.exclude if it is seed data`;
}
