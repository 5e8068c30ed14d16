import type { Finding } from '../../core/finding.js';
import { toServerError } from '../../db/database.js';
import type { ServerError } from '../../db/database.js';
import type { ParsedFile, ParsedStatement } from '../../sql/model.js';
import { SourcePositions } from '../../sql/positions.js';
import type { RunnerModel } from '../migrations/runners.js';
import { layoutById } from '../migrations/layouts.js';
import type { ApplyContext, ApplyResult } from './apply.js';
import { failure, isConnectionLoss, resetSession, rollback } from './apply.js';

/**
 * Apply a file the way a runner that does not go statement by statement sends it: the whole file as one
 * simple query (Prisma before 7.4.0, golang-migrate, dbmate), or each `--> statement-breakpoint` chunk as
 * one query inside one transaction (Drizzle). Postgres then decides what runs in an implicit transaction,
 * exactly as in production. A failure is placed by the server's position, else by replaying the
 * statements inside a transaction that is rolled back, to find the one that fails.
 */
export async function applyGrouped(
  parsed: ParsedFile,
  ctx: ApplyContext,
  runner: RunnerModel,
  started: number,
): Promise<ApplyResult> {
  const { db } = ctx;
  const findings: Finding[] = [];
  const done = (ok: boolean): ApplyResult => ({
    ok,
    ms: Date.now() - started,
    statements: parsed.statements.length,
    findings,
  });
  const chunks = runner.send === 'per-chunk' ? breakpointChunks(parsed) : [wholeFile(parsed)];
  const wrap = runner.send === 'per-chunk' && !parsed.statements.some((s) => s.kind === 'TransactionStmt');
  try {
    if (wrap) await db.exec('BEGIN');
    for (const chunk of chunks) {
      if (!chunk.text.trim()) continue;
      ctx.deadline.check();
      try {
        await db.exec(chunk.text);
      } catch (raw) {
        ctx.deadline.check();
        const error = toServerError(raw);
        if (isConnectionLoss(error)) throw error;
        await rollback(db);
        const culprit = await locate(parsed, ctx, chunk, error);
        findings.push(failure(parsed, culprit.statement, error, ctx, culprit.position ?? 0));
        return done(false);
      }
    }
    if (wrap) await db.exec('COMMIT');
    return done(true);
  } finally {
    await resetSession(db);
  }
}

interface Chunk {
  text: string;
  /** Character offset of the chunk in parsed.text, when the chunk is a slice of it. */
  offset: number | undefined;
}

function wholeFile(parsed: ParsedFile): Chunk {
  // dbmate's file holds both sections: send the up (or down) section's statements, as dbmate does.
  if (layoutById(parsed.file.layout).down?.sectionMarker)
    return { text: parsed.statements.map((s) => `${s.text};`).join('\n'), offset: undefined };
  return { text: parsed.text, offset: 0 };
}

/** drizzle-orm's readMigrationFiles: `query.split('--> statement-breakpoint')`. */
function breakpointChunks(parsed: ParsedFile): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = 0;
  for (const text of parsed.text.split('--> statement-breakpoint')) {
    chunks.push({ text, offset });
    offset += text.length + '--> statement-breakpoint'.length;
  }
  return chunks;
}

/** The statement that failed: the one holding the server's position, else the first to fail on a replay. */
async function locate(
  parsed: ParsedFile,
  ctx: ApplyContext,
  chunk: Chunk,
  error: ServerError,
): Promise<{ statement: ParsedStatement; position?: number }> {
  const statements = parsed.statements;
  if (error.position && chunk.offset !== undefined) {
    const positions = new SourcePositions(parsed.text);
    const at = positions.at(positions.byteOfCharIndex(chunk.offset + error.position - 1));
    const holder = [...statements]
      .reverse()
      .find((s) => s.line < at.line || (s.line === at.line && s.column <= at.column));
    if (holder) return { statement: holder, position: relativePosition(holder, at) };
  }
  try {
    await ctx.db.exec('BEGIN');
    for (const statement of statements) {
      if (statement.kind === 'TransactionStmt') continue;
      try {
        await ctx.db.exec(statement.text);
      } catch {
        return { statement };
      }
    }
  } catch {
    // the replay is only a way to point at a line; the error itself is already known
  } finally {
    await rollback(ctx.db);
  }
  return { statement: statements[0]! };
}

/** The server's position as a 1-based character offset into the statement's own text. */
function relativePosition(
  statement: ParsedStatement,
  at: { line: number; column: number },
): number | undefined {
  const lines = statement.text.split('\n');
  const index = at.line - statement.line;
  if (index < 0 || index >= lines.length) return undefined;
  const before = lines.slice(0, index).reduce((n, l) => n + [...l].length + 1, 0);
  const column = index === 0 ? at.column - statement.column : at.column - 1;
  return before + column + 1;
}
