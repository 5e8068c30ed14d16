import { openObjectReader, readBlobsAt, readBlobsByOid } from './cat-file.js';
import type { BlobRead, KnownBlob } from './cat-file.js';
import { parseAddedLines, parseNameStatus } from './diff-output.js';
import { findFilesInTree, walkTree } from './tree-walk.js';
import type { WalkedEntry } from './tree-walk.js';
import { gitFailure, GitFailedError, NotARepositoryError, ShallowCloneError } from './errors.js';
import { gitProcess, runGit } from './run.js';
import { listWorktreeFiles } from './worktree-listing.js';

export { MAX_ADDED_LINE, parseAddedLines, parseNameStatus } from './diff-output.js';
export type { BlobRead, KnownBlob } from './cat-file.js';
export { runGit } from './run.js';

/** What the gates need from git; the CLI implementation below, fakes or temp repos in tests. */
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

/** At most this much diff text is read for added lines; a bigger diff is cut (and says so). */
export const MAX_DIFF_BYTES = 16 * 1024 * 1024;

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

export class GitCli implements GitRepo {
  private shallow: Promise<boolean> | undefined;
  private branchRefs: Promise<{ name: string; symref: string }[]> | undefined;
  /** Ancestry of two full commit ids never changes: asked once per pair. */
  private readonly ancestry = new Map<string, Promise<boolean>>();
  /** A commit's tree never changes: each full commit id (and folder) is listed once per run. */
  private readonly listings = new Map<string, Promise<TreeEntry[]>>();
  /** Every object read of the run goes through one long-running `git cat-file` (cat-file.ts, batch.ts). */
  private readonly objects: ReturnType<typeof openObjectReader>;

  private constructor(readonly root: string) {
    this.objects = openObjectReader(root);
  }

  /** Open the repository that contains `cwd`; a folder outside git is a NotARepositoryError (exit 2). */
  static async open(cwd: string): Promise<GitCli> {
    const run = await gitProcess(cwd, ['rev-parse', '--show-toplevel']).catch((error: unknown) => {
      // A cwd that does not exist cannot start any process: say what the user can fix.
      if (error instanceof GitFailedError && /ENOENT|ENOTDIR/.test(error.message))
        throw new NotARepositoryError(cwd);
      throw error;
    });
    const root = run.stdout.toString('utf8').trim();
    if (run.code !== 0 || !root) throw new NotARepositoryError(cwd);
    return new GitCli(root);
  }

  private git(args: string[], ref?: string): Promise<string> {
    return runGit(this.root, args, ref === undefined ? {} : { ref });
  }

