import type { TreeEntry } from './git.js';
import { FULL_ID, gitAt } from './repo-context.js';
import type { RepoContext } from './repo-context.js';
import { findFilesInTree, walkTree } from './tree-walk.js';
import { listWorktreeFiles } from './worktree-listing.js';

/**
 * GitCli's questions about which files exist: in a commit's tree (read as tree objects through the
 * run's cat-file, tree-walk.ts), in the index, and in the work tree.
 */
export class TreeReads {
  /** A commit's tree never changes: each full commit id (and folder) is listed once per run. */
  private readonly listings = new Map<string, Promise<TreeEntry[]>>();

  constructor(
    private readonly repo: RepoContext,
    /** The work tree listed when the repository was opened (git-cli.ts), for the first `worktreeFiles` only. */
    private earlyWorktree?: Promise<string[]>,
  ) {}

  private git(args: string[], ref?: string): Promise<string> {
    return gitAt(this.repo.root, args, ref);
  }

  async listFilesAt(ref: string, under?: string): Promise<string[]> {
    return (await this.listTreeAt(ref, under)).map((e) => e.path);
  }

  async filesAt(ref: string, paths: readonly string[]): Promise<Set<string>> {
    if (!/[\n\r]/.test(ref)) {
      const { objects } = this.repo;
      const [root] = await objects.info([`${ref}^{tree}`]);
      const found =
        root?.type === 'tree' && objects.persistent()
          ? await findFilesInTree(objects, root, paths)
          : undefined;
      if (found) return found;
    }
    // A ref that is no commit, a missing object, an old git: the whole listing (and its error).
    const listed = new Set(await this.listFilesAt(ref));
    return new Set(paths.filter((path) => listed.has(path)));
  }

  async indexedPaths(paths: readonly string[]): Promise<Set<string>> {
    // `:0:<path>` is the index entry of stage 0 whatever the path looks like (`:1:x` alone would be stage 1).
    const asked = paths.filter((path) => !/[\n\r]/.test(path));
    const infos = await this.repo.objects.info(asked.map((path) => `:0:${path}`));
    // A name with a line break cannot be asked: counted as indexed, so callers read the whole diff.
    const indexed = new Set(paths.filter((path) => /[\n\r]/.test(path)));
    for (const [i, path] of asked.entries()) if (infos[i]) indexed.add(path);
    return indexed;
  }

  async listTreeAt(ref: string, under?: string): Promise<TreeEntry[]> {
    if (!FULL_ID.test(ref)) return this.lsTree(ref, under);
    const key = `${ref}\0${under ?? ''}`;
    let listing = this.listings.get(key);
    if (!listing) {
      listing = this.lsTree(ref, under);
      this.listings.set(key, listing);
      listing.catch(() => this.listings.delete(key));
    }
    // Callers may sort or filter what they get: each has a copy.
    return (await listing).map((e) => ({ ...e }));
  }

  /**
   * A whole tree is read as tree objects through the run's cat-file (tree-walk.ts), not by a process of
   * its own; a folder, an old git, or anything unexpected goes to `git ls-tree`.
   */
  private async lsTree(ref: string, under?: string): Promise<TreeEntry[]> {
    if (!under && !/[\n\r]/.test(ref)) {
      const { objects } = this.repo;
      const [root] = await objects.info([`${ref}^{tree}`]);
      const walked = root && objects.persistent() ? await walkTree(objects, root) : undefined;
      if (walked) return walked;
    }
    const out = await this.git(
      ['ls-tree', '-r', '-z', '--long', '--end-of-options', ref, ...(under ? ['--', under] : [])],
      ref,
    );
    const entries: TreeEntry[] = [];
    for (const record of out.split('\0')) {
      // `<mode> SP <type> SP <oid> SP+ <size> TAB <path>`
      const m = /^(\d{6}) (blob|commit) ([0-9a-f]{40,64}) +(\d+|-|BAD)\t([\s\S]+)$/.exec(record);
      // `BAD`: the blob is not in the clone, so git has no size. The file is still listed (left out, it
      // would look deleted: a false deleted-shipped-migration); reading it fails and says so.
      if (m) {
        const type = m[2] as TreeEntry['type'];
        const size = m[4] === '-' || m[4] === 'BAD' ? 0 : Number(m[4]);
        entries.push({ path: m[5]!, oid: m[3]!, type, mode: m[1]!, size });
      }
    }
    return entries;
  }

  worktreeFiles(): Promise<string[]> {
    const early = this.earlyWorktree;
    this.earlyWorktree = undefined;
    // Only the first call: the run may change the work tree later (init writes files).
    return early ?? listWorktreeFiles(this.repo.root);
  }

  async untrackedFiles(): Promise<string[]> {
    const out = await this.git(['ls-files', '-z', '--others', '--exclude-standard']);
    return out.split('\0').filter(Boolean);
  }

  async submodulePaths(ref?: string): Promise<string[]> {
    // Gitlinks are entries of mode 160000; the index (ls-files) or the tree listing names them.
    if (ref) return (await this.listTreeAt(ref)).filter((e) => e.mode === '160000').map((e) => e.path);
    const out = await this.git(['ls-files', '-z', '--stage']);
    return out
      .split('\0')
      .filter((entry) => entry.startsWith('160000 '))
      .map((entry) => entry.slice(entry.indexOf('\t') + 1));
  }
}
