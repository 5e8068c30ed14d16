import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'require-concurrent-index-creation';

describe(RULE, () => {
  it.each([
    ['a plain index on an existing table', 'CREATE INDEX users_email_idx ON users (email);'],
    ['a Prisma index on an existing table', 'CREATE INDEX "User_email_idx" ON "User"("email");'],
    ['a unique index', 'CREATE UNIQUE INDEX IF NOT EXISTS users_handle_key ON public.users (lower(handle));'],
    ['an unnamed partial index', 'CREATE INDEX ON orders (created_at) WHERE status = \'open\';'],
    ['a Drizzle index', 'CREATE INDEX IF NOT EXISTS "posts_author_idx" ON "posts" USING btree ("author_id");'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['CONCURRENTLY', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);'],
    ['a table created earlier in the file', 'CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT NOT NULL);\nCREATE INDEX "Post_authorId_idx" ON "Post"("authorId");'],
    ['a materialized view created earlier', 'CREATE MATERIALIZED VIEW daily AS SELECT 1 AS d;\nCREATE INDEX daily_d_idx ON daily (d);'],
    ['ON ONLY a partitioned parent', 'CREATE INDEX measurements_ts_idx ON ONLY measurements (ts);'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement and explains the Supabase limitation', async () => {
    const finding = (await lintSql("SET lock_timeout = '2s';\n  CREATE INDEX users_email_idx ON users (email);")).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 3, class: 'expand' });
    expect(finding!.message).toContain('"users_email_idx"');
    expect(finding!.help).toContain('Supabase runs every migration file in a transaction');
  });

  it('gives the plain advice where the runner can skip the transaction', async () => {
    const finding = (await lintSql('CREATE INDEX a_idx ON t (a);', { layout: 'golang-migrate', path: 'db/1_a.up.sql' })).find((f) => f.rule === RULE);
    expect(finding!.help).toBe('Use CREATE INDEX CONCURRENTLY IF NOT EXISTS in a migration of its own that runs outside a transaction.');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE TABLE t (a int);' }, { sql: 'CREATE INDEX t_a_idx ON t (a);' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
