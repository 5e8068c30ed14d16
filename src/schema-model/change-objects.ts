import type { ParsedStatement } from '../sql/model.js';
import { columnKey } from '../sql/names.js';
import type { StatementRef } from './model.js';
import { replayedKinds, SchemaReplay } from './replay.js';
import type { ObjectKind, ReplaySink } from './sink.js';

/**
 * Objects a change creates, in the order its migrations run: the migrations linter's "created by this
 * change", told by the one interpreter of DDL (replay.ts) as it replays the change's own statements.
 * An object created earlier in the same change is new and empty, and the previous release never used
 * it: indexing it, constraining it or dropping it again is safe. The linter asks for every statement,
 * so the answers are kept as plain sets, and the replay it listens to keeps no column shapes.
 *
 * "New" stays true after the object is dropped again (the statement that drops it is the one asking),
 * and follows renames: renamed away, the old name is no longer new; renamed to, the new name is new
 * exactly when the old one was.
 */
export class ChangeObjects implements ReplaySink {
  readonly shapes = false;
  readonly everyObject = true;
  /** Made on the first statement it learns from: `lint FILES…` over a history starts one per file. */
  private replay: SchemaReplay | undefined;
  // Each set starts as the shared empty NONE and is made on its first name: `lint FILES…` over a
  // history starts one ChangeObjects per file, and most files create only a few kinds of object.
  /** Tables, and materialized views (DROP TABLE rules see them as tables too). */
  private tables = NONE;
  /** Views and materialized views. */
  private views = NONE;
  /** `table.column` (names.ts columnKey) of columns added to a table that is not new. */
  private columns = NONE;
  /** Enums, composite types and domains. */
  private types = NONE;
  private indexes = NONE;
  private functions = NONE;
  /** `table:trigger`. */
  private triggers = NONE;
  private schemas = NONE;
  private sequences = NONE;
  private roles = NONE;
  /**
   * Tables that got a policy in this change, or in an earlier deploy of the same run (`afterDeploy`):
   * the earlier deploy's set is shared until this change adds one.
   */
  private policies: ReadonlySet<string>;
  private ownPolicies = false;

  constructor(policies: ReadonlySet<string> = NONE) {
    this.policies = policies;
  }

  isNewTable(table: string): boolean {
    return this.tables.has(table);
  }

  /** A column added by this change (to a new or an existing table). */
  isNewColumn(table: string, column: string): boolean {
    return this.tables.has(table) || this.columns.has(columnKey(table, column));
  }

  isNewIndex(name: string): boolean {
    return this.indexes.has(name);
  }

  isNewType(name: string): boolean {
    return this.types.has(name);
  }

  isNewView(name: string): boolean {
    return this.views.has(name);
  }

  isNewFunction(name: string): boolean {
    return this.functions.has(name);
  }

  isNewTrigger(table: string, name: string): boolean {
    return this.triggers.has(`${table}:${name}`);
  }

  isNewSchema(name: string): boolean {
    return this.schemas.has(name);
  }

  isNewSequence(name: string): boolean {
    return this.sequences.has(name);
  }

  isNewRole(name: string): boolean {
    return this.roles.has(name);
  }

  hasNewPolicy(table: string): boolean {
    return this.policies.has(table);
  }

  /**
   * The state after this change shipped: nothing it created is new any more (it exists and holds rows,
   * and the release running then uses it). What stays true of old objects carries on: a table that got a
   * policy still has it.
   */
  afterDeploy(): ChangeObjects {
    this.ownPolicies = false; // shared from now on: whichever adds one next copies first
    return new ChangeObjects(this.policies);
  }

  /**
   * `afterDeploy` in place, for a linter that carries one state through a history of deploys (`lint
   * FILES…`): a new state per deploy copied the policies each time, quadratic in the files. The sets
   * of what was created start empty again, and so does the replay of the change; policies carry on.
   */
  ship(): void {
    this.replay = undefined;
    this.tables = this.views = this.columns = this.types = this.indexes = NONE;
    this.functions = this.triggers = this.schemas = this.sequences = this.roles = NONE;
  }

  /** Learn from a statement after it ran. */
  apply(statement: Pick<ParsedStatement, 'kind' | 'node'>): void {
    // The kind first: a statement's AST is parsed on first read, and most statements create nothing.
    if (!LEARNS_FROM.has(statement.kind)) return;
    (this.replay ??= new SchemaReplay(this)).apply(statement.node, NOWHERE, statement.kind);
  }

  created(kind: ObjectKind, name: string): void {
    switch (kind) {
      case 'table':
        this.tables = add(this.tables, name);
        return;
      case 'matview':
        this.tables = add(this.tables, name);
        this.views = add(this.views, name);
        return;
      case 'view':
        this.views = add(this.views, name);
        return;
      case 'column':
        this.columns = add(this.columns, name);
        return;
      case 'enum':
      case 'type':
        this.types = add(this.types, name);
        return;
      case 'index':
        this.indexes = add(this.indexes, name);
        return;
      case 'function':
        this.functions = add(this.functions, name);
        return;
      case 'trigger':
        this.triggers = add(this.triggers, name);
        return;
      case 'schema':
        this.schemas = add(this.schemas, name);
        return;
      case 'sequence':
        this.sequences = add(this.sequences, name);
        return;
      case 'role':
        this.roles = add(this.roles, name);
        return;
      case 'policy':
        if (!this.ownPolicies) this.policies = new Set(this.policies);
        this.ownPolicies = true;
        this.policies = add(this.policies, name);
        return;
    }
  }

  renamed(kind: ObjectKind, from: string, to: string): void {
    if (kind === 'table') {
      this.tables = move(this.tables, from, to);
      this.views = move(this.views, from, to);
    } else if (kind === 'enum') this.types = move(this.types, from, to);
  }

  renamedColumn(table: string, from: string, to: string): void {
    this.columns = move(this.columns, columnKey(table, from), columnKey(table, to));
  }

  /** Still new: a later statement about the name is judged against what this change made of it. */
  dropped(): void {}

  /** Never told: without shapes the replay reports no change to what stays. */
  changed(): void {}
}

const LEARNS_FROM = replayedKinds(true);
/** The linter asks what exists, never where it came from. */
const NOWHERE: StatementRef = Object.freeze({ file: '', line: 0, column: 0 });
/** Shared by every set not yet needed; never added to (`add` makes a set of its own first). */
const NONE: ReadonlySet<string> = new Set();

/** The set with the name added: a new set in place of NONE, else the same set. */
function add(set: ReadonlySet<string>, name: string): ReadonlySet<string> {
  if (set === NONE) return new Set<string>().add(name);
  (set as Set<string>).add(name);
  return set;
}

/** A rename: the new name is new exactly when the old one was, and the old one is new no more. */
function move(set: ReadonlySet<string>, from: string, to: string): ReadonlySet<string> {
  if (set === NONE) return set;
  const owned = set as Set<string>;
  if (owned.delete(from)) owned.add(to);
  else owned.delete(to);
  return set;
}
