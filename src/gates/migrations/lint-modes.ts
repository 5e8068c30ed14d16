import type { Finding } from '../../core/finding.js';
import type { GateContext } from '../gate.js';
import type { ChangedFile } from '../../git/git.js';
import { isNoRepository } from '../../git/no-repository.js';
import { baseFacts, givenFilePaths } from './base-facts.js';
import type { BaseFacts } from './base-facts.js';
import { docsUrl } from './engine.js';
import type { MigrationFile } from '../../sql/model.js';

/**
 * How `lint FILES…` groups the files into deploys:
 * - `history` (default): files already on the base shipped one deploy at a time, each judged against the
 *   schema the files before it left (their tables exist and hold rows); files new in this change are one
 *   change together;
 * - `each` (`--each`): every file is a deploy of its own;
 * - `as-one-change` (`--as-one-change`): all files are one change (what they create is new and empty).
 * Treating a shipped history as one change would pass "migration 2 drops the column migration 1
 * created": the default never groups files that already shipped.
 */
export const LINT_FILES_MODES = ['history', 'each', 'as-one-change'] as const;
export type LintFilesMode = (typeof LINT_FILES_MODES)[number];

/** The `mode` field of the JSON report (additive to schemaVersion 1); `description` is the line the other formats show. */
export interface ModeReport {
  name: LintFilesMode;
  chosenBy: 'default' | 'flag' | 'no-repository';
  /** The commit that tells shipped files from new ones (history mode), when there is one. */
  base: string | null;
  baseFrom: string | null;
  shippedFiles: number;
  newFiles: number;
  description: string;
}

export interface DeployPlan {
  report: ModeReport;
  /** The deploy each file shipped in: a file whose deploy differs from the one before it starts afresh. */
  deployOf: (file: MigrationFile) => string;
  /** Paths of the files judged as already shipped. */
  shipped: ReadonlySet<string>;
  /** How each file changed since the base: a shipped file edited here is flagged (edited-shipped-migration). */
  changes: ReadonlyMap<string, ChangedFile>;
  base?: string;
  findings: Finding[];
}

/** Plan the deploys of explicitly given files (in run order), from the requested mode and the repository. */
export function planDeploys(ctx: GateContext, files: readonly MigrationFile[]): Promise<DeployPlan> {
  return beginDeployPlan(ctx)(files);
}

/**
 * `planDeploys` in two steps: which commit counts as shipped does not depend on the files, so the
 * gate asks git for it at once and it overlaps selecting the files (`lint FILE` waits on both).
 */
export function beginDeployPlan(ctx: GateContext): (files: readonly MigrationFile[]) => Promise<DeployPlan> {
  const requested = ctx.settings.run.filesMode;
  const baseAsked = isNoRepository(ctx.git) || requested ? undefined : findBase(ctx);
  // The facts of the files given by name, too: the selection finds the same paths (else they are asked again).
  const given = baseAsked ? givenFilePaths(ctx) : [];
  const factsAsked =
    baseAsked && given.length
      ? { paths: new Set(given), facts: baseAsked.then((base) => base && baseFacts(ctx, base.sha, given)) }
      : undefined;
  // Awaited with the files; a failure must not surface before the selection's.
  baseAsked?.catch(() => {});
  factsAsked?.facts.catch(() => {});
  return (files) => planWith(ctx, files, baseAsked, factsAsked);
}

async function planWith(
  ctx: GateContext,
  files: readonly MigrationFile[],
  baseAsked: ReturnType<typeof findBase> | undefined,
  factsAsked: { paths: ReadonlySet<string>; facts: Promise<BaseFacts | undefined> } | undefined,
): Promise<DeployPlan> {
  const requested = ctx.settings.run.filesMode;
  if (isNoRepository(ctx.git)) {
    const name = requested ?? 'each';
    return fixedPlan(files, name, requested ? 'flag' : 'no-repository', [
      noRepositoryNotice(ctx.git.noRepository, name),
    ]);
  }
  if (requested) return fixedPlan(files, requested, 'flag', []);

  const base = await (baseAsked ?? findBase(ctx));
  if (!base) {
    const plan = fixedPlan(files, 'history', 'default', []);
    plan.report.newFiles = files.length;
    plan.report.description = `mode history: the repository has no commits, so nothing has shipped; ${files.length} new file(s) judged as one change`;
    return plan;
  }
  const paths = files.map((f) => f.path);
  const early = paths.every((path) => factsAsked?.paths.has(path)) ? await factsAsked?.facts : undefined;
  const { onBase, changes } = early ?? (await baseFacts(ctx, base.sha, paths));
  // A file renamed since the base shipped under its old name.
  const isShipped = (path: string) =>
    onBase.has(path) || (changes.get(path)?.from !== undefined && onBase.has(changes.get(path)!.from!));
  const shipped = new Set(files.filter((f) => isShipped(f.path)).map((f) => f.path));
  const fresh = files.length - shipped.size;
  const at = `${base.sha.slice(0, 7)}, ${base.from}`;
  return {
    report: {
      name: 'history',
      chosenBy: 'default',
      base: base.sha,
      baseFrom: base.from,
      shippedFiles: shipped.size,
      newFiles: fresh,
      description: `mode history (base ${at}): ${historyCounts(shipped.size, fresh)}`,
    },
    // Each shipped file is a deploy of its own; the new files are one change (no path is empty).
    deployOf: (file) => (shipped.has(file.path) ? file.path : ''),
    shipped,
    changes: new Map([...changes].filter(([path]) => shipped.has(path))),
    base: base.sha,
    findings: [],
  };
}

