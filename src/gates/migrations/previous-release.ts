import type { Finding } from '../../core/finding.js';
import type { GitRepo } from '../../git/git.js';
import type { NearRelease, ReleasesAround } from '../../release/release-before.js';
import type { GateContext } from '../gate.js';
import type { MigrationsConfig } from './config.js';
import { discoverMigrations } from './discover.js';
import { docsUrl } from './engine.js';
import { migrationIdentitiesAt, migrationName } from './migration-identity.js';
import type { MigrationIdentity } from './migration-identity.js';
import { listed } from './named-paths.js';
import { readHeadSource } from './read-source.js';

export const PREVIOUS_RELEASE_UNCLEAR = 'previous-release-unclear';

/**
 * The release a change is judged against — what "new since the release", deleted-shipped-migration,
 * edited-shipped-migration and the fallback review compare with. One choice for all of them.
 */
export type PreviousRelease =
  | {
      kind: 'release';
      tag: string;
      /** The tag's commit. */
      ref: string;
      date?: string;
      /** Not in the base's history: on a release branch, or tagged after the base. */
      forked: boolean;
      /** Which release and why, in one sentence for the report. */
      why: string;
    }
  | { kind: 'none'; why: string }
  /** The newest release has migrations this change's history lacks: nothing may be judged against a guess. */
  | { kind: 'unclear'; why: string; finding: Finding };

const asked = new WeakMap<GitRepo, Map<string, Promise<PreviousRelease>>>();

/**
 * The newest release (under `tagging:`, on `tagging.release-branch` when set) that is neither tagged on
 * nor after the change. When it is not in the base's history (harbor and formbricks tag on release
 * branches forked from main, while main's own newest tag is years old), it is used only if every
 * migration it has is in the base or the change; else the choice is unclear and that blocks. Asked once
 * per base and head in a run.
 */
export function previousRelease(ctx: GateContext, base: string): Promise<PreviousRelease> {
  const config = ctx.settings.config;
  const key = JSON.stringify([base, ctx.head, ctx.worktree, config.tagging, config.migrations]);
  let perRepo = asked.get(ctx.git);
  if (!perRepo) asked.set(ctx.git, (perRepo = new Map()));
  let answer = perRepo.get(key);
  if (!answer) {
    answer = choose(ctx, base);
    perRepo.set(key, answer);
  }
  return answer;
}

async function choose(ctx: GateContext, base: string): Promise<PreviousRelease> {
  // Loaded on first need: `lint FILE` of a new file never asks which release came before.
  const { releasesAround } = await import('../../release/release-before.js');
  const around = await releasesAround(ctx.git, { base, head: ctx.head, naming: ctx.settings.config.tagging });
  const newest = around.newest;
  if (!newest) return { kind: 'none', why: noReleaseWhy(around) };
  const notes = notesOn(around);
  if (around.relation === 'in-base')
    return release(newest, false, `${newest.name}, the newest release in the base's history${notes}`);
  const where = await whereIs(ctx.git, around, newest, base);
  const missing = await migrationsNotIn(ctx, newest.sha, base);
  if (!missing.length) {
    const older = around.inBase ? `; ${around.inBase.name}, the newest in the base's history, is older` : '';
    return release(
      newest,
      true,
      `${newest.name}, the newest release: ${where}, and every migration it has is in this change's history${older}${notes}`,
    );
  }
  const finding = unclearFinding(around, newest, where, missing);
  return { kind: 'unclear', why: finding.message, finding };
}

/** Where a shipped migration's original text lives: the base, then the release before the change. */
export async function shippedRefsFor(
  base: string | undefined,
  previousAt: (base: string) => Promise<PreviousRelease>,
): Promise<{ ref: string; label: string; release?: boolean }[]> {
  if (!base) return [];
  const refs: { ref: string; label: string; release?: boolean }[] = [
    { ref: base, label: `the base commit ${base.slice(0, 7)}` },
  ];
  const previous = await previousAt(base);
  if (previous.kind === 'release')
    refs.push({ ref: previous.ref, label: `release tag ${previous.tag}`, release: true });
  return refs;
}

/**
 * What the report says about the release the change was judged against: a summary clause, the JSON
 * field `migrations.previousRelease`, and the blocking finding when the choice was unclear (once).
 * A choice that failed was already reported by the check that asked for it.
 */
export async function judgedRelease(
  judged: readonly Promise<PreviousRelease>[],
): Promise<{ findings: Finding[]; clauses: string[]; data: { previousRelease?: object } }> {
  const answers = (await Promise.allSettled(judged)).flatMap((r) =>
    r.status === 'fulfilled' ? [r.value] : [],
  );
  const unique = [...new Set(answers)];
  const first = unique[0];
  if (!first) return { findings: [], clauses: [], data: {} };
  const findings = unique.flatMap((a) => (a.kind === 'unclear' ? [a.finding] : []));
  const clause =
    first.kind === 'release'
      ? `judged against ${first.why}`
      : first.kind === 'none'
        ? first.why
        : 'the release before the change is unclear (previous-release-unclear)';
  const data =
    first.kind === 'release'
      ? { kind: first.kind, tag: first.tag, sha: first.ref, forked: first.forked, why: first.why }
      : { kind: first.kind, why: first.why };
  return { findings, clauses: [clause], data: { previousRelease: data } };
}

/** A release as the fallback checks compare with it (the shape of fallback/fallback.ts's FallbackRelease). */
export interface ComparedRelease {
  /** Commit to read its code from. */
  ref: string;
  /** The tag, or `the base commit abc1234` when there is no release before the change. */
  label: string;
  tag?: string;
  date?: string;
  forked?: boolean;
}

