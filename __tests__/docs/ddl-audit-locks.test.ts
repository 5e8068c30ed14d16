import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findPostgresBinaries } from '../../src/db/find-binaries.js';
import { startLocalServer } from '../../src/db/local-server.js';
import type { LocalServer } from '../../src/db/local-server.js';
import { connectPg } from '../../src/db/pg-client.js';
import type { PgSession } from '../../src/db/pg-client.js';
import { auditFixture, auditRows } from './ddl-audit-table.js';

/**
 * The Lock and Rewrite columns of docs/ddl-audit.md, checked on a real Postgres: each example runs in a
 * transaction on the fixture, `pg_locks` shows the strongest lock this backend holds on the table, and a
 * changed `relfilenode` shows a rewrite. Then the transaction is rolled back, so every row starts
 * from the same fixture.
 */
const MODES: Record<string, string> = {
  'ACCESS SHARE': 'AccessShareLock',
  'ROW SHARE': 'RowShareLock',
  'ROW EXCLUSIVE': 'RowExclusiveLock',
  'SHARE UPDATE EXCLUSIVE': 'ShareUpdateExclusiveLock',
  SHARE: 'ShareLock',
  'SHARE ROW EXCLUSIVE': 'ShareRowExclusiveLock',
  EXCLUSIVE: 'ExclusiveLock',
  'ACCESS EXCLUSIVE': 'AccessExclusiveLock',
};
const STRENGTH = Object.values(MODES);

let server: LocalServer;
let db: PgSession;
let major = 0;
beforeAll(async () => {
  const binaries = await findPostgresBinaries(15);
  if (!binaries) throw new Error('the PostgreSQL binaries are missing; .ci/run installs them');
  major = binaries.major;
  server = await startLocalServer(binaries);
  db = await connectPg({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await db.exec(auditFixture());
}, 120_000);
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

const rows = auditRows().filter((r) => r.example !== undefined && r.lock !== 'n/a');
const needs = (kindCell: string) => Number(/PG (\d+)\+/.exec(kindCell)?.[1] ?? 0);

describe('docs/ddl-audit.md on a real Postgres', () => {
  it('checks most rows', () => {
    expect(rows.length).toBeGreaterThan(120);
  });

  it.each(rows.map((r) => [`${r.line}: ${r.example}`, r] as const))('line %s', async (_name, row) => {
    if (needs(row.kindCell) > major) return; // a form this server does not have
    await db.exec('BEGIN');
    try {
      const before = await relation(row.lockOn);
      await db.exec(row.example!);
      const held = before
        ? (
            await db.query<{ mode: string }>(
              "SELECT mode FROM pg_locks WHERE locktype = 'relation' AND relation = $1 AND pid = pg_backend_pid()",
              [before.oid],
            )
          ).map((l) => l.mode)
        : [];
      const strongest = held.sort((a, b) => STRENGTH.indexOf(b) - STRENGTH.indexOf(a))[0];
      expect(strongest ?? 'none').toBe(row.lock === 'none' ? 'none' : MODES[row.lock]);
      if (before && !/unverified/.test(row.rewrite)) {
        const after = await relation(row.lockOn);
        const rewritten = after !== undefined && after.filenode !== before.filenode;
        expect(rewritten).toBe(row.rewrite.startsWith('rewrite'));
      }
    } finally {
      await db.exec('ROLLBACK');
    }
  });
});

async function relation(name: string): Promise<{ oid: number; filenode: string } | undefined> {
  const [row] = await db.query<{ oid: number; filenode: string }>(
    'SELECT oid::int AS oid, pg_relation_filenode(oid)::text AS filenode FROM pg_class WHERE oid = to_regclass($1)',
    [name],
  );
  return row;
}