function historyCounts(shipped: number, fresh: number): string {
  const old = shipped ? `${shipped} file(s) on the base, judged one deploy at a time` : 'no file on the base';
  return `${old}; ${fresh ? `${fresh} new file(s), judged as one change` : 'no new file'}`;
}

function fixedPlan(
  files: readonly MigrationFile[],
  name: 'history' | 'each' | 'as-one-change',
  chosenBy: ModeReport['chosenBy'],
  findings: Finding[],
): DeployPlan & { report: ModeReport } {
  const why =
    chosenBy === 'flag'
      ? ` (--${name})`
      : chosenBy === 'no-repository'
        ? ' (no repository: nothing tells shipped files from new ones)'
        : '';
  const judged = name === 'as-one-change' ? 'judged as one change' : 'judged one deploy at a time';
  return {
    report: {
      name,
      chosenBy,
      base: null,
      baseFrom: null,
      shippedFiles: 0,
      newFiles: 0,
      description: `mode ${name}${why}: ${files.length} file(s) ${judged}`,
    },
    deployOf: name === 'each' ? (file) => file.path : () => '',
    shipped: new Set(),
    changes: new Map(),
    findings,
  };
}

/**
 * The commit whose files count as shipped: --base (or the base `check` resolved), else the pull
 * request's base or the merge base with the default branch (as `check` finds it), else HEAD itself
 * (everything committed has shipped: stricter than guessing). Undefined only in a repository without
 * commits. HEAD and the default branch are asked at once: `lint FILE` pays for these git processes.
 */
async function findBase(ctx: GateContext): Promise<{ sha: string; from: string } | undefined> {
  const { git } = ctx;
  const flag = ctx.settings.run.base;
  if (ctx.base) return { sha: ctx.base, from: flag !== undefined ? `--base ${flag}` : 'the base' };
  const pullRequestBase = ctx.pullRequest?.baseSha;
  const [head, branch, prBase] = await Promise.all([
    ctx.worktree ? git.resolveCommit('HEAD') : ctx.head,
    pullRequestBase ? undefined : git.defaultBranch(),
    pullRequestBase ? git.resolveCommit(pullRequestBase) : undefined,
  ]);
  if (!head) return undefined;
  if (prBase) return { sha: (await git.mergeBase(prBase, head)) ?? prBase, from: "the pull request's base" };
  const mergeBase = branch ? await git.mergeBase(branch, head) : undefined;
  if (mergeBase) return { sha: mergeBase, from: `merge base with ${branch}` };
  // Everything committed counts as shipped: files new on a branch are then judged one deploy each (stricter).
  const why = branch
    ? `HEAD: no merge base with ${branch} (a shallow clone? fetch with fetch-depth: 0, or pass --base)`
    : 'HEAD: no default branch to take a merge base with (pass --base)';
  return { sha: head, from: why };
}

function noRepositoryNotice(why: string, mode: LintFilesMode): Finding {
  const grouping =
    mode === 'as-one-change'
      ? 'the files were judged as one change, as --as-one-change asked'
      : 'each file was judged as its own deploy, against a database where everything it names already exists';
  return {
    gate: 'migrations',
    rule: 'no-repository',
    severity: 'notice',
    message: `${why}: there is no base, history or previous release, so these checks could not run: which files already shipped (${grouping}), whether a shipped migration was edited (edited-shipped-migration), and what the live release's code still uses. Only the statements were linted.`,
    help: 'Lint the files from inside their repository (or pass --cwd DIR) to have their history judged; pass --as-one-change if they are one change that has not shipped yet.',
    docs: docsUrl('no-repository'),
  };
}
