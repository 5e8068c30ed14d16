import { relationKey } from '../../../sql/names.js';
import type { Rule } from '../rule.js';
import { isConcurrentReindex } from './ast.js';

const WHAT: Record<string, string> = {
  REINDEX_OBJECT_INDEX: 'index',
  REINDEX_OBJECT_TABLE: 'table',
  REINDEX_OBJECT_SCHEMA: 'schema',
  REINDEX_OBJECT_SYSTEM: 'system catalogs',
  REINDEX_OBJECT_DATABASE: 'database',
};

export const requireConcurrentReindex: Rule = {
  id: 'require-concurrent-reindex',
  severity: 'error',
  class: 'expand',
  summary:
    'REINDEX without CONCURRENTLY blocks writes to the table, and reads through the index, until the rebuild finishes.',
  kinds: ['ReindexStmt'],
  check({ statement, state, pgVersion }) {
    const { node } = statement;
    if (!('ReindexStmt' in node) || isConcurrentReindex(node)) return [];
    const reindex = node.ReindexStmt;
    const kind = reindex.kind ?? 'REINDEX_OBJECT_INDEX';
    const name = reindex.relation ? relationKey(reindex.relation) : (reindex.name ?? '');
    if (kind === 'REINDEX_OBJECT_TABLE' && state.isNewTable(name)) return [];
    if (kind === 'REINDEX_OBJECT_INDEX' && state.isNewIndex(name)) return [];
    const target = `${WHAT[kind] ?? 'object'}${name ? ` "${name}"` : ''}`;
    return [
      {
        message: `REINDEX of ${target} without CONCURRENTLY blocks every write to the table(s) and every read that uses the index being rebuilt, for the whole rebuild.`,
        help:
          pgVersion >= 12
            ? 'Use REINDEX … CONCURRENTLY (Postgres 12+) in a migration of its own that runs outside a transaction.'
            : `Postgres ${pgVersion} has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one and rename the new one.`,
        ...(kind === 'REINDEX_OBJECT_TABLE' && name ? { locks: [name] } : {}),
      },
    ];
  },
};
