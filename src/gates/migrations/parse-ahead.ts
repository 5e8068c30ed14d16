import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/gate.js';
import type { MigrationsConfig } from './config.js';
import { MigrationLinter } from './engine.js';
import type { LintedFile } from './engine.js';
import type { MigrationFile } from './model.js';
import { ensureParser, parseMigration } from './parse.js';
import { parseAheadWanted, ParseWorker, takePrestartedWorker, workerScript } from './parse-worker-client.js';
import type { SourceFile } from './parse-worker-client.js';

/**
 * Lint migrations in run order, exactly as `lintParsedFiles` does, with the Postgres parser's half of the
 * parsing (the WASM parser and its JSON output: about 40% of the work) done ahead on a worker thread.
 *
 * Linting stays on this thread, one file at a time, so the SchemaState flows from file to file as always
 * and findings cannot depend on the threads. The worker only turns each file's SQL into the same split JSON
 * `parseStatementJson` would; this thread builds the statements from it. A file the worker is parsing
 * is waited for; one it has not started is parsed here (the worker then skips it), so a worker that
 * falls behind, fails or never starts costs little more than its own core. A file that does not parse
 * is re-parsed here, where the statements around the error are recovered.
 */
export async function lintSources(
  sources: readonly SourceFile[],
  config: MigrationsConfig,
  log: Logger,
  /** Tests point at another worker script. */
  options: { script?: string } = {},
): Promise<LintedFile[]> {
  const lint = await LintAhead.open(sources.length, options);
  for (const source of sources) lint.add(source);
  return lint.run(config, log);
}

/**
 * `lintSources` fed one source at a time as they are read, so that the worker parses the first files
 * while this thread reads the rest: `open`, then `add` each source in run order, then `run`.
 */
export class LintAhead {
  private readonly sources: SourceFile[] = [];

  private constructor(private readonly worker: ParseWorker | undefined) {}

  /** For about `expected` files: takes the worker `lint` prestarted, or starts one, when one is wanted. */
  static async open(expected: number, options: { script?: string } = {}): Promise<LintAhead> {
    const script = options.script ?? workerScript();
    const prestarted = takePrestartedWorker();
    let worker: ParseWorker | undefined;
    if (script && parseAheadWanted(expected)) {
      worker = !options.script && prestarted ? await prestarted : await ParseWorker.create(script);
      worker.start();
    }
    // A worker started for more files than were found to lint, or for another script.
    if (prestarted) void prestarted.then((started) => started !== worker && started.stop());
    return new LintAhead(worker);
  }

  add(source: SourceFile): void {
    this.sources.push(source);
    this.worker?.add(source);
  }

  /** Stop the worker without linting (reading the sources failed). */
  close(): void {
    this.worker?.stop();
  }

  /** `deployOf` names the deploy each file shipped in (lint-modes.ts); by default all are one change. */
  async run(
    config: MigrationsConfig,
    log: Logger,
    deployOf: (file: MigrationFile) => string = () => '',
  ): Promise<LintedFile[]> {
    const { worker, sources } = this;
    worker?.end();
    await ensureParser();
    const linter = new MigrationLinter({ config });
    const linted: LintedFile[] = [];
    let ahead = 0;
    let deploy: string | undefined;
    try {
      for (const [index, { file, text }] of sources.entries()) {
        const tree = worker?.take(index) ?? undefined;
        if (tree) ahead++;
        const next = deployOf(file);
        if (deploy !== undefined && next !== deploy) linter.startDeploy();
        deploy = next;
        linted.push(linter.lint(parseMigration(file, text, file.direction, tree)));
      }
    } finally {
      worker?.stop();
    }
    if (worker) {
      const failure = worker.failure ? `; the worker failed (${errorMessage(worker.failure)})` : '';
      log.debug(`parsed ${ahead} of ${sources.length} migration file(s) ahead on a worker thread${failure}`);
    }
    return linted;
  }
}