/** The chosen release as the fallback checks compare with it; no release: the base commit itself. */
export function comparedRelease(
  previous: Exclude<PreviousRelease, { kind: 'unclear' }>,
  base: string,
): ComparedRelease {
  if (previous.kind === 'none') return { ref: base, label: `the base commit ${base.slice(0, 7)}` };
  return {
    ref: previous.ref,
    label: previous.tag,
    tag: previous.tag,
    ...(previous.date ? { date: previous.date } : {}),
    ...(previous.forked ? { forked: true } : {}),
  };
}

function release(tag: NearRelease, forked: boolean, why: string): PreviousRelease {
  return {
    kind: 'release',
    tag: tag.name,
    ref: tag.sha,
    ...(tag.date ? { date: tag.date } : {}),
    forked,
    why,
  };
}

/** Where a release outside the base's history is, for messages. */
async function whereIs(
  git: GitRepo,
  around: ReleasesAround,
  tag: NearRelease,
  base: string,
): Promise<string> {
  if (around.relation === 'after-base')
    return `tagged after the base commit ${base.slice(0, 7)} (its history has the base, not this change)`;
  const { branchesHolding } = await import('../../release/release-before.js');
  const branches = await branchesHolding(git, tag.sha);
  const on = branches.length ? `on ${branches.join(', ')}` : 'on no branch of this clone';
  return `tagged ${on}, which left the base's history at ${around.forkPoint!.slice(0, 7)}`;
}

function notesOn(around: ReleasesAround): string {
  const notes: string[] = [];
  if (around.ofTheChange.length)
    notes.push(`not ${listed(around.ofTheChange)}, tagged on or after this change (its own release)`);
  if (around.releaseBranch && !around.releaseBranch.found)
    notes.push(
      `tagging.release-branch ${around.releaseBranch.name} is not in this clone, so tags on every branch were read`,
    );
  return notes.length ? ` (${notes.join('; ')})` : '';
}

function noReleaseWhy(around: ReleasesAround): string {
  const own = around.ofTheChange.length
    ? `; only ${listed(around.ofTheChange)}, tagged on or after this change`
    : '';
  const others = around.otherTags.count
    ? ` (${around.otherTags.count} other tag(s), such as ${around.otherTags.example}: set tagging.prefix or tagging.scheme to the family production releases are tagged with)`
    : '';
  const branch = around.releaseBranch ? ` on ${around.releaseBranch.name}` : '';
  return `no release before this change: no tag${branch} is a release of the scheme ${around.scheme}${others}${own}`;
}

/** The up migrations of the release that neither the base nor the change has, by path, migration name or content. */
async function migrationsNotIn(ctx: GateContext, releaseRef: string, base: string): Promise<string[]> {
  const config = ctx.settings.config.migrations;
  const ran = await migrationIdentitiesAt(ctx.git, releaseRef, config);
  if (!ran.length) return [];
  const later = [
    ...(await migrationIdentitiesAt(ctx.git, base, config)),
    ...(ctx.worktree
      ? await worktreeMigrations(ctx, config)
      : await migrationIdentitiesAt(ctx.git, ctx.head, config)),
  ];
  const paths = new Set(later.map((f) => f.path));
  const names = new Set(later.map((f) => migrationName(f.path)));
  const oids = new Set(later.flatMap((f) => (f.oid ? [f.oid] : [])));
  const has = (f: MigrationIdentity) =>
    paths.has(f.path) || names.has(migrationName(f.path)) || (!!f.oid && oids.has(f.oid));
  return ran.filter((f) => !has(f)).map((f) => f.path);
}

/** The work tree's up migrations (a local run: a file not yet committed counts), by path. */
async function worktreeMigrations(ctx: GateContext, config: MigrationsConfig): Promise<MigrationIdentity[]> {
  const found = await discoverMigrations(await ctx.git.worktreeFiles(), config, async (path) => {
    if (path.endsWith('.sql')) return undefined;
    const source = await readHeadSource(ctx, path);
    return source && 'text' in source ? source.text : undefined;
  });
  return found.files.filter((f) => f.direction === 'up').map((f) => ({ path: f.path }));
}

function unclearFinding(
  around: ReleasesAround,
  newest: NearRelease,
  where: string,
  missing: readonly string[],
): Finding {
  const stale = around.inBase
    ? ` The newest release in the base's history, ${around.inBase.name}, is older; judging against it would call migrations production already ran new.`
    : '';
  const help =
    around.relation === 'after-base'
      ? `Update this branch with the branch it is based on (merge or rebase), so it has every migration ${newest.name} ran.`
      : `Bring ${listed(missing)} into this branch's history under the same name (merge the release branch back, or cherry-pick it), so the change has every migration ${newest.name} ran. If ${newest.name} is not a production release, set tagging.release-branch to the branch production releases are tagged on.`;
  return {
    gate: 'migrations',
    rule: PREVIOUS_RELEASE_UNCLEAR,
    severity: 'error',
    message:
      `Cannot tell which release this change is judged against: the newest release, ${newest.name}, is ${where}, ` +
      `and has ${missing.length} migration(s) that neither the base nor this change has (${listed(missing)}), ` +
      `so what is new since the release, whether a deleted or edited migration shipped, and what the release's code still uses cannot be judged.${stale}`,
    help,
    docs: docsUrl(PREVIOUS_RELEASE_UNCLEAR),
  };
}
