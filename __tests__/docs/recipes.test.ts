import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { MigrationLayoutId, MigrationsConfig } from '../../src/gates/migrations/config.js';
import { RULES } from '../../src/gates/migrations/rules/index.js';
import { lintFiles } from '../support/lint-sql.js';

const CONTRACT_RULES = new Set(RULES.filter((r) => r.class === 'contract').map((r) => r.id));

/**
 * Every SQL recipe in docs/ must pass the linter it comes with. A recipe is a ```sql block under a
 * heading that starts with "Safe alternative" or "Do this", or any ```sql block right after an
 * `<!-- recipe … -->` comment. The comment may name the runner: `<!-- recipe layout=prisma
 * prisma-version=7.3.0 -->` (default: plain SQL, each statement on its own). A comment line
 * `-- migration …`, `-- release …` or `-- separate migration` starts the next migration file of the
 * same change. `<!-- not-a-recipe: why -->` before a block under such a heading exempts it (a
 * "before" example, a partial snippet).
 */
const ROOT = join(import.meta.dirname, '..', '..');

interface Recipe {
  where: string;
  /** `contract`: a contract step, run once the previous release no longer uses the object (see below). */
  contract: boolean;
  /** `down`: a down migration (rules hold an up migration to expand/contract, not a down one). */
  down: boolean;
  sql: string;
  layout: MigrationLayoutId;
  config: Partial<MigrationsConfig>;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

export function recipesIn(path: string, text: string): Recipe[] {
  const recipes: Recipe[] = [];
  const lines = text.split('\n');
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{2,3} /.test(line)) heading = line.replace(/^#+ /, '');
    if (!/^```sql\b/.test(line)) continue;
    const end = lines.indexOf('```', i + 1);
    const sql = lines.slice(i + 1, end).join('\n');
    const before = lines.slice(Math.max(0, i - 3), i).join('\n');
    const marker = /<!-- recipe\b([^>]*)-->\s*$/.exec(before);
    const exempt = /<!-- not-a-recipe\b[^>]*-->\s*$/.test(before);
    const underHeading = /^(safe alternative|do this)/i.test(heading);
    if ((marker || underHeading) && !exempt) {
      const attrs = Object.fromEntries(
        [...(marker?.[1] ?? '').matchAll(/([a-z-]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]),
      );
      const config: Partial<MigrationsConfig> = {};
      if (attrs['prisma-version']) config['prisma-version'] = attrs['prisma-version'];
      if (attrs['supabase-version']) config['supabase-version'] = attrs['supabase-version'];
      recipes.push({
        where: `${relative(ROOT, path)}:${i + 1}`,
        contract: /(^|\s)contract(\s|$)/.test(marker?.[1] ?? ''),
        down: /(^|\s)down(\s|$)/.test(marker?.[1] ?? ''),
        sql,
        layout: (attrs.layout as MigrationLayoutId | undefined) ?? 'plain',
        config,
      });
    }
    i = end;
  }
  return recipes;
}

/** The block split into the migration files it describes. */
function migrationsOf(sql: string): string[] {
  const files: string[] = [''];
  for (const line of sql.split('\n')) {
    if (/^--\s*(migration\b|release\b|separate migration)/i.test(line) && files[files.length - 1]!.trim()) files.push('');
    files[files.length - 1] += `${line}\n`;
  }
  return files.filter((f) => f.trim());
}

const PATHS: Record<string, (n: number) => string> = {
  plain: (n) => `migrations/00${n}_recipe.sql`,
  supabase: (n) => `supabase/migrations/2026010100000${n}_recipe.sql`,
  prisma: (n) => `prisma/migrations/2026010100000${n}_recipe/migration.sql`,
  drizzle: (n) => `drizzle/000${n}_recipe.sql`,
  'golang-migrate': (n) => `db/migrations/00${n}_recipe.up.sql`,
  flyway: (n) => `db/migration/V${n}__recipe.sql`,
  dbmate: (n) => `db/migrations/2026010100000${n}_recipe.sql`,
};

const recipes = markdownFiles(join(ROOT, 'docs')).flatMap((p) => recipesIn(p, readFileSync(p, 'utf8')));

describe('SQL recipes in docs/', () => {
  it('finds the recipes (every rule page with a safe alternative has one)', () => {
    expect(recipes.length).toBeGreaterThan(30);
  });

  it.each(recipes.map((r) => [r.where, r] as const))('%s passes the linter', async (_where, recipe) => {
    const linted = await lintFiles(
      migrationsOf(recipe.sql).map((sql, n) => ({
        sql,
        layout: recipe.layout,
        path: PATHS[recipe.layout]!(n),
        direction: recipe.down ? ('down' as const) : ('up' as const),
      })),
      recipe.config,
    );
    // A contract step is only safe once the previous release no longer uses what it removes: the gate's
    // fallback-aware review (src/compat) clears exactly those findings then. Every other finding (locks,
    // scans, missing NOT VALID) must be absent.
    const blocking = linted
      .flatMap((l) => l.findings)
      .filter((f) => f.severity === 'error')
      .filter((f) => !(recipe.contract && CONTRACT_RULES.has(f.rule)));
    expect(blocking.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
