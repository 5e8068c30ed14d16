import type { Database } from '../../db/database.js';
import type { MigrationLayoutId } from '../migrations/config.js';
import { layoutById } from '../migrations/layouts.js';

/**
 * Create the history tables the layouts' runners create before their first migration, as the role that
 * applies the migrations (the runner connects as that user). Migrations may alter or read them: without
 * them a real history fails as if a migration were misordered. Returns what could not be created.
 */
export async function createRunnerTables(
  db: Database,
  layouts: Iterable<MigrationLayoutId>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const id of new Set(layouts)) {
    const sql = layoutById(id).historyTable;
    if (!sql) continue;
    await db.exec(sql).catch((error: Error) => {
      problems.push(`${layoutById(id).name}'s history table: ${error.message}`);
    });
  }
  return problems;
}
