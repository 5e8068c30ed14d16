import type { AlterDomainStmt, Constraint, Node } from '@pgsql/types';
import type { ParsedStatement } from '../../../sql/model.js';
import { ParserNotLoadedError, parseSql } from '../../../sql/pg-parser.js';
import { flatDoBlockSql } from '../../../sql/plpgsql.js';
import { relationKey, stringValue } from '../../../sql/names.js';
import type { Rule, RuleContext, RuleHit } from '../rule.js';
import { alterCommands, columnConstraints, columnDefOf, constraintOf, isTableAlter, nodeOf } from './ast.js';

const isScanned = (c: Constraint | undefined): c is Constraint =>
  (c?.contype === 'CONSTR_FOREIGN' || c?.contype === 'CONSTR_CHECK') && !c.skip_validation;

function scanHit(table: string, c: Constraint, inline?: string): RuleHit {
  const name = c.conname ? ` "${c.conname}"` : '';
  const what = inline
    ? `column "${inline}" with an inline ${c.contype === 'CONSTR_FOREIGN' ? 'REFERENCES' : 'CHECK'}`
    : `constraint${name}`;
  const fix = inline
    ? `Add "${inline}" without the constraint, then ADD CONSTRAINT … NOT VALID, and VALIDATE CONSTRAINT in a later migration.`
    : 'Add it with NOT VALID (checked for new writes at once, instantly), then VALIDATE CONSTRAINT in a later migration: validation only blocks schema changes.';
  if (c.contype === 'CONSTR_FOREIGN') {
    const parent = relationKey(c.pktable);
    // A self-reference (parent_id → id) scans one table: "both X and X" would read as two.
    const against =
      parent === table
        ? `checks every row against "${table}" itself while holding a lock that blocks writes to it`
        : `checks every row against "${parent}" while holding locks that block writes to both "${table}" and "${parent}"`;
    return {
      message: `Adding ${what} to existing table "${table}" ${against} until the scan finishes.`,
      help: fix,
      locks: parent === table ? [table] : [table, parent],
    };
  }
  return {
    message: `Adding ${what} to existing table "${table}" scans every row while holding an ACCESS EXCLUSIVE lock: reads and writes of "${table}" wait until the scan finishes.`,
    help: fix,
    locks: [table],
  };
}

/** Statements that ran earlier in the same transaction as this one. */
function sameTransaction({ statement, previous }: RuleContext): readonly ParsedStatement[] {
  if (!statement.inExplicitTransaction) return previous;
  const begin = previous.findLastIndex((s) => s.kind === 'TransactionStmt');
  return previous.slice(begin + 1);
}

/** Names of constraints added NOT VALID to `table` earlier in the transaction. */
function addedNotValid(statements: readonly ParsedStatement[], table: string): Set<string> {
  const names = statements
    .filter(
      (s) =>
        s.kind === 'AlterTableStmt' &&
        'AlterTableStmt' in s.node &&
        relationKey(s.node.AlterTableStmt.relation) === table,
    )
    .flatMap((s) => alterCommands(s.node).map((c) => constraintOf(c.def)))
    .flatMap((c) => (c?.skip_validation && c.conname ? [c.conname] : []));
  return new Set(names);
}

/**
 * The statements of a `DO $$ BEGIN … [EXCEPTION …] END $$` block: Drizzle wraps its foreign keys in one
 * to ignore duplicate_object. Anything more complex than a flat list of statements is left alone.
 */
function doBlockStatements(node: Node): Node[] {
  if (!('DoStmt' in node)) return [];
  const options = (node.DoStmt.args ?? []).flatMap((a) => ('DefElem' in a ? [a.DefElem] : []));
  const language = options.find((o) => o.defname === 'language')?.arg;
  if (language && 'String' in language && language.String.sval !== 'plpgsql') return [];
  const body = options.find((o) => o.defname === 'as')?.arg;
  const queries = body && 'String' in body ? flatDoBlockSql(body.String.sval ?? '') : undefined;
  try {
    return (queries ?? []).flatMap((q) => (parseSql(q).stmts ?? []).flatMap((s) => (s.stmt ? [s.stmt] : [])));
  } catch (error) {
    if (error instanceof ParserNotLoadedError) throw error; // never read a missing parser as "no statements"
    return [];
  }
}

