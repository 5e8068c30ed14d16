import type { Finding } from '../../core/finding.js';
import type { Database, ServerError } from '../../db/database.js';
import { HELPER_SCHEMA } from '../../db/apply-role.js';
import { toServerError } from '../../db/database.js';
import type { MigrationsConfig } from '../migrations/config.js';
import type { ParsedFile, ParsedStatement } from '../../sql/model.js';
import { SourcePositions } from '../../sql/positions.js';
import { runnerOf, runsInTransaction, transactionModelOf } from '../migrations/transaction.js';
import { layoutById } from '../migrations/layouts.js';
import type { Deadline } from './deadline.js';
import { rehearsalFinding } from './findings.js';
import { missingDependency } from './extension-objects.js';
import { likelyCause } from './likely-cause.js';
import { applyGrouped } from './send.js';

export interface ApplyContext {
  db: Database;
  config: MigrationsConfig;
  deadline: Deadline;
  /** Extensions this server lacks, skipped so far (CREATE EXTENSION failed). */
  missingExtensions: Set<string>;
  /** Rule id for a failure: `migration-failed` for migrations, `seed-failed` for the seed file. */
  failureRule: string;
  /** "migration", "down migration", "seed file": how messages name what failed. */
  what: string;
}

export interface ApplyResult {
  ok: boolean;
  /** Set when the failure comes from the environment (a missing extension), not the migration. */
  environmental?: boolean;
  ms: number;
  statements: number;
  /** Statements skipped because an extension could not be created (all of them: nothing was rehearsed). */
  skipped?: number;
  findings: Finding[];
}

/** insufficient_privilege: what the unprivileged apply role gets for superuser-only statements. */
const PRIVILEGE = '42501';
/** SQLSTATEs of CREATE EXTENSION when the server does not have the extension (or may not create it). */
const EXTENSION_UNAVAILABLE = new Set(['58P01', '0A000', '42501']);
/** What a statement that needed a skipped extension fails with. */
const MISSING_OBJECT = new Set(['42704', '42883', '42P01', '42703', '3F000']);

/**
 * Apply one file as the layout's runner does: one transaction for the file, or none, statement by
 * statement so a failure points at its statement (and at the exact line when the server gives a
 * position). Session settings made by the file are reset afterwards.
 */
export async function applyParsed(parsed: ParsedFile, ctx: ApplyContext): Promise<ApplyResult> {
  const started = Date.now();
  const { db } = ctx;
  const findings: Finding[] = [];
  let skipped = 0;
  const done = (ok: boolean, extra: Partial<ApplyResult> = {}): ApplyResult => ({
    ok,
    ms: Date.now() - started,
    statements: parsed.statements.length,
    findings,
    ...(skipped ? { skipped } : {}),
    ...extra,
  });

  if (parsed.errors.length) return applyUnparsed(parsed, ctx, started);

  // The runner's own grouping (one query per file or per breakpoint chunk), unless an extension may have
  // to be skipped: that needs the statements one by one, each in its own savepoint.
  const runner = ctx.config.transaction === 'auto' ? runnerOf(parsed, ctx.config) : undefined;
  const extensions =
    parsed.statements.some((s) => s.kind === 'CreateExtensionStmt') || ctx.missingExtensions.size > 0;
  if (runner && runner.send !== 'per-statement' && !extensions)
    return applyGrouped(parsed, ctx, runner, started);

  const model = transactionModelOf(parsed, ctx.config);
  const hasOwnTransaction = parsed.statements.some((s) => s.kind === 'TransactionStmt');
  const wrap = !hasOwnTransaction && parsed.statements.some((s) => runsInTransaction(s, parsed, model));
  try {
    if (wrap) await db.exec('BEGIN');
    for (const statement of parsed.statements) {
      ctx.deadline.check();
      const extension = extensionName(statement);
      if (extension === undefined && refersToMissingExtension(statement, ctx.missingExtensions)) {
        skipped += 1;
        continue;
      }
      // Supabase CLI 2.109.0+ commits the batch so far, runs this statement on its own, then batches again.
      const alone = wrap && runner?.standalone?.(statement) === true;
      if (alone) await db.exec('COMMIT');
      const inTransaction = (wrap && !alone) || statement.inExplicitTransaction;
      if (extension !== undefined && inTransaction) await db.exec('SAVEPOINT rr_extension');
      try {
        await db.exec(statement.text);
        if (alone) await db.exec('BEGIN');
      } catch (raw) {
        ctx.deadline.check();
        let error = toServerError(raw);
        if (isConnectionLoss(error)) throw error;
        if (extension !== undefined && error.code === PRIVILEGE) {
          // Not trusted, so only a superuser may create it: the tool does, for a harmless one.
          if (inTransaction) await db.exec('ROLLBACK TO SAVEPOINT rr_extension');
          const created = await createOnBehalf(db, statement, extension);
          if (created === true) continue;
          if (inTransaction) await db.exec('ROLLBACK TO SAVEPOINT rr_extension');
          error = created;
        }
        if (extension !== undefined && error.code && EXTENSION_UNAVAILABLE.has(error.code)) {
          if (inTransaction) await db.exec('ROLLBACK TO SAVEPOINT rr_extension');
          ctx.missingExtensions.add(extension);
          findings.push(extensionSkipped(parsed, statement, extension, error, db));
          skipped += 1;
          continue;
        }
        await rollback(db);
        const needed =
          error.code !== undefined && MISSING_OBJECT.has(error.code)
            ? missingDependency(statement.text, error.message, ctx.missingExtensions)
            : undefined;
        findings.push(
          needed !== undefined
            ? needsExtension(parsed, statement, error, needed, ctx)
            : error.code === PRIVILEGE
              ? notPermitted(parsed, statement, error, ctx)
              : failure(parsed, statement, error, ctx),
        );
        return done(false, needed !== undefined ? { environmental: true } : {});
      }
    }
    if (wrap) await db.exec('COMMIT');
    return done(true);
  } finally {
    await resetSession(db);
  }
}

