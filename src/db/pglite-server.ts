import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import type { Database } from './database.js';
import { DatabaseUnavailableError, toServerError } from './database.js';
import { majorOf } from './pg-client.js';

const PACKAGE = '@electric-sql/pglite';
/** Contrib extensions PGlite ships that migrations commonly create; loaded only if present. */
const CONTRIB = [
  'pgcrypto',
  'uuid_ossp',
  'citext',
  'hstore',
  'pg_trgm',
  'ltree',
  'btree_gin',
  'btree_gist',
  'fuzzystrmatch',
  'unaccent',
];

interface PGliteLike {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}
interface PGliteModule {
  PGlite: { create(options?: { extensions?: Record<string, unknown> }): Promise<PGliteLike> };
}

/**
 * The embedded Postgres (WASM), in memory: nothing to install and nothing left on disk. Imported
 * lazily — it is kept out of the bundles, so the action explains when it is absent.
 */
export async function openPglite(): Promise<Database> {
  const started = Date.now();
  let module: PGliteModule;
  // The entry points switch V8 to baseline-only WASM code for the parser (src/core/wasm-baseline.ts);
  // Postgres itself runs long enough to profit from optimised code. --liftoff-only also switched off
  // the two tiering flags, which do not come back by themselves.
  setFlagsFromString('--no-liftoff-only');
  setFlagsFromString('--wasm-tier-up');
  setFlagsFromString('--wasm-dynamic-tiering');
  try {
    // webpackIgnore: ncc must leave this a native import (PGlite breaks when bundled; it is external).
    module = (await import(/* webpackIgnore: true */ PACKAGE)) as PGliteModule;
  } catch (error) {
    throw new DatabaseUnavailableError(
      `the embedded PGlite (${PACKAGE}) is not installed here (${(error as Error).message.split('\n')[0]})`,
    );
  }
  const extensions: Record<string, unknown> = {};
  await Promise.all(
    CONTRIB.map(async (name) => {
      try {
        const contrib = (await import(/* webpackIgnore: true */ `${PACKAGE}/contrib/${name}`)) as Record<
          string,
          unknown
        >;
        if (contrib[name]) extensions[name] = contrib[name];
      } catch {
        // an extension this PGlite build does not ship: CREATE EXTENSION will say so
      }
    }),
  );
  let db: PGliteLike;
  try {
    db = await module.PGlite.create({ extensions });
  } catch (error) {
    throw new DatabaseUnavailableError(`the embedded PGlite did not start: ${(error as Error).message}`);
  }
  const [{ server_version: version } = { server_version: '' }] = (
    await db.query<{ server_version: string }>('SHOW server_version')
  ).rows;
  const packageVersion = pgliteVersion();
  let closed: Promise<void> | undefined;
  return {
    kind: 'pglite',
    label: `PGlite (PostgreSQL ${version})`,
    majorVersion: majorOf(version),
    startupMs: Date.now() - started,
    describe: () =>
      `the embedded PGlite${packageVersion ? ` ${packageVersion}` : ''} (PostgreSQL ${version}, in memory)`,
    async exec(sql) {
      try {
        await db.exec(sql);
      } catch (error) {
        throw toServerError(error);
      }
    },
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await db.query<T>(sql, [...params])).rows;
      } catch (error) {
        throw toServerError(error);
      }
    },
    async setup(sql) {
      try {
        await db.exec(sql);
      } catch (error) {
        throw toServerError(error);
      }
    },
    close() {
      closed ??= db.close().catch(() => {});
      return closed;
    },
  };
}

/** The installed package's version, read next to its entry point (package.json is not in its exports). */
function pgliteVersion(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve(PACKAGE);
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version;
  } catch {
    return undefined;
  }
}
