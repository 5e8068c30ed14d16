import { execFile, spawn } from 'node:child_process';
import { UsageError } from '../core/errors.js';

/** What the gates need from git; the CLI implementation below, fakes or temp repos in tests. */
export interface GitRepo {
  /** Absolute path of the work tree root. */
  readonly root: string;
  /** Resolve a ref to a full commit SHA, or undefined when it does not exist. */
  resolveCommit(ref: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** Paths (relative to root) added, copied, modified, renamed or type-changed from `base` to `head` (or the work tree). */
  changedFiles(base: string, head?: string): Promise<ChangedFile[]>;
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
  /** Whether this is a shallow clone (its history is cut off). */
  isShallow?(): Promise<boolean>;
  /** Paths of the submodules (gitlinks) at a ref, or in the index for the work tree. */
  submodulePaths?(ref?: string): Promise<string[]>;
  /** Lines added from `base` to `head` (or the work tree), per file, read from `git diff -U0` up to a size cap. */
  diffAddedLines(base: string, head?: string): Promise<AddedLines>;
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
/** Added lines longer than this (minified bundles, data) are cut to it. */
export const MAX_ADDED_LINE = 2000;

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

const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

export class GitCli implements GitRepo {
  private constructor(readonly root: string) {}

  /** Open the repository that contains `cwd`; a folder outside git is a usage error. */
  static async open(cwd: string): Promise<GitCli> {
    try {
      const root = (await runGit(cwd, ['rev-parse', '--show-toplevel'])).trim();
      return new GitCli(root);
    } catch {
      throw new UsageError(`${cwd} is not inside a git repository; run from the repository or pass --cwd`);
    }
  }

  private git(args: string[]): Promise<string> {
    return runGit(this.root, args);
  }

  async resolveCommit(ref: string): Promise<string | undefined> {
    try {
      return (
        await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
      ).trim();
    } catch {
      return undefined;
    }
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await this.git(['merge-base', '--end-of-options', a, b])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  async changedFiles(base: string, head?: string): Promise<ChangedFile[]> {
    const range = head ? [base, head] : [base];
    const out = await this.git([
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--diff-filter=ACMRT',
      '--end-of-options',
      ...range,
      '--',
    ]);
    return parseNameStatus(out);
  }

  async readFileAt(ref: string, path: string): Promise<string | undefined> {
    try {
      return await this.git(['show', '--end-of-options', `${ref}:${path}`]);
    } catch {
      return undefined;
    }
  }

  async readBytesAt(ref: string, path: string): Promise<Buffer | undefined> {
    try {
      return await runGitBytes(this.root, ['show', '--end-of-options', `${ref}:${path}`]);
    } catch {
      return undefined;
    }
  }

  async readBytesCapped(ref: string, path: string, maxBytes: number): Promise<CappedBytes | undefined> {
    const spec = `${ref}:${path}`;
    const read = await streamGit(this.root, ['show', '--end-of-options', spec], maxBytes);
    if (read !== 'too-large') return read && { bytes: read };
    try {
      return {
        tooLarge: true,
        size: Number((await this.git(['cat-file', '-s', '--end-of-options', spec])).trim()),
      };
    } catch {
      return undefined;
    }
  }

  async listFilesAt(ref: string, under?: string): Promise<string[]> {
    const out = await this.git([
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      '--end-of-options',
      ref,
      ...(under ? ['--', under] : []),
    ]);
    return out.split('\0').filter(Boolean);
  }

  async worktreeFiles(): Promise<string[]> {
    const [listed, deleted] = await Promise.all([
      this.git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
      this.git(['ls-files', '-z', '--deleted']),
    ]);
    const gone = new Set(deleted.split('\0').filter(Boolean));
    return [...new Set(listed.split('\0').filter((p) => p && !gone.has(p)))];
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

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
      return true;
    } catch {
      return false;
    }
  }

  async defaultBranch(): Promise<string | undefined> {
    try {
      const ref = (await this.git(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])).trim();
      if (ref.startsWith('refs/remotes/origin/')) return ref.slice('refs/remotes/origin/'.length);
    } catch {
      // no remote HEAD: fall back to the usual names
    }
    for (const candidate of ['main', 'master']) {
      for (const ref of branchRefs(candidate)) if (await this.resolveCommit(ref)) return candidate;
    }
    return undefined;
  }

  async submodulePaths(ref?: string): Promise<string[]> {
    // Gitlinks are entries of mode 160000; the index (ls-files) or the tree (ls-tree) lists them.
    const out = await this.git(
      ref ? ['ls-tree', '-r', '-z', '--end-of-options', ref] : ['ls-files', '-z', '--stage'],
    );
    return out
      .split('\0')
      .filter((entry) => entry.startsWith('160000 '))
      .map((entry) => entry.slice(entry.indexOf('\t') + 1));
  }

  async isShallow(): Promise<boolean> {
    try {
      return (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    } catch {
      return false;
    }
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
    const read = await streamGitPrefix(this.root, args, MAX_DIFF_BYTES);
    if (!read) throw new Error('git diff failed');
    const parsed = parseAddedLines(read.text);
    return { files: parsed, truncated: read.truncated };
  }
}

/**
 * The full refs a branch name may live at, origin's first (a CI checkout has no local branch; a local
 * one may be stale). Never the short name: git resolves `main` to a tag `main` before the branch.
 */
export function branchRefs(name: string): string[] {
  return [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
}

/** Undo git's C-style quoting of a path (`"a\tb"`), used for names with unusual characters. */
function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Added lines per file from `git diff -U0` output (new paths; `/dev/null` targets are skipped). */
export function parseAddedLines(diff: string): Map<string, AddedLine[]> {
  const files = new Map<string, AddedLine[]>();
  let current: AddedLine[] | undefined;
  let inHunk = false;
  let next = 0;
  for (const raw of diff.split('\n')) {
    if (raw.startsWith('diff --git ')) {
      current = undefined;
      inHunk = false;
      continue;
    }
    if (!inHunk) {
      if (raw.startsWith('+++ ')) {
        const target = raw.slice(4).replace(/\t$/, '');
        if (target === '/dev/null') current = undefined;
        else {
          const path = unquoteGitPath(target).replace(/^b\//, '');
          current = files.get(path) ?? [];
          files.set(path, current);
        }
        continue;
      }
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      inHunk = true;
      next = Number(hunk[1]);
      continue;
    }
    if (!inHunk || !current) continue;
    if (raw.startsWith('+')) {
      const text = raw.slice(1);
      current.push({ line: next, text: text.length > MAX_ADDED_LINE ? text.slice(0, MAX_ADDED_LINE) : text });
      next += 1;
    } else if (raw.startsWith(' ')) next += 1;
  }
  return files;
}

/** Read at most `maxBytes` of git's output (cut at the last whole line), stopping git when more comes. */
function streamGitPrefix(
  cwd: string,
  args: string[],
  maxBytes: number,
): Promise<{ text: string; truncated: boolean } | undefined> {
  return new Promise((resolvePromise) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    let length = 0;
    let truncated = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (truncated) return;
      if (length + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - length));
        length = maxBytes;
        truncated = true;
        child.kill();
        return;
      }
      chunks.push(chunk);
      length += chunk.length;
    });
    child.on('error', () => resolvePromise(undefined));
    child.on('close', (code) => {
      if (!truncated && code !== 0) return resolvePromise(undefined);
      let text = Buffer.concat(chunks).toString('utf8');
      if (truncated) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
      resolvePromise({ text, truncated });
    });
  });
}

