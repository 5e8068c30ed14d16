import type { FallbackData, PreparedReview } from './fallback/migrations-review.js';
import type { Finding } from '../../core/finding.js';
import type { Gate } from '../gate.js';
import { docsUrl, lintParsedFiles } from './engine.js';
import type { LintedFile } from './engine.js';
import { layoutById } from './layouts.js';
import { beginDeployPlan } from './lint-modes.js';
import type { DeployPlan } from './lint-modes.js';
import type { MigrationFile } from '../../sql/model.js';
import { openParseStore, parseMigrations } from './parse-store.js';
import { findFileParses, lintInTurn } from './lint-in-turn.js';
import { readHeadSource, whyUnreadable } from './read-source.js';
import { assertKnownRuleIds } from './rule-config.js';
import { withRunnerVersions } from './runner-config.js';
import { selectMigrations } from './select.js';
import type { Selection } from './select.js';
import { deletedShippedFindings } from './deleted.js';
import { skippedFileFindings } from './skipped.js';
import { versionCollisionFindings } from './duplicates.js';
import { uncheckedChangeFinding } from './other-sql.js';
import { listed } from './named-paths.js';
import { editedShippedMigration } from './shipped.js';
import { otherDatabaseNotices } from './other-databases.js';
import { judgedRelease, previousRelease, shippedRefsFor } from './previous-release.js';
import type { PreviousRelease } from './previous-release.js';

