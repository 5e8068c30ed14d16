import { UsageError } from '../core/errors.js';
import { branchRefs, GitCli, runGit } from '../git/git.js';
import type { GitRepo, TagInfo } from '../git/git.js';
import { readRefListing } from '../git/ref-listing.js';
import type { RefListing } from '../git/ref-listing.js';

/** What release IDs need from git beyond GitRepo: branch names, commit messages, git's own ref check. */
export interface ReleaseGit {
  readonly root: string;
  listTags(): Promise<TagInfo[]>;
  resolveCommit(ref: string): Promise<string | undefined>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** The release branch's name and the refs that carry it here (local branch, origin's copy). */
  releaseBranch(configured?: string): Promise<ReleaseBranch | undefined>;
  /** Names of the tags whose commit is reachable from `commit` (one git call, however many tags). */
  tagsReachableFrom(commit: string): Promise<Set<string>>;
  /** Local and remote-tracking branches whose name is exactly `name` (a tag of that name is ambiguous). */
  branchesNamed(name: string): Promise<string[]>;
  /** Full messages of the commits in `from..to` (all commits up to `to` without `from`), newest first. */
  commitMessages(from: string | undefined, to: string): Promise<string[]>;
  /** `git check-ref-format refs/tags/<name>`: git's own verdict on a tag name. */
  isValidTagRef(name: string): Promise<boolean>;
  /** owner/repo of the `origin` remote, when it looks like a GitHub URL. */
  originRepository(): Promise<string | undefined>;
  /** Short names of the local and remote-tracking branches that contain the commit (for messages only). */
  branchesContaining?(commit: string): Promise<string[]>;
}

export interface ReleaseBranch {
  name: string;
  /** Resolved commits of the refs that exist (`refs/heads/<name>`, `refs/remotes/origin/<name>`). */
  tips: string[];
}

const MAX_MESSAGES = 2000;

export class ReleaseGitCli implements ReleaseGit {
  private constructor(
    private readonly repo: GitRepo,
    /** Every tag and branch, read once up front: tags, branch tips and branch names cost no process. */
    private readonly refs?: RefListing,
  ) {}

  static async open(cwd: string): Promise<ReleaseGitCli> {
    return new ReleaseGitCli(await GitCli.open(cwd));
  }

  static from(repo: GitRepo): ReleaseGitCli {
    return new ReleaseGitCli(repo);
  }

  /**
   * For a command that reads the whole release history of a real repository (`rollback plan`): all
   * refs in one `git for-each-ref` first, where the other questions would each start a process.
   */
  static async listed(repo: GitCli): Promise<ReleaseGitCli> {
    return new ReleaseGitCli(repo, await readRefListing(repo.root));
  }

  get root(): string {
    return this.repo.root;
  }

  async listTags(): Promise<TagInfo[]> {
    return this.refs ? this.refs.tags : this.repo.listTags();
  }

  /** A branch ref's commit: from the listing when it holds a plain commit there, else from git. */
  private async branchCommit(ref: string): Promise<string | undefined> {
    if (!this.refs) return this.repo.resolveCommit(ref);
    if (!this.refs.branches.has(ref)) return undefined;
    return this.refs.branches.get(ref) ?? this.repo.resolveCommit(ref);
  }

  resolveCommit(ref: string): Promise<string | undefined> {
    return this.repo.resolveCommit(ref);
  }

  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.repo.isAncestor(ancestor, descendant);
  }

  async releaseBranch(configured?: string): Promise<ReleaseBranch | undefined> {
    const names = configured ? [configured] : await this.defaultBranchNames();
    for (const name of names) {
      const tips: string[] = [];
      for (const ref of [`refs/heads/${name}`, `refs/remotes/origin/${name}`]) {
        const sha = await this.branchCommit(ref);
        if (sha && !tips.includes(sha)) tips.push(sha);
      }
      if (tips.length) return { name, tips };
    }
    return undefined;
  }

  private async defaultBranchNames(): Promise<string[]> {
    const found = this.refs ? await this.listedDefaultBranch() : await this.repo.defaultBranch();
    const names = found ? [found.replace(/^origin\//, '')] : [];
    for (const fallback of ['main', 'master']) if (!names.includes(fallback)) names.push(fallback);
    return names;
  }

  /** GitRepo.defaultBranch answered from the listing: where origin/HEAD points, else main or master. */
  private async listedDefaultBranch(): Promise<string | undefined> {
    if (this.refs?.originHead) return this.refs.originHead;
    for (const candidate of ['main', 'master'])
      for (const ref of branchRefs(candidate)) if (await this.branchCommit(ref)) return candidate;
    return undefined;
  }

  tagsReachableFrom(commit: string): Promise<Set<string>> {
    return this.repo.tagsReachableFrom(commit);
  }

  async branchesNamed(name: string): Promise<string[]> {
    if (!this.refs) return this.repo.branchesNamed(name);
    // As GitCli.branchesNamed matches them: a local branch, or a remote's branch, of exactly this name.
    const exact = new RegExp(`^refs/(heads|remotes/[^/]+)/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return [...this.refs.branches.keys()].filter((ref) => exact.test(ref));
  }

  commitMessages(from: string | undefined, to: string): Promise<string[]> {
    return this.repo.commitMessages(from, to, MAX_MESSAGES);
  }

  isValidTagRef(name: string): Promise<boolean> {
    return this.repo.isValidTagRef(name);
  }

  async branchesContaining(commit: string): Promise<string[]> {
    const out = await runGit(this.repo.root, [
      'for-each-ref',
      '--contains',
      commit,
      '--format=%(refname:short)',
      'refs/heads',
      'refs/remotes',
    ]);
    const names = out.split('\n').filter((n) => n && !n.endsWith('/HEAD') && n !== 'origin');
    // Release-like branches first: they are the ones the message is about.
    const releaseLike = (n: string) => (/release|stable|maint|hotfix/i.test(n) ? 0 : 1);
    return names.sort((a, b) => releaseLike(a) - releaseLike(b) || a.localeCompare(b));
  }

  /** Names of the tags whose commit has `commit` in its history (one git process; "yes" is exact even in a shallow clone). */
  async tagsContaining(commit: string): Promise<Set<string>> {
    const out = await runGit(this.repo.root, [
      'for-each-ref',
      `--contains=${commit}`,
      '--format=%(refname:strip=2)',
      'refs/tags',
    ]);
    return new Set(out.split('\n').filter(Boolean));
  }

  async originRepository(): Promise<string | undefined> {
    const url = await this.repo.remoteUrl('origin');
    return url === undefined ? undefined : repositoryFromRemoteUrl(url);
  }
}

/** `owner/repo` from `https://github.com/o/r.git`, `git@github.com:o/r.git` and the like. */
export function repositoryFromRemoteUrl(url: string): string | undefined {
  const m = /[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** A name the caller already checked with the pure validator; git must agree, or the run stops (exit 2). */
export async function assertGitAcceptsTag(git: ReleaseGit, name: string, label: string): Promise<void> {
  if (!(await git.isValidTagRef(name))) {
    throw new UsageError(
      `${label}: ${JSON.stringify(name)} is not a valid tag name (git check-ref-format refs/tags/${name} refuses it)`,
    );
  }
}
