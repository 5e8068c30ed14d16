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
