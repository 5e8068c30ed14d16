import picomatch from 'picomatch';
import { loadParser } from '../sql/pg-parser.js';
import type { GitRepo, TreeEntry } from '../git/git.js';
import { drizzleExpectations, parseDrizzleSchema } from './drizzle-schema.js';
import type { DrizzleSchema } from './drizzle-schema.js';
import type { Expectation } from './expectation.js';
import { parsePrismaSchema, prismaExpectations } from './prisma-schema.js';
import type { PrismaSchema } from './prisma-schema.js';
import { scanSqlStrings } from './sql-strings.js';
import { parseSupabaseTypes, supabaseExpectations } from './supabase-types.js';
import type { SupabaseTypes, UsageIndex } from './supabase-types.js';
import { CodeParseError, loadCodeParser, tokenize } from './ts-scanner.js';

/** A release's files: a git ref, or the change's own tree. */
export interface TreeReader {
  list(): Promise<string[]>;
  read(path: string): Promise<string | undefined>;
  /** Many files at once, when the tree can do it cheaper than one by one; text files up to maxBytes only. */
  readMany?(paths: readonly string[], maxBytes: number): Promise<Map<string, string>>;
}

/** Text of a blob, or undefined for binary content and bytes that are not UTF-8. */
export function blobText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A commit's files through GitRepo: listed once with their blob ids and sizes, then read in batches
 * (one git process per batch, whatever its size) instead of one process per file.
 */
export function gitTree(git: GitRepo, ref: string): TreeReader {
  let listing: Promise<Map<string, TreeEntry>> | undefined;
  const entries = () =>
    (listing ??= git
      .listTreeAt(ref)
      .then((all) => new Map(all.filter((e) => e.type === 'blob').map((e) => [e.path, e]))));
  return {
    list: async () => [...(await entries()).keys()],
    read: (path) => git.readFileAt(ref, path),
    readMany: async (paths, maxBytes) => {
      const byPath = await entries();
      const wanted = paths.flatMap((p) => byPath.get(p) ?? []);
      const blobs = await git.readBlobsByOid(wanted, maxBytes);
      const texts = new Map<string, string>();
      for (const entry of wanted) {
        const read = blobs.get(entry.oid);
        const text = read && 'bytes' in read ? blobText(read.bytes) : undefined;
        if (text !== undefined) texts.set(entry.path, text);
      }
      return texts;
    },
  };
}

export type SchemaSourceKind = 'prisma' | 'drizzle' | 'supabase-types';

export interface ReleaseSources {
  /** Schema files read, with what they are. */
  files: { path: string; kind: SchemaSourceKind }[];
  expectations: Expectation[];
  /**
   * An ORM schema or generated types were read, so the absence of an expectation means the release does
   * not use the object. SQL strings alone never are.
   */
  authoritative: boolean;
  /** Code files scanned for SQL strings and uses of generated types. */
  codeFiles: number;
  /** More code than the limits below: the rest was not scanned. */
  truncated: boolean;
  /**
   * Schema and code files that did not parse, with the parser's reason. What they say is unknown, so
   * with any of them the sources are not authoritative: absence of use proves nothing.
   */
  unparsed: { path: string; reason: string }[];
  prisma: PrismaSchema[];
  drizzle: DrizzleSchema[];
  supabase: SupabaseTypes[];
}

const IGNORED_DIRS =
  /(^|\/)(node_modules|dist|build|out|\.next|\.nuxt|\.svelte-kit|\.vercel|coverage|vendor)\//;
const DEFAULT_GLOBS = {
  prisma: ['**/*.prisma'],
  drizzle: ['**/schema.{ts,js,mjs}', '**/schema/*.{ts,js,mjs}', '**/db/schema*.{ts,js,mjs}'],
  supabase: [
    '**/database.types.ts',
    '**/supabase.ts',
    '**/supabase.types.ts',
    '**/types/supabase.ts',
    '**/types/database.ts',
    '**/supabase/types.ts',
  ],
};
/** Examples, fixtures, references and test projects carry schemas the release does not run on. */
const NOT_SCHEMA_HOME =
  /(^|\/)(examples?|fixtures?|__tests__|__fixtures__|tests?|e2e|references?|samples?|test-projects?)\//;
