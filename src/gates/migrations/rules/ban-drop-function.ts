import { qualifiedName } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { dropTargetNames, nodeOf } from './ast.js';

const KINDS: Record<string, string> = {
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_ROUTINE: 'routine',
};

export const banDropFunction: Rule = {
  id: 'ban-drop-function',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a function or procedure breaks the previous release and the triggers, policies and RPC calls that use it.',
  kinds: ['DropStmt'],
  check({ statement, state, following }) {
    const { node } = statement;
    if (!('DropStmt' in node)) return [];
    const kind = KINDS[node.DropStmt.removeType ?? ''];
    if (!kind) return [];
    // DROP then CREATE of the same name later in the file replaces the function (e.g. to change its return type).
    const recreated = new Set(
      following.flatMap((s) => {
        const fn = nodeOf(s, 'CreateFunctionStmt');
        return fn ? [qualifiedName(fn.funcname)] : [];
      }),
    );
    const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
    return dropTargetNames(node)
      .map((parts) => qualifiedName(parts))
      .filter((name) => name && !state.isNewFunction(name) && !recreated.has(name))
      .map((name) => ({
        message:
          `Dropping ${kind} "${name}" breaks the previous release: its calls (SQL, RPC, triggers, defaults) fail with "function does not exist", after the migration and after a rollback` +
          `${cascade ? '; CASCADE also drops the triggers and policies built on it' : ''}.`,
        help: `Replace it in place (CREATE OR REPLACE, or DROP and CREATE ${name} in the same migration), or drop it in a later release once the rollback target no longer calls it.`,
      }));
  },
};
