import { TempRepo } from '../support/git-repo.js';

/** Prisma apps whose pull request alters a table merged after the last release (not released yet). */

const USERS_SCHEMA = [
  'model User {',
  '  id    Int    @id @default(autoincrement())',
  '  email String @unique',
  '',
  '  @@map("users")',
  '}',
  '',
].join('\n');
const TEAM_MODEL = [
  'model Team {',
  '  id   Int    @id @default(autoincrement())',
  '  name String',
  '  slug String?',
  '}',
  '',
].join('\n');
const INIT =
  'CREATE TABLE "users" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "users_pkey" PRIMARY KEY ("id"));\n';
const TEAM =
  '-- CreateTable\nCREATE TABLE "Team" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, "slug" TEXT, CONSTRAINT "Team_pkey" PRIMARY KEY ("id"));\n';
/** What `prisma migrate dev` writes when a field is renamed in the schema: DROP + ADD. */
export const RENAME_SLUG = [
  '-- AlterTable',
  'ALTER TABLE "Team" DROP COLUMN "slug",',
  'ADD COLUMN     "handle" TEXT;',
  '',
].join('\n');
export const M = 'prisma/migrations';

/**
 * v1.0.0 has users only; `Team` is merged to main after it (not released); the pull request then
 * alters Team. With `withSchema: false` the app has no schema source (the conservative path).
 */
export function unreleasedTableRepo(feature: Record<string, string>, withSchema = true): TempRepo {
  const repo = new TempRepo('rr-since-release-');
  if (withSchema) repo.write('prisma/schema.prisma', USERS_SCHEMA);
  repo.write(`${M}/20260101000000_init/migration.sql`, INIT);
  repo.commit('init', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  if (withSchema) repo.write('prisma/schema.prisma', USERS_SCHEMA + TEAM_MODEL);
  repo.write(`${M}/20260102000000_team/migration.sql`, TEAM);
  repo.commit('feat: teams (not released yet)', '2026-01-02T00:00:00Z');
  repo.branch('feature');
  for (const [path, text] of Object.entries(feature)) repo.write(path, text);
  repo.commit('feature', '2026-01-03T00:00:00Z');
  return repo;
}
