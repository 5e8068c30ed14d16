import { realpathSync } from 'node:fs';
import { openObjectReader, readBlobsAt, readBlobsByOid } from './cat-file.js';
import type { BlobRead, KnownBlob } from './cat-file.js';
import { changedFiles, changedPaths, changesBetween, diffAddedLines } from './diffs.js';
import { GitFailedError, NotARepositoryError } from './errors.js';
import type { AddedLines, CappedBytes, ChangedFile, GitRepo, TagInfo, TreeEntry } from './git.js';
import { Refs } from './refs.js';
import type { RunObjectReader } from './repo-context.js';
import { gitProcess } from './run.js';
import { TreeReads } from './tree-reads.js';
import { listWorktreeFiles } from './worktree-listing.js';

/**
 * What the caller knows the run will ask, so those git processes start together with the lookup of the
 * repository instead of one after another (each start is several milliseconds `lint FILE` waits on).
 */
export interface OpenOptions {
  /** Objects will be read (a commit resolved, a file read at a commit): start the run's cat-file now. */
  objects?: boolean;
  /** The work tree will be listed (`worktreeFiles`): list it now; the first call takes the answer. */
  worktree?: boolean;
}

/** Processes started before the repository's root was known, from the caller's folder. */
interface EarlyStart {
  objects: RunObjectReader;
  worktree: Promise<string[]> | undefined;
}

/**
 * The GitRepo of a real repository, through the git CLI. Its questions are answered by three parts:
 * names and history (refs.ts), which files exist (tree-reads.ts) and diffs (diffs.ts); every object
 * read of the run goes through one long-running `git cat-file` (cat-file.ts, batch.ts).
 */
export class GitCli implements GitRepo {
  private readonly objects: RunObjectReader;
  private readonly refs: Refs;
  private readonly trees: TreeReads;

  private constructor(
    readonly root: string,
    early?: EarlyStart,
  ) {
    this.objects = early?.objects ?? openObjectReader(root);
    const repo = { root, objects: this.objects };
    this.refs = new Refs(repo);
    this.trees = new TreeReads(repo, early?.worktree);
  }

  /** Open the repository that contains `cwd`; a folder outside git is a NotARepositoryError (exit 2). */
  static async open(cwd: string, options: OpenOptions = {}): Promise<GitCli> {
    const lookup = gitProcess(cwd, ['rev-parse', '--show-toplevel']);
    const early = options.objects || options.worktree ? startEarly(cwd, options) : undefined;
    const run = await lookup.catch((error: unknown) => {
      early?.objects.close();
      // A cwd that does not exist cannot start any process: say what the user can fix.
      if (error instanceof GitFailedError && /ENOENT|ENOTDIR/.test(error.message))
        throw new NotARepositoryError(cwd);
      throw error;
    });
    const root = run.stdout.toString('utf8').trim();
    // Started from `cwd`, they answer as if from the root only when `cwd` is the root (git names paths
    // relative to where it runs): the usual case. From a subfolder they are dropped and started anew.
    const keep = run.code === 0 && !!root && early !== undefined && isFolder(cwd, root);
    if (!keep) early?.objects.close();
    if (run.code !== 0 || !root) throw new NotARepositoryError(cwd);
    return new GitCli(root, keep ? early : undefined);
  }

  /** Stop the run's cat-file (it also ends on its own with this process). */
  close(): void {
    this.objects.close();
  }