/** A file the parser cannot split: send it whole and place the server's error by its position. */
async function applyUnparsed(parsed: ParsedFile, ctx: ApplyContext, started: number): Promise<ApplyResult> {
  const first = parsed.errors[0]!;
  const result = (ok: boolean, findings: Finding[]): ApplyResult => ({
    ok,
    ms: Date.now() - started,
    statements: 0,
    findings,
  });
  if (layoutById(parsed.file.layout).down?.sectionMarker) {
    // The up and down sections share the file; without a parse there is no safe way to send one of them.
    return result(false, [
      rehearsalFinding(ctx.failureRule, 'error', {
        file: parsed.file.path,
        line: first.line,
        column: first.column,
        message: `The ${ctx.what} cannot be rehearsed: Postgres cannot parse it: ${first.message}.`,
        help: 'Fix the SQL; the migrations gate reports the same syntax error.',
      }),
    ]);
  }
  const model = transactionModelOf(parsed, ctx.config);
  // One query string already runs as one implicit transaction; only runners that send BEGIN are wrapped.
  const wrap =
    (model === 'per-file' || model === 'per-file-standalone' || model === 'flyway') &&
    !/^\s*(begin|start\s+transaction)\b/im.test(parsed.text);
  const text = parsed.text.replace(/^\uFEFF/, '');
  try {
    ctx.deadline.check();
    if (wrap) await ctx.db.exec('BEGIN');
    await ctx.db.exec(text);
    if (wrap) await ctx.db.exec('COMMIT');
    return result(true, []);
  } catch (raw) {
    ctx.deadline.check();
    const error = toServerError(raw);
    if (isConnectionLoss(error)) throw error;
    await rollback(ctx.db);
    const positions = new SourcePositions(text);
    const at = error.position
      ? positions.at(positions.byteOfCharIndex(error.position - 1))
      : { line: first.line, column: first.column };
    if (error.code === PRIVILEGE)
      return result(false, [
        rehearsalFinding('statement-not-permitted', 'error', {
          file: parsed.file.path,
          line: at.line,
          column: at.column,
          message: notPermittedMessage(error, ctx, excerptAt(text, error.position)),
          help: NOT_PERMITTED_HELP,
        }),
      ]);
    return result(false, [
      rehearsalFinding(ctx.failureRule, 'error', {
        file: parsed.file.path,
        line: at.line,
        column: at.column,
        message: failureMessage(error, ctx, 'Unknown'),
        help: helpFor(error, 'Unknown'),
      }),
    ]);
  } finally {
    await resetSession(ctx.db);
  }
}

