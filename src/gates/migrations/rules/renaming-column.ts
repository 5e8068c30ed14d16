import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { renamedColumn } from './affected-objects.js';

const RELATIONS: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
};

export const renamingColumn: Rule = {
  id: 'renaming-column',
  severity: 'error',
  class: 'contract',
  summary: 'Renaming a column breaks the previous release, which still uses the old name.',
  kinds: ['RenameStmt'],
  affects: renamedColumn,
  check({ statement, state }) {
    const { node } = statement;
    if (!('RenameStmt' in node)) return [];
    const r = node.RenameStmt;
    const kind = RELATIONS[r.relationType ?? ''];
    if (r.renameType !== 'OBJECT_COLUMN' || !kind || !r.subname || !r.newname) return [];
    const relation = relationKey(r.relation);
    if (state.isNewColumn(relation, r.subname) || state.isNewView(relation)) return [];
    return [
      {
        message: `Renaming column "${r.subname}" of ${kind} "${relation}" to "${r.newname}" breaks the previous release: every query it makes that names "${r.subname}" fails after the migration, and after a rollback.`,
        help: `Expand/contract instead: add "${r.newname}", write both columns (or sync them with a trigger) and backfill, move reads to "${r.newname}", and drop "${r.subname}" in a later release.`,
      },
    ];
  },
};
