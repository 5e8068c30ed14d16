import { z } from 'zod';
import { globList, severityOverride } from '../../config/shared-schemas.js';

export const MIGRATION_LAYOUTS = [
  'supabase',
  'prisma',
  'drizzle',
  'flyway',
  'golang-migrate',
  'dbmate',
  'plain',
] as const;
export type MigrationLayoutId = (typeof MIGRATION_LAYOUTS)[number];

const runnerVersion = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 7.4.0');

/** `migrations:` in .github/rollback-ready.yml. */
export const migrationsConfigSchema = z.strictObject({
  /** `auto` detects the layout from the files present. */
  layout: z.enum(['auto', ...MIGRATION_LAYOUTS]).default('auto'),
  /** Extra globs of migration files, relative to the repository root. */
  paths: globList.default([]),
  /** Globs of migration files never linted (vendored, generated, archived). */
  exclude: globList.default([]),
  /** The production server's major version: decides which operations are cheap (constant defaults from 11). */
  'pg-version': z.number().int().min(10).max(18).default(15),
  /** Per-rule severity, or `off`. */
  rules: z.record(z.string().regex(/^[a-z0-9-]+$/, 'a rule id in kebab-case'), severityOverride).default({}),
  /** Override how the layout's runner wraps each file: `auto` follows the layout. */
  transaction: z.enum(['auto', 'per-file', 'none']).default('auto'),
  /**
   * The Prisma / Supabase CLI version that applies the migrations, when the lockfile does not say it (or says
   * it wrong): Prisma 7.4.0 and Supabase CLI 2.109.0 changed how a file is sent (src/gates/migrations/runners.ts).
   */
  'prisma-version': runnerVersion.optional(),
  'supabase-version': runnerVersion.optional(),
  /**
   * Compare the live release's own schema source (Prisma, Drizzle, Supabase types, SQL strings) with the
   * schema after the change: block what it still uses, and mark contract statements it no longer needs as safe.
   */
  'fallback-aware': z.boolean().default(true),
  /** Globs of the schema source files to read instead of the default places (schema.prisma, Drizzle schema files, database.types.ts). */
  'schema-sources': globList.optional(),
  /** The previous release more than this many commits behind the base is a warning (stale-previous-release). */
  'previous-release-max-commits': z.number().int().min(0).default(200),
  /** The previous release tagged more than this many days before the base commit is a warning. */
  'previous-release-max-days': z.number().int().min(0).default(90),
});
export type MigrationsConfig = z.infer<typeof migrationsConfigSchema>;
