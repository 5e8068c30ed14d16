import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Finding } from '../../src/core/finding.js';
import type { MigrationLayoutId, MigrationsConfig } from '../../src/gates/migrations/config.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import type { LintedFile } from '../../src/gates/migrations/engine.js';
import type { MigrationFile } from '../../src/sql/model.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';

export interface SqlFile {
  path?: string;
  sql: string;
  layout?: MigrationLayoutId;
  direction?: 'up' | 'down';
}

/** Lint SQL snippets as one change (files in the given order), without git or disk. */
export async function lintFiles(
  files: SqlFile[],
  config: Partial<MigrationsConfig> = {},
): Promise<LintedFile[]> {
  await ensureParser();
  const parsed = files.map((f, i) => {
    const file: MigrationFile = {
      path: f.path ?? `supabase/migrations/2024010100000${i}_change.sql`,
      layout: f.layout ?? 'supabase',
      direction: f.direction ?? 'up',
      version: String(i),
    };
    return parseMigration(file, f.sql);
  });
  return lintParsedFiles(parsed, { config: { ...DEFAULT_CONFIG.migrations, ...config } });
}

/** Findings for one SQL snippet (a Supabase migration unless told otherwise). */
export async function lintSql(
  sql: string,
  options: Omit<SqlFile, 'sql'> & { config?: Partial<MigrationsConfig> } = {},
): Promise<Finding[]> {
  const [linted] = await lintFiles([{ ...options, sql }], options.config);
  return linted!.findings;
}

/** The rule ids a snippet triggers, for must/must-not tables. */
export async function rulesHit(sql: string, options: Parameters<typeof lintSql>[1] = {}): Promise<string[]> {
  return (await lintSql(sql, options)).map((f) => f.rule);
}
