import { describe, expect, it } from '@jest/globals';
import { lintFiles } from '../support/lint-sql.js';

/** The class a one-file change gets (the file's riskiest statement). */
async function classOf(sql: string): Promise<string> {
  const [linted] = await lintFiles([{ sql, path: 'prisma/migrations/2_rename/migration.sql', layout: 'prisma' }]);
  expect(linted!.findings.map((f) => f.rule)).not.toContain('syntax-error');
  return linted!.class;
}

describe('renames the previous release never names', () => {
  // Checked on PostgreSQL 15 (see classify.ts): queries do not name indexes, constraints, sequences
  // (defaults hold the OID), triggers or policies.
  it.each([
    ['a Prisma @@index rename', 'ALTER INDEX "User_email_idx" RENAME TO "User_mail_idx";'],
    ['a primary key index rename', 'ALTER INDEX "Conversation_pkey" RENAME TO "Chat_pkey";'],
    ['a foreign key rename', 'ALTER TABLE "Chat" RENAME CONSTRAINT "Conversation_userId_fkey" TO "Chat_userId_fkey";'],
    ['a sequence rename', 'ALTER SEQUENCE "Conversation_id_seq" RENAME TO "Chat_id_seq";'],
    ['a trigger rename', 'ALTER TRIGGER t_audit ON t RENAME TO t_audit2;'],
    ['a policy rename', 'ALTER POLICY p ON t RENAME TO q;'],
  ])('%s is expand', async (_name, sql) => {
    expect(await classOf(sql)).toBe('expand');
  });

  it.each([
    ['a table rename', 'ALTER TABLE "Conversation" RENAME TO "Chat";'],
    ['a column rename', 'ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";'],
  ])('%s is still contract', async (_name, sql) => {
    expect(await classOf(sql)).toBe('contract');
  });

  it('a view rename stays unknown (queries name views)', async () => {
    expect(await classOf('ALTER VIEW v RENAME TO w;')).toBe('unknown');
  });
});
