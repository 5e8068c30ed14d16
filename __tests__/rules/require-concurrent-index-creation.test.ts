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
    // Without a known CLI version the older batch (one transaction) is assumed: the advice is the upgrade.
    expect(finding!.help).toContain('Supabase CLI 2.109.0+ runs CREATE INDEX CONCURRENTLY on its own');
  });

  it('gives the plain advice where the runner already runs it outside a transaction', async () => {
    const alone = (await lintSql('CREATE INDEX a_idx ON t (a);', { layout: 'golang-migrate', path: 'db/1_a.up.sql' })).find((f) => f.rule === RULE);
    expect(alone!.help).toBe('Use CREATE INDEX CONCURRENTLY IF NOT EXISTS.');
    const supabase = (await lintSql("SET lock_timeout = '2s';\nCREATE INDEX a_idx ON t (a);", { config: { 'supabase-version': '2.110.0' } })).find((f) => f.rule === RULE);
    expect(supabase!.help).toBe('Use CREATE INDEX CONCURRENTLY IF NOT EXISTS.');
  });

  it('tells a Prisma user before 7.4.0 to give the index a file of its own', async () => {
    const prisma = { layout: 'prisma' as const, path: 'prisma/migrations/1_a/migration.sql' };
    const finding = (await lintSql('ALTER TABLE t ADD COLUMN b int;\nCREATE INDEX a_idx ON t (a);', { ...prisma, config: { 'prisma-version': '7.3.0' } })).find((f) => f.rule === RULE);
    expect(finding!.help).toContain('alone in a migration file of its own');
    const newer = (await lintSql('ALTER TABLE t ADD COLUMN b int;\nCREATE INDEX a_idx ON t (a);', { ...prisma, config: { 'prisma-version': '7.4.0' } })).find((f) => f.rule === RULE);
    expect(newer!.help).toBe('Use CREATE INDEX CONCURRENTLY IF NOT EXISTS.');
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([{ sql: 'CREATE TABLE t (a int);' }, { sql: 'CREATE INDEX t_a_idx ON t (a);' }]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
