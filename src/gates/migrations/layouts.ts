import picomatch from 'picomatch';
import type { MigrationLayoutId, MigrationsConfig } from './config.js';
import type { Direction } from '../../sql/model.js';
import * as runners from './runners.js';
import type { RunnerModel } from './runners.js';

export interface LayoutMatch {
  direction: Direction;
  version: string;
}

export interface Layout {
  id: MigrationLayoutId;
  /** Human name for messages ("Supabase"). */
  name: string;
  /** Globs relative to the repository root; `**\/` prefixes allow monorepos. */
  globs: string[];
  /**
   * How the layout's runner applies a file: one query or statement by statement, in which transaction
   * (runners.ts). Prisma and the Supabase CLI changed this between releases: their version is read from
   * the repository's lockfile into the config (`migrations.prisma-version`, `migrations.supabase-version`).
   */
  runner(config: Pick<MigrationsConfig, 'prisma-version' | 'supabase-version'>): RunnerModel;
  /** Whether the layout has down migrations that a rehearsal can apply. */
  hasDown: boolean;
  /** Direction and sort key from the path, or undefined when the path is not a migration of this layout. */
  match(path: string): LayoutMatch | undefined;
}

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const parentDir = (path: string) => {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
};

function layout(spec: Omit<Layout, 'match'> & { version(path: string): LayoutMatch | undefined }): Layout {
  const matchers = spec.globs.map((g) => picomatch(g, { dot: false }));
  return {
    ...spec,
    match(path) {
      if (path.includes('node_modules/') || !matchers.some((m) => m(path))) return undefined;
      return spec.version(path);
    },
  };
}

const up = (version: string): LayoutMatch => ({ direction: 'up', version });

/** Checked in this order: the first layout that claims a path owns it (most specific first). */
export const LAYOUTS: readonly Layout[] = [
  layout({
    id: 'prisma',
    name: 'Prisma',
    globs: ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql'],
    runner: runners.prismaRunner,
    hasDown: false,
    version: (p) => up(parentDir(p)),
  }),
  layout({
    id: 'drizzle',
    name: 'Drizzle',
    globs: ['drizzle/*.sql', '**/drizzle/*.sql', 'drizzle/*/migration.sql', '**/drizzle/*/migration.sql'],
    runner: () => runners.DRIZZLE_RUNNER,
    hasDown: false,
    version: (p) => up(base(p) === 'migration.sql' ? parentDir(p) : base(p)),
  }),
  layout({
    id: 'supabase',
    name: 'Supabase',
    globs: ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'],
    runner: runners.supabaseRunner,
    hasDown: false,
    version: (p) => up(base(p)),
  }),
  layout({
    id: 'flyway',
    name: 'Flyway',
    globs: ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'],
    runner: () => runners.FLYWAY_RUNNER,
    hasDown: true,
    version: (p) => {
      const m = /^([VU])([0-9][0-9._]*)__/.exec(base(p));
      if (!m) return undefined;
      return { direction: m[1] === 'U' ? 'down' : 'up', version: m[2]!.replace(/_/g, '.') };
    },
  }),
  layout({
    id: 'golang-migrate',
    name: 'golang-migrate',
    globs: ['**/*.up.sql', '**/*.down.sql', '*.up.sql', '*.down.sql'],
    runner: () => runners.GOLANG_MIGRATE_RUNNER,
    hasDown: true,
    version: (p) => {
      const m = /^(.*)\.(up|down)\.sql$/.exec(base(p));
      return m ? { direction: m[2] as Direction, version: m[1]! } : undefined;
    },
  }),
  layout({
    id: 'plain',
    name: 'plain SQL',
    globs: ['migrations/*.sql', '**/migrations/*.sql', 'db/migrations/*.sql', '**/db/migrations/*.sql'],
    runner: () => runners.PLAIN_RUNNER,
    hasDown: false,
    version: (p) => up(base(p)),
  }),
];

/** dbmate shares plain's folders; its files are recognised by their `-- migrate:up` marker. */
export const DBMATE_LAYOUT: Layout = {
  id: 'dbmate',
  name: 'dbmate',
  globs: ['db/migrations/*.sql', '**/db/migrations/*.sql', 'migrations/*.sql', '**/migrations/*.sql'],
  runner: () => runners.DBMATE_RUNNER,
  hasDown: true,
  match: (p) => up(base(p)),
};

export function layoutById(id: MigrationLayoutId): Layout {
  return id === 'dbmate' ? DBMATE_LAYOUT : LAYOUTS.find((l) => l.id === id)!;
}

/** Compare version keys: numbers inside compare as numbers (`V1.10` after `V1.9`). */
const numericCollator = new Intl.Collator('en', { numeric: true });

export function compareVersions(a: string, b: string): number {
  return numericCollator.compare(a, b);
}