/** The migrations gate: can the previous release live with the schema these migrations leave behind? */
export const migrationsGate: Gate = {
  id: 'migrations',
  title: 'migration safety',
  async run(ctx) {
    assertKnownRuleIds(ctx.settings.config.migrations, ctx.settings.run.configFile);
    // `lint FILES…`: which commit counts as shipped is asked of git while the files are selected.
    const planFor = ctx.settings.run.files.length ? beginDeployPlan(ctx) : undefined;
    const selection = await selectMigrations(ctx);
    const layoutNames = selection.discovery.layouts.map((id) => layoutById(id).name);
    const data = {
      migrations: {
        layouts: selection.discovery.layouts,
        files: [] as {
          file: string;
          layout: string;
          direction: string;
          class: string;
          statements: number;
          shipped?: boolean;
        }[],
      },
    };
    const unreachable = selection.submodules.map(({ path, glob }): Finding => ({
      gate: 'migrations',
      rule: 'unreadable-file',
      severity: 'error',
      file: path,
      message: `Cannot lint these migrations: migrations.paths (${glob}) reaches into ${path}, a git submodule that this change updates; its files belong to another repository and were not read.`,
      help: "Lint the migrations in the submodule's own repository (run rollback-ready there) and narrow migrations.paths so it names no submodule, or copy the migrations into this repository.",
      docs: docsUrl('unreadable-file'),
    }));
    // The release before the change, chosen once (previous-release.ts) for every check that compares
    // with it; the choice is reported whenever one of them asked for it.
    const judged: Promise<PreviousRelease>[] = [];
    const previousAt = (base: string) => {
      const answer = previousRelease(ctx, base);
      judged.push(answer);
      return answer;
    };
    // Shipped migrations deleted or renamed away, files their runner passes over by name, and changed
    // files that may change the database but that no layout lints: never silently "no migration changed".
    const history = [
      // A tag on the change itself, or after it, never had the files the change deleted: not "the release".
      ...(await deletedShippedFindings(ctx, selection.deleted, selection.changes, async () => {
        const previous = ctx.base ? await previousAt(ctx.base) : undefined;
        return previous?.kind === 'release'
          ? { ref: previous.ref, label: `release tag ${previous.tag}` }
          : undefined;
      })),
      ...skippedFileFindings(selection.skipped),
      ...(await versionCollisionFindings(ctx, selection)),
      ...selection.unchecked.map(uncheckedChangeFinding),
    ];
    // Migrations of another database (MySQL, ClickHouse) in the change: said, never linted as Postgres.
    const others = otherDatabaseNotices(selection.otherDatabase);
    if (!selection.files.length && (unreachable.length || history.length)) {
      const previous = await judgedRelease(judged);
      return {
        findings: [...unreachable, ...history, ...previous.findings, ...others],
        summary: [
          ...(unreachable.length
            ? [`${unreachable.length} changed submodule(s) with migrations could not be read`]
            : []),
          ...historyClauses(selection),
          ...previous.clauses,
        ].join('; '),
        data: { migrations: { ...data.migrations, ...previous.data } },
      };
    }
    if (!selection.files.length) {
      const why =
        selection.mode === 'no-base'
          ? 'no base to compare with (pass --base REF, or lint files explicitly)'
          : selection.discovery.files.length
            ? `no ${layoutNames.join('/')} migration changed`
            : 'no migration files found (supported: Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate, plain SQL)';
      return { findings: others, summary: why, skipped: true, data };
    }

    const findings: Finding[] = [...unreachable, ...history, ...others];
    const sources: { file: MigrationFile; text: string }[] = [];
    let shippedRefs: { ref: string; label: string; release?: boolean }[] | undefined;
    const explicit = selection.mode === 'explicit';
    // Which given files already shipped (git processes): asked while the files are read.
    const planning = explicit && planFor ? planFor(selection.files) : undefined;
    planning?.catch(() => {}); // awaited below; a failure must not surface before the read does
    // Read files concurrently (bounded), then lint them in run order.
    const texts = await mapBounded(selection.files, 32, (file) => readHeadSource(ctx, file.path));
    // `lint FILES…`: parses from the content store when these texts were linted together before (the
    // parser is then never loaded), else the parser loads while git answers (lint-in-turn.ts).
    const fileParses = explicit
      ? findFileParses(
          selection.files.flatMap((file, i) => {
            const read = texts[i];
            return read && !('problem' in read) ? [{ file, text: read.text }] : [];
          }),
          openParseStore(),
        )
      : undefined;
    const plan: DeployPlan | undefined = await planning;
    if (plan) findings.push(...plan.findings);
    const changes = plan?.changes ?? selection.changes;
    for (const [index, file] of selection.files.entries()) {
      // A changed migration that cannot be read was not checked: that blocks, it is never skipped.
      const source = texts[index] ?? { problem: whyUnreadable(ctx, file.path) };
      if ('problem' in source) {
        findings.push({
          gate: 'migrations',
          rule: 'unreadable-file',
          severity: 'error',
          file: file.path,
          message: `Cannot lint this migration: ${source.problem}.`,
          docs: docsUrl('unreadable-file'),
        });
        continue;
      }
      const change = changes.get(file.path);
      if (change && change.status !== 'added') {
        shippedRefs ??= await shippedRefsFor(plan?.base ?? ctx.base, previousAt);
        const edited = await editedShippedMigration(
          ctx.git,
          shippedRefs,
          file.path,
          change.from ?? file.path,
          source.text,
        );
        if (edited) findings.push(edited);
      }
      sources.push({ file, text: source.text });
    }

    // How Prisma and the Supabase CLI send a file depends on their version: read it from the lockfile.
    const config = await withRunnerVersions(ctx, ctx.settings.config.migrations, selection.files);
    let linted: LintedFile[];
    let fallback: PreparedReview;
    let fallbackClause = '';
    if (explicit) {
      // The live release is not compared with: that replays the whole history and scans code; its
      // module is not even loaded.
      linted = await lintInTurn(sources, fileParses!, config, plan?.deployOf);
      fallback = { data: EXPLICIT_FILES };
    } else {
      // What the live release's own code still uses (src/gates/migrations/fallback, reading src/schema-sources): adds its findings, marks contract
      // statements it no longer needs as safe. It needs every changed file parsed before linting. Parses
      // come from the content cache when these files were parsed before (docs/caching.md).
      const parsed = await parseMigrations(sources, openParseStore());
      const compat = await import('./fallback/migrations-review.js');
      fallback = await compat.prepareFallbackReview(ctx, parsed, previousAt);
      fallbackClause = compat.fallbackSummary(fallback.data);
      findings.push(...(fallback.findings ?? []));
      linted = lintParsedFiles(parsed, { config, ...(fallback.review ? { review: fallback.review } : {}) });
    }
    for (const l of linted) {
      findings.push(...l.findings);
      data.migrations.files.push({
        file: l.file.path,
        layout: l.file.layout,
        direction: l.file.direction,
        class: l.class,
        statements: l.statements,
        ...(plan?.base ? { shipped: plan.shipped.has(l.file.path) } : {}),
      });
    }
    const previous = await judgedRelease(judged);
    findings.push(...previous.findings);
    const summary =
      (plan ? `${plan.report.description}; ` : '') +
      summarize(linted, layoutNames, findings) +
      historyClauses(selection)
        .map((c) => `; ${c}`)
        .join('') +
      excludedClause(selection.excluded) +
      fallbackClause +
      previous.clauses.map((c) => `; ${c}`).join('');
    return {
      findings,
      summary,
      data: {
        migrations: { ...data.migrations, fallback: fallback.data, ...previous.data },
        ...(plan ? { mode: plan.report } : {}),
      },
    };
  },
};

