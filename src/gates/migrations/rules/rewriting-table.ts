import { relationKey } from '../../../sql/names.js';
import type { Rule, RuleHit } from '../rule.js';
import { alterCommands, isTableAlter, nodeOf } from './ast.js';

/** ALTER TABLE forms that copy the whole table into a new file while holding ACCESS EXCLUSIVE. */
const REWRITING_ALTERS: Record<string, string> = {
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetAccessMethod: 'SET ACCESS METHOD',
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
  AT_SetExpression: 'ALTER COLUMN … SET EXPRESSION', // Postgres 17+: recomputes the stored column
};

const WHY =
  'copies every row into a new file under an ACCESS EXCLUSIVE lock: no reads or writes of it until the copy finishes';

/** CLUSTER, VACUUM FULL and the ALTER TABLE forms that rewrite an existing table (docs/ddl-audit.md). */
export const rewritingTable: Rule = {
  id: 'rewriting-table',
  severity: 'error',
  class: 'expand',
  summary:
    'CLUSTER, VACUUM FULL, SET TABLESPACE / ACCESS METHOD / LOGGED / UNLOGGED rewrite a table under an ACCESS EXCLUSIVE lock.',
  kinds: ['ClusterStmt', 'VacuumStmt', 'AlterTableStmt'],
  check({ statement, state }) {
    const cluster = nodeOf(statement, 'ClusterStmt');
    if (cluster) {
      const table = relationKey(cluster.relation);
      if (table && state.isNewTable(table)) return [];
      return [
        {
          message: `CLUSTER ${table ? `"${table}"` : '(every clustered table)'} ${WHY}.`,
          help: 'Leave physical ordering to a maintenance window outside the deploy, or use pg_repack, which reorders a table without the long lock.',
          ...(table ? { locks: [table] } : {}),
        },
      ];
    }
    const vacuum = nodeOf(statement, 'VacuumStmt');
    if (vacuum) {
      const full = (vacuum.options ?? []).some(
        (o) =>
          'DefElem' in o &&
          o.DefElem.defname === 'full' &&
          !/^(false|off|0)$/i.test(
            String((o.DefElem.arg as { String?: { sval?: string } } | undefined)?.String?.sval ?? 'true'),
          ),
      );
      if (!full) return [];
      const tables = (vacuum.rels ?? []).flatMap((r) =>
        'VacuumRelation' in r ? [relationKey(r.VacuumRelation.relation)] : [],
      );
      if (tables.length && tables.every((t) => state.isNewTable(t))) return [];
      return [
        {
          message: `VACUUM FULL ${tables.length ? tables.map((t) => `"${t}"`).join(', ') : '(every table)'} ${WHY}.`,
          help: 'Plain VACUUM (without FULL) reclaims space for reuse without blocking reads or writes; to shrink a table, use pg_repack outside the deploy.',
          ...(tables.length ? { locks: tables } : {}),
        },
      ];
    }
    const { node } = statement;
    if (!isTableAlter(node) || !('AlterTableStmt' in node)) return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    return alterCommands(node).flatMap((cmd): RuleHit[] => {
      const form = REWRITING_ALTERS[cmd.subtype ?? ''];
      if (!form) return [];
      return [
        {
          message: `ALTER TABLE "${table}" ${form} ${WHY}.`,
          help: 'Do it in a maintenance window outside the deploy, or build a new table beside it, copy in batches and swap names.',
          locks: [table],
        },
      ];
    });
  },
};
