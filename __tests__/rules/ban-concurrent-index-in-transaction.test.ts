import { describe, expect, it } from '@jest/globals';
import type { MigrationLayoutId, MigrationsConfig } from '../../src/gates/migrations/config.js';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-concurrent-index-in-transaction';

type At = { layout: MigrationLayoutId; path: string; config?: Partial<MigrationsConfig> };
const at = (layout: MigrationLayoutId, path: string, config?: Partial<MigrationsConfig>): At => ({
  layout,
  path,
  ...(config ? { config } : {}),
});
const SUPABASE = at('supabase', 'supabase/migrations/20240101000000_idx.sql');
const SUPABASE_2_109 = at('supabase', 'supabase/migrations/20240101000000_idx.sql', {
  'supabase-version': '2.109.0',
});
const SUPABASE_2_112 = at('supabase', 'supabase/migrations/20240101000000_idx.sql', {
  'supabase-version': '2.112.0',
});
const PRISMA = at('prisma', 'prisma/migrations/20240101000000_idx/migration.sql');
const PRISMA_7_3 = at('prisma', 'prisma/migrations/20240101000000_idx/migration.sql', {
  'prisma-version': '7.3.0',
});
const PRISMA_7_4 = at('prisma', 'prisma/migrations/20240101000000_idx/migration.sql', {
  'prisma-version': '7.4.0',
});
const DRIZZLE = at('drizzle', 'drizzle/0003_idx.sql');
const GOLANG = at('golang-migrate', 'db/000003_idx.up.sql');
const FLYWAY = at('flyway', 'db/migration/V3__idx.sql');
const PLAIN = at('plain', 'migrations/003_idx.sql');
const DBMATE = at('dbmate', 'db/migrations/20240101000000_idx.sql');

const INDEX = 'CREATE INDEX CONCURRENTLY IF NOT EXISTS "User_email_idx" ON "User"("email");';
const WITH_COLUMN = `ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n${INDEX}`;

