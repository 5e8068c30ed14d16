import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { buildReport } from '../core/report.js';
import { verifyReleaseTag } from '../gates/tagging/verify.js';
import { nextRelease, readReleaseHistory } from '../release/history.js';
import { assertReleaseName } from '../release/names.js';
import { assertGitAcceptsTag, ReleaseGitCli } from '../release/release-git.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { TAG_SPEC } from './specs.js';
import { assertReleaseTagsUnderstood } from './tag-family-guard.js';

const USAGE = TAG_SPEC.usage;

/** `tag next` prints the next release ID; `tag verify [TAG]` checks a tag or a proposed name. */
export const tagCommand: Command = {
  ...TAG_SPEC,
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    switch (sub) {
      case 'next':
        if (rest.length)
          throw new UsageError(
            `tag next takes no arguments (got "${rest[0]}"); usage: rollback-ready ${USAGE}`,
          );
        return tagNext(ctx);
      case 'verify':
        if (rest.length > 1)
          throw new UsageError(
            `tag verify takes one tag name (got ${rest.length}); usage: rollback-ready ${USAGE}`,
          );
        return tagVerify(ctx, rest[0]);
      default:
        throw new UsageError(
          `${sub ? `unknown tag command "${sub}"` : 'tag needs a subcommand'}; usage: rollback-ready ${USAGE}`,
        );
    }
  },
};

async function openRepo(ctx: CommandContext): Promise<{ git: ReleaseGitCli; head: string }> {
  const git = await ReleaseGitCli.open(ctx.settings.run.cwd);
  const ref = ctx.settings.run.head;
  const head = await git.resolveCommit(ref);
  if (!head) {
    throw new UsageError(
      ref === 'HEAD'
        ? `the repository at ${git.root} has no commits yet; commit once, then re-run`
        : `--head ${ref}: not a commit in this repository; fetch more history or pass another ref`,
    );
  }
  return { git, head };
}

async function tagNext(ctx: CommandContext): Promise<CommandResult> {
  const { settings } = ctx;
  const { git, head } = await openRepo(ctx);
  await assertReleaseTagsUnderstood(git, settings, 'tag next');
  const history = await readReleaseHistory(git, settings.config.tagging);
  if (!history.branch)
    ctx.log.debug('release branch not found: the latest release is read from all release tags');
  // A commit that already is a release gets no second name: proposing a bump would tag it twice.
  // Also a release tagged off the release branch (a release/5.3 branch's 5.3.4): HEAD has its ID already.
  const already =
    history.releases.filter((r) => r.tag.sha === head).at(-1) ??
    history.tagged.filter((r) => r.tag.sha === head && !r.id.prerelease).at(-1);
  if (already) {
    const where = already.onBranch
      ? ''
      : ` (tagged off the release branch ${history.branch?.name ?? ''})`.replace(' )', ')');
    const summary = `HEAD is already release ${already.id.name}${where}; nothing to tag`;
    const report = buildReport([], [{ gate: 'tagging', status: 'pass', summary }], settings.run.failOn, {
      currentRelease: already.id.name,
      scheme: history.scheme.id,
    });
    return { report, text: `${summary}\n` };
  }
  const next = await nextRelease(git, history, { bump: settings.config.tagging.bump, now: new Date(), head });
  const after = next.previous ? `after ${next.previous}` : 'first release';
  const summary = `${next.releaseId} (${after}; ${history.scheme.id}${history.scheme.id === 'calver' ? '' : `, ${next.bump} bump`})`;
  const report = buildReport([], [{ gate: 'tagging', status: 'pass', summary }], settings.run.failOn, {
    releaseId: next.releaseId,
    ...(next.previous ? { previousRelease: next.previous } : {}),
    bump: next.bump,
    scheme: history.scheme.id,
  });
  return { report, text: `${next.releaseId}\n`, outputs: { 'release-id': next.releaseId } };
}

async function tagVerify(ctx: CommandContext, name: string | undefined): Promise<CommandResult> {
  const { settings } = ctx;
  if (name !== undefined) assertReleaseName(name, 'tag verify');
  const { git, head } = await openRepo(ctx);
  if (name !== undefined) await assertGitAcceptsTag(git, name, 'tag verify');
  const config = settings.config.tagging;
  await assertReleaseTagsUnderstood(git, settings, 'tag verify');
  const history = await readReleaseHistory(git, config);

  let names: string[];
  if (name !== undefined) {
    names = [name];
  } else {
    names = history.tagged.filter((t) => t.tag.sha === head).map((t) => t.id.name);
    if (!names.length) {
      throw new UsageError(
        `tag verify: no release tag points at ${settings.run.head} (${head.slice(0, 7)}); name the tag or the proposed ID: rollback-ready tag verify v1.4.2`,
      );
    }
  }

  const findings: Finding[] = [];
  const summaries: string[] = [];
  let sha = head;
  for (const n of names) {
    const outcome = await verifyReleaseTag(git, history, config, { name: n, head });
    findings.push(...outcome.findings);
    summaries.push(outcome.summary);
    sha = outcome.sha;
  }
  const releaseId = names.at(-1)!;
  const status = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
  const report = buildReport(
    findings,
    [{ gate: 'tagging', status, summary: summaries.join('; ') }],
    settings.run.failOn,
    {
      releaseId,
      sha,
      scheme: history.scheme.id,
    },
  );
  return { report, outputs: { 'release-id': releaseId } };
}
