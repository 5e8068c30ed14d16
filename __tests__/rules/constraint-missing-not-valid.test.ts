import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'constraint-missing-not-valid';
const PLAIN = { layout: 'plain', path: 'migrations/004_fk.sql' } as const;

describe(RULE, () => {
  it.each([
    ['a foreign key', 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);', {}],
    [
      'a Prisma-generated foreign key on an existing table',
      'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
      {},
    ],
    ['a check constraint', 'ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_total_ck CHECK (total >= 0);', {}],
    ['an inline REFERENCES in ADD COLUMN', 'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);', {}],
    ['an inline CHECK in ADD COLUMN', "ALTER TABLE orders ADD COLUMN status text CHECK (status IN ('open', 'paid'));", {}],
    [
      'VALIDATE in the same transaction as the NOT VALID add',
      'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
      {},
    ],
    [
      'a Drizzle foreign key wrapped in a DO block',
      'ALTER TABLE "posts" ADD COLUMN "category_id" integer;--> statement-breakpoint\nDO $$ BEGIN\n ALTER TABLE "posts" ADD CONSTRAINT "posts_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;',
      {},
    ],
    [
      'a DO block with a DECLARE section (read by the PL/pgSQL parser)',
      'DO $$ DECLARE n int; BEGIN\n ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\nEND $$;',
      {},
    ],
    [
      'a DO block whose comment names EXCEPTION before the statement',
      'DO $body$ BEGIN\n -- no EXCEPTION handler: fail loudly\n ALTER TABLE orders ADD CONSTRAINT orders_total_ck CHECK (total >= 0);\nEND $body$;',
      {},
    ],
    [
      "VALIDATE inside the file's own BEGIN with the add",
      'BEGIN;\nALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nCOMMIT;',
      PLAIN,
    ],
  ])('flags %s', async (_name, sql, options) => {
    expect(await rulesHit(sql, options)).toContain(RULE);
  });

  it.each([
    ['NOT VALID', 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', {}],
    ['VALIDATE alone', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;', {}],
    [
      'a Prisma table created with its foreign key in the same file',
      'CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL);\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
      {},
    ],
    [
      'a Drizzle DO block on a table created in the same file',
      'CREATE TABLE "posts" ("id" serial PRIMARY KEY, "author_id" integer);\n--> statement-breakpoint\nDO $$ BEGIN\n ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id");\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;',
      {},
    ],
    ['a DO block that only raises a notice', "DO $$ BEGIN RAISE NOTICE 'hello'; END $$;", {}],
    [
      'a DO block that branches (not a flat list of DDL)',
      'DO $$ BEGIN IF true THEN ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0); END IF; END $$;',
      {},
    ],
    ['foreign keys inline in CREATE TABLE', 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id uuid REFERENCES auth.users (id), CHECK (id > 0));', {}],
    [
      'NOT VALID and VALIDATE as separate statements outside a transaction',
      'ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;',
      PLAIN,
    ],
    ['a unique constraint (another rule)', 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', {}],
  ])('does not flag %s', async (_name, sql, options) => {
    const hit = await rulesHit(sql, options);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement and names both tables of a foreign key', async () => {
    const sql = "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);";
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, class: 'expand' });
    expect(finding!.message).toContain('"orders"');
    expect(finding!.message).toContain('"users"');
  });

  it("names a self-referencing foreign key's one table once (quivr: parent_id → knowledge.id)", async () => {
    const sql =
      'ALTER TABLE public.knowledge ADD CONSTRAINT public_knowledge_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.knowledge (id);';
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE)!;
    expect(finding.message).toContain('against "knowledge" itself');
    expect(finding.message).not.toMatch(/both "([^"]+)" and "\1"/);
  });

  it('explains a VALIDATE in the same transaction specifically', async () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;';
    const finding = (await lintSql(sql)).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ line: 2 });
    expect(finding!.message).toContain('same transaction');
  });

  it('accepts NOT VALID and VALIDATE in two files of the same change', async () => {
    const files = await lintFiles([
      { sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;' },
      { sql: 'ALTER TABLE orders VALIDATE CONSTRAINT c;' },
    ]);
    expect(files.flatMap((f) => f.findings.map((x) => x.rule))).not.toContain(RULE);
  });
});

describe('constraint-missing-not-valid on domains', () => {
  it.each([
    ['ADD CONSTRAINT … CHECK without NOT VALID', "ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%');"],
    ['SET NOT NULL', 'ALTER DOMAIN email SET NOT NULL;'],
  ])('flags ALTER DOMAIN %s (it scans every column of the domain)', async (_name, sql) => {
    const [finding] = (await lintSql(sql)).filter((f) => f.rule === 'constraint-missing-not-valid');
    expect(finding!.message).toContain('domain "email"');
    expect(finding!.help).toContain('NOT VALID');
  });

  it.each([
    ['ADD CONSTRAINT … NOT VALID', "ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%') NOT VALID;"],
    ['VALIDATE CONSTRAINT', 'ALTER DOMAIN email VALIDATE CONSTRAINT email_at;'],
    ['a domain this change creates', "CREATE DOMAIN email AS text;\nALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%');"],
  ])('does not flag ALTER DOMAIN %s', async (_name, sql) => {
    const hit = (await lintSql(sql)).map((f) => f.rule);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain('constraint-missing-not-valid');
  });
});
