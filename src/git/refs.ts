import { ShallowCloneError } from './errors.js';
import type { TagInfo } from './git.js';
import { FULL_ID, gitAt, rejectRun } from './repo-context.js';
import type { RepoContext } from './repo-context.js';
import { gitProcess } from './run.js';

const ORIGIN_HEAD = 'refs/remotes/origin/HEAD';

/**
 * The full refs a branch name may live at, origin's first (a CI checkout has no local branch; a local
 * one may be stale). Never the short name: git resolves `main` to a tag `main` before the branch.
 */
export function branchRefs(name: string): string[] {
  return [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
}

/**
 * GitCli's questions about names and history: commits and trees by name, tags, branches, ancestry, the
 * merge base. A "no" that a shallow clone cannot give is a ShallowCloneError, never a plain false.
 */
export class Refs {
  private shallow: Promise<boolean> | undefined;
  private branchRefs: Promise<{ name: string; symref: string }[]> | undefined;
  /** Ancestry of two full commit ids never changes: asked once per pair. */
  private readonly ancestry = new Map<string, Promise<boolean>>();

  constructor(private readonly repo: RepoContext) {}

  private git(args: string[], ref?: string): Promise<string> {
    return gitAt(this.repo.root, args, ref);
  }

  /**
   * Undefined only when git says the name is not a commit here (also a tag of a tree or blob); a git
   * that fails throws its type. Asked through the run's cat-file, so resolving costs no process.
   */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (!ref || /[\n\r]/.test(ref)) return undefined;
    const [info] = await this.repo.objects.info([`${ref}^{commit}`]);
    return info?.type === 'commit' ? info.oid : undefined;
  }

  async treeId(ref: string): Promise<string | undefined> {
    if (!ref || /[\n\r]/.test(ref)) return undefined;
    const [commit, tree] = await this.repo.objects.info([`${ref}^{commit}`, `${ref}^{tree}`]);
    return commit && tree?.type === 'tree' ? tree.oid : undefined;
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
      const [one, two] = await this.repo.objects.info([`${a}^{commit}`, `${b}^{commit}`]);
      if (one?.type === 'commit' && one.oid === two?.oid) return one.oid;
    }
    const args = ['merge-base', '--end-of-options', a, b];
    const run = await gitProcess(this.repo.root, args);
    if (run.code === 0) return run.stdout.toString('utf8').trim() || undefined;
    if (run.code === 1 && !run.stderr.trim()) {
      if (await this.isShallow()) throw new ShallowCloneError(`what ${a} and ${b} have in common`);
      return undefined;
    }
    return rejectRun(this.repo.root, args, run.stderr, run.code, `${a} or ${b}`);
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
    const run = await gitProcess(this.repo.root, args);
    if (run.code === 0) return true;
    if (run.code === 1 && !run.stderr.trim()) {
      if (await this.isShallow())
        throw new ShallowCloneError(
          `whether ${ancestor.slice(0, 12)} comes before ${descendant.slice(0, 12)}`,
        );
      return false;
    }
    return rejectRun(this.repo.root, args, run.stderr, run.code, `${ancestor} or ${descendant}`);
  }

  /**
   * Without origin/HEAD (a repository with no clone behind it; actions/checkout's fetch does not set
   * it), the run's cat-file answers which of main and master exist. Where origin/HEAD exists, only a
   * ref listing names the branch it points at: one `for-each-ref` answers that (and `branchesNamed`).
   */
  async defaultBranch(): Promise<string | undefined> {
    const candidates = ['main', 'master'];
    const known = await this.repo.objects.info([ORIGIN_HEAD, ...candidates.flatMap(branchRefs)]);
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

  /** git's "no" is exit 1; any other failure is a GitError, never a name called invalid. */
  async isValidTagRef(name: string): Promise<boolean> {
    const args = ['check-ref-format', `refs/tags/${name}`];
    const run = await gitProcess(this.repo.root, args);
    if (run.code === 0) return true;
    if (run.code === 1) return false;
    return rejectRun(this.repo.root, args, run.stderr, run.code);
  }

  /**
   * "No such remote" (exit 2; 128 with that message before git 2.30) is undefined; any other failure (a
   * broken config) is a GitError, never "no remote".
   */
  async remoteUrl(name: string): Promise<string | undefined> {
    const args = ['remote', 'get-url', '--end-of-options', name];
    const run = await gitProcess(this.repo.root, args);
    if (run.code === 0) return run.stdout.toString('utf8').trim() || undefined;
    if (run.code === 2 || /no such remote/i.test(run.stderr)) return undefined;
    return rejectRun(this.repo.root, args, run.stderr, run.code);
  }
}
