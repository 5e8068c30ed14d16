/**
 * Flag manifests, vendor-neutral: the OpenFeature CLI manifest (`flags.<key>.defaultValue`), flagd flag
 * definitions (`flags.<key>.variants` + `defaultVariant`, `state`), or a flat file of defaults
 * (`{ "new-checkout": false }`), as JSON or YAML. What matters for a kill switch: is the key declared,
 * and does it evaluate to off when nobody has touched it?
 */
import { parse as parseYaml } from 'yaml';

export interface FlagDeclaration {
  key: string;
  /** 1-based line of the key in the manifest. */
  line: number;
  /** 1-based line of the default (defaultVariant / defaultValue / the flat value). */
  defaultLine: number;
  /** The default as written, for messages: `"on" (true)`, `false`. */
  defaultText: string;
  /** True when the flag is off unless someone turns it on. */
  off: boolean;
}

export interface FlagManifest {
  file: string;
  flags: Map<string, FlagDeclaration>;
}

/** Where a manifest is looked for when `kill-switch.manifest` is unset, first found wins. */
export const MANIFEST_CANDIDATES = [
  'flags.json',
  'flags.flagd.json',
  'flagd.json',
  'feature-flags.json',
  'openfeature.json',
  '.openfeature/flags.json',
  'openfeature/flags.json',
  'flags/flags.json',
  'config/flags.json',
  'flags.yaml',
  'flags.yml',
  'flags.flagd.yaml',
] as const;

const OFF_VALUES = new Set(['false', 'off', 'disabled', '0', 'no', 'null']);

function isOff(value: unknown): boolean {
  if (value === false || value === null || value === 0) return true;
  return typeof value === 'string' && OFF_VALUES.has(value.trim().toLowerCase());
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 1-based line of a key written as `"key":` (JSON) or `key:` (YAML) at or after `from`, else `fallback`. */
function lineOf(
  lines: readonly string[],
  key: string,
  from: number,
  fallback: number,
  limit = lines.length,
): number {
  const pattern = new RegExp(`(?:^|[\\s{,])(["']?)${escapeRegExp(key)}\\1\\s*:`);
  for (let i = Math.max(0, from - 1); i < Math.min(lines.length, limit); i++)
    if (pattern.test(lines[i]!)) return i + 1;
  return fallback;
}

/** Parse a manifest's text; a problem (bad JSON/YAML, no flags) is returned as text for the finding. */
export function parseManifest(file: string, text: string): FlagManifest | { problem: string } {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? parseYaml(text, { maxAliasCount: 50 }) : JSON.parse(text);
  } catch (error) {
    return {
      problem: `not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'} (${(error as Error).message.split('\n')[0]})`,
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: 'not an object of flags' };
  const root = data as Record<string, unknown>;
  const nested = root.flags && typeof root.flags === 'object' && !Array.isArray(root.flags);
  const entries = Object.entries((nested ? root.flags : root) as Record<string, unknown>).filter(
    ([key]) => nested || !key.startsWith('$'),
  );
  const lines = text.split(/\r\n|\r|\n/);
  const start = nested ? lineOf(lines, 'flags', 1, 1) : 1;
  const flags = new Map<string, FlagDeclaration>();
  for (const [key, spec] of entries) {
    const line = lineOf(lines, key, start, start);
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
      flags.set(key, { key, line, defaultLine: line, defaultText: show(spec), off: isOff(spec) });
      continue;
    }
    const s = spec as Record<string, unknown>;
    // The flag's own block ends where the next sibling key starts; search for its default inside it.
    const near = (name: string) => lineOf(lines, name, line, line, line + 60);
    if (typeof s.state === 'string' && s.state.toUpperCase() === 'DISABLED') {
      flags.set(key, { key, line, defaultLine: near('state'), defaultText: 'state DISABLED', off: true });
    } else if ('defaultVariant' in s) {
      const variants = (s.variants && typeof s.variants === 'object' ? s.variants : {}) as Record<
        string,
        unknown
      >;
      const name = String(s.defaultVariant);
      const value = Object.hasOwn(variants, name) ? variants[name] : undefined;
      flags.set(key, {
        key,
        line,
        defaultLine: near('defaultVariant'),
        defaultText:
          value === undefined
            ? `${show(s.defaultVariant)} (no such variant)`
            : `${show(s.defaultVariant)} (${show(value)})`,
        off: value !== undefined && isOff(value),
      });
    } else if ('defaultValue' in s) {
      flags.set(key, {
        key,
        line,
        defaultLine: near('defaultValue'),
        defaultText: show(s.defaultValue),
        off: isOff(s.defaultValue),
      });
    } else if ('default' in s) {
      flags.set(key, {
        key,
        line,
        defaultLine: near('default'),
        defaultText: show(s.default),
        off: isOff(s.default),
      });
    } else {
      flags.set(key, { key, line, defaultLine: line, defaultText: 'no default', off: false });
    }
  }
  return { file, flags };
}