  // Names and history (refs.ts).
  resolveCommit(ref: string): Promise<string | undefined> {
    return this.refs.resolveCommit(ref);
  }
  treeId(ref: string): Promise<string | undefined> {
    return this.refs.treeId(ref);
  }
  isShallow(): Promise<boolean> {
    return this.refs.isShallow();
  }
  mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.refs.mergeBase(a, b);
  }
  listTags(): Promise<TagInfo[]> {
    return this.refs.listTags();
  }
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.refs.isAncestor(ancestor, descendant);
  }
  defaultBranch(): Promise<string | undefined> {
    return this.refs.defaultBranch();
  }
  tagsReachableFrom(commit: string): Promise<Set<string>> {
    return this.refs.tagsReachableFrom(commit);
  }
  branchesNamed(name: string): Promise<string[]> {
    return this.refs.branchesNamed(name);
  }
  commitMessages(from: string | undefined, to: string, max: number): Promise<string[]> {
    return this.refs.commitMessages(from, to, max);
  }
  isValidTagRef(name: string): Promise<boolean> {
    return this.refs.isValidTagRef(name);
  }
  remoteUrl(name: string): Promise<string | undefined> {
    return this.refs.remoteUrl(name);
  }

  // Which files exist (tree-reads.ts).
  listFilesAt(ref: string, under?: string): Promise<string[]> {
    return this.trees.listFilesAt(ref, under);
  }
  filesAt(ref: string, paths: readonly string[]): Promise<Set<string>> {
    return this.trees.filesAt(ref, paths);
  }
  indexedPaths(paths: readonly string[]): Promise<Set<string>> {
    return this.trees.indexedPaths(paths);
  }
  listTreeAt(ref: string, under?: string): Promise<TreeEntry[]> {
    return this.trees.listTreeAt(ref, under);
  }
  worktreeFiles(): Promise<string[]> {
    return this.trees.worktreeFiles();
  }
  untrackedFiles(): Promise<string[]> {
    return this.trees.untrackedFiles();
  }
  submodulePaths(ref?: string): Promise<string[]> {
    return this.trees.submodulePaths(ref);
  }

  // Diffs (diffs.ts).
  changedFiles(base: string, head?: string, paths?: readonly string[]): Promise<ChangedFile[]> {
    if (head !== undefined && paths === undefined)
      return this.changesBetween(base, head).then((c) => c.files);
    return changedFiles(this.root, base, head, paths);
  }
  changedPaths(base: string, head?: string): Promise<string[]> {
    if (head !== undefined) return this.changesBetween(base, head).then((c) => c.paths);
    return changedPaths(this.root, base, head);
  }
  /** Two commits never change: their one diff is kept for the run (the work tree's is asked afresh). */
  private readonly diffs = new Map<string, Promise<{ files: ChangedFile[]; paths: string[] }>>();
  private changesBetween(base: string, head: string) {
    const key = `${base}\0${head}`;
    let diff = this.diffs.get(key);
    if (!diff) {
      diff = changesBetween(this.root, base, head);
      this.diffs.set(key, diff);
    }
    return diff;
  }
  diffAddedLines(base: string, head?: string): Promise<AddedLines> {
    return diffAddedLines(this.root, base, head);
  }

  // File contents, through the run's cat-file (cat-file.ts).
  async readFileAt(ref: string, path: string): Promise<string | undefined> {
    return (await this.readBytesAt(ref, path))?.toString('utf8');
  }
  async readBytesAt(ref: string, path: string): Promise<Buffer | undefined> {
    const read = (await this.readBlobs(ref, [path], Number.MAX_SAFE_INTEGER)).get(path);
    return read && 'bytes' in read ? read.bytes : undefined;
  }
  async readBytesCapped(ref: string, path: string, maxBytes: number): Promise<CappedBytes | undefined> {
    const read = (await this.readBlobs(ref, [path], maxBytes)).get(path);
    if (!read) return undefined;
    return 'bytes' in read ? { bytes: read.bytes } : { tooLarge: true, size: read.size };
  }
  readBlobs(ref: string, paths: readonly string[], maxBytes: number): Promise<Map<string, BlobRead>> {
    return readBlobsAt(this.objects, ref, paths, maxBytes);
  }
  readBlobsByOid(objects: readonly (string | KnownBlob)[], maxBytes: number): Promise<Map<string, BlobRead>> {
    return readBlobsByOid(this.objects, objects, maxBytes);
  }
}

function startEarly(cwd: string, options: OpenOptions): EarlyStart {
  const objects = openObjectReader(cwd);
  if (options.objects) objects.warm();
  const worktree = options.worktree ? listWorktreeFiles(cwd) : undefined;
  // Unused when `cwd` is no repository (or a subfolder of one): its failure is not this run's error.
  worktree?.catch(() => {});
  return { objects, worktree };
}

/** `path` names the folder `real` (git's root is a real path; `cwd` may go through a symlink). */
function isFolder(path: string, real: string): boolean {
  try {
    return realpathSync.native(path) === real;
  } catch {
    return false;
  }
}
