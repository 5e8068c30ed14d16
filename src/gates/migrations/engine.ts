import type { ChangeClass, Finding, Severity } from '../../core/finding.js';
import { ruleDocsUrl as docsUrl } from '../../core/tool.js';
import { statementClass, worseClass } from './classify.js';
import type { MigrationsConfig } from './config.js';
import { findSuppression, readIgnoreDirectives, unusedIgnoreFindings } from './ignore.js';
import type { MigrationFile, ParsedFile, ParsedStatement, TransactionModel } from '../../sql/model.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';
import { META_RULE_IDS, RULES } from './rules/index.js';
import { ChangeObjects } from '../../schema-model/change-objects.js';
import { statementObject } from './statement-object.js';
import { LaterInChange } from './later-in-change.js';
import { runsInTransaction, transactionModelOf } from './transaction.js';

export interface LintedFile {
  file: MigrationFile;
  /** The riskiest statement's class. */
  class: ChangeClass;
  statements: number;
  findings: Finding[];
}

export interface LintOptions {
  config: MigrationsConfig;
  rules?: readonly Rule[];
  /** Evidence from outside the SQL, applied per statement (the fallback release's code: src/gates/migrations/fallback). */
  review?: StatementReview;
}

/** A rule hit together with the rule that made it. */
export interface StatementHit {
  rule: Rule;
  hit: RuleHit;
}

/**
 * Reviews one statement's rule hits: may change a hit's severity or message and add hits of its own.
 * Whatever it returns is suppressed by ignore comments, turned off by config and classed like any hit.
 */
export type StatementReview = (hits: StatementHit[], ctx: RuleContext) => StatementHit[];

/** Every id a user may name in an ignore comment or in `migrations.rules`. */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((r) => r.id), ...META_RULE_IDS]);

/** Kept for the gate's own modules; the address is built in core (ruleDocsUrl). */
export { docsUrl };

/**
 * Lint parsed files in the order they run, sharing one ChangeObjects so objects created by an earlier
 * file of the change count as new in later ones. Pure: no I/O.
 */
export function lintParsedFiles(files: readonly ParsedFile[], options: LintOptions): LintedFile[] {
  const linter = new MigrationLinter(options);
  return files.map((parsed) => linter.lint(parsed));
}

/** Lints files one at a time, in the order they run, carrying the change's ChangeObjects from file to file. */
export class MigrationLinter {
  private readonly rules: readonly Rule[];
  private readonly byKind = new Map<string, readonly Rule[]>();
  private readonly later = new LaterInChange();

  constructor(
    private readonly options: LintOptions,
    private readonly current: ChangeObjects = new ChangeObjects(),
  ) {
    this.rules = (options.rules ?? RULES).filter((r) => options.config.rules[r.id] !== 'off');
  }

  get state(): ChangeObjects {
    return this.current;
  }

  /**
   * The files linted so far have shipped (a deploy of their own, `lint FILES…` over a committed history):
   * what they created now exists and holds rows, so the next file is judged against it as an old object.
   */
  startDeploy(): void {
    this.current.ship();
    this.later.clear();
  }

  lint(parsed: ParsedFile): LintedFile {
    return lintFile(
      parsed,
      this.rulesFor,
      this.current,
      this.options.config,
      this.later,
      this.options.review,
    );
  }

  /** The rules that look at this kind of statement (`Rule.kinds`), in registry order. */
  private readonly rulesFor = (kind: string): readonly Rule[] => {
    let rules = this.byKind.get(kind);
    if (!rules) {
      rules = this.rules.filter((r) => !r.kinds || r.kinds.includes(kind));
      this.byKind.set(kind, rules);
    }
    return rules;
  };
}

