import type {
  AlterTableStmt,
  CompositeTypeStmt,
  CreateDomainStmt,
  CreateFunctionStmt,
  CreatePolicyStmt,
  CreateRoleStmt,
  CreateSchemaStmt,
  CreateSeqStmt,
  CreateTrigStmt,
  IndexStmt,
} from '@pgsql/types';
import { columnKey, qualifiedName, relationKey } from '../sql/names.js';
import type { StatementRef } from './model.js';
import type { ReplaySink } from './sink.js';

/**
 * The statement kinds that create objects the schema model does not hold (indexes, composite types,
 * domains, functions, triggers, schemas, sequences, roles, policies): a replay reports them only to a
 * sink that asks for `everyObject` (the migrations linter's "created by this change").
 */
export const OBJECT_KINDS: ReadonlySet<string> = new Set([
  'IndexStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'CreateFunctionStmt',
  'CreateTrigStmt',
  'CreateSchemaStmt',
  'CreateSeqStmt',
  'CreateRoleStmt',
  'CreatePolicyStmt',
]);

/** Report what a statement of one of OBJECT_KINDS creates; `inside` is its node's content. */
export function reportObject(kind: string, inside: unknown, at: StatementRef, sink: ReplaySink): void {
  switch (kind) {
    case 'IndexStmt': {
      const n = inside as IndexStmt;
      if (n.idxname) sink.created('index', schemaOf(n.relation?.schemaname) + n.idxname, at, false);
      return;
    }
    case 'CompositeTypeStmt':
      return sink.created('type', relationKey((inside as CompositeTypeStmt).typevar), at, false);
    case 'CreateDomainStmt':
      return sink.created('type', qualifiedName((inside as CreateDomainStmt).domainname), at, false);
    case 'CreateFunctionStmt':
      return sink.created('function', qualifiedName((inside as CreateFunctionStmt).funcname), at, false);
    case 'CreateTrigStmt': {
      const n = inside as CreateTrigStmt;
      if (n.trigname) sink.created('trigger', `${relationKey(n.relation)}:${n.trigname}`, at, false);
      return;
    }
    case 'CreateSchemaStmt': {
      const name = (inside as CreateSchemaStmt).schemaname;
      if (name) sink.created('schema', name, at, false);
      return;
    }
    case 'CreateSeqStmt':
      return sink.created('sequence', relationKey((inside as CreateSeqStmt).sequence), at, false);
    case 'CreateRoleStmt': {
      const role = (inside as CreateRoleStmt).role;
      if (role) sink.created('role', role, at, false);
      return;
    }
    case 'CreatePolicyStmt':
      return sink.created('policy', relationKey((inside as CreatePolicyStmt).table), at, false);
  }
}

/**
 * Columns added to a relation that is not a table (`ALTER TYPE … ADD ATTRIBUTE` is an ALTER TABLE on a
 * composite type): the model keeps no such columns, but they are new all the same.
 */
export function reportOtherColumns(s: AlterTableStmt, at: StatementRef, sink: ReplaySink): void {
  const relation = relationKey(s.relation);
  for (const cmd of s.cmds ?? []) {
    if (!('AlterTableCmd' in cmd)) continue;
    const c = cmd.AlterTableCmd;
    if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname)
      sink.created('column', columnKey(relation, c.def.ColumnDef.colname), at, false);
  }
}

function schemaOf(schema: string | undefined): string {
  return schema && schema !== 'public' ? `${schema}.` : '';
}