/** `position`: the server's, relative to the statement's text (the default); 0 for the statement's start. */
export function failure(
  parsed: ParsedFile,
  statement: ParsedStatement,
  error: ServerError,
  ctx: ApplyContext,
  position: number | undefined = error.position,
): Finding {
  const at = positionIn(statement, position);
  return rehearsalFinding(ctx.failureRule, 'error', {
    file: parsed.file.path,
    line: at.line,
    column: at.column,
    ...(statement.endLine > at.line ? { endLine: statement.endLine } : {}),
    message: failureMessage(error, ctx, statement.kind),
    help: helpFor(error, statement.kind),
  });
}

function failureMessage(error: ServerError, ctx: ApplyContext, kind: string): string {
  const cause = likelyCause(error, kind);
  const detail = error.detail ? ` (${error.detail.replace(/\.$/, '')})` : '';
  const likely = cause ? ` Likely cause: ${cause.cause}.` : '';
  return `This ${ctx.what} fails on ${ctx.db.label}: ${error.message}${detail}.${likely}`;
}

function helpFor(error: ServerError, kind: string): string {
  const cause = likelyCause(error, kind);
  const parts = [
    cause ? capitalize(cause.fix) : 'Fix the statement so it applies on a database with existing data',
  ];
  if (error.hint) parts.push(`Server hint: ${error.hint}`);
  return parts.map((p) => p.replace(/\.$/, '')).join('. ') + '.';
}

function extensionSkipped(
  parsed: ParsedFile,
  statement: ParsedStatement,
  extension: string,
  error: ServerError,
  db: Database,
): Finding {
  const why =
    error.code === PRIVILEGE
      ? `could not be created: only a superuser may create it, the rehearsal applies pull-request SQL as an unprivileged role, and "${extension}" is not one of the extensions it creates on a migration's behalf (${error.message})`
      : `is not available on ${db.label} (${error.message})`;
  return rehearsalFinding('extension-unavailable', 'notice', {
    file: parsed.file.path,
    line: statement.line,
    column: statement.column,
    message: `Extension "${extension}" ${why}; the statement was skipped, and only statements that use the extension are excused.`,
    help: 'To rehearse objects that use it, pass database-url pointing at a Postgres server that has the extension (docs/rehearsal.md lists the extensions the rehearsal creates).',
  });
}

function needsExtension(
  parsed: ParsedFile,
  statement: ParsedStatement,
  error: ServerError,
  extension: string,
  ctx: ApplyContext,
): Finding {
  const at = positionIn(statement, error.position);
  return rehearsalFinding('extension-unavailable', 'warning', {
    file: parsed.file.path,
    line: at.line,
    column: at.column,
    message: `The rehearsal stopped here: ${error.message}; this statement uses extension "${extension}", which could not be created on ${ctx.db.label}. Later migrations were not rehearsed.`,
    help: 'Pass database-url pointing at a Postgres server with the extension to rehearse these migrations.',
  });
}

const NOT_PERMITTED_HELP =
  "The rehearsal applies pull-request SQL only as a role that is not a superuser and cannot reach the server's files or programs (docs/rehearsal.md). Migrations should not need that: move file, program or superuser work out of the migration (an operator runs it once, by hand), or grant the migration role only the privilege it needs in an earlier, reviewed migration.";

function notPermitted(
  parsed: ParsedFile,
  statement: ParsedStatement,
  error: ServerError,
  ctx: ApplyContext,
): Finding {
  const at = positionIn(statement, error.position);
  return rehearsalFinding('statement-not-permitted', 'error', {
    file: parsed.file.path,
    line: at.line,
    column: at.column,
    ...(statement.endLine > at.line ? { endLine: statement.endLine } : {}),
    message: notPermittedMessage(error, ctx, excerptAt(statement.text, 1)),
    help: NOT_PERMITTED_HELP,
  });
}

function notPermittedMessage(error: ServerError, ctx: ApplyContext, excerpt: string): string {
  const role = ctx.db.applyRole ? `the unprivileged role ${ctx.db.applyRole}` : 'the rehearsal role';
  return `This ${ctx.what} needs a privilege the rehearsal does not give: \`${excerpt}\` was refused for ${role} (${error.message}); it was not run, so the ${ctx.what} was not rehearsed.`;
}