export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0').filter((p) => p !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const code = parts[i++]!;
    const kind = code[0];
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++]!;
      const path = parts[i++]!;
      files.push({ path, from, status: kind === 'R' ? 'renamed' : 'copied' });
    } else {
      const path = parts[i++]!;
      const status = kind === 'A' ? 'added' : kind === 'T' ? 'type-changed' : 'modified';
      files.push({ path, status });
    }
  }
  return files;
}

/** Run git without a shell; arguments never pass through one. */
export async function runGit(cwd: string, args: string[]): Promise<string> {
  return (await runGitBytes(cwd, args)).toString('utf8');
}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** Stream git's output, stopping it once more than `maxBytes` came: a huge blob is never buffered whole. */
function streamGit(cwd: string, args: string[], maxBytes: number): Promise<Buffer | 'too-large' | undefined> {
  return new Promise((resolvePromise) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    let length = 0;
    let over = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (over) return;
      length += chunk.length;
      if (length > maxBytes) {
        over = true;
        chunks.length = 0;
        child.kill();
        return;
      }
      chunks.push(chunk);
    });
    child.on('error', () => resolvePromise(undefined));
    child.on('close', (code) =>
      resolvePromise(over ? 'too-large' : code === 0 ? Buffer.concat(chunks) : undefined),
    );
  });
}

function runGitBytes(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: MAX_GIT_OUTPUT, encoding: 'buffer', env: gitEnv() },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`git ${args[0]} failed: ${stderr.toString('utf8').trim() || error.message}`));
        else resolvePromise(stdout);
      },
    );
  });
}
