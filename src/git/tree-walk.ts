import type { ObjectInfo, ObjectReader } from './batch.js';

/** One file of a tree, as `git ls-tree -r --long` lists it (git.ts re-exports it as TreeEntry). */
export interface WalkedEntry {
  path: string;
  oid: string;
  type: 'blob' | 'commit';
  mode: string;
  size: number;
}

interface RawEntry {
  mode: string;
  name: string;
  oid: string;
}

/**
 * Every file of a tree, read as tree objects through the run's cat-file (one round trip per level of
 * folders, one for the sizes of the files) instead of a `git ls-tree -r --long` process. The same
 * entries in the same order (depth first, in git's tree order), modes as git prints them. Undefined when
 * anything is not as expected (an object missing from a partial clone, an unknown mode): the caller
 * then asks `git ls-tree`, which says what is wrong.
 */
export async function walkTree(reader: ObjectReader, root: ObjectInfo): Promise<WalkedEntry[] | undefined> {
  const rawLength = root.oid.length / 2;
  const trees = new Map<string, RawEntry[]>();
  const sizes = new Map<string, number>();
  let level: ObjectInfo[] = [root];
  while (level.length) {
    const contents = await reader.contents(level);
    const subtrees = new Set<string>();
    const blobs = new Set<string>();
    for (let i = 0; i < level.length; i++) {
      const entries = parseTree(contents[i]!, rawLength);
      if (!entries) return undefined;
      trees.set(level[i]!.oid, entries);
      for (const e of entries) {
        if (e.mode === TREE) {
          if (!trees.has(e.oid)) subtrees.add(e.oid);
        } else if (e.mode !== GITLINK) blobs.add(e.oid);
      }
    }
    const asked = [...subtrees, ...[...blobs].filter((oid) => !sizes.has(oid))];
    const infos = await reader.info(asked);
    const next: ObjectInfo[] = [];
    for (let i = 0; i < asked.length; i++) {
      const info = infos[i];
      if (!info) return undefined;
      if (info.type === 'tree') next.push(info);
      else if (info.type === 'blob') sizes.set(info.oid, info.size);
      else return undefined;
    }
    level = next;
  }
  const out: WalkedEntry[] = [];
  const visit = (oid: string, prefix: string): boolean => {
    for (const e of trees.get(oid) ?? []) {
      const path = prefix + e.name;
      if (e.mode === TREE) {
        if (!visit(e.oid, `${path}/`)) return false;
      } else if (e.mode === GITLINK) out.push({ path, oid: e.oid, type: 'commit', mode: e.mode, size: 0 });
      else {
        const size = sizes.get(e.oid);
        if (size === undefined) return false;
        out.push({ path, oid: e.oid, type: 'blob', mode: e.mode, size });
      }
    }
    return true;
  };
  return visit(root.oid, '') ? out : undefined;
}

/**
 * Which of `paths` are files (or submodules) of the tree `root`, as `walkTree` would list them, reading
 * only the folders on their way (one round trip per level): `lint FILE` asks whether one migration
 * shipped, which does not need every file of the release sized. Undefined when an object is missing or
 * not as expected: the caller then lists the whole tree, which says what is wrong.
 */
export async function findFilesInTree(
  reader: ObjectReader,
  root: ObjectInfo,
  paths: readonly string[],
): Promise<Set<string> | undefined> {
  const rawLength = root.oid.length / 2;
  // Per folder on the way, the names asked in it: only their entries are kept (a migrations folder
  // holds thousands).
  const wanted = new Map<string, Set<string>>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      const names = wanted.get(folder) ?? new Set<string>();
      wanted.set(folder, names.add(parts[i]!));
    }
  }
  const trees = new Map<string, Map<string, RawEntry>>();
  let level: { folder: string; info: ObjectInfo }[] = [{ folder: '', info: root }];
  while (level.length) {
    const contents = await reader.contents(level.map((l) => l.info));
    const next: { folder: string; oid: string }[] = [];
    for (const [i, { folder }] of level.entries()) {
      const entries = parseTree(contents[i]!, rawLength, wanted.get(folder));
      if (!entries) return undefined;
      trees.set(folder, new Map(entries.map((e) => [e.name, e])));
      for (const e of entries) {
        const sub = folder ? `${folder}/${e.name}` : e.name;
        if (e.mode === TREE && wanted.has(sub)) next.push({ folder: sub, oid: e.oid });
      }
    }
    const infos = await reader.info(next.map((n) => n.oid));
    level = [];
    for (const [i, { folder }] of next.entries()) {
      const info = infos[i];
      if (info?.type !== 'tree') return undefined;
      level.push({ folder, info });
    }
  }
  // A folder that is not in the tree (or is a file there) holds none of the paths.
  const found = new Set<string>();
  for (const path of paths) {
    const cut = path.lastIndexOf('/');
    const entry = trees.get(cut === -1 ? '' : path.slice(0, cut))?.get(path.slice(cut + 1));
    if (entry && entry.mode !== TREE) found.add(path);
  }
  return found;
}

const TREE = '040000';
const GITLINK = '160000';

/**
 * `<octal mode> SP <name> NUL <raw id>` records; modes made canonical as git does (canon_mode). With
 * `keep`, only the entries of those names (every record is still checked).
 */
function parseTree(bytes: Buffer, rawLength: number, keep?: ReadonlySet<string>): RawEntry[] | undefined {
  const entries: RawEntry[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const space = bytes.indexOf(0x20, pos);
    const nul = space === -1 ? -1 : bytes.indexOf(0, space + 1);
    if (nul === -1 || nul + 1 + rawLength > bytes.length) return undefined;
    const mode = canonicalMode(bytes.toString('latin1', pos, space));
    if (!mode) return undefined;
    const name = bytes.toString('utf8', space + 1, nul);
    if (!keep || keep.has(name))
      entries.push({ mode, name, oid: bytes.toString('hex', nul + 1, nul + 1 + rawLength) });
    pos = nul + 1 + rawLength;
  }
  return entries;
}

function canonicalMode(octal: string): string | undefined {
  if (!/^[0-7]{5,6}$/.test(octal)) return undefined;
  const mode = parseInt(octal, 8);
  switch (mode & 0o170000) {
    case 0o040000:
      return TREE;
    case 0o100000:
      return mode & 0o100 ? '100755' : '100644';
    case 0o120000:
      return '120000';
    case 0o160000:
      return GITLINK;
    default:
      return undefined;
  }
}
