import { oneLine, UsageError } from '../core/errors.js';

/**
 * Why git could not answer, as distinct types: callers decide on the kind, never on a flattened
 * `undefined`/`false` (a shallow clone must not read as "this tag is off the release branch"). Each is
 * a UsageError: the run stops with exit 2 and one line saying what to do.
 */
export type GitErrorKind =
  'not-a-repository' | 'missing-ref' | 'shallow-clone' | 'missing-object' | 'git-failed';

export abstract class GitError extends UsageError {
  abstract readonly kind: GitErrorKind;
}

/** The folder is not inside a git work tree. */
export class NotARepositoryError extends GitError {
  readonly kind = 'not-a-repository';
  constructor(readonly cwd: string) {
    super(`${cwd} is not inside a git repository; run from the repository or pass --cwd`);
  }
}

/** A ref or object the caller named is not in this clone. */
export class MissingRefError extends GitError {
  readonly kind = 'missing-ref';
  constructor(
    readonly ref: string,
    detail = '',
  ) {
    super(
      `${ref} is not in this clone${detail ? ` (${detail})` : ''}; run "git fetch --tags" or fetch the history that contains it`,
    );
  }
}

/**
 * The clone is shallow and the answer needs history it does not have: an ancestry or merge-base
 * question whose "no" may only mean "not fetched".
 */
export class ShallowCloneError extends GitError {
  readonly kind = 'shallow-clone';
  /**
   * `question`: what git could not tell ("which tags are on the branch"); with `missing`, what is not in
   * the clone ("the merge base with main"), said so.
   */
  constructor(
    readonly question: string,
    form: 'question' | 'missing' = 'question',
  ) {
    super(
      form === 'missing'
        ? `${question} is not in this shallow clone, so there is nothing to compare the change with; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) or pass --base REF`
        : `this clone is shallow, so git cannot tell ${question}; fetch the full history (actions/checkout with fetch-depth: 0, or "git fetch --unshallow") and re-run`,
    );
  }
}

/**
 * A file's contents (a blob) are not in this clone: a partial clone (`--filter=blob:none`, actions/checkout
 * `filter:`) whose remote git could not reach to fetch them, or a damaged one. git names only the object
 * id; missing-object.ts finds the file and commit (trees are there) before the error is shown.
 */
export class MissingObjectError extends GitError {
  readonly kind = 'missing-object';
  constructor(
    readonly oid: string,
    readonly root: string,
    readonly where?: { path: string; commit: string },
  ) {
    super(
      `${where ? `${where.path} at commit ${where.commit.slice(0, 12)}` : `object ${oid.slice(0, 12)}`} cannot be read: ` +
        `this clone does not have its contents (blob ${oid.slice(0, 12)}), and git could not fetch them from the remote; ` +
        'check out the full history with its contents (actions/checkout with fetch-depth: 0 and no filter, or a git clone without --filter; ' +
        'in a shallow clone, "git fetch --unshallow") and re-run',
    );
  }
}

/** No base could be chosen at all: no --base, no pull request, and no default branch to find. */
export class NoBaseError extends UsageError {}

/** git itself failed: not installed, timed out, killed, or an error this tool does not expect. */
export class GitFailedError extends GitError {
  readonly kind = 'git-failed';
  constructor(
    readonly command: string,
    reason: string,
  ) {
    super(`git ${command} failed: ${oneLine(reason).slice(0, 400) || 'no message'}`);
  }
}

const NOT_A_REPO = /not a git repository/i;
// What git says when an object's contents are not in the clone: `unable to read <oid>` (diff, show),
// `could not fetch <oid> from promisor remote` (a partial clone whose remote is gone or refuses),
// `missing blob object '<oid>'`, `unable to read sha1 file of <path> (<oid>)`.
const MISSING_OBJECT =
  /(?:unable to read(?: sha1 file of .*? \()?|could not fetch|missing (?:blob )?object '?)\s*([0-9a-f]{40}(?:[0-9a-f]{24})?)\b/;
const MISSING =
  /unknown revision|bad revision|not a valid object name|invalid object name|bad object|ambiguous argument|not a valid commit name|no such ref|not a tree object|invalid reference/i;

/** The typed error for a git run that failed with this stderr. */
export function gitFailure(args: readonly string[], stderr: string, cwd: string, ref?: string): GitError {
  const command = args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? args[0] ?? '';
  if (NOT_A_REPO.test(stderr)) return new NotARepositoryError(cwd);
  const missing = MISSING_OBJECT.exec(stderr);
  if (missing) return new MissingObjectError(missing[1]!, cwd);
  if (ref !== undefined && MISSING.test(stderr)) return new MissingRefError(ref, firstLine(stderr));
  return new GitFailedError(command, firstLine(stderr));
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').replace(/^(fatal|error):\s*/, '').trim();
}
