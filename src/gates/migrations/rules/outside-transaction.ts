import { layoutById } from '../layouts.js';
import type { TransactionAdvice } from '../layouts.js';
import type { RuleContext } from '../rule.js';
import { runnerJudging } from '../transaction.js';

export type { TransactionAdvice };

/**
 * Why a statement runs inside a transaction block, and the one step that gets it out of one with this
 * layout's runner (`Layout.outsideTransaction`): shared by ban-concurrent-index-in-transaction and the
 * rules that advise CONCURRENTLY. Every step here is one the migrations gate then passes
 * (__tests__/rules/outside-transaction.test.ts).
 */
export function transactionAdvice(ctx: RuleContext, operation: string): TransactionAdvice {
  const { file, statement, previous, following } = ctx;
  const runner = runnerJudging(file);
  const statements = previous.length + following.length + 1;
  const layout = layoutById(file.layout);
  if (statement.inExplicitTransaction)
    return {
      why: 'the file wraps it in its own BEGIN … COMMIT',
      how: `Move it out of the BEGIN … COMMIT block. ${runner ? layout.outsideTransaction(runner, operation).how : ''}`.trim(),
    };
  if (!runner)
    return {
      why: 'migrations.transaction is per-file, so each migration file runs in a transaction',
      how: 'Run it in a migration of its own, outside any transaction, or set migrations.transaction to match your runner.',
    };
  const advice = layout.outsideTransaction(runner, operation);
  const why =
    runner.transaction === 'implicit'
      ? `${runner.label} sends the file to Postgres as one query, and Postgres runs a query of ${statements} statements as one implicit transaction`
      : advice.why;
  return { why, how: advice.how };
}
