import type { Rule } from '../rule.js';
import { nodeOf } from './ast.js';

export const banDropDatabase: Rule = {
  id: 'ban-drop-database',
  severity: 'error',
  class: 'contract',
  summary: 'Dropping a database from a migration deletes everything in it; no rollback brings it back.',
  kinds: ['DropdbStmt'],
  check({ statement, previous }) {
    const { node } = statement;
    if (!('DropdbStmt' in node) || !node.DropdbStmt.dbname) return [];
    const name = node.DropdbStmt.dbname;
    if (previous.some((s) => nodeOf(s, 'CreatedbStmt')?.dbname === name)) return [];
    return [
      {
        message: `Dropping database "${name}" deletes every table in it: the previous release loses all of its data, and a rollback cannot restore it.`,
        help: 'Never drop a database from an application migration; retire it by hand, after a verified backup, once no release connects to it.',
      },
    ];
  },
};
