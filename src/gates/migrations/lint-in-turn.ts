import type { MigrationsConfig } from './config.js';
import { MigrationLinter } from './engine.js';
import type { LintedFile } from './engine.js';
import type { MigrationFile, ParsedFile } from '../../sql/model.js';
import { ensureParser } from '../../sql/parse.js';
import { migrationSource, parseMigration } from './layouts/parse-migration.js';
import type { ParsedSource } from '../../sql/parse-cache.js';
import { parseStoreKey } from './parse-store.js';
import type { ParseStore } from './parse-store.js';

/**
 * Where the parses of `lint FILES…` come from: the content store (parse-store.ts), when the same texts
 * were linted together before, or the parser. Asked as soon as the files are read, so that on a miss the
 * parser loads while git says which files shipped, and on a hit it is never loaded: a warm `lint FILE`
 * then skips the WASM compile and the wait at exit for V8's background compile of its hot functions.
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
): FileParses {
  const count = items.length;
  const sources = given ? items.map(({ file, text }) => migrationSource(file, text).source) : [];
  const chars = sources.reduce((sum, source) => sum + source.length, 0);
  const store = chars <= MAX_STORED_LINT_CHARS ? given : undefined;
  const key = store ? parseStoreKey(sources) : '';
  const stored = count ? store?.get(key, count) : undefined;
  const needsParser = !stored || stored.some((s) => s.statements.some((st) => st.kind === 'DoStmt'));
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
  };
}

/**
 * `lint FILES…`: the files linted in run order; a file of another deploy (lint-modes.ts) starts from a
 * fresh ChangeObjects. Parsed files are serialised and let go one by one (one AST alive at a time), and
 * stored together under the key of all their texts.
 */
export async function lintInTurn(
  sources: readonly { file: MigrationFile; text: string }[],
  parses: FileParses,
  config: MigrationsConfig,
  deployOf: (file: MigrationFile) => string = () => '',
): Promise<LintedFile[]> {
  if (sources.length !== parses.count)
    throw new Error(
      `lint: ${sources.length} file(s) to lint but ${parses.count} looked up in the parse store`,
    );
  const parserFailure = await parses.parserReady;
  if (parserFailure !== undefined) throw parserFailure;
  const { stored, store } = parses;
  const serialised: string[] = [];
  const linter = new MigrationLinter({ config });
  let deploy: string | undefined;
  const linted = sources.map(({ file, text }, i): LintedFile => {
    const next = deployOf(file);
    if (deploy !== undefined && next !== deploy) linter.startDeploy();
    deploy = next;
    let parsed: ParsedFile;
    if (stored) {
      const { text: read, transactionDisabled } = migrationSource(file, text);
      parsed = { file, text: read, ...stored[i]!, transactionDisabled };
    } else {
      parsed = parseMigration(file, text, file.direction, { cache: false });
      if (store) serialised.push(JSON.stringify({ statements: parsed.statements, errors: parsed.errors }));
    }
    return linter.lint(parsed);
  });
  if (store && !stored && sources.length) store.setSerialised(parses.key, serialised);
  return linted;
}
