import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { GateContext } from '../gates/gate.js';
import type { Report } from '../core/report.js';
import { GitCli } from '../git/git.js';
import { NoRepository } from '../git/no-repository.js';
import type { CommandContext } from './command.js';
import { prepareGateContext } from './run-gates.js';
import { isFolder } from '../gates/migrations/named-paths.js';

export interface LintRun {
  gateCtx: GateContext;
  /** The report as the user reads it: outside a repository, paths as they name the files. */
  present(report: Report): Report;
}

/**
 * The context `lint` runs in. `--each` / `--as-one-change` go to the migrations gate (lint-modes.ts);
 * files outside any repository, or outside the repository at --cwd, are linted anyway, from the disk,
 * without history (the gate says which checks that leaves out).
 */
export async function prepareLintRun(ctx: CommandContext): Promise<LintRun> {
  const files = ctx.settings.run.files;
  const filesMode = requestedMode(ctx.flags, files.length);
  const settings = filesMode ? { ...ctx.settings, run: { ...ctx.settings.run, filesMode } } : ctx.settings;
  const withSettings = { ...ctx, settings };
  const same = (report: Report) => report;
  if (!files.length)
    return {
      // Linting the change needs a base: none found is exit 2 naming the fix, never "nothing changed".
      gateCtx: await prepareGateContext(withSettings, {
        needsBase: true,
        requireBase: true,
        policyFromBase: true,
      }),
      present: same,
    };

  const cwd = settings.run.cwd;
  const fulls = files.map((entry) => (isAbsolute(entry) ? entry : resolve(cwd, entry)));
  let git: GitCli | undefined;
  try {
    // The gate reads objects (history mode) and, on the work tree, lists it (which folders hold
    // migrations): both start with the lookup of the repository. Files outside --cwd are likely outside
    // the repository, where neither is asked.
    const worktree = settings.run.worktree ?? settings.run.head === 'HEAD';
    const inside = fulls.every((full) => !isOutside(cwd, full));
    git = await GitCli.open(cwd, { objects: inside, worktree: inside && worktree });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
  }
  const why = git ? outsideRepository(git.root, files, fulls) : `${cwd} is not inside a git repository`;
  if (why === undefined) {
    const opened = git ? { git } : {};
    return {
      gateCtx: await prepareGateContext(withSettings, { needsBase: false, policyFromBase: true, ...opened }),
      present: same,
    };
  }
  for (const [i, entry] of files.entries()) {
    if (!isFile(fulls[i]!))
      throw new UsageError(
        isFolder(fulls[i]!)
          ? `${entry}: a folder (${why}, so folders are not searched for migrations); name its files, e.g. ${entry.replace(/\/+$/, '')}/*.sql`
          : `${entry}: no such file (${why}, so arguments are not matched as globs against its files)`,
      );
  }
  for (const flag of ['base', 'head'] as const) {
    const value =
      flag === 'base' ? settings.run.base : settings.run.head !== 'HEAD' ? settings.run.head : undefined;
    if (value !== undefined)
      throw new UsageError(
        `--${flag} ${value}: ${why}, so there is no commit to compare with; drop --${flag} or lint files of the repository`,
      );
  }
  // Paths stay relative to --cwd when every file is under it (layouts are recognised by their folders:
  // supabase/migrations/…); otherwise they are read relative to the file system root and shown absolute.
  const underCwd = fulls.every((full) => !isOutside(cwd, full));
  const root = underCwd ? cwd : parse(fulls[0]!).root;
  const noRepo = new NoRepository(root, why);
  return {
    gateCtx: { settings, git: noRepo, head: 'HEAD', worktree: true, log: ctx.log },
    present: underCwd ? same : (report) => withPaths(report, (path) => root + path),
  };
}

function requestedMode(
  flags: CommandContext['flags'],
  fileCount: number,
): 'each' | 'as-one-change' | undefined {
  const each = flags.each === true;
  const oneChange = flags['as-one-change'] === true;
  if (each && oneChange)
    throw new UsageError('--each and --as-one-change exclude each other; pass one of them');
  const mode = each ? 'each' : oneChange ? 'as-one-change' : undefined;
  if (mode && !fileCount)
    throw new UsageError(
      `--${mode} applies to lint FILES…; without files, lint checks the migrations changed since the base, which are one change`,
    );
  return mode;
}

/**
 * Why some given file is not a file of the repository at `root`: outside its folder, or inside a
 * repository nested in it (a checkout inside a home folder kept in git): the outer repository never
 * tracked it, so its history would call every such file new and judge a shipped history as one change.
 */
function outsideRepository(
  root: string,
  entries: readonly string[],
  fulls: readonly string[],
): string | undefined {
  const nestedAt = new Map<string, string | undefined>();
  for (const [i, full] of fulls.entries()) {
    if (!isFile(full)) continue; // a glob, matched against the repository's own files
    if (isOutside(root, full)) return `${entries[i]} is outside the repository at ${root}`;
    for (let dir = dirname(full); relative(root, dir) !== ''; dir = dirname(dir)) {
      if (!nestedAt.has(dir)) nestedAt.set(dir, existsSync(join(dir, '.git')) ? dir : undefined);
      const nested = nestedAt.get(dir);
      if (nested) return `${entries[i]} is in the repository at ${nested}, not in the one at ${root}`;
    }
  }
  return undefined;
}

function isOutside(folder: string, full: string): boolean {
  const rel = relative(folder, full);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

function isFile(full: string): boolean {
  try {
    return statSync(full, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** The report with every file path rewritten (findings and the per-file list). */
function withPaths(report: Report, rewrite: (path: string) => string): Report {
  const migrations = report.migrations as { files?: { file: string }[] } | undefined;
  return {
    ...report,
    findings: report.findings.map((f) => (f.file ? { ...f, file: rewrite(f.file) } : f)),
    ...(report.groups
      ? {
          groups: report.groups.map((g) => ({
            ...g,
            locations: g.locations.map((l) => (l.file ? { ...l, file: rewrite(l.file) } : l)),
          })),
        }
      : {}),
    ...(migrations?.files
      ? {
          migrations: {
            ...migrations,
            files: migrations.files.map((f) => ({ ...f, file: rewrite(f.file) })),
          },
        }
      : {}),
  };
}
