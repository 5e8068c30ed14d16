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
  listTags(): Promise<TagInfo[]>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** The default branch as the remote knows it (origin/HEAD), else main/master when present. */
  defaultBranch(): Promise<string | undefined>;
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
      return (await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
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
    const out = await this.git(['diff', '--name-status', '-z', '-M', '--diff-filter=ACMRT', '--end-of-options', ...range, '--']);
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
      return { tooLarge: true, size: Number((await this.git(['cat-file', '-s', '--end-of-options', spec])).trim()) };
    } catch {
      return undefined;
    }
  }

  async listFilesAt(ref: string, under?: string): Promise<string[]> {
    const out = await this.git(['ls-tree', '-r', '-z', '--name-only', '--end-of-options', ref, ...(under ? ['--', under] : [])]);
    return out.split('\0').filter(Boolean);
  }

  async untrackedFiles(): Promise<string[]> {
    const out = await this.git(['ls-files', '-z', '--others', '--exclude-standard']);
    return out.split('\0').filter(Boolean);
  }

  async listTags(): Promise<TagInfo[]> {
    const format = ['%(refname:strip=2)', '%(objecttype)', '%(*objectname)', '%(objectname)', '%(taggerdate:iso-strict)', '%(*committerdate:iso-strict)', '%(committerdate:iso-strict)'].join('%00');
    const out = await this.git(['for-each-ref', `--format=${format}`, 'refs/tags']);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, type, peeled, object, taggerDate, peeledDate, commitDate] = line.split('\0');
        const annotated = type === 'tag';
        return {
          name: name!,
          sha: annotated ? peeled! : object!,
          annotated,
          date: (annotated ? taggerDate || peeledDate : commitDate) ?? '',
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
      if (ref) return ref.replace(/^refs\/remotes\//, '');
    } catch {
      // no remote HEAD: fall back to local names
    }
    for (const candidate of ['main', 'master']) {
      if (await this.resolveCommit(`refs/heads/${candidate}`)) return candidate;
    }
    return undefined;
  }
}

export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0').filter((p) => p !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
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
    child.on('close', (code) => resolvePromise(over ? 'too-large' : code === 0 ? Buffer.concat(chunks) : undefined));
  });
}

function runGitBytes(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: MAX_GIT_OUTPUT, encoding: 'buffer', env: gitEnv() },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args[0]} failed: ${stderr.toString('utf8').trim() || error.message}`));
        else resolvePromise(stdout);
      },
    );
  });
}