function checkAlter(ctx: RuleContext, node: Node): RuleHit[] {
  if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
  const table = relationKey(node.AlterTableStmt.relation);
  if (ctx.state.isNewTable(table)) return [];
  const cmds = alterCommands(node);
  // Only a VALIDATE needs the NOT VALID constraints added earlier in its transaction (a backward scan).
  const notValid =
    ctx.inTransaction && cmds.some((c) => c.subtype === 'AT_ValidateConstraint')
      ? addedNotValid([...sameTransaction(ctx), ctx.statement], table)
      : new Set<string>();
  return cmds.flatMap((cmd): RuleHit[] => {
    if (cmd.subtype === 'AT_AddConstraint') {
      const c = constraintOf(cmd.def);
      return isScanned(c) ? [scanHit(table, c)] : [];
    }
    if (cmd.subtype === 'AT_AddColumn') {
      const def = columnDefOf(cmd);
      return def
        ? columnConstraints(def)
            .filter(isScanned)
            .map((c) => scanHit(table, c, def.colname))
        : [];
    }
    if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name && notValid.has(cmd.name)) {
      return [
        {
          message: `VALIDATE CONSTRAINT "${cmd.name}" runs in the same transaction that added it NOT VALID, so the lock taken by the ADD is held for the whole validation scan of "${table}": NOT VALID buys nothing.`,
          help: 'Move VALIDATE CONSTRAINT to a later migration (its own transaction): alone it takes a SHARE UPDATE EXCLUSIVE lock that lets reads and writes continue.',
          locks: [table],
        },
      ];
    }
    return [];
  });
}

/**
 * ALTER DOMAIN … ADD CONSTRAINT (without NOT VALID) and SET NOT NULL check every column of the domain in
 * every table, holding a SHARE lock on each: no writes to any of them until the scan ends.
 */
function checkDomain(ctx: RuleContext, domain: AlterDomainStmt): RuleHit[] {
  const name = (domain.typeName ?? []).map(stringValue).join('.');
  if (ctx.state.isNewType(name)) return [];
  const c = domain.subtype === 'C' ? constraintOf(domain.def) : undefined;
  const scans = domain.subtype === 'O' || (c?.contype === 'CONSTR_CHECK' && !c.skip_validation);
  if (!scans) return [];
  const what =
    domain.subtype === 'O'
      ? 'SET NOT NULL on'
      : `adding check constraint${c?.conname ? ` "${c.conname}"` : ''} to`;
  return [
    {
      message: `ALTER DOMAIN ${what} domain "${name}" checks every value of the domain in every table that uses it, holding a SHARE lock that blocks writes to each of those tables until the scan finishes.`,
      help: `Add it as a CHECK constraint with NOT VALID (${domain.subtype === 'O' ? 'CHECK (VALUE IS NOT NULL) NOT VALID' : 'instant, enforced for new values'}), then ALTER DOMAIN … VALIDATE CONSTRAINT in a later migration: validation does not block writes.`,
    },
  ];
}

export const constraintMissingNotValid: Rule = {
  id: 'constraint-missing-not-valid',
  severity: 'error',
  class: 'expand',
  kinds: ['AlterTableStmt', 'DoStmt', 'AlterDomainStmt'],
  summary:
    'Adding a FOREIGN KEY or CHECK constraint without NOT VALID scans the whole table under a lock that blocks writes.',
  check(ctx) {
    const domain = nodeOf(ctx.statement, 'AlterDomainStmt');
    if (domain) return checkDomain(ctx, domain);
    const { node } = ctx.statement;
    return [node, ...doBlockStatements(node)].flatMap((n) => checkAlter(ctx, n));
  },
};