/** The first line of a statement (from the server's 1-based character position), shortened. */
function excerptAt(text: string, position: number | undefined): string {
  const from = position && position <= text.length ? position - 1 : 0;
  const line = text.slice(from).trimStart().split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/**
 * Ask the setup helper (src/db/apply-role.ts) to create an untrusted extension on the list; true when
 * it did, else the reason as a ServerError (42501 / 58P01 are read as "unavailable" by the caller).
 */
async function createOnBehalf(
  db: Database,
  statement: ParsedStatement,
  extension: string,
): Promise<true | ServerError> {
  if (!db.applyRole) return toServerError({ message: 'no setup helper', code: PRIVILEGE });
  try {
    await db.query(`SELECT ${HELPER_SCHEMA}.create_extension($1, coalesce($2, current_schema()))`, [
      extension,
      extensionSchema(statement) ?? null,
    ]);
    return true;
  } catch (raw) {
    const error = toServerError(raw);
    if (isConnectionLoss(error)) throw error;
    // No helper here (an unprivileged database-url role): the extension is simply not available.
    return error.code === '42883' || error.code === '3F000'
      ? toServerError({ message: `permission denied to create extension "${extension}"`, code: PRIVILEGE })
      : error;
  }
}

function extensionSchema(statement: ParsedStatement): string | undefined {
  const node = statement.node as {
    CreateExtensionStmt?: {
      options?: { DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }[];
    };
  };
  const option = node.CreateExtensionStmt?.options?.find((o) => o.DefElem?.defname === 'schema');
  return option?.DefElem?.arg?.String?.sval;
}

/** Where in the file the server's error points: the statement's start, moved by the 1-based character position. */
export function positionIn(
  statement: ParsedStatement,
  position: number | undefined,
): { line: number; column: number } {
  if (!position || position > statement.text.length + 1)
    return { line: statement.line, column: statement.column };
  const before = [...statement.text.slice(0, position - 1)].join('');
  const newlines = before.split('\n');
  if (newlines.length === 1) return { line: statement.line, column: statement.column + [...before].length };
  return {
    line: statement.line + newlines.length - 1,
    column: [...newlines[newlines.length - 1]!].length + 1,
  };
}

function extensionName(statement: ParsedStatement): string | undefined {
  const node = statement.node as { CreateExtensionStmt?: { extname?: string } };
  return node.CreateExtensionStmt ? (node.CreateExtensionStmt.extname ?? '') : undefined;
}

/** COMMENT ON / ALTER EXTENSION for an extension that was skipped. */
function refersToMissingExtension(statement: ParsedStatement, missing: ReadonlySet<string>): boolean {
  if (!missing.size) return false;
  const node = statement.node as {
    AlterExtensionStmt?: { extname?: string };
    AlterExtensionContentsStmt?: { extname?: string };
    CommentStmt?: { objtype?: string; object?: { String?: { sval?: string } } };
  };
  const name =
    node.AlterExtensionStmt?.extname ??
    node.AlterExtensionContentsStmt?.extname ??
    (node.CommentStmt?.objtype === 'OBJECT_EXTENSION' ? node.CommentStmt.object?.String?.sval : undefined);
  return name !== undefined && missing.has(name);
}

/**
 * The server went away (stopped on Ctrl-C or at the time box, or crashed): not the migration's
 * fault, so not a finding. No SQLSTATE, connection exceptions (08…) and operator intervention (57P…).
 */
export function isConnectionLoss(error: ServerError): boolean {
  return !error.code || error.code.startsWith('08') || error.code.startsWith('57P');
}

export async function rollback(db: Database): Promise<void> {
  await db.exec('ROLLBACK').catch(() => {});
}

// What a session of the platform starts with (the Supabase stand-in's search_path): RESET ALL goes back
// to the settings of the connection's login, which was opened before the stand-in existed.
const sessionDefaults = new WeakMap<Database, string>();

/** Settings every statement of the rehearsal starts from on `db`, set now and after each reset. */
export async function setSessionDefaults(db: Database, sql: string): Promise<void> {
  sessionDefaults.set(db, sql);
  await db.exec(sql);
}

/** A file's SET search_path / SET ROLE must not leak into the next file or the schema snapshot. */
export async function resetSession(db: Database): Promise<void> {
  const defaults = sessionDefaults.get(db);
  await db.exec(`RESET ALL; RESET ROLE${defaults ? `; ${defaults}` : ''}`).catch(() => {});
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
