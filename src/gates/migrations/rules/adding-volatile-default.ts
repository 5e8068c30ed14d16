import type { Node } from '@pgsql/types';
import type { ParsedStatement } from '../../../sql/model.js';
import { qualifiedName, relationKey, stringValue } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { alterCommands, columnDefOf, columnDefault, findNodes, isTableAlter, nodeOf } from './ast.js';

/**
 * Built-in and extension functions that are VOLATILE, matched on the unqualified name (Supabase installs
 * extensions in the `extensions` schema). now(), CURRENT_TIMESTAMP, auth.uid() and friends are STABLE.
 */
const VOLATILE = new Set([
  'random',
  'random_normal',
  'gen_random_uuid',
  'uuidv4',
  'uuidv7',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'gen_random_bytes',
  'gen_salt',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'setval',
  'currval',
  'lastval',
  'txid_current',
  'pg_current_xact_id',
]);

/** Volatility of a function created earlier in this file (VOLATILE unless it says otherwise). */
function volatileInFile(name: string, previous: readonly ParsedStatement[]): boolean {
  const created = previous.flatMap((s) => {
    const fn = nodeOf(s, 'CreateFunctionStmt');
    return fn && qualifiedName(fn.funcname) === name ? [fn] : [];
  });
  const last = created[created.length - 1];
  if (!last) return false;
  const option = (last.options ?? []).find((o) => 'DefElem' in o && o.DefElem.defname === 'volatility');
  const value = option && 'DefElem' in option ? stringValue(option.DefElem.arg) : undefined;
  return value === undefined || value === 'volatile';
}

/** The first volatile function the default calls, e.g. `gen_random_uuid()`. */
function volatileCall(expr: Node, previous: readonly ParsedStatement[]): string | undefined {
  for (const call of findNodes(expr, 'FuncCall')) {
    const name = qualifiedName(call.funcname);
    const base = name.slice(name.lastIndexOf('.') + 1);
    if (VOLATILE.has(base) || volatileInFile(name, previous)) return `${name}()`;
  }
  return undefined;
}

export const addingVolatileDefault: Rule = {
  id: 'adding-volatile-default',
  severity: 'error',
  class: 'expand',
  summary:
    'ADD COLUMN with a volatile DEFAULT (or any DEFAULT before Postgres 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
  kinds: ['AlterTableStmt'],
  check({ statement, state, previous, pgVersion }) {
    if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node)) return [];
    const table = relationKey(statement.node.AlterTableStmt.relation);
    if (state.isNewTable(table)) return [];
    return alterCommands(statement.node).flatMap((cmd) => {
      const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
      const expr = def && columnDefault(def);
      if (!def?.colname || !expr) return [];
      const lock = `rewrites every row of existing table "${table}" under an ACCESS EXCLUSIVE lock`;
      const wait = 'no reads or writes until the rewrite finishes';
      const call = volatileCall(expr, previous);
      if (call) {
        return [
          {
            message: `Adding column "${def.colname}" with the volatile default ${call} ${lock}, because Postgres must compute a value for each existing row: ${wait}.`,
            help: `Add "${def.colname}" without a default, then ALTER COLUMN … SET DEFAULT ${call} (new rows only), and backfill existing rows in batches.`,
            locks: [table],
          },
        ];
      }
      if (pgVersion >= 11) return [];
      return [
        {
          message: `On Postgres ${pgVersion}, adding column "${def.colname}" with a DEFAULT ${lock} (only Postgres 11+ stores a constant default without touching the rows): ${wait}.`,
          help: `Add "${def.colname}" without a default, then SET DEFAULT in a second statement and backfill existing rows in batches; or raise migrations.pg-version if production runs 11+.`,
          locks: [table],
        },
      ];
    });
  },
};
