import { describe, expect, it } from '@jest/globals';
import { lintFiles, lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'ban-drop-constraint';

const PRISMA_READD =
  'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;';

describe(RULE, () => {
  it.each([
    ['a Prisma foreign key drop', 'ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";'],
    [
      'a unique constraint with IF EXISTS',
      'ALTER TABLE IF EXISTS public.profiles DROP CONSTRAINT IF EXISTS profiles_username_key;',
    ],
    ['a Drizzle unique constraint', 'ALTER TABLE "users" DROP CONSTRAINT "users_email_unique";'],
    [
      'a check constraint among other commands',
      'ALTER TABLE orders ADD COLUMN note text, DROP CONSTRAINT orders_total_check;',
    ],
    [
      'a drop re-added under another name',
      'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    ],
    [
      'a drop re-added on another table',
      `ALTER TABLE "Comment" DROP CONSTRAINT "Post_authorId_fkey";\n${PRISMA_READD}`,
    ],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    [
      'a table created earlier in the change',
      'CREATE TABLE jobs (id int PRIMARY KEY, n int CHECK (n > 0));\nALTER TABLE jobs DROP CONSTRAINT jobs_n_check;',
    ],
    [
      'a Prisma replace changing ON DELETE',
      `ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";\n\n-- AddForeignKey\n${PRISMA_READD}`,
    ],
    [
      'a replace in the same statement',
      'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey, ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;',
    ],
    [
      'a constraint added earlier in the file',
      'ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;\nALTER TABLE orders DROP CONSTRAINT orders_qty_positive;',
    ],
    [
      'a constraint of a column added in the change',
      'ALTER TABLE orders ADD COLUMN coupon_id int REFERENCES coupons (id);\nALTER TABLE orders DROP CONSTRAINT orders_coupon_id_fkey;',
    ],
    [
      'Prisma dropping a column with its foreign key',
      'ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";\n\nALTER TABLE "Post" DROP COLUMN "authorId";',
    ],
    [
      'Prisma dropping a table with its foreign keys',
      'ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";\n\nDROP TABLE "Post";',
    ],
    [
      'adding a constraint',
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;',
    ],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });

  it('points at the statement and classifies it as contract', async () => {
    const finding = (
      await lintSql('-- relax\n\n  ALTER TABLE public.profiles DROP CONSTRAINT profiles_username_key;')
    ).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ rule: RULE, severity: 'error', line: 3, column: 3, class: 'contract' });
    expect(finding!.message).toContain('unique constraint "profiles_username_key" on "profiles"');
    expect(finding!.message).toContain(
      'there is no unique or exclusion constraint matching the ON CONFLICT specification',
    );
  });

  it('warns, without a contract block, when a foreign key is dropped: the previous release queries the same', async () => {
    const [finding] = (await lintSql('ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";')).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding!.class).not.toBe('contract');
    expect(finding!.message).toContain("does not break the previous release's queries");
    expect(finding!.message).toContain('orphans');
  });

  it("does not flag the setting-not-null recipe's last step: the column's NOT NULL replaces the check", async () => {
    const recipe =
      'ALTER TABLE "User" VALIDATE CONSTRAINT "User_name_not_null";\nSET lock_timeout = \'2s\';\nALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;\nALTER TABLE "User" DROP CONSTRAINT "User_name_not_null";';
    expect(await rulesHit(recipe)).toEqual([]);
    // Without the SET NOT NULL first, dropping it loses the guarantee.
    expect(await rulesHit('ALTER TABLE "User" DROP CONSTRAINT "User_name_not_null";')).toContain(RULE);
  });

  it.each([
    ['users_pkey', 'primary key', 'replica identity'],
    ['orders_total_chk', 'check constraint', 'never expects'],
    ['orders_rules', 'constraint', 'uniqueness or values it guaranteed'],
  ])('names the kind of %s when its name tells', async (name, kind, effect) => {
    const [finding] = (await lintSql(`ALTER TABLE t DROP CONSTRAINT ${name};`)).filter(
      (f) => f.rule === RULE,
    );
    expect(finding!.message).toMatch(new RegExp(`^Dropping ${kind} `));
    expect(finding!.message).toContain(effect);
  });

  it('treats a table created by an earlier file of the same change as new', async () => {
    const [, second] = await lintFiles([
      { sql: 'CREATE TABLE t (a int UNIQUE);' },
      { sql: 'ALTER TABLE t DROP CONSTRAINT t_a_key;' },
    ]);
    expect(second!.findings.map((f) => f.rule)).not.toContain(RULE);
  });
});