function lintFile(
  parsed: ParsedFile,
  rulesFor: (kind: string) => readonly Rule[],
  state: ChangeObjects,
  config: MigrationsConfig,
  later: LaterInChange,
  review?: StatementReview,
): LintedFile {
  const { file } = parsed;
  const findings: Finding[] = [];
  const severityOf = (rule: Rule, hit: RuleHit): Severity => {
    const override = config.rules[rule.id];
    return override && override !== 'off' ? override : (hit.severity ?? rule.severity);
  };

  for (const error of parsed.errors) {
    findings.push({
      gate: 'migrations',
      rule: 'syntax-error',
      severity: 'error',
      file: file.path,
      line: error.line,
      column: error.column,
      message: `Postgres cannot parse this migration: ${error.message}`,
      help: 'Fix the SQL; the database would reject this file and stop the deploy half-way.',
      docs: docsUrl('syntax-error'),
      class: 'unknown',
    });
  }

  const { directives, findings: directiveFindings } = readIgnoreDirectives(
    parsed.text,
    file.path,
    KNOWN_RULE_IDS,
  );
  findings.push(...directiveFindings);

  let fileClass: ChangeClass = parsed.errors.length ? 'unknown' : 'expand';
  const model = transactionModelOf(parsed, config);
  const settings = new Map<string, string>();
  const statements = parsed.statements;
  const fileContext: FileContext = {
    statements,
    file,
    state,
    settings,
    transactionModel: model,
    pgVersion: config['pg-version'],
  };

  statements.forEach((statement, index) => {
    const ctx = new StatementContext(fileContext, index, runsInTransaction(statement, parsed, model));
    const previousEnd = index > 0 ? statements[index - 1]!.endLine : 0;
    // Down migrations undo what their up did: they are parsed (and rehearsed), not held to expand/contract rules.
    const active = file.direction === 'down' ? [] : rulesFor(statement.kind);
    // A loop, not flatMap + map: most checks return no hit, and two arrays per rule per statement were
    // a good part of the linter's garbage (--heap-prof over the bench corpus).
    const ruleHits: StatementHit[] = [];
    for (const rule of active) for (const hit of rule.check(ctx)) ruleHits.push({ rule, hit });
    const hits =
      review && file.direction !== 'down'
        ? review(ruleHits, ctx).filter(({ rule }) => config.rules[rule.id] !== 'off')
        : ruleHits;
    const cls = statementClass(statement, hits, state);
    if (file.direction !== 'down') later.see(statement, file, severityOf);
    for (const { rule, hit } of hits) {
      const suppression = findSuppression(directives, rule.id, statement.line, previousEnd);
      if (suppression) {
        suppression.used.add(rule.id);
        continue;
      }
      const finding = toFinding(rule, severityOf(rule, hit), hit, statement, file, cls);
      later.watch(rule, hit, finding);
      findings.push(finding);
    }
    fileClass = worseClass(fileClass, cls);
    trackSetting(statement, settings);
    state.apply(statement);
  });

  findings.push(...unusedIgnoreFindings(directives, file.path));
  return { file, class: fileClass, statements: statements.length, findings };
}

/**
 * What a rule sees of one statement. A class, not an object literal with getters: literal getters are new
 * closures per statement, each giving the object a hidden class of its own that holds the file's statements
 * until the next full GC. On 2,000 files that made the young-generation GCs ~8x slower (measured).
 */
class StatementContext implements RuleContext {
  readonly statement: ParsedStatement;
  private before: readonly ParsedStatement[] | undefined = undefined;
  private after: readonly ParsedStatement[] | undefined = undefined;

  constructor(
    private readonly shared: FileContext,
    private readonly index: number,
    readonly inTransaction: boolean,
  ) {
    this.statement = shared.statements[index]!;
  }

  get file(): MigrationFile {
    return this.shared.file;
  }

  get state(): ChangeObjects {
    return this.shared.state;
  }

  get transactionModel(): TransactionModel {
    return this.shared.transactionModel;
  }

  get pgVersion(): number {
    return this.shared.pgVersion;
  }

  get settings(): ReadonlyMap<string, string> {
    return this.shared.settings;
  }

  // Sliced on demand, once per statement: few rules look around, and copying for every statement is
  // quadratic in a long file.
  get previous(): readonly ParsedStatement[] {
    return (this.before ??= this.shared.statements.slice(0, this.index));
  }

  get following(): readonly ParsedStatement[] {
    return (this.after ??= this.shared.statements.slice(this.index + 1));
  }
}

/** What every statement of one file shares. */
interface FileContext {
  statements: readonly ParsedStatement[];
  file: MigrationFile;
  state: ChangeObjects;
  settings: ReadonlyMap<string, string>;
  transactionModel: TransactionModel;
  pgVersion: number;
}

function toFinding(
  rule: Rule,
  severity: Severity,
  { message, help }: RuleHit,
  statement: ParsedStatement,
  file: MigrationFile,
  cls: ChangeClass,
): Finding {
  return {
    gate: 'migrations',
    rule: rule.id,
    severity,
    file: file.path,
    line: statement.line,
    column: statement.column,
    ...(statement.endLine !== statement.line ? { endLine: statement.endLine } : {}),
    message,
    ...(help ? { help } : {}),
    docs: docsUrl(rule.id),
    class: cls,
    ...objectOf(statement),
  };
}

/** Found once per statement, for all its findings (a statement with no hits never asks). */
const objects = new WeakMap<ParsedStatement, { object?: string }>();
function objectOf(statement: ParsedStatement): { object?: string } {
  let found = objects.get(statement);
  if (!found) {
    const object = statementObject(statement);
    found = object ? { object } : {};
    objects.set(statement, found);
  }
  return found;
}

function trackSetting(statement: ParsedStatement, settings: Map<string, string>): void {
  if (statement.kind !== 'VariableSetStmt' || !('VariableSetStmt' in statement.node)) return;
  const set = statement.node.VariableSetStmt;
  if (!set.name) return;
  const name = set.name.toLowerCase();
  if (set.kind === 'VAR_RESET' || set.kind === 'VAR_SET_DEFAULT') settings.delete(name);
  else settings.set(name, statement.text);
}
