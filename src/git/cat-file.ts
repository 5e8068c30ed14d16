import { BatchCommandUnsupported, CatFileSession } from './batch.js';
import type { ObjectInfo, ObjectReader } from './batch.js';
import { GitFailedError, gitFailure, MissingRefError } from './errors.js';
import { gitProcess } from './run.js';

/**
 * Many blobs by path or id: sizes first, so a blob over the cap is never streamed, only reported with
 * its size. The questions go to one long-running `git cat-file --batch-command` (batch.ts); a git older
 * than 2.36 answers through `--batch-check` then `--batch`, two processes per batch. Either way, never a
 * `git show` per file.
 */
export type BlobRead = { oid: string; bytes: Buffer } | { oid: string; tooLarge: true; size: number };

/** `<oid> <type> <size>` per request, in order; undefined for `<name> missing` (and ambiguous names). */
async function batchCheck(root: string, names: readonly string[]): Promise<(ObjectInfo | undefined)[]> {
  const args = ['cat-file', '--batch-check'];
  const run = await gitProcess(root, args, { input: names.map((n) => `${n}\n`).join('') });
  if (run.code !== 0) throw gitFailure(args, run.stderr || `exit ${run.code ?? run.signal}`, root);
  const lines = run.stdout.toString('utf8').split('\n');
  return names.map((_, i) => {
    const m = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/.exec(lines[i] ?? '');
    return m ? { oid: m[1]!, type: m[2]!, size: Number(m[3]) } : undefined;
  });
}

/** The contents of blobs whose sizes are known, in order, through one `git cat-file --batch`. */
async function batchContents(root: string, blobs: readonly ObjectInfo[]): Promise<Buffer[]> {
  if (!blobs.length) return [];
  const args = ['cat-file', '--batch'];
  const expected = blobs.reduce((sum, b) => sum + b.size + b.oid.length + 32, 0);
  const run = await gitProcess(root, args, {
    input: blobs.map((b) => `${b.oid}\n`).join(''),
    maxStdout: expected,
  });
  if (run.code !== 0 || run.truncated)
    throw gitFailure(args, run.stderr || `exit ${run.code ?? run.signal}`, root);
  const out = run.stdout;
  const contents: Buffer[] = [];
  let pos = 0;
  for (const blob of blobs) {
    const eol = out.indexOf(0x0a, pos);
    const header = eol === -1 ? '' : out.subarray(pos, eol).toString('utf8');
    if (header !== `${blob.oid} blob ${blob.size}`)
      throw new GitFailedError('cat-file', `unexpected answer for ${blob.oid}: ${header.slice(0, 80)}`);
    contents.push(out.subarray(eol + 1, eol + 1 + blob.size));
    pos = eol + 1 + blob.size + 1;
  }
  return contents;
}

/**
 * The run's object reader: one `git cat-file --batch-command` for every question (batch.ts), or, on a
 * git without it, a `--batch-check` / `--batch` process per question.
 */
export function openObjectReader(
  root: string,
  options?: ConstructorParameters<typeof CatFileSession>[1],
): ObjectReader & { warm(): void; close(): void; persistent(): boolean } {
  const session = new CatFileSession(root, options);
  let legacy = false;
  const either = async <T>(batched: () => Promise<T>, oneShot: () => Promise<T>): Promise<T> => {
    if (legacy) return oneShot();
    try {
      return await batched();
    } catch (error) {
      if (!(error instanceof BatchCommandUnsupported)) throw error;
      legacy = true;
      return oneShot();
    }
  };
  return {
    info: (names) =>
      either(
        () => session.info(names),
        () => batchCheck(root, names),
      ),
    contents: (objects) =>
      either(
        () => session.contents(objects),
        () => batchContents(root, objects),
      ),
    warm: () => session.warm(),
    close: () => session.close(),
    /** Answers come from the one long-running process (not, on an old git, a process per batch). */
    persistent: () => !legacy,
  };
}

async function readInfos(
  reader: ObjectReader,
  wanted: readonly { key: string; info: ObjectInfo | undefined }[],
  maxBytes: number,
): Promise<Map<string, BlobRead>> {
  const out = new Map<string, BlobRead>();
  const small: { key: string; info: ObjectInfo }[] = [];
  for (const { key, info } of wanted) {
    if (info?.type !== 'blob') continue;
    if (info.size > maxBytes) out.set(key, { oid: info.oid, tooLarge: true, size: info.size });
    else small.push({ key, info });
  }
  const contents = await reader.contents(small.map((s) => s.info));
  small.forEach(({ key, info }, i) => out.set(key, { oid: info.oid, bytes: contents[i]! }));
  return out;
}

/**
 * Files of one commit by path. Paths that do not exist there, name a folder or a submodule, or hold a
 * newline (git's batch protocol is line-based) are left out; a ref that is not a commit in this clone is
 * a MissingRefError, never an empty answer.
 */
export async function readBlobsAt(
  reader: ObjectReader,
  ref: string,
  paths: readonly string[],
  maxBytes: number,
): Promise<Map<string, BlobRead>> {
  if (/[\n\r]/.test(ref)) throw new MissingRefError(JSON.stringify(ref));
  const wanted = paths.filter((p) => !/[\n\r]/.test(p));
  const [object, tree, ...infos] = await reader.info([
    ref,
    `${ref}^{tree}`,
    ...wanted.map((p) => `${ref}:${p}`),
  ]);
  if (!object) throw new MissingRefError(ref);
  if (!tree) throw new MissingRefError(ref, `it names a ${object.type}, not a commit`);
  return readInfos(
    reader,
    wanted.map((key, i) => ({ key, info: infos[i] })),
    maxBytes,
  );
}

/** A blob whose id and size are already known (an entry of `ls-tree --long`): no size check needed. */
export interface KnownBlob {
  oid: string;
  size: number;
}

/**
 * Blobs by object id, keyed by id; ids that are missing or not blobs are left out. When every item
 * comes with its size (from `ls-tree --long`), the size check is skipped.
 */
export async function readBlobsByOid(
  reader: ObjectReader,
  items: readonly (string | KnownBlob)[],
  maxBytes: number,
): Promise<Map<string, BlobRead>> {
  const known = new Map<string, KnownBlob>();
  const ids = new Set<string>();
  for (const item of items) {
    const oid = typeof item === 'string' ? item : item.oid;
    if (!/^[0-9a-f]{40,64}$/.test(oid)) continue;
    ids.add(oid);
    if (typeof item !== 'string') known.set(oid, item);
  }
  if (!ids.size) return new Map();
  const unique = [...ids];
  const infos =
    known.size === unique.length
      ? unique.map((oid) => ({ oid, type: 'blob', size: known.get(oid)!.size }))
      : await reader.info(unique);
  return readInfos(
    reader,
    unique.map((key, i) => ({ key, info: infos[i] })),
    maxBytes,
  );
}