/** What the summary says about files that left the migrations or never joined them. */
function historyClauses(selection: Pick<Selection, 'deleted' | 'skipped' | 'unchecked'>): string[] {
  return [
    ...(selection.deleted.length
      ? [`${selection.deleted.length} shipped migration(s) deleted or renamed away`]
      : []),
    ...(selection.skipped.length
      ? [`${selection.skipped.length} .sql file(s) in a migrations folder that never run`]
      : []),
    ...(selection.unchecked.length
      ? [`${selection.unchecked.length} changed file(s) that may change the database not checked`]
      : []),
  ];
}

/** Comparing with the live release replays the whole history and scans code: that belongs to checking a change. */
const EXPLICIT_FILES: FallbackData = {
  sources: [],
  codeFiles: 0,
  conservative: true,
  findings: 0,
  skipped: 'explicit files: compare with the live release by linting the change',
};

/** Files named one by one that migrations.exclude left out: said, never silently dropped. */
function excludedClause(excluded: readonly string[]): string {
  if (!excluded.length) return '';
  return `; ${excluded.length} named file(s) left out by migrations.exclude: ${listed(excluded)}`;
}

function summarize(
  linted: readonly LintedFile[],
  layouts: readonly string[],
  findings: readonly Finding[],
): string {
  const unreadable = findings.filter((f) => f.rule === 'unreadable-file').length;
  if (!linted.length) return `${unreadable} changed migration file(s) could not be read`;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const layout = layouts.length ? `${layouts.join(' + ')} layout; ` : '';
  return `${layout}${linted.length} migration file(s) checked${classesClause(linted, errors)}; ${errors} blocking finding(s)`;
}

/**
 * What the files' classes (the engine's one decision, classify.ts) say, never more: "expand-safe" only
 * when every file is expand and nothing blocks; a file of class unknown is counted as such.
 */
export function classesClause(
  linted: readonly (Pick<LintedFile, 'class'> & { findings?: readonly Finding[] })[],
  errors: number,
): string {
  const count = (c: LintedFile['class']) => linted.filter((l) => l.class === c).length;
  const [contract, unknown] = [count('contract'), count('unknown')];
  if (!contract && !unknown) return errors ? ', all expand' : ', all expand-safe';
  // "Breaks" only when a contract finding blocks; a contract change seen only by warnings is said as such.
  const breaks = linted.some((l) =>
    l.findings?.some((f) => f.class === 'contract' && f.severity === 'error'),
  );
  const contractWhy = breaks
    ? 'breaks the previous release'
    : 'may affect the previous release: see its warnings';
  const parts = [
    ...(contract ? [`${contract} contract (${contractWhy})`] : []),
    ...(unknown ? [`${unknown} not classified as expand or contract (check by hand)`] : []),
  ];
  return `, ${parts.join(', ')}`;
}

/** `Promise.all` over items with at most `limit` in flight, keeping order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
