import type { Rule } from '../rule.js';
import { nodeOf } from './ast.js';

/** ALTER SCHEMA … RENAME TO: every schema-qualified name the previous release uses stops resolving. */
export const renamingSchema: Rule = {
  id: 'renaming-schema',
  severity: 'error',
  class: 'contract',
  summary:
    'Renaming a schema breaks the previous release, which still names its tables, views and functions by the old schema.',
  kinds: ['RenameStmt'],
  check({ statement, state }) {
    const rename = nodeOf(statement, 'RenameStmt');
    if (!rename || rename.renameType !== 'OBJECT_SCHEMA' || !rename.subname || !rename.newname) return [];
    if (state.isNewSchema(rename.subname)) return [];
    return [
      {
        message: `Renaming schema "${rename.subname}" to "${rename.newname}" breaks the previous release: every query that names "${rename.subname}".… (or finds it on its search_path) fails after the migration, and after a rollback.`,
        help: `Create the new schema beside the old one and move objects over release by release, keeping views under "${rename.subname}" until the previous release no longer uses them.`,
      },
    ];
  },
};
