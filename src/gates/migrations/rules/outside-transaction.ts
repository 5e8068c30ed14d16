import type { RuleContext } from '../rule.js';
import {
  PRISMA_SPLITS_FROM,
  SUPABASE_STANDALONE_DROP_INDEX_FROM,
  SUPABASE_STANDALONE_FROM,
} from '../runners.js';
import type { RunnerModel } from '../runners.js';
import { runnerJudging } from '../transaction.js';

/**
 * Why a statement runs inside a transaction block, and the one step that gets it out of one with this
 * layout's runner: shared by ban-concurrent-index-in-transaction and the rules that advise CONCURRENTLY.
 * Every step here is one the migrations gate then passes (__tests__/rules/outside-transaction.test.ts).
 */
export interface TransactionAdvice {
  why: string;
  /** How to run `operation` outside a transaction with this runner. */
  how: string;
}

export function transactionAdvice(ctx: RuleContext, operation: string): TransactionAdvice {
  const { file, statement, previous, following } = ctx;
  const runner = runnerJudging(file);
  const statements = previous.length + following.length + 1;
  const alone = `Put ${written(operation)} alone in a migration file of its own (no other statement, not even SET): a one-statement file runs outside any transaction.`;
  if (statement.inExplicitTransaction)
    return {
      why: 'the file wraps it in its own BEGIN … COMMIT',
      how: `Move it out of the BEGIN … COMMIT block. ${runner ? adviceFor(runner, file.layout, operation, alone).how : ''}`.trim(),
    };
  if (!runner)
    return {
      why: 'migrations.transaction is per-file, so each migration file runs in a transaction',
      how: 'Run it in a migration of its own, outside any transaction, or set migrations.transaction to match your runner.',
    };
  const advice = adviceFor(runner, file.layout, operation, alone);
  const why =
    runner.transaction === 'implicit'
      ? `${runner.label} sends the file to Postgres as one query, and Postgres runs a query of ${statements} statements as one implicit transaction`
      : advice.why;
  return { why, how: advice.how };
}

/** The statement as it should be written to be re-runnable after a failed build. */
function written(operation: string): string {
  if (operation.startsWith('CREATE')) return `${operation} IF NOT EXISTS`;
  if (operation.startsWith('DROP')) return `${operation} IF EXISTS`;
  return operation;
}

function adviceFor(runner: RunnerModel, layout: string, operation: string, alone: string): TransactionAdvice {
  switch (layout) {
    case 'prisma':
      return {
        why: `${runner.label} runs this file in a transaction`,
        how: `${alone} Prisma ${PRISMA_SPLITS_FROM}+ sends each statement on its own: once the lockfile pins it (or migrations.prisma-version says so), ${operation} may share a file.`,
      };
    case 'supabase': {
      const from = operation.startsWith('DROP')
        ? SUPABASE_STANDALONE_DROP_INDEX_FROM
        : SUPABASE_STANDALONE_FROM;
      return {
        why: `${runner.label} sends every statement of a file, and the history insert, as one pipeline batch, which Postgres runs as one implicit transaction`,
        how: `Supabase CLI ${from}+ runs ${operation} on its own, outside the file's transaction: pin "supabase": "^${from}" in package.json devDependencies, apply migrations with that CLI (npx supabase db push), and keep the lockfile committed so this check sees the version (or set migrations.supabase-version). Otherwise run the statement by hand (psql) outside the migrations folder.`,
      };
    }
    case 'drizzle':
      return {
        why: "drizzle-orm's migrator runs every pending migration in one transaction",
        how: `Drizzle has no way to run a migration outside its transaction: run ${written(operation)} outside Drizzle (psql, or a deploy step after drizzle-kit migrate) and keep it out of the drizzle folder, or use the plain form and accept the write lock if the table is small.`,
      };
    case 'dbmate':
      return runner.transaction === 'implicit'
        ? {
            why: 'dbmate sends the section as one query',
            how: `Keep ${written(operation)} alone in the up section of a migration whose first line is \`-- migrate:up transaction:false\`: dbmate sends the whole section as one query.`,
          }
        : {
            why: 'dbmate runs each migration in a transaction unless it is marked transaction:false',
            how: `Move it to a migration of its own whose first line is \`-- migrate:up transaction:false\`, with ${written(operation)} alone in that section.`,
          };
    case 'flyway':
      return {
        why: 'Flyway runs this file in a transaction: it holds statements its parser runs in one (a file that mixes both is refused unless mixed=true)',
        how: `Move it into a migration file of its own holding only statements Flyway runs without a transaction (CREATE/DROP INDEX CONCURRENTLY, VACUUM); REINDEX … CONCURRENTLY is not on Flyway's list: run it by hand.`,
      };
    default:
      return { why: `${runner.label} runs this file in a transaction`, how: alone };
  }
}
