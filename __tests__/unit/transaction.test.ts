import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { MigrationFile } from '../../src/gates/migrations/model.js';
import { ensureParser, parseMigration } from '../../src/gates/migrations/parse.js';
import { runsInTransaction, transactionModelOf } from '../../src/gates/migrations/transaction.js';

async function inTx(layout: MigrationFile['layout'], sql: string, transaction: 'auto' | 'per-file' | 'none' = 'auto'): Promise<boolean[]> {
  await ensureParser();
  const parsed = parseMigration({ path: 'x.sql', layout, direction: 'up', version: '1' }, sql);
  const model = transactionModelOf(parsed, { ...DEFAULT_CONFIG.migrations, transaction });
  return parsed.statements.map((s) => runsInTransaction(s, parsed, model));
}

describe('transaction model per layout', () => {
  const concurrent = 'CREATE INDEX CONCURRENTLY i ON t (c);';
  it.each([
    ['supabase', concurrent, [true]],
    ['prisma', concurrent, [true]],
    ['drizzle', concurrent, [true]],
    ['plain', concurrent, [false]],
    ['golang-migrate', concurrent, [false]],
    ['golang-migrate', `SELECT 1; ${concurrent}`, [true, true]],
    ['flyway', `SET lock_timeout = '2s'; ${concurrent}`, [false, false]],
    ['flyway', `CREATE TABLE a (id int); ${concurrent}`, [true, true]],
    ['dbmate', `-- migrate:up\n${concurrent}`, [true]],
    ['dbmate', `-- migrate:up transaction:false\n${concurrent}`, [false]],
  ] as const)('%s: %s', async (layout, sql, expected) => {
    expect(await inTx(layout, sql)).toEqual(expected);
  });

  it('honours the migrations.transaction override and explicit BEGIN', async () => {
    expect(await inTx('supabase', concurrent, 'none')).toEqual([false]);
    expect(await inTx('plain', concurrent, 'per-file')).toEqual([true]);
    expect(await inTx('plain', `BEGIN; ${concurrent} COMMIT;`)).toEqual([false, true, false]);
  });
});
