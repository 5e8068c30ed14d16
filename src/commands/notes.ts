import { UsageError } from '../core/errors.js';
import { buildReport } from '../core/report.js';
import { evaluateNote, findKnownGood } from '../gates/notes/evaluate.js';
import { findNote } from '../gates/notes/source.js';
import { noteTemplate } from '../gates/notes/template.js';
import type { GitHubAccess } from '../github/access.js';
import { nextRelease, readReleaseHistory } from '../release/history.js';
import { assertReleaseName } from '../release/names.js';
import { ReleaseGitCli } from '../release/release-git.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { NOTES_SPEC } from './specs.js';
import { assertReleaseTagsUnderstood } from './tag-family-guard.js';

const USAGE = NOTES_SPEC.usage;

/** `notes check` checks a release note; `notes draft` prints one with Release ID and Rollback filled in. */
export const notesCommand: Command = {
  ...NOTES_SPEC,
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (rest.length)
      throw new UsageError(
        `notes ${sub ?? ''} takes no arguments (got "${rest[0]}"); usage: rollback-ready ${USAGE}`,
      );
    if (sub === 'check') return notesCheck(ctx);
    if (sub === 'draft') {
      if (ctx.flags.release !== undefined || ctx.flags.file !== undefined) {
        throw new UsageError('notes draft takes no --release or --file; it prints a new note');
      }
      return notesDraft(ctx);
    }
    throw new UsageError(
      `${sub ? `unknown notes command "${sub}"` : 'notes needs a subcommand'}; usage: rollback-ready ${USAGE}`,
    );
  },
};

/** Fill in the repository from the origin remote when the environment does not name it. */
async function withRepository(
  github: GitHubAccess | undefined,
  git: ReleaseGitCli,
): Promise<GitHubAccess | undefined> {
  if (!github?.token || github.repository) return github;
  const repository = await git.originRepository();
  return repository ? { ...github, repository } : github;
}

function flag(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value`);
  return value;
}

async function notesCheck(ctx: CommandContext): Promise<CommandResult> {
  const { settings } = ctx;
  const release = flag(ctx, 'release');
  const file = flag(ctx, 'file');
  if (release !== undefined) assertReleaseName(release, '--release');
  const git = await ReleaseGitCli.open(settings.run.cwd);
  await assertReleaseTagsUnderstood(git, settings, 'notes check');
  const github = await withRepository(ctx.github, git);
  const text = await findNote({
    settings,
    root: git.root,
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    ...(github ? { github } : {}),
    log: ctx.log,
    ...(release !== undefined ? { release } : {}),
    ...(file !== undefined ? { file } : {}),
  });
  if (!text) {
    throw new UsageError(
      'no release note to check: pass --pr-body-file FILE, --file FILE or --release TAG (the action reads the pull request or release of its event)',
    );
  }
  const evaluation = await evaluateNote({
    text,
    settings,
    git,
    ...(github ? { github } : {}),
    log: ctx.log,
    now: new Date(),
  });
  const status = evaluation.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
  const rollbackTarget = evaluation.knownGood?.releaseId;
  const report = buildReport(
    evaluation.findings,
    [{ gate: 'notes', status, summary: evaluation.summary }],
    settings.run.failOn,
    {
      ...(evaluation.releaseId ? { releaseId: evaluation.releaseId } : {}),
      ...(rollbackTarget ? { rollbackTarget } : {}),
      ...(evaluation.knownGood ? { knownGoodSource: evaluation.knownGood.source } : {}),
      noteSource: text.origin,
    },
  );
  return {
    report,
    outputs: {
      ...(evaluation.releaseId ? { 'release-id': evaluation.releaseId } : {}),
      ...(rollbackTarget ? { 'rollback-target': rollbackTarget } : {}),
    },
  };
}

async function notesDraft(ctx: CommandContext): Promise<CommandResult> {
  const { settings } = ctx;
  const git = await ReleaseGitCli.open(settings.run.cwd);
  const head = await git.resolveCommit(settings.run.head);
  if (!head) throw new UsageError(`--head ${settings.run.head}: not a commit in this repository`);
  await assertReleaseTagsUnderstood(git, settings, 'notes draft');
  const github = await withRepository(ctx.github, git);
  const history = await readReleaseHistory(git, settings.config.tagging);
  const next = await nextRelease(git, history, { bump: settings.config.tagging.bump, now: new Date(), head });
  const known = await findKnownGood({ settings, history, ...(github ? { github } : {}), log: ctx.log });
  for (const f of known.findings) ctx.log.warn(f.message);
  const rollbackTarget = known.knownGood?.releaseId;
  const note = noteTemplate({
    releaseId: next.releaseId,
    rollback: rollbackTarget ?? 'none (first release)',
  });
  const from = known.knownGood
    ? `rollback target ${known.knownGood.releaseId} (from ${known.knownGood.source})`
    : 'first release';
  const report = buildReport(
    known.findings,
    [{ gate: 'notes', status: 'pass', summary: `draft for ${next.releaseId}; ${from}` }],
    settings.run.failOn,
    {
      releaseId: next.releaseId,
      ...(rollbackTarget ? { rollbackTarget } : {}),
      note,
    },
  );
  return {
    report,
    text: note,
    outputs: {
      'release-id': next.releaseId,
      ...(rollbackTarget ? { 'rollback-target': rollbackTarget } : {}),
    },
  };
}