  /**
   * Undefined only when git says the name is not a commit here (also a tag of a tree or blob); a git
   * that fails throws its type. Asked through the run's cat-file, so resolving costs no process.
   */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (!ref || /[\n\r]/.test(ref)) return undefined;
    const [info] = await this.objects.info([`${ref}^{commit}`]);
    return info?.type === 'commit' ? info.oid : undefined;
  }

  async treeId(ref: string): Promise<string | undefined> {
    if (!ref || /[\n\r]/.test(ref)) return undefined;
    const [commit, tree] = await this.objects.info([`${ref}^{commit}`, `${ref}^{tree}`]);
    return commit && tree?.type === 'tree' ? tree.oid : undefined;
  }

  /** Stop the run's cat-file (it also ends on its own with this process). */
  close(): void {
    this.objects.close();
  }

  async isShallow(): Promise<boolean> {
    this.shallow ??= this.git(['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true');
    return this.shallow;
  }

  /** No merge base in a shallow clone is not an answer (the common commit may simply not be fetched). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    // A commit is its own merge base: two names of one commit (`lint FILE` on the default branch) need
    // no process, only the run's cat-file. Anything else is git's own answer, errors included.
    if (!/[\n\r]/.test(a + b)) {
      const [one, two] = await this.objects.info([`${a}^{commit}`, `${b}^{commit}`]);
      if (one?.type === 'commit' && one.oid === two?.oid) return one.oid;
    }
    const args = ['merge-base', '--end-of-options', a, b];
    const run = await gitProcess(this.root, args);
    if (run.code === 0) return run.stdout.toString('utf8').trim() || undefined;
    if (run.code === 1 && !run.stderr.trim()) {
      if (await this.isShallow()) throw new ShallowCloneError(`what ${a} and ${b} have in common`);
      return undefined;
    }
    return rejectRun(this.root, args, run.stderr, run.code, `${a} or ${b}`);
  }

  async changedFiles(base: string, head?: string, paths?: readonly string[]): Promise<ChangedFile[]> {
    const range = head ? [base, head] : [base];
    if (paths && !paths.length) return [];
    // Literal pathspecs: a file named `*.sql` is that file, not a glob.
    const only = paths ? paths.map((path) => `:(literal)${path}`) : [];
    const out = await this.git(
      [
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--diff-filter=ACMRT',
        '--end-of-options',
        ...range,
        '--',
        ...only,
      ],
      range.join(' or '),
    );
    return parseNameStatus(out);
  }

  async changedPaths(base: string, head?: string): Promise<string[]> {
    const range = head ? [base, head] : [base];
    // --no-renames: a rename is its old path deleted and its new path added, so both are listed.
    const out = await this.git(
      ['diff', '--name-only', '-z', '--no-renames', '--end-of-options', ...range, '--'],
      range.join(' or '),
    );
    return out.split('\0').filter((p) => p !== '');
  }

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

  async listFilesAt(ref: string, under?: string): Promise<string[]> {
    return (await this.listTreeAt(ref, under)).map((e) => e.path);
  }

  async filesAt(ref: string, paths: readonly string[]): Promise<Set<string>> {
    if (!/[\n\r]/.test(ref)) {
      const [root] = await this.objects.info([`${ref}^{tree}`]);
      const found =
        root?.type === 'tree' && this.objects.persistent()
          ? await findFilesInTree(this.objects, root, paths)
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
    const infos = await this.objects.info(asked.map((path) => `:0:${path}`));
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
      const [root] = await this.objects.info([`${ref}^{tree}`]);
      const walked = root && this.objects.persistent() ? await walkTree(this.objects, root) : undefined;
      if (walked) return walked;
    }
    const out = await this.git(
      ['ls-tree', '-r', '-z', '--long', '--end-of-options', ref, ...(under ? ['--', under] : [])],
      ref,
    );
    const entries: TreeEntry[] = [];
    for (const record of out.split('\0')) {
      // `<mode> SP <type> SP <oid> SP+ <size> TAB <path>`
      const m = /^(\d{6}) (blob|commit) ([0-9a-f]{40,64}) +(\d+|-)\t([\s\S]+)$/.exec(record);
      if (m) {
        const type = m[2] as TreeEntry['type'];
        entries.push({ path: m[5]!, oid: m[3]!, type, mode: m[1]!, size: m[4] === '-' ? 0 : Number(m[4]) });
      }
    }
    return entries;
  }

  worktreeFiles(): Promise<string[]> {
    return listWorktreeFiles(this.root);
  }

  async untrackedFiles(): Promise<string[]> {
    const out = await this.git(['ls-files', '-z', '--others', '--exclude-standard']);
    return out.split('\0').filter(Boolean);
  }

  async listTags(): Promise<TagInfo[]> {
    const format = [
      '%(refname:strip=2)',
      '%(objecttype)',
      '%(*objecttype)',
      '%(*objectname)',
      '%(objectname)',
      '%(taggerdate:iso-strict)',
      '%(*committerdate:iso-strict)',
      '%(committerdate:iso-strict)',
    ].join('%00');
    const out = await this.git(['for-each-ref', `--format=${format}`, 'refs/tags']);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, type, peeledType, peeled, object, taggerDate, peeledDate, commitDate] = line.split('\0');
        const annotated = type === 'tag';
        const target = annotated ? peeledType : type;
        return {
          name: name!,
          sha: annotated ? peeled! : object!,
          annotated,
          date: (annotated ? taggerDate || peeledDate : commitDate) ?? '',
          ...(target === 'tree' || target === 'blob' || target === 'tag' ? { notACommit: target } : {}),
        };
      });
  }

  /**
   * "Yes" is always an answer; "no" is one only in a full clone. In a shallow clone the walk stops at
   * the cut, so a "no" throws ShallowCloneError instead of reading as "not on the branch".
   */
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    if (!FULL_ID.test(ancestor) || !FULL_ID.test(descendant)) return this.askAncestry(ancestor, descendant);
    // A commit is its own ancestor (the live release tagged at the base): no process needed.
    if (ancestor === descendant) return Promise.resolve(true);
    const key = `${ancestor} ${descendant}`;
    let answer = this.ancestry.get(key);
    if (!answer) {
      answer = this.askAncestry(ancestor, descendant);
      this.ancestry.set(key, answer);
    }
    return answer;
  }

  private async askAncestry(ancestor: string, descendant: string): Promise<boolean> {
    const args = ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant];
    const run = await gitProcess(this.root, args);
    if (run.code === 0) return true;
    if (run.code === 1 && !run.stderr.trim()) {
      if (await this.isShallow())
        throw new ShallowCloneError(
          `whether ${ancestor.slice(0, 12)} comes before ${descendant.slice(0, 12)}`,
        );
      return false;
    }
    return rejectRun(this.root, args, run.stderr, run.code, `${ancestor} or ${descendant}`);
  }

  /**
   * Without origin/HEAD (a repository with no clone behind it; actions/checkout's fetch does not set
   * it), the run's cat-file answers which of main and master exist. Where origin/HEAD exists, only a
   * ref listing names the branch it points at: one `for-each-ref` answers that (and `branchesNamed`).
   */
  async defaultBranch(): Promise<string | undefined> {
    const candidates = ['main', 'master'];
    const known = await this.objects.info([ORIGIN_HEAD, ...candidates.flatMap(branchRefs)]);
    if (!known[0]) {
      // A ref resolves here exactly when for-each-ref lists it (it leaves out refs to missing objects).
      return candidates.find((_, i) => known[1 + 2 * i] || known[2 + 2 * i]);
    }
    const refs = await this.branchList();
    const head = refs.find((r) => r.name === ORIGIN_HEAD)?.symref;
    if (head?.startsWith('refs/remotes/origin/')) return head.slice('refs/remotes/origin/'.length);
    for (const candidate of ['main', 'master']) {
      for (const ref of branchRefs(candidate)) if (refs.some((r) => r.name === ref)) return candidate;
    }
    return undefined;
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

  async diffAddedLines(base: string, head?: string): Promise<AddedLines> {
    const range = head ? [base, head] : [base];
    const args = [
      '-c',
      'core.quotepath=false',
      'diff',
      '-U0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '-M',
      '--diff-filter=ACMRT',
      '--end-of-options',
      ...range,
      '--',
    ];
    const run = await gitProcess(this.root, args, { maxStdout: MAX_DIFF_BYTES });
    // A diff stopped at the cap ends with a signal, not a failure: keep its whole lines.
    if (!run.truncated && run.code !== 0)
      return rejectRun(this.root, args, run.stderr, run.code, range.join(' or '));
    let text = run.stdout.toString('utf8');
    if (run.truncated) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
    return { files: parseAddedLines(text), truncated: run.truncated };
  }

  async tagsReachableFrom(commit: string): Promise<Set<string>> {
    const out = await this.git(
      ['for-each-ref', `--merged=${commit}`, '--format=%(refname:strip=2)', 'refs/tags'],
      commit,
    );
    const reachable = new Set(out.split('\n').filter(Boolean));
    // In a shallow clone a tag outside that set may only be beyond the cut: not an answer.
    if (await this.isShallow()) {
      const others = await this.git(
        ['for-each-ref', `--no-merged=${commit}`, '--format=%(refname:strip=2)', 'refs/tags'],
        commit,
      );
      if (others.trim())
        throw new ShallowCloneError(`which release tags are on the branch at ${commit.slice(0, 12)}`);
    }
    return reachable;
  }

  /** Read once per run: every local and remote-tracking branch (and where origin/HEAD points). */
  private branchList(): Promise<{ name: string; symref: string }[]> {
    this.branchRefs ??= this.git([
      'for-each-ref',
      '--format=%(refname)%00%(symref)',
      'refs/heads',
      'refs/remotes',
    ]).then((out) =>
      out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [name = '', symref = ''] = line.split('\0');
          return { name, symref };
        }),
    );
    return this.branchRefs;
  }

  /** Each name asked costs no process: the branches are listed once per run. */
  async branchesNamed(name: string): Promise<string[]> {
    const exact = new RegExp(`^refs/(heads|remotes/[^/]+)/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return (await this.branchList()).map((r) => r.name).filter((ref) => exact.test(ref));
  }

  async commitMessages(from: string | undefined, to: string, max: number): Promise<string[]> {
    const range = from ? `${from}..${to}` : to;
    const out = await this.git(
      ['log', `--max-count=${max}`, '--format=%B%x00', '--end-of-options', range, '--'],
      range,
    );
    return out
      .split('\0')
      .map((m) => m.trim())
      .filter(Boolean);
  }

  async isValidTagRef(name: string): Promise<boolean> {
    const run = await gitProcess(this.root, ['check-ref-format', `refs/tags/${name}`]);
    return run.code === 0;
  }

  async remoteUrl(name: string): Promise<string | undefined> {
    const run = await gitProcess(this.root, ['remote', 'get-url', '--end-of-options', name]);
    return run.code === 0 ? run.stdout.toString('utf8').trim() || undefined : undefined;
  }
}

const FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ORIGIN_HEAD = 'refs/remotes/origin/HEAD';

/** The typed error for a failed run (never a flattened undefined/false). */
function rejectRun(
  root: string,
  args: readonly string[],
  stderr: string,
  code: number | null,
  ref?: string,
): never {
  throw gitFailure(args, stderr || `exit ${code}`, root, ref);
}

/**
 * The full refs a branch name may live at, origin's first (a CI checkout has no local branch; a local
 * one may be stale). Never the short name: git resolves `main` to a tag `main` before the branch.
 */
export function branchRefs(name: string): string[] {
  return [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
}