const DRIZZLE_CONFIG = /(^|\/)drizzle\.config\.(ts|js|mjs|cjs)$/;
const CODE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const NOT_APP_CODE =
  /(^|\/)(__tests__|__mocks__|tests?|e2e|cypress|playwright|migrations|scripts|examples|fixtures)\/|\.(test|spec|stories|d)\.[cm]?[jt]sx?$|\.config\.[cm]?[jt]s$/;

export const LIMITS = {
  schemaFileBytes: 2 * 1024 * 1024,
  codeFileBytes: 512 * 1024,
  codeFiles: 3000,
  codeBytes: 32 * 1024 * 1024,
};

/** Text that could hold SQL the scan reads (the SQL reading's own tests, on the raw text). */
const MAY_HOLD_SQL =
  /\bselect\b[\s\S]*?\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|\\[ux]/i;
/** …or a supabase-js call: cheaper to test than to parse. */
const MAY_USE_TABLES =
  /\bselect\b[\s\S]*?\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|\.from\s*\(|\\[ux]/i;
const isSupabaseTypes = (text: string) => /\bTables\s*:/.test(text) && /\bRow\s*:/.test(text);
const isDrizzle = (text: string) => /\bpg(Table|Enum|Schema|TableCreator)\s*\(/.test(text);

/** `schema: './src/db/schema.ts'` (or a list, or a folder) in drizzle.config.*, as globs from the repository root. */
export function drizzleConfigGlobs(configPath: string, text: string): string[] {
  const dir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/') + 1) : '';
  const tokens = tokenize(text, configPath);
  const at = tokens.findIndex(
    (t, i) => t.kind === 'ident' && t.value === 'schema' && tokens[i + 1]?.value === ':',
  );
  if (at === -1) return [];
  const values: string[] = [];
  const first = tokens[at + 2];
  if (first?.kind === 'string') values.push(first.value);
  else if (first?.value === '[') {
    for (let i = at + 3; i < tokens.length && tokens[i]!.value !== ']'; i++)
      if (tokens[i]!.kind === 'string') values.push(tokens[i]!.value);
  }
  return values.map((v) => {
    const path = `${dir}${v.replace(/^\.\//, '')}`.replace(/\/$/, '');
    return /\.[cm]?[jt]s$|\*/.test(path) ? path : `${path}/**/*.{ts,js,mjs}`;
  });
}

interface ReadFiles {
  files: { path: string; text: string }[];
  /** The byte budget ran out before every path was read. */
  stopped: boolean;
}

async function readAll(
  tree: TreeReader,
  paths: readonly string[],
  maxBytes: number,
  budget = Infinity,
): Promise<ReadFiles> {
  const files: { path: string; text: string }[] = [];
  let total = 0;
  const chunk = tree.readMany ? 500 : 16;
  for (let i = 0; i < paths.length; i += chunk) {
    if (total >= budget) return { files, stopped: true };
    const slice = paths.slice(i, i + chunk);
    const batch = tree.readMany
      ? [...(await tree.readMany(slice, maxBytes))].map(([path, text]) => ({ path, text }))
      : await Promise.all(slice.map(async (path) => ({ path, text: await tree.read(path) })));
    for (const { path, text } of batch) {
      if (text === undefined || text.length > maxBytes || text.includes('\0')) continue;
      total += text.length;
      files.push({ path, text });
    }
  }
  return { files, stopped: false };
}

export interface ReadOptions {
  /** `migrations.schema-sources`: these globs replace the default places to look. */
  schemaSources?: readonly string[];
  /** Scan the release's code for SQL strings and uses of generated types (default true). */
  scanCode?: boolean;
}

/** Everything a release's tree says about what its code expects of the database. */
export async function readReleaseExpectations(
  tree: TreeReader,
  options: ReadOptions = {},
): Promise<ReleaseSources> {
  await loadCodeParser();
  const all = (await tree.list()).filter((p) => !IGNORED_DIRS.test(p)).sort();
  const result: ReleaseSources = {
    files: [],
    expectations: [],
    authoritative: false,
    codeFiles: 0,
    truncated: false,
    unparsed: [],
    prisma: [],
    drizzle: [],
    supabase: [],
  };
  let candidates: string[];
  let casing: 'snake_case' | undefined;
  /** Read one file with the code parser; a file that does not parse is noted, not guessed at. */
  const parsed = <T>(path: string, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof CodeParseError)) throw error;
      result.unparsed.push({ path, reason: error.message });
      return undefined;
    }
  };
  if (options.schemaSources?.length) {
    const match = picomatch([...options.schemaSources], { dot: true });
    candidates = all.filter((p) => match(p));
  } else {
    const globs = [...DEFAULT_GLOBS.prisma, ...DEFAULT_GLOBS.drizzle, ...DEFAULT_GLOBS.supabase];
    for (const config of (
      await readAll(
        tree,
        all.filter((p) => DRIZZLE_CONFIG.test(p)),
        LIMITS.schemaFileBytes,
      )
    ).files) {
      globs.push(...(parsed(config.path, () => drizzleConfigGlobs(config.path, config.text)) ?? []));
      if (/casing\s*:\s*['"]snake_case['"]/.test(config.text)) casing = 'snake_case';
    }
    const match = picomatch(globs, { dot: true });
    candidates = all.filter((p) => match(p) && !NOT_SCHEMA_HOME.test(p));
  }
  for (const { path, text } of (await readAll(tree, candidates, LIMITS.schemaFileBytes)).files) {
    if (path.endsWith('.prisma')) {
      const schema = parsePrismaSchema(text, path);
      if (!schema.models.length && !schema.enums.length) continue;
      result.prisma.push(schema);
      result.files.push({ path, kind: 'prisma' });
    } else if (isSupabaseTypes(text)) {
      const types = parsed(path, () => parseSupabaseTypes(text, path));
      if (!types?.tables.length) continue;
      result.supabase.push(types);
      result.files.push({ path, kind: 'supabase-types' });
    } else if (isDrizzle(text)) {
      const schema = parsed(path, () => parseDrizzleSchema(text, path, casing ? { casing } : {}));
      if (!schema || (!schema.tables.length && !schema.enums.length)) continue;
      result.drizzle.push(schema);
      result.files.push({ path, kind: 'drizzle' });
    }
  }
  result.expectations.push(...prismaExpectations(result.prisma), ...drizzleExpectations(result.drizzle));

  const schemaPaths = new Set(result.files.map((f) => f.path));
  const code = all.filter((p) => CODE.test(p) && !NOT_APP_CODE.test(p) && !schemaPaths.has(p));
  const usage = new FirstUse();
  if (options.scanCode !== false) {
    const { files, stopped } = await readAll(
      tree,
      code.slice(0, LIMITS.codeFiles),
      LIMITS.codeFileBytes,
      LIMITS.codeBytes,
    );
    result.truncated = stopped || code.length > LIMITS.codeFiles;
    result.codeFiles = files.length;
    // Only files that can say something are parsed: any file when generated types need the first use
    // of their names, otherwise files with SQL words or a supabase-js `.from(` in them.
    const needed = result.supabase.length ? () => true : (text: string) => MAY_USE_TABLES.test(text);
    // SQL found in code is read with the Postgres parser, loaded only when some code could hold SQL.
    if (files.some((f) => MAY_HOLD_SQL.test(f.text))) await loadParser();
    for (const { path, text } of files) {
      if (!needed(text)) continue;
      const tokens = parsed(path, () => tokenize(text, path));
      if (!tokens) continue;
      usage.add(path, tokens);
      result.expectations.push(...scanSqlStrings(tokens, path));
    }
  }
  result.expectations.push(...supabaseExpectations(result.supabase, usage));
  result.authoritative = result.files.length > 0 && result.unparsed.length === 0;
  return result;
}

/** Names as they first appear in code: identifiers, and words inside strings and templates. */
class FirstUse implements UsageIndex {
  private readonly seen = new Map<string, { file: string; line: number }>();

  add(file: string, tokens: ReturnType<typeof tokenize>): void {
    for (const t of tokens) {
      if (t.kind === 'ident') this.note(t.value, file, t.line);
      else if (t.kind === 'string' || t.kind === 'template') {
        const lines = t.value.split('\n');
        lines.forEach((text, offset) => {
          for (const word of text.match(/[A-Za-z_][\w$]*/g) ?? []) this.note(word, file, t.line + offset);
        });
      }
    }
  }

  private note(word: string, file: string, line: number): void {
    if (!this.seen.has(word)) this.seen.set(word, { file, line });
  }

  firstUse(name: string): { file: string; line: number } | undefined {
    return this.seen.get(name);
  }
}
