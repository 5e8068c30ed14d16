import { redactCredentials } from '../core/redact.js';

/**
 * One interface over the three places a throwaway Postgres can come from: a server the user names with
 * `database-url`, a cluster started from the machine's PostgreSQL binaries, or the embedded PGlite.
 * The rehearsal gate and the backup gate (restore drills) talk to this and never to a driver.
 */
export type DatabaseKind = 'database-url' | 'local' | 'pglite';

export const ENGINES = ['auto', 'local', 'pglite'] as const;
export type EngineChoice = (typeof ENGINES)[number];

export interface Database {
  readonly kind: DatabaseKind;
  /** Server major version (15, 18, …). */
  readonly majorVersion: number;
  /** Milliseconds it took to get this database ready (server start, scratch database creation). */
  readonly startupMs: number;
  /** Short name for messages: "local PostgreSQL 15.18", "PGlite (PostgreSQL 18.1)". */
  readonly label: string;
  /** Which one was used, in full, for the log and the report: binaries, user, temp folder, URL without password. */
  describe(): string;
  /**
   * The role `exec` and `query` run as: never a superuser, never a member of the roles that reach the
   * server's files and programs (src/db/apply-role.ts). Undefined for PGlite, which has one user (and
   * no processes or host files to reach: docs/rehearsal.md).
   */
  readonly applyRole?: string;
  /** Run one or more statements with the simple query protocol (no parameters, no results), as applyRole. */
  exec(sql: string): Promise<void>;
  /** Run one statement and return its rows, as applyRole. */
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Setup the tool itself writes (the Supabase stand-in), as the privileged role, in the same database. */
  setup(sql: string): Promise<void>;
  /** Disconnect and remove everything this database created: the scratch database, the server, its files. */
  close(): Promise<void>;
}

/** A statement the server rejected, with the fields both drivers report. */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    message: string,
    /** SQLSTATE, e.g. 23502 for a NOT NULL violation. */
    readonly code?: string,
    /** 1-based character offset into the text sent, when the server points at one. */
    readonly position?: number,
    readonly detail?: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Turn a driver error (pg or PGlite; both carry the wire protocol's fields) into a ServerError. */
export function toServerError(error: unknown): ServerError {
  if (error instanceof ServerError) return error;
  const e = (error ?? {}) as {
    message?: unknown;
    code?: unknown;
    position?: unknown;
    detail?: unknown;
    hint?: unknown;
  };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const position = e.position === undefined || e.position === null ? undefined : Number(e.position);
  return new ServerError(
    message,
    typeof e.code === 'string' ? e.code : undefined,
    position !== undefined && Number.isFinite(position) && position > 0 ? position : undefined,
    typeof e.detail === 'string' && e.detail ? e.detail : undefined,
    typeof e.hint === 'string' && e.hint ? e.hint : undefined,
  );
}

/** No Postgres could be had: the message says what to install or pass instead. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

/** A connection string with its password removed, safe for logs and reports (one helper: core/redact). */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return '(a database-url that is not a valid URL)';
  return redactCredentials(url);
}