describe(RULE, () => {
  it.each([
    [
      'Supabase CLI of unknown version, the index alone (the history insert shares its batch)',
      INDEX,
      SUPABASE,
    ],
    [
      'Supabase CLI 2.109.0 dropping an index concurrently',
      'DROP INDEX CONCURRENTLY IF EXISTS "users_email_idx";',
      SUPABASE_2_109,
    ],
    ['Prisma before 7.4.0 with another statement in the file', WITH_COLUMN, PRISMA_7_3],
    ['Prisma of unknown version with a SET before it', `SET lock_timeout = '2s';\n${INDEX}`, PRISMA],
    ['Drizzle, even alone', 'DROP INDEX CONCURRENTLY IF EXISTS "users_email_idx";', DRIZZLE],
    [
      'golang-migrate with two statements',
      'CREATE INDEX CONCURRENTLY a_idx ON t (a);\nCREATE INDEX CONCURRENTLY b_idx ON t (b);',
      GOLANG,
    ],
    [
      'Flyway mixed with a transactional statement',
      'ALTER TABLE t ADD COLUMN c int;\nCREATE INDEX CONCURRENTLY c_idx ON t (c);',
      FLYWAY,
    ],
    ["Flyway's REINDEX … CONCURRENTLY (not on Flyway's list)", 'REINDEX INDEX CONCURRENTLY a_idx;', FLYWAY],
    ["a plain file's own BEGIN", 'BEGIN;\nREINDEX INDEX CONCURRENTLY a_idx;\nCOMMIT;', PLAIN],
    ["Prisma 7.4.0's file with its own BEGIN", `BEGIN;\n${INDEX}\nCOMMIT;`, PRISMA_7_4],
    [
      'dbmate without transaction:false',
      '-- migrate:up\nCREATE INDEX CONCURRENTLY a_idx ON t (a);\n-- migrate:down\nDROP INDEX a_idx;',
      DBMATE,
    ],
    [
      'dbmate transaction:false with a second statement (one query)',
      `-- migrate:up transaction:false\nSET lock_timeout = '2s';\n${INDEX}\n-- migrate:down\nDROP INDEX "User_email_idx";`,
      DBMATE,
    ],
  ])('flags %s', async (_name, sql, options) => {
    expect(await rulesHit(sql, options)).toContain(RULE);
  });

  it.each([
    ['Prisma before 7.4.0 with the index alone in its file (one query, no transaction)', INDEX, PRISMA_7_3],
    ['Prisma of unknown version with the index alone', INDEX, PRISMA],
    ['Prisma 7.4.0+ with other statements (each sent on its own)', WITH_COLUMN, PRISMA_7_4],
    ['Supabase CLI 2.109.0+ (runs it outside the batch)', WITH_COLUMN, SUPABASE_2_109],
    [
      'Supabase CLI 2.112.0+ dropping an index concurrently',
      'DROP INDEX CONCURRENTLY IF EXISTS "users_email_idx";',
      SUPABASE_2_112,
    ],
    [
      'golang-migrate with the index alone in its file',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);',
      GOLANG,
    ],
    [
      'Flyway with only non-transactional statements',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS b_idx ON t (b);',
      FLYWAY,
    ],
    [
      'dbmate with transaction:false and the index alone',
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\n-- migrate:down\nDROP INDEX a_idx;',
      DBMATE,
    ],
    ['a plain runner', "SET lock_timeout = '2s';\nDROP INDEX CONCURRENTLY IF EXISTS a_idx;", PLAIN],
    [
      'a non-concurrent index in Supabase',
      'CREATE TABLE t (a int);\nCREATE INDEX t_a_idx ON t (a);',
      SUPABASE,
    ],
  ])('does not flag %s', async (_name, sql, options) => {
    const hit = await rulesHit(sql, options);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('names the runner, its version and the implicit transaction', async () => {
    const finding = (await lintSql(`-- index\n  SET lock_timeout = '2s';\n${INDEX}`, PRISMA_7_3)).find(
      (f) => f.rule === RULE,
    );
    expect(finding).toMatchObject({ severity: 'error', line: 3, column: 1 });
    expect(finding!.message).toContain('Prisma 7.3.0 sends the file to Postgres as one query');
    expect(finding!.message).toContain('2 statements as one implicit transaction');
    expect(finding!.help).toContain('alone in a migration file of its own');
    const unknown = (await lintSql(WITH_COLUMN, PRISMA)).find((f) => f.rule === RULE);
    expect(unknown!.message).toContain('Prisma (version not found in a lockfile or package.json)');
  });

  it.each([
    ['dbmate', DBMATE, '-- migrate:up\nCREATE INDEX CONCURRENTLY a_idx ON t (a);', 'transaction:false'],
    [
      'golang-migrate',
      GOLANG,
      'CREATE INDEX CONCURRENTLY a_idx ON t (a);\nCREATE INDEX CONCURRENTLY b_idx ON t (b);',
      'alone',
    ],
    [
      'Flyway',
      FLYWAY,
      'ALTER TABLE t ADD COLUMN c int;\nCREATE INDEX CONCURRENTLY c_idx ON t (c);',
      'only statements Flyway runs without a transaction',
    ],
    ['Supabase', SUPABASE, INDEX, '"supabase": "^2.109.0"'],
  ])('tells %s users how to run it outside a transaction', async (_name, options, sql, advice) => {
    const finding = (await lintSql(sql, options)).find((f) => f.rule === RULE);
    expect(finding!.help).toContain(advice);
  });
});

/** The step each finding advises, done: it must pass the migrations gate (no blocking finding). */
describe(`${RULE}: the advice passes the gate`, () => {
  const blocking = async (files: { sql: string; at: At }[]) => {
    const linted = await lintFiles(
      files.map((f) => ({ sql: f.sql, layout: f.at.layout, path: f.at.path })),
      files[0]!.at.config ?? {},
    );
    return linted.flatMap((l) => l.findings).filter((f) => f.severity === 'error');
  };

  it.each([
    // Prisma before 7.4.0: the column in one migration, the index alone in the next.
    [
      'Prisma 7.3.0',
      PRISMA_7_3,
      WITH_COLUMN,
      [
        { sql: 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;', at: PRISMA_7_3 },
        {
          sql: INDEX,
          at: at('prisma', 'prisma/migrations/20240101000001_idx/migration.sql', {
            'prisma-version': '7.3.0',
          }),
        },
      ],
    ],
    // Supabase: pin the CLI version that runs it outside the batch.
    ['Supabase', SUPABASE, WITH_COLUMN, [{ sql: WITH_COLUMN, at: SUPABASE_2_109 }]],
    [
      'golang-migrate',
      GOLANG,
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS b_idx ON t (b);',
      [
        { sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);', at: GOLANG },
        {
          sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS b_idx ON t (b);',
          at: at('golang-migrate', 'db/000004_idx.up.sql'),
        },
      ],
    ],
    [
      'dbmate',
      DBMATE,
      '-- migrate:up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\n-- migrate:down\nDROP INDEX a_idx;',
      [
        {
          sql: '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);\n-- migrate:down\nDROP INDEX a_idx;',
          at: DBMATE,
        },
      ],
    ],
    [
      'Flyway',
      FLYWAY,
      'ALTER TABLE t ADD COLUMN c int;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS c_idx ON t (c);',
      [
        { sql: 'ALTER TABLE t ADD COLUMN c int;', at: FLYWAY },
        {
          sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS c_idx ON t (c);',
          at: at('flyway', 'db/migration/V4__idx.sql'),
        },
      ],
    ],
  ])('%s: the file as advised passes', async (_name, where, before, after) => {
    expect(await rulesHit(before, where)).toContain(RULE);
    expect(await blocking(after)).toEqual([]);
  });

  it.each([
    [
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON t (a);',
      'CREATE INDEX IF NOT EXISTS a_idx ON t (a);',
      'require-concurrent-index-creation',
    ],
    [
      'DROP INDEX CONCURRENTLY IF EXISTS a_idx;',
      'DROP INDEX IF EXISTS a_idx;',
      'require-concurrent-index-deletion',
    ],
  ])(
    'Drizzle, on a small table: %s written plain under the ignore line the advice gives passes',
    async (before, plain, rule) => {
      const finding = (await lintSql(before, DRIZZLE)).find((f) => f.rule === RULE);
      const directive = `-- rollback-ready-ignore ${rule}: <why its lock is short>`;
      expect(finding!.help).toContain(directive);
      // Without the line, the plain form is blocked by the rule it names; with it (and a reason), it passes.
      expect(await rulesHit(plain, DRIZZLE)).toContain(rule);
      const written = `${directive.replace('<why its lock is short>', 't holds a few hundred rows')}\n${plain}`;
      expect(await blocking([{ sql: written, at: DRIZZLE }])).toEqual([]);
    },
  );
});

describe(`${RULE}: advice written for the statement at hand`, () => {
  it.each([
    [
      'DROP INDEX CONCURRENTLY',
      'SELECT 1;\nDROP INDEX CONCURRENTLY a_idx;',
      'DROP INDEX CONCURRENTLY IF EXISTS alone',
    ],
    [
      'REINDEX CONCURRENTLY',
      'SELECT 1;\nREINDEX INDEX CONCURRENTLY a_idx;',
      'Put REINDEX CONCURRENTLY alone',
    ],
  ])('%s', async (_name, sql, advice) => {
    const [finding] = (await lintSql(sql, GOLANG)).filter((f) => f.rule === RULE);
    expect(finding!.help).toContain(advice);
  });
});
