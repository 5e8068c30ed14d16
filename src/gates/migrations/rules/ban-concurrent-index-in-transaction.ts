import type { Node } from '@pgsql/types';
import { layoutById } from '../layouts.js';
import type { Rule, RuleContext } from '../rule.js';
import { isConcurrentReindex } from './ast.js';

function concurrentOperation(node: Node): string | undefined {
  if ('IndexStmt' in node && node.IndexStmt.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX' && node.DropStmt.concurrent)
    return 'DROP INDEX CONCURRENTLY';
  if (isConcurrentReindex(node)) return 'REINDEX CONCURRENTLY';
  return undefined;
}

/** Why this statement runs in a transaction, naming the runner. */
function why({ statement, file, transactionModel, previous, following }: RuleContext): string {
  const runner = layoutById(file.layout).name;
  if (statement.inExplicitTransaction) return 'the file wraps it in its own BEGIN … COMMIT';
  switch (transactionModel) {
    case 'implicit':
      return `${runner} sends the file as one query, and Postgres runs a query of ${previous.length + following.length + 1} statements as one implicit transaction`;
    case 'flyway':
      return 'Flyway runs this file in a transaction because it also holds statements that can run in one';
    default:
      if (['supabase', 'prisma', 'drizzle'].includes(file.layout))
        return `${runner} runs each migration file in a transaction`;
      if (file.layout === 'dbmate')
        return 'dbmate runs each migration in a transaction unless it is marked transaction:false';
      return 'migrations.transaction is per-file, so each migration file runs in a transaction';
  }
}

const HELP: Record<string, string> = {
  supabase:
    'Supabase cannot run a migration file outside a transaction: run this statement by hand (psql) outside the migration, or use the plain form and accept the write lock if the table is small.',
  prisma:
    'Prisma Migrate runs migration files in a transaction: run this statement by hand (psql) and record its migration with `prisma migrate resolve --applied <name>`, or use the plain form and accept the write lock if the table is small.',
  drizzle:
    'drizzle-kit migrate runs migrations in a transaction: run this statement by hand (psql) outside Drizzle, or use the plain form and accept the write lock if the table is small.',
  dbmate: 'Move it to a migration of its own whose first line is `-- migrate:up transaction:false`.',
  'golang-migrate':
    'Move it alone into a migration file of its own: a single-statement file runs outside any transaction.',
  flyway:
    'Move it into a migration file of its own that holds only non-transactional statements: Flyway then runs that file without a transaction.',
};

export const banConcurrentIndexInTransaction: Rule = {
  id: 'ban-concurrent-index-in-transaction',
  severity: 'error',
  class: 'unknown',
  kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
  summary:
    'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY fail inside a transaction block, so the deploy stops at this migration.',
  check(ctx) {
    const operation = concurrentOperation(ctx.statement.node);
    if (!operation || !ctx.inTransaction) return [];
    const help = ctx.statement.inExplicitTransaction
      ? `Move it out of the BEGIN … COMMIT block into a migration of its own. ${HELP[ctx.file.layout] ?? ''}`.trim()
      : (HELP[ctx.file.layout] ?? 'Run it in a migration of its own, outside any transaction.');
    return [
      {
        message: `${operation} cannot run inside a transaction block, but ${why(ctx)}: Postgres rejects it and the deploy fails at this migration.`,
        help,
      },
    ];
  },
};
