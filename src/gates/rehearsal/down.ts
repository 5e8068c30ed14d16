import type { Finding, Severity } from '../../core/finding.js';
import type { Database } from '../../db/database.js';
import { diffSnapshots, takeSnapshot } from '../../db/schema-snapshot.js';
import type { SchemaDifference, SchemaSnapshot } from '../../db/schema-snapshot.js';
import type { ParsedFile } from '../../sql/model.js';
import { layoutById } from '../migrations/layouts.js';
import { parseMigration } from '../migrations/layouts/parse-migration.js';
import { applyParsed } from './apply.js';
import type { ApplyContext } from './apply.js';
import { rehearsalFinding } from './findings.js';
import type { LayoutPlan, SourceFile } from './plan.js';

/** An up migration that applied, with the schema as it was just before it. */
export interface AppliedUp {
  source: SourceFile;
  before: SchemaSnapshot;
}

export interface DownRun {
  file: string;
  status: 'applied' | 'failed';
  ms: number;
  statements: number;
}

export interface DownResult {
  findings: Finding[];
  runs: DownRun[];
  /** Down migrations applied and compared. */
  checked: number;
}

/**
 * Each added migration's down, as its layout names it: a missing one, or one with nothing but
 * comments, is reported (severity from `rehearsal.require-down`; `off` reports nothing).
 */
export function missingDownFindings(plan: LayoutPlan, severity: Severity | 'off'): Finding[] {
  if (!plan.hasDown || severity === 'off') return [];
  const findings: Finding[] = [];
  for (const up of plan.added) {
    const down = plan.downs.get(up.file.path);
    const parsed = down ? parseDown(down) : undefined;
    if (parsed && parsed.statements.length) continue;
    const downs = layoutById(up.file.layout).down;
    const expected = downs?.expected(up.file) ?? '';
    // A down that is a section of the up file (dbmate) is empty only when its marker is there.
    const marker = downs?.sectionMarker;
    const empty = down && (!marker || marker.test(down.text));
    if (!empty && downs?.optional) {
      findings.push(optionalDownNotice(up.file.path, expected, downs.optional, severity));
      continue;
    }
    findings.push(
      rehearsalFinding('missing-down-migration', severity, {
        file: empty && down ? down.file.path : up.file.path,
        line: empty && down && marker ? lineOf(down.text, marker) : 1,
        message: empty
          ? `The down migration of ${up.file.path} has no statements (only comments or nothing), so this change cannot be rolled back with the migration tool.`
          : `${up.file.path} has no down migration (${expected}), so this change cannot be rolled back with the migration tool.`,
        help: `Write ${expected} that undoes exactly what the up migration does; the rehearsal applies it and checks that the schema returns to where it was.`,
      }),
    );
  }
  return findings;
}

/**
 * No down where the runner most teams use never runs one (Flyway Community ignores U files): asking for
 * the file would be a step that changes nothing there. Said as a notice, unless `require-down: error`
 * asks for them (a team on Flyway Teams), with what a rollback does instead.
 */
function optionalDownNotice(up: string, expected: string, why: string, severity: Severity): Finding {
  return rehearsalFinding('missing-down-migration', severity === 'error' ? 'error' : 'notice', {
    file: up,
    line: 1,
    message: `${up} has no undo migration (${expected}). ${why}, so there a rollback of this release redeploys the previous release on the schema this migration leaves: the migrations gate checks that the previous release can live with it, and the backup is the way back from what it cannot.`,
    help: `With Flyway Teams or Enterprise, write ${expected} that undoes exactly what the up migration does; the rehearsal applies it and checks that the schema returns to where it was. With Flyway Community there is nothing to write${severity === 'error' ? ' (set rehearsal.require-down: warning or off)' : ' (rehearsal.require-down: off hides this notice)'}.`,
  });
}

/**
 * Apply the down migrations newest first and compare the schema after each with the schema before its
 * up migration: any difference is a finding on that down migration listing exactly what differs.
 * The pass stops at the first down that is missing or fails, as the migration tool would.
 */
export async function checkDownMigrations(
  db: Database,
  plan: LayoutPlan,
  applied: readonly AppliedUp[],
  ctx: ApplyContext,
): Promise<DownResult> {
  const result: DownResult = { findings: [], runs: [], checked: 0 };
  // Differences a later down already left behind are not blamed again on the earlier ones.
  let inherited = new Set<string>();
  for (const { source, before } of [...applied].reverse()) {
    const down = plan.downs.get(source.file.path);
    const parsed = down ? parseDown(down) : undefined;
    if (!down || !parsed || !parsed.statements.length) break;
    const outcome = await applyParsed(parsed, ctx);
    result.runs.push({
      file: down.file.path,
      status: outcome.ok ? 'applied' : 'failed',
      ms: outcome.ms,
      statements: outcome.statements,
    });
    result.findings.push(...outcome.findings);
    if (!outcome.ok) break;
    const differences = diffSnapshots(before, await takeSnapshot(db));
    const keys = new Set(differences.map(differenceKey));
    const fresh = differences.filter((d) => !inherited.has(differenceKey(d)));
    inherited = keys;
    result.checked += 1;
    if (fresh.length) result.findings.push(mismatchFinding(parsed, source, fresh));
  }
  return result;
}

function mismatchFinding(
  down: ParsedFile,
  up: SourceFile,
  differences: readonly SchemaDifference[],
): Finding {
  const first = down.statements[0];
  const listed = differences.slice(0, 20).map(describeLeftover);
  const more = differences.length > listed.length ? `; and ${differences.length - listed.length} more` : '';
  return rehearsalFinding('down-migration-mismatch', 'error', {
    file: down.file.path,
    line: first?.line ?? 1,
    column: first?.column ?? 1,
    message: `This down migration does not undo ${up.file.path}: after it, the schema differs from before the up migration: ${listed.join('; ')}${more}.`,
    help: 'Make the down migration reverse every change of the up migration (drop what it created, restore what it dropped or altered), then re-run the rehearsal.',
  });
}

/** A difference seen from the down migration's side: what it left behind, failed to restore, or changed. */
export function describeLeftover(d: SchemaDifference): string {
  const what = `${d.kind} ${d.object}`;
  if (d.change === 'added')
    return `${what} is still there${d.after && d.after.length < 120 ? ` (${d.after})` : ''}`;
  if (d.change === 'removed')
    return `${what} is missing${d.before && d.before.length < 120 ? ` (was ${d.before})` : ''}`;
  const aspect = d.aspect ? `${d.aspect} ` : 'definition ';
  if ((d.before?.length ?? 0) > 120 || (d.after?.length ?? 0) > 120)
    return `${what}: ${aspect}is not restored`;
  return `${what}: ${aspect}is ${d.after ?? 'none'}, was ${d.before ?? 'none'}`;
}

function differenceKey(d: SchemaDifference): string {
  return `${d.kind}|${d.object}|${d.change}|${d.aspect ?? ''}|${d.after ?? ''}`;
}

function parseDown(down: SourceFile): ParsedFile {
  return parseMigration(down.file, down.text, 'down');
}

function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}
