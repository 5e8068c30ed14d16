import type { AddedLines, BlobRead, CappedBytes, ChangedFile, GitRepo, TagInfo, TreeEntry } from './git.js';

/**
 * Files linted where there is no repository to read history from (`lint FILE` outside git, or outside the
 * repository at --cwd). Paths are relative to `root`, files are read from the disk (`worktree: true`),
 * and every question about history fails loudly instead of answering "nothing": a gate that asked would
 * otherwise pass what it never compared. `lint-modes.ts` asks none of them here and says so in a notice.
 */
export class NoRepository implements GitRepo {
  constructor(
    readonly root: string,
    /** Why there is no repository, for the notice: "not inside a git repository", "outside the repository at …". */
    readonly noRepository: string,
  ) {}

  private refuse(what: string): never {
    throw new Error(`${what}: ${this.noRepository}, so there is no history to read`);
  }

  resolveCommit(): Promise<string | undefined> {
    return this.refuse('resolving a commit');
  }
  mergeBase(): Promise<string | undefined> {
    return this.refuse('finding a merge base');
  }
  changedFiles(): Promise<ChangedFile[]> {
    return this.refuse('listing changed files');
  }
  readFileAt(): Promise<string | undefined> {
    return this.refuse('reading a file at a commit');
  }
  readBytesAt(): Promise<Buffer | undefined> {
    return this.refuse('reading a file at a commit');
  }
  readBytesCapped(): Promise<CappedBytes | undefined> {
    return this.refuse('reading a file at a commit');
  }
  listFilesAt(): Promise<string[]> {
    return this.refuse('listing files at a commit');
  }
  untrackedFiles(): Promise<string[]> {
    return this.refuse('listing untracked files');
  }
  /** `lint-files.ts` accepts only existing files here: globs are matched against a repository's files. */
  worktreeFiles(): Promise<string[]> {
    return this.refuse('listing the files to match a glob');
  }
  listTags(): Promise<TagInfo[]> {
    return this.refuse('listing tags');
  }
  isAncestor(): Promise<boolean> {
    return this.refuse('comparing commits');
  }
  defaultBranch(): Promise<string | undefined> {
    return this.refuse('finding the default branch');
  }
  diffAddedLines(): Promise<AddedLines> {
    return this.refuse('reading a diff');
  }
  listTreeAt(): Promise<TreeEntry[]> {
    return this.refuse('listing files at a commit');
  }
  readBlobs(): Promise<Map<string, BlobRead>> {
    return this.refuse('reading files at a commit');
  }
  readBlobsByOid(): Promise<Map<string, BlobRead>> {
    return this.refuse('reading files at a commit');
  }
  isShallow(): Promise<boolean> {
    return this.refuse('asking whether the history is complete');
  }
  tagsReachableFrom(): Promise<Set<string>> {
    return this.refuse('listing tags');
  }
  branchesNamed(): Promise<string[]> {
    return this.refuse('listing branches');
  }
  commitMessages(): Promise<string[]> {
    return this.refuse('reading commit messages');
  }
  isValidTagRef(): Promise<boolean> {
    return this.refuse('checking a tag name');
  }
  remoteUrl(): Promise<string | undefined> {
    return this.refuse('reading a remote');
  }
}

export function isNoRepository(git: GitRepo): git is NoRepository {
  return git instanceof NoRepository;
}
