import { stringValue } from '../../../sql/names.js';
import type { Rule } from '../rule.js';

export const banDropSchema: Rule = {
  id: 'ban-drop-schema',
  severity: 'error',
  class: 'contract',
  summary:
    'Dropping a schema deletes every table, view and function in it, which the previous release may still use.',
  kinds: ['DropStmt'],
  check({ statement, state }) {
    const { node } = statement;
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_SCHEMA') return [];
    const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
    return (node.DropStmt.objects ?? [])
      .map(stringValue)
      .filter((schema): schema is string => schema !== undefined && !state.isNewSchema(schema))
      .map((schema) => ({
        message:
          `Dropping schema "${schema}" breaks the previous release: ${cascade ? 'CASCADE deletes every table, view and function in it' : 'it fails unless the schema is empty, and once it succeeds nothing in it can be queried'}, ` +
          'and a rollback cannot bring the data back.',
        help: 'Move or retire the objects one at a time, each in a release after the code stopped using it; drop the empty schema last, without CASCADE.',
      }));
  },
};
