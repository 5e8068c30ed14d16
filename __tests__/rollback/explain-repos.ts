import { TempRepo } from '../support/git-repo.js';

/**
 * Release histories shaped like the real cases `rollback plan` got wrong: Prisma apps whose later
 * releases drop what the target still maps, add enum values, move their migrations folder, or ran
 * migrations that took locks (deploy-time concerns that are over by the time of a rollback).
 */

const USER_V1 = [
  'model User {',
  '  id    Int    @id @default(autoincrement())',
  '  email String?',
  '  role  Role   @default(MEMBER)',
  '}',
  '',
  'enum Role {',
  '  MEMBER',
  '  ADMIN',
  '}',
  '',
].join('\n');
const INIT = [
  "CREATE TYPE \"Role\" AS ENUM ('MEMBER', 'ADMIN');",
  'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT, "role" "Role" NOT NULL DEFAULT \'MEMBER\');',
  '',
].join('\n');
export const M = 'prisma/migrations';
export const MOVED = 'packages/database/migrations';
/** Where the moved app kept its migrations first: found only through its migration_lock.toml. */
const FIRST_HOME = 'apps/web/db/migrations';

function start(prefix: string, schema = true): TempRepo {
  const repo = new TempRepo(prefix);
  if (schema) repo.write('prisma/schema.prisma', USER_V1);
  repo.write(`${M}/20260101000000_init/migration.sql`, INIT);
  repo.commit('feat: users', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  return repo;
}

/**
 * v1.1.0 stops mapping email and adds an index the non-concurrent way (a lock rule's error); v1.2.0
 * drops email and adds an enum value the new release writes. Rolling back to v1.1.0 is safe (the index
 * ran long ago; email is unused); to v1.0.0 it is not (email is still mapped, OWNER unknown).
 */
export function lockAndDropHistory(): TempRepo {
  const repo = start('rr-plan-explain-');
  repo.write('prisma/schema.prisma', USER_V1.replace('  email String?\n', ''));
  repo.write(
    `${M}/20260102000000_role_index/migration.sql`,
    'CREATE INDEX "User_role_idx" ON "User"("role");\n',
  );
  repo.commit('feat: stop using email; index roles', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0');
  repo.write(
    'prisma/schema.prisma',
    USER_V1.replace('  email String?\n', '').replace('  ADMIN\n', '  ADMIN\n  OWNER\n'),
  );
  repo.write(
    `${M}/20260103000000_drop_email/migration.sql`,
    '-- AlterTable\nALTER TABLE "User" DROP COLUMN "email";\nCREATE INDEX "User_id_role_idx" ON "User"("id", "role");\n',
  );
  repo.write(
    `${M}/20260104000000_owner/migration.sql`,
    '-- AlterEnum\nALTER TYPE "Role" ADD VALUE \'OWNER\';\n',
  );
  repo.commit('feat!: drop email, owners', '2026-01-03T00:00:00Z');
  repo.tag('v1.2.0');
  return repo;
}

/**
 * v1.1.0 moves the Prisma migrations from apps/web/db/migrations into packages/database/migrations (a monorepo move, same files)
 * and adds one migration there. With `dropEmail`, that migration drops a column v1.0.0 reads, and the
 * app has no schema source: only the migration history can say v1.0.0 had the column.
 */
export function movedFolderHistory(dropEmail: boolean): TempRepo {
  // Found at each release by Prisma's migration_lock.toml, which moves with the folder (no config).
  const repo = new TempRepo('rr-plan-moved-');
  if (!dropEmail) repo.write('prisma/schema.prisma', USER_V1);
  repo.write(`${FIRST_HOME}/migration_lock.toml`, 'provider = "postgresql"\n');
  repo.write(`${FIRST_HOME}/20260101000000_init/migration.sql`, INIT);
  repo.commit('feat: users', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  repo.write('packages/database/package.json', '{ "name": "@app/database" }\n');
  repo.git('mv', FIRST_HOME, MOVED);
  repo.write(
    `${MOVED}/20260102000000_next/migration.sql`,
    dropEmail ? 'ALTER TABLE "User" DROP COLUMN "email";\n' : 'ALTER TABLE "User" ADD COLUMN "name" TEXT;\n',
  );
  repo.commit('chore: move migrations to packages/database', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0');
  return repo;
}
