import type { BlobRead, KnownBlob } from './cat-file.js';
import type { WalkedEntry } from './tree-walk.js';

// The git layer's front door: the GitRepo interface every gate reads git through, its data types and,
// re-exported, the real repository (git-cli.ts) with what its callers use beside it.
export { MAX_ADDED_LINE, parseAddedLines, parseNameStatus } from './diff-output.js';
export type { BlobRead, KnownBlob } from './cat-file.js';
export { MAX_DIFF_BYTES } from './diffs.js';
export { GitCli } from './git-cli.js';
export type { OpenOptions } from './git-cli.js';
export { branchRefs } from './refs.js';
export { runGit } from './run.js';

/** What the gates need from git: GitCli (git-cli.ts) for a real repository, fakes or temp repos in tests. */
export interface GitRepo {
  /** Absolute path of the work tree root. */
  readonly root: string;
  /** Resolve a ref to a full commit SHA, or undefined when it does not exist. */
  resolveCommit(ref: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /**
   * Paths (relative to root) added, copied, modified, renamed or type-changed from `base` to `head` (or
   * the work tree). With `paths`, only those are compared: a rename from a path outside them is then not
   * seen (its new path reads as added), so pass only paths that exist at `base`, or untracked ones.
   */
  changedFiles(base: string, head?: string, paths?: readonly string[]): Promise<ChangedFile[]>;
  /**
   * Every path the change touches, deleted ones and both sides of a rename included (for "does this
   * change only touch docs?": a deleted source file is a code change). Optional: without it, callers
   * cannot tell and must assume code changed.
   */
  changedPaths?(base: string, head?: string): Promise<string[]>;
  /** File content at a ref, or undefined when the path does not exist there. */
  readFileAt(ref: string, path: string): Promise<string | undefined>;
  /** The raw bytes of a file at a ref, for content that must be checked before it is decoded. */
  readBytesAt(ref: string, path: string): Promise<Buffer | undefined>;
  /**
   * Like `readBytesAt`, but never holds more than `maxBytes` in memory: a larger file answers with
   * its size instead of its bytes.
   */
  readBytesCapped(ref: string, path: string, maxBytes: number): Promise<CappedBytes | undefined>;
  /** Files tracked at a ref, optionally under a folder. */
  listFilesAt(ref: string, under?: string): Promise<string[]>;
  /**
   * Which of `paths` `listFilesAt(ref)` would list, reading only their folders. Optional for fakes:
   * callers then list the whole tree.
   */
  filesAt?(ref: string, paths: readonly string[]): Promise<Set<string>>;
  /**
   * Which of `paths` the index holds (stage 0: tracked, staged, or added with `git add -N`): a path it
   * does not hold is in no diff against the work tree. Optional for fakes.
   */
  indexedPaths?(paths: readonly string[]): Promise<Set<string>>;
  /** Untracked files that are not ignored (new migrations not yet added), relative to root. */
  untrackedFiles(): Promise<string[]>;
  /** Every file of the work tree git knows or would add: tracked (minus deleted) plus untracked, not ignored. */
  worktreeFiles(): Promise<string[]>;
  listTags(): Promise<TagInfo[]>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /**
   * The default branch's name (`main`): the one origin/HEAD points at, else main or master when such a
   * branch (local or origin's) exists. A name, never a ref to pass to git: resolve it with `branchRefs`.
   */
  defaultBranch(): Promise<string | undefined>;
  /** Paths of the submodules (gitlinks) at a ref, or in the index for the work tree. */
  submodulePaths?(ref?: string): Promise<string[]>;
  /** Lines added from `base` to `head` (or the work tree), per file, read from `git diff -U0` up to a size cap. */
  diffAddedLines(base: string, head?: string): Promise<AddedLines>;

  // Batch reads and history questions (one git process for many answers).
  /** Files and submodules of the tree at `ref` (optionally under a folder) with their object ids. */
  listTreeAt(ref: string, under?: string): Promise<TreeEntry[]>;
  /**
   * Many files of one commit in one batch: path → bytes, or its size when over `maxBytes`. Missing
   * paths, folders and submodules are left out; a ref that is not a commit throws MissingRefError.
   */
  readBlobs(ref: string, paths: readonly string[], maxBytes: number): Promise<Map<string, BlobRead>>;
  /**
   * Blobs by object id, in one batch; ids that are not blobs here are left out. Entries of `listTreeAt`
   * (id and size known) cost one git process in all.
   */
  readBlobsByOid(objects: readonly (string | KnownBlob)[], maxBytes: number): Promise<Map<string, BlobRead>>;
  /**
   * The id of the tree a commit (or tag of one) records, or undefined when `ref` is no commit here: one
   * id for every path and byte of the release, the key of content caches. Optional for fakes.
   */
  treeId?(ref: string): Promise<string | undefined>;
  /** The clone has cut-off history (`git clone --depth`, actions/checkout's default fetch-depth: 1). */
  isShallow(): Promise<boolean>;
  /** Names of the tags whose commit is reachable from `commit` (one git call, however many tags). */
  tagsReachableFrom(commit: string): Promise<Set<string>>;
  /** Full refs (`refs/heads/x`, `refs/remotes/origin/x`) of branches named exactly `name`. */
  branchesNamed(name: string): Promise<string[]>;
  /** Full messages of the commits in `from..to` (all commits up to `to` without `from`), newest first, at most `max`. */
  commitMessages(from: string | undefined, to: string, max: number): Promise<string[]>;
  /** `git check-ref-format refs/tags/<name>`: git's own verdict on a tag name. */
  isValidTagRef(name: string): Promise<boolean>;
  /** The URL of a remote, or undefined when there is no such remote. */
  remoteUrl(name: string): Promise<string | undefined>;
}

/** One entry of `git ls-tree -r --long`. */
export interface TreeEntry extends WalkedEntry {
  /** Relative to the repository root, forward slashes. */
  path: string;
  oid: string;
  /** `blob` for files and symlinks, `commit` for a submodule. */
  type: 'blob' | 'commit';
  /** `100644`, `100755`, `120000` (symlink), `160000` (submodule). */
  mode: string;
  /** Bytes of a blob; 0 for a submodule. */
  size: number;
}

/** One added line of a diff: 1-based line number in the new file, and its text (long lines cut). */
export interface AddedLine {
  line: number;
  text: string;
}

export interface AddedLines {
  /** Repository-relative path (the new path of a rename) → its added lines, in order. */
  files: Map<string, AddedLine[]>;
  /** True when the diff was larger than the cap and only its beginning was read. */
  truncated: boolean;
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'type-changed';
  /** The old path of a rename or copy. */
  from?: string;
}

export type CappedBytes = { bytes: Buffer } | { tooLarge: true; size: number };

export interface TagInfo {
  name: string;
  /** The commit the tag points at (peeled). */
  sha: string;
  annotated: boolean;
  /** Tagger date for annotated tags, committer date otherwise (ISO 8601). */
  date: string;
  /** Set when the tag points at something other than a commit (`git tag t HEAD^{tree}`): then `sha` is no commit. */
  notACommit?: 'tree' | 'blob' | 'tag';
}
