import { describe, expect, it, jest } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { MigrationFile } from '../../src/sql/model.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { runsInTransaction, transactionModelOf } from '../../src/gates/migrations/transaction.js';
import { LAYOUT } from '../../src/gates/migrations/layouts.js';

async function inTx(
  layout: MigrationFile['layout'],
  sql: string,
  transaction: 'auto' | 'per-file' | 'none' = 'auto',
  versions: { 'prisma-version'?: string; 'supabase-version'?: string } = {},
): Promise<boolean[]> {
  await ensureParser();
  const parsed = parseMigration({ path: 'x.sql', layout, direction: 'up', version: '1' }, sql);
  const model = transactionModelOf(parsed, { ...DEFAULT_CONFIG.migrations, transaction, ...versions });
  return parsed.statements.map((s) => runsInTransaction(s, parsed, model));
}

describe('transaction model per layout', () => {
  const concurrent = 'CREATE INDEX CONCURRENTLY i ON t (c);';
  it.each([
    ['supabase', concurrent, [true]],
    // Prisma before 7.4.0 (and of unknown version) sends the file as one query: alone, no transaction.
    ['prisma', concurrent, [false]],
    ['prisma', `SELECT 1; ${concurrent}`, [true, true]],
    ['drizzle', concurrent, [true]],
    ['plain', concurrent, [false]],
    ['golang-migrate', concurrent, [false]],
    ['golang-migrate', `SELECT 1; ${concurrent}`, [true, true]],
    ['flyway', `SET lock_timeout = '2s'; ${concurrent}`, [false, false]],
    ['flyway', `CREATE TABLE a (id int); ${concurrent}`, [true, true]],
    ['dbmate', `-- migrate:up\n${concurrent}`, [true]],
    ['dbmate', `-- migrate:up transaction:false\n${concurrent}`, [false]],
    // transaction:false still sends the section as one query: two statements share an implicit transaction.
    ['dbmate', `-- migrate:up transaction:false\nSELECT 1; ${concurrent}`, [true, true]],
    ['flyway', 'REINDEX INDEX CONCURRENTLY i;', [true]],
    ['flyway', 'REINDEX SCHEMA CONCURRENTLY s;', [false]],
  ] as const)('%s: %s', async (layout, sql, expected) => {
    expect(await inTx(layout, sql)).toEqual(expected);
  });

  it('keys Prisma and the Supabase CLI to their version', async () => {
    expect(await inTx('prisma', `SELECT 1; ${concurrent}`, 'auto', { 'prisma-version': '7.3.9' })).toEqual([
      true,
      true,
    ]);
    expect(await inTx('prisma', `SELECT 1; ${concurrent}`, 'auto', { 'prisma-version': '7.4.0' })).toEqual([
      false,
      false,
    ]);
    expect(
      await inTx('supabase', `SELECT 1; ${concurrent}`, 'auto', { 'supabase-version': '2.108.0' }),
    ).toEqual([true, true]);
    expect(
      await inTx('supabase', `SELECT 1; ${concurrent}`, 'auto', { 'supabase-version': '2.109.0' }),
    ).toEqual([true, false]);
    const drop = 'DROP INDEX CONCURRENTLY i;';
    expect(await inTx('supabase', drop, 'auto', { 'supabase-version': '2.111.0' })).toEqual([true]);
    expect(await inTx('supabase', drop, 'auto', { 'supabase-version': '2.112.0' })).toEqual([false]);
  });

  it('honours the migrations.transaction override and explicit BEGIN', async () => {
    expect(await inTx('supabase', concurrent, 'none')).toEqual([false]);
    expect(await inTx('plain', concurrent, 'per-file')).toEqual([true]);
    expect(await inTx('plain', `BEGIN; ${concurrent} COMMIT;`)).toEqual([false, true, false]);
  });

  it("models each layout's runner once per config, not once per file", async () => {
    await ensureParser();
    const spy = jest.spyOn(LAYOUT.supabase, 'runner');
    try {
      const config = { ...DEFAULT_CONFIG.migrations, 'supabase-version': '2.109.0' };
      const file = (n: number) =>
        parseMigration(
          { path: `supabase/migrations/${n}_a.sql`, layout: 'supabase', direction: 'up', version: `${n}` },
          'CREATE INDEX CONCURRENTLY i ON t (c);',
        );
      for (let n = 1; n <= 3; n++) expect(transactionModelOf(file(n), config)).toBe('per-file-standalone');
      expect(spy).toHaveBeenCalledTimes(1);
      // Another config (another version) is another model.
      const older = { ...config, 'supabase-version': '2.108.0' };
      expect(transactionModelOf(file(4), older)).toBe('per-file');
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
