import type { ChangeClass, Severity } from '../../core/finding.js';
import type { MigrationFile, ParsedStatement, TransactionModel } from '../../sql/model.js';
import type { ChangeObjects } from '../../schema-model/change-objects.js';

/** What a rule sees: one statement, with what came before it in the file and in the change. */
export interface RuleContext {
  statement: ParsedStatement;
  file: MigrationFile;
  /** Objects created by this change so far (before this statement): new objects are empty and unused. */
  state: ChangeObjects;
  /** Statements earlier in the same file, in order. */
  previous: readonly ParsedStatement[];
  /** Statements later in the same file, in order (e.g. a policy created after enabling RLS). */
  following: readonly ParsedStatement[];
  /** Whether this statement runs inside a transaction, given the layout's runner and the file's own BEGIN. */
  inTransaction: boolean;
  transactionModel: TransactionModel;
  /** The production server's major version (config `migrations.pg-version`). */
  pgVersion: number;
  /** Session settings made earlier in the file (`SET lock_timeout …`), lower-case name → value. */
  settings: ReadonlyMap<string, string>;
}

export interface RuleHit {
  message: string;
  /** The safe sequence, in a sentence or two; the docs page has the worked SQL. */
  help?: string;
  /** Override the rule's class for this hit. */
  class?: ChangeClass;
  /** Override the rule's default severity for this hit (e.g. a type change whose direction is unknown); config still wins. */
  severity?: Severity;
  /**
   * The existing column the hit is about (names as names.ts keys them), for a review that knows the
   * column's history (fallback/type-history.ts); `anyTypeBefore` when the verdict holds whatever type
   * the column had (a USING expression always rewrites). Not part of the finding.
   */
  column?: { table: string; name: string; anyTypeBefore?: boolean };
  /**
   * Set by a review (src/gates/migrations/fallback, reading src/schema-sources) when evidence shows the fallback release keeps working after this
   * statement: the hit is a notice that says so, and it does not make the statement `contract`
   * (classify.ts `statementClass`, the one place a statement's class is decided).
   */
  safe?: boolean;
  /**
   * The tables whose reads or writes this hit's lock or rewrite blocks, when that is the hit's whole
   * concern (lock rules). A review that knows the fallback release never had them
   * (fallback/new-since-release.ts) says so: nothing that release runs waits on the lock.
   */
  locks?: readonly string[];
}

/** An existing table, or a column of it, named as names.ts keys them. */
export interface AffectedObject {
  table: string;
  column?: string;
}

export interface Rule {
  /** Stable kebab-case id, also the docs page name: docs/rules/<id>.md. */
  id: string;
  severity: Severity;
  /**
   * `contract` when a hit means the previous release may break against the new schema (drops, renames,
   * tightened columns); `expand` or `unknown` for lock and hygiene rules that do not change the contract.
   */
  class: ChangeClass;
  /** One line for help output and SARIF. */
  summary: string;
  /**
   * The statement kinds (the AST's top-level node name, e.g. `AlterTableStmt`) the rule looks at; the
   * engine skips it for any other statement.
   * Every rule of the registry names its kinds; absent means every statement.
   */
  kinds?: readonly string[];
  check(ctx: RuleContext): RuleHit[];
  /**
   * For contract rules whose whole concern is that the previous release still uses a table or column
   * (drops, renames): the existing objects the statement takes away. The fallback review turns a hit
   * into a notice when the fallback release provably no longer uses any of them. Rules that also warn
   * about locks, rewrites or defaults leave it out: non-use does not make those safe.
   */
  affects?(ctx: RuleContext): AffectedObject[];
  /** The statement deletes the data of what it affects, so even a safe hit says to keep a backup. */
  deletesData?: boolean;
  /**
   * For a hit that a later file of the same change can make worse (DROP NOT NULL, then a migration that
   * writes NULLs into the column): called with each statement of the change's later files, in run
   * order, until it returns the hit that replaces this one (later-in-change.ts). What the hit's own
   * file does is the rule's `check`'s business.
   */
  laterInChange?(hit: RuleHit, later: ParsedStatement, file: MigrationFile): RuleHit | undefined;
}
