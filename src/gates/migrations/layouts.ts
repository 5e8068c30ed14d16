import type { MigrationLayoutId } from './config.js';
import { DBMATE } from './layouts/dbmate.js';
import { DRIZZLE } from './layouts/drizzle.js';
import { FLYWAY } from './layouts/flyway.js';
import { GOLANG_MIGRATE } from './layouts/golang-migrate.js';
import type { Layout } from './layouts/layout.js';
import { PLAIN } from './layouts/plain.js';
import { PRISMA } from './layouts/prisma.js';
import { SUPABASE } from './layouts/supabase.js';

export type {
  DownMigrations,
  Layout,
  LayoutMatch,
  SkippedName,
  TransactionAdvice,
} from './layouts/layout.js';

/** Every layout by its id: the compiler checks that each id of `MIGRATION_LAYOUTS` has its object. */
export const LAYOUT: Readonly<Record<MigrationLayoutId, Layout>> = {
  supabase: SUPABASE,
  prisma: PRISMA,
  drizzle: DRIZZLE,
  flyway: FLYWAY,
  'golang-migrate': GOLANG_MIGRATE,
  dbmate: DBMATE,
  plain: PLAIN,
};

/**
 * With `layout: auto`, a path is claimed by the first of these that matches (most specific first).
 * dbmate is not among them: it shares plain's folders and is told apart by its marker (discover.ts).
 */
export const AUTO_DETECT: readonly Layout[] = [PRISMA, DRIZZLE, SUPABASE, FLYWAY, GOLANG_MIGRATE, PLAIN];

export function layoutById(id: MigrationLayoutId): Layout {
  return LAYOUT[id];
}

// Made when first compared: building a collator loads ICU data (~7 ms of --cpu-prof at start-up), and
// `lint FILE` sorts a single file.
let numericCollator: Intl.Collator | undefined;

/** Compare version keys: numbers inside compare as numbers (`V1.10` after `V1.9`). */
export function compareVersions(a: string, b: string): number {
  numericCollator ??= new Intl.Collator('en', { numeric: true });
  return numericCollator.compare(a, b);
}
