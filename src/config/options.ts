/**
 * Config keys that can also be given as a CLI flag or an action input of the same name
 * (`backup.max-age` ⇔ input `max-age` ⇔ `--max-age`). A gate adds its rows when it lands.
 */
export type OptionKind = 'string' | 'number' | 'boolean' | 'list';

export interface ConfigOption {
  /** The flag and input name, kebab-case. */
  name: string;
  /** Where it lands in the config: [group, key]. */
  path: readonly [string, string];
  kind: OptionKind;
  help: string;
}

export const CONFIG_OPTIONS: readonly ConfigOption[] = [
  {
    name: 'layout',
    path: ['migrations', 'layout'],
    kind: 'string',
    help: 'migration layout: auto, supabase, prisma, drizzle, flyway, golang-migrate, dbmate or plain',
  },
  {
    name: 'pg-version',
    path: ['migrations', 'pg-version'],
    kind: 'number',
    help: "the production Postgres major version (default 15)",
  },
  {
    name: 'database-url',
    path: ['rehearsal', 'database-url'],
    kind: 'string',
    help: 'rehearse on a scratch database created on this server (postgres://…) instead of a throwaway local one',
  },
  {
    name: 'engine',
    path: ['rehearsal', 'engine'],
    kind: 'string',
    help: 'where the rehearsal runs without database-url: auto, local (PostgreSQL binaries) or pglite',
  },
  {
    name: 'seed',
    path: ['rehearsal', 'seed'],
    kind: 'string',
    help: 'SQL file (from the repository root) run after the base migrations, before the new ones',
  },
  {
    name: 'scheme',
    path: ['tagging', 'scheme'],
    kind: 'string',
    help: 'release-ID scheme: semver (v1.4.2), calver (prod-2026-07-31.1) or pattern',
  },
  {
    name: 'release-branch',
    path: ['tagging', 'release-branch'],
    kind: 'string',
    help: 'the branch releases are tagged on (default: the default branch)',
  },
  {
    name: 'bump',
    path: ['tagging', 'bump'],
    kind: 'string',
    help: 'tag next: auto (Conventional Commits), patch, minor or major',
  },
];

export function findOption(name: string): ConfigOption | undefined {
  return CONFIG_OPTIONS.find((o) => o.name === name);
}

/** Turn a flag or input string into the type the config schema expects; leave junk as-is for zod to name. */
export function coerceOptionValue(kind: OptionKind, raw: string): unknown {
  switch (kind) {
    case 'number': {
      const n = Number(raw.trim());
      return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (['true', 'yes', '1', 'on'].includes(v)) return true;
      if (['false', 'no', '0', 'off'].includes(v)) return false;
      return raw;
    }
    case 'list':
      return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'string':
      return raw.trim();
  }
}
