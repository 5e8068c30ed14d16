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
    help: 'the production Postgres major version (default 15)',
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
  {
    name: 'allow-schema-risk',
    path: ['rollback', 'allow-schema-risk'],
    kind: 'string',
    help: 'rollback plan: accept a target older than a contract migration; the value is the reason, recorded',
  },
  {
    name: 'allow-none',
    path: ['kill-switch', 'allow-none'],
    kind: 'boolean',
    help: 'accept "Kill switch: none: <reason>" in the release note for a risky change',
  },
  {
    name: 'manifest',
    path: ['kill-switch', 'manifest'],
    kind: 'string',
    help: 'the flag manifest (OpenFeature/flagd JSON or YAML; default: flags.json and other well-known names)',
  },
  {
    name: 'env-flags',
    path: ['kill-switch', 'env-flags'],
    kind: 'list',
    help: 'environment variables used as flags (comma- or newline-separated), off when unset',
  },
  {
    name: 'channel',
    path: ['checklist', 'channel'],
    kind: 'string',
    help: 'where the release is discussed, shown in the checklist: a Slack channel (#releases) or an issue link',
  },
  {
    name: 'backup-file',
    path: ['backup', 'backup-file'],
    kind: 'string',
    help: 'a dump written by an earlier step: pg_dump custom, tar, directory or plain SQL, optionally gzip-compressed',
  },
  {
    name: 'backup-sha256',
    path: ['backup', 'backup-sha256'],
    kind: 'string',
    help: 'the expected sha256 (hex) of backup-file',
  },
  {
    name: 'backup-completed-at',
    path: ['backup', 'backup-completed-at'],
    kind: 'string',
    help: 'when the backup finished, ISO-8601 with a zone (e.g. 2026-07-31T09:12:00Z)',
  },
  {
    name: 'backup-command',
    path: ['backup', 'backup-command'],
    kind: 'string',
    help: 'a program (run without a shell) printing {"completedAt","status","id"} as JSON for the latest provider backup',
  },
  {
    name: 'max-age',
    path: ['backup', 'max-age'],
    kind: 'string',
    help: 'the backup must have finished within this window, e.g. 30m, 6h, 1d (default 1d)',
  },
  {
    name: 'restore-check',
    path: ['backup', 'restore-check'],
    kind: 'boolean',
    help: 'restore backup-file into a throwaway Postgres, run backup.verify-tables / verify-sql, record the restore',
  },
  {
    name: 'restore-max-age',
    path: ['backup', 'restore-max-age'],
    kind: 'string',
    help: 'without restore-check, a successful restore must be recorded within this window (default 30d)',
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
