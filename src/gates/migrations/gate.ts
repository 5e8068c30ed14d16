import { fallbackSummary, prepareFallbackReview } from '../../compat/migrations-review.js';
import type { Finding } from '../../core/finding.js';
import type { Gate, GateContext } from '../../core/gate.js';
import { docsUrl, lintParsedFiles } from './engine.js';
import type { LintedFile } from './engine.js';
import { layoutById } from './layouts.js';
import type { ParsedFile } from './model.js';
import { ensureParser, parseMigration } from './parse.js';
import { readHeadSource } from './read-source.js';
import { selectMigrations } from './select.js';
import { editedShippedMigration } from './shipped.js';

/** The migrations gate: can the previous release live with the schema these migrations leave behind? */
export const migrationsGate: Gate = {
  id: 'migrations',
  title: 'migration safety',
  async run(ctx) {
    const selection = await selectMigrations(ctx);
    const layoutNames = selection.discovery.layouts.map((id) => layoutById(id).name);
    const data = {
      migrations: {
        layouts: selection.discovery.layouts,
        files: [] as { file: string; layout: string; direction: string; class: string; statements: number }[],
      },
    };
    if (!selection.files.length) {
      const why =
        selection.mode === 'no-base'
          ? 'no base to compare with (pass --base REF, or lint files explicitly)'
          : selection.discovery.files.length
            ? `no ${layoutNames.join('/')} migration changed`
            : 'no migration files found (supported: Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate, plain SQL)';
      return { findings: [], summary: why, skipped: true, data };
    }

    await ensureParser();
    const findings: Finding[] = [];
    const parsed: ParsedFile[] = [];
    let shippedRefs: { ref: string; label: string }[] | undefined;
    // Read files concurrently (bounded), then lint them in run order.
    const sources = await mapBounded(selection.files, 32, (file) => readHeadSource(ctx, file.path));
    for (const [index, file] of selection.files.entries()) {
      const source = sources[index];
      if (!source) continue;
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
      const change = selection.changes.get(file.path);
      if (change && change.status !== 'added') {
        shippedRefs ??= await shippedRefsFor(ctx);
        const edited = await editedShippedMigration(
          ctx.git,
          shippedRefs,
          file.path,
          change.from ?? file.path,
          source.text,
        );
        if (edited) findings.push(edited);
      }
      parsed.push(parseMigration(file, source.text));
    }

    // What the live release's own code still uses (src/compat): adds its findings, marks contract statements it no longer needs as safe.
    const fallback = await prepareFallbackReview(
      ctx,
      parsed,
      selection.mode === 'explicit' ? 'explicit-files' : 'change',
    );
    const linted = lintParsedFiles(parsed, {
      config: ctx.settings.config.migrations,
      ...(fallback.review ? { review: fallback.review } : {}),
    });
    for (const l of linted) {
      findings.push(...l.findings);
      data.migrations.files.push({
        file: l.file.path,
        layout: l.file.layout,
        direction: l.file.direction,
        class: l.class,
        statements: l.statements,
      });
    }
    const summary = summarize(linted, layoutNames, findings) + fallbackSummary(fallback.data);
    return { findings, summary, data: { migrations: { ...data.migrations, fallback: fallback.data } } };
  },
};

/** Where a shipped migration's original text lives: the base, then the newest release tag before head. */
async function shippedRefsFor(ctx: GateContext): Promise<{ ref: string; label: string }[]> {
  const refs: { ref: string; label: string }[] = [];
  if (ctx.base) refs.push({ ref: ctx.base, label: `the base commit ${ctx.base.slice(0, 7)}` });
  const tags = (await ctx.git.listTags()).sort((a, b) => b.date.localeCompare(a.date));
  for (const tag of tags) {
    if (await ctx.git.isAncestor(tag.sha, ctx.head)) {
      refs.push({ ref: tag.sha, label: `release tag ${tag.name}` });
      break;
    }
  }
  return refs;
}

function summarize(
  linted: readonly LintedFile[],
  layouts: readonly string[],
  findings: readonly Finding[],
): string {
  const unreadable = findings.filter((f) => f.rule === 'unreadable-file').length;
  if (!linted.length) return `${unreadable} changed migration file(s) could not be read`;
  const contract = linted.filter((l) => l.class === 'contract').length;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const layout = layouts.length ? `${layouts.join(' + ')} layout; ` : '';
  const classes = contract ? `, ${contract} contract (breaks the previous release)` : ', all expand-safe';
  return `${layout}${linted.length} migration file(s) checked${classes}; ${errors} blocking finding(s)`;
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
