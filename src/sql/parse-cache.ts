import type { ParsedStatement, ParseFailure } from './model.js';

/**
 * Parses of migration SQL, keyed by the SQL itself, for the life of the process: the one place where
 * lint, the history replay (schema-model/replay.ts) and the fallback checks (src/gates/migrations/fallback, reading src/schema-sources) meet. In a PR
 * check or `check` the history is replayed after the change was linted, and the rehearsal's fallback
 * check replays it again; `rollback plan` reads the same migrations for its list and for the replay.
 * Each SQL text is parsed once and its statements shared, so nothing may modify them.
 *
 * Keyed by content, not path: the same file read from two commits is one entry, and an edited file is
 * another. `lint FILE…` does not cache (`cache: false`): it lints each file once and lets it go, so one
 * AST is alive at a time.
 */
export interface ParsedSource {
  statements: ParsedStatement[];
  errors: ParseFailure[];
}

/** Beyond this much SQL held, the cache starts again (a bound on memory for very long histories). */
const MAX_CACHED_CHARS = 64 * 1024 * 1024;

const cache = new Map<string, ParsedSource>();
let cachedChars = 0;

/** `parse(source)`, from the cache when the same SQL was parsed before. */
export function cachedParse(
  source: string,
  parse: (source: string) => ParsedSource,
  options: { cache?: boolean } = {},
): ParsedSource {
  const known = cache.get(source);
  if (known) return known;
  const parsed = parse(source);
  if (options.cache === false) return parsed;
  if (cachedChars + source.length > MAX_CACHED_CHARS) clearParseCache();
  cache.set(source, parsed);
  cachedChars += source.length;
  return parsed;
}

/**
 * Put a parse read from the disk store (parse-store.ts) into the cache; when the same SQL was parsed in
 * this run already, that parse is kept and returned, so every reader shares one set of statements.
 */
export function rememberParse(source: string, parsed: ParsedSource): ParsedSource {
  return cachedParse(source, () => parsed);
}

/** Forget every cached parse (tests, and the memory bound). */
export function clearParseCache(): void {
  cache.clear();
  cachedChars = 0;
}

/** How many SQL texts are cached (tests). */
export function parseCacheSize(): number {
  return cache.size;
}
