import type { Logger } from '../../core/gate.js';
import type { MigrationsConfig } from './config.js';
import { MigrationLinter } from './engine.js';
import type { LintedFile } from './engine.js';
import type { MigrationFile, ParsedFile } from '../../sql/model.js';
import { ensureParser, migrationSource, parseMigration } from '../../sql/parse.js';
import type { ParsedSource } from '../../sql/parse-cache.js';
import { ParsePool, parsePoolWanted, parseWorkerScript } from '../../sql/parse-pool.js';
import { parseStoreKey } from './parse-store.js';
import type { ParseStore } from './parse-store.js';

/**
 * Where the parses of `lint FILES…` come from: the content store (parse-store.ts), when the same texts
 * were linted together before, or the parser. Asked as soon as the files are read, so that on a miss the
 * parser loads while git says which files shipped, and on a hit it is never loaded: a warm `lint FILE`
 * then skips the WASM compile and the wait at exit for V8's background compile of its hot functions.
 * Many files on a miss are parsed ahead on a worker thread (parse-pool.ts), which starts here too.
 */
export interface FileParses {
  readonly stored?: readonly ParsedSource[];
  /**
   * Settles when the parser is ready (on a miss, or a hit holding a DO block: a rule re-parses its
   * body): to the error that kept it from loading, which lintInTurn throws, or undefined. It never
   * rejects, so nothing surfaces before lintInTurn asks.
   */
  readonly parserReady?: Promise<unknown>;
  readonly store?: ParseStore;
  /** Parses the files ahead of the lint; this thread then loads the parser only if it must (a DO block). */
  readonly pool?: ParsePool;
  readonly key: string;
  readonly count: number;
}

/**
 * Files with more SQL than this together are parsed without the store: their parses cost what reading
 * an entry back costs, and writing one costs more (`npm run bench`, 2,000 files of 5.4 MB: 1.5 s more
 * CPU cold, nothing less warm). What the store saves is the parser's load, which a small run pays most.
 */
export const MAX_STORED_LINT_CHARS = 1024 * 1024;

export function findFileParses(
  items: readonly { file: MigrationFile; text: string }[],
  given: ParseStore | undefined,
  /** Tests: the environment that decides on a worker (parse-pool.ts), and the worker's script. */
  options: { env?: NodeJS.ProcessEnv; workerScript?: string } = {},
): FileParses {
  const count = items.length;
  const wantsPool = parsePoolWanted(count, options.env);
  const sources = given || wantsPool ? items.map(({ file, text }) => migrationSource(file, text).source) : [];
  const chars = sources.reduce((sum, source) => sum + source.length, 0);
  const store = given && chars <= MAX_STORED_LINT_CHARS ? given : undefined;
  const key = store ? parseStoreKey(sources) : '';
  const stored = count ? store?.get(key, count) : undefined;
  const script = !stored && wantsPool ? (options.workerScript ?? parseWorkerScript()) : undefined;
  const pool = script ? new ParsePool(sources, script) : undefined;
  const needsParser =
    !stored && !pool ? true : (stored ?? []).some((s) => s.statements.some((st) => st.kind === 'DoStmt'));
  const parserReady =
    needsParser && count
      ? ensureParser().then(
          () => undefined,
          (error: unknown) => error ?? new Error('the Postgres parser could not be loaded'),
        )
      : undefined;
  return {
    key,
    count,
    ...(stored ? { stored } : {}),
    ...(parserReady ? { parserReady } : {}),
    ...(store ? { store } : {}),
    ...(pool ? { pool } : {}),
  };
}

/**
 * `lint FILES…`: the files linted in run order; a file of another deploy (lint-modes.ts) starts from a
 * fresh SchemaState. Parsed files are serialised and let go one by one (one AST alive at a time), and
 * stored together under the key of all their texts. With a parse pool, each file's parse comes from the
 * worker as the JSON text the store writes, read back as a warm run reads the store; a file the pool does
 * not answer is parsed here, so every file is linted from the same parse either way.
 */
export async function lintInTurn(
  sources: readonly { file: MigrationFile; text: string }[],
  parses: FileParses,
  config: MigrationsConfig,
  deployOf: (file: MigrationFile) => string = () => '',
  log?: Logger,
): Promise<LintedFile[]> {
  if (sources.length !== parses.count)
    throw new Error(
      `lint: ${sources.length} file(s) to lint but ${parses.count} looked up in the parse store`,
    );
  const parserFailure = await parses.parserReady;
  if (parserFailure !== undefined) throw parserFailure;
  const { stored, store, pool } = parses;
  const serialised: string[] = [];
  const linter = new MigrationLinter({ config });
  const linted: LintedFile[] = [];
  let deploy: string | undefined;
  try {
    for (const [i, { file, text }] of sources.entries()) {
      const next = deployOf(file);
      if (deploy !== undefined && next !== deploy) linter.startDeploy();
      deploy = next;
      let parsed: ParsedFile;
      const json = pool ? await pool.take(i) : undefined;
      if (stored || json !== undefined) {
        const parse = stored ? stored[i]! : (JSON.parse(json!) as ParsedSource);
        // A rule re-parses DO bodies (constraint-missing-not-valid): this thread needs the parser then.
        if (json !== undefined && parse.statements.some((s) => s.kind === 'DoStmt')) await ensureParser();
        if (json !== undefined && store) serialised.push(json);
        const { text: read, transactionDisabled } = migrationSource(file, text);
        parsed = { file, text: read, ...parse, transactionDisabled };
      } else {
        if (pool) await ensureParser(); // the worker stopped helping: parse here from now on
        parsed = parseMigration(file, text, file.direction, { cache: false });
        if (store) serialised.push(JSON.stringify({ statements: parsed.statements, errors: parsed.errors }));
      }
      linted.push(linter.lint(parsed));
    }
  } finally {
    pool?.close();
  }
  if (pool)
    log?.debug(
      `parsed ${pool.parsedAhead} of ${sources.length} migration file(s) on a worker thread` +
        (pool.failure ? `; the worker stopped: ${pool.failure}` : ''),
    );
  if (store && !stored && sources.length) store.setSerialised(parses.key, serialised);
  return linted;
}
