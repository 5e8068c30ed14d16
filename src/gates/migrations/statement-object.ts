/**
 * The one object a statement acts on, as a finding names it (`table "User"`): the table an ALTER TABLE,
 * CREATE INDEX or trigger is on, the type an ALTER TYPE changes, the object a DROP removes. Findings of
 * one rule on one object share a root cause and are shown as one group (core/group.ts). Read from the
 * parser's tree in one place, for every rule, rather than by each rule.
 */
import type { Node, RangeVar } from '@pgsql/types';
import type { ParsedStatement } from '../../sql/model.js';
import { qualifiedName, relationKey } from '../../sql/names.js';
import { dropTargetNames } from './rules/ast.js';

type Fields = Record<string, unknown>;

/** `OBJECT_MATVIEW` → `materialized view`; the words people use for the kinds that have a short name. */
const WORDS: Record<string, string> = {
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_FOREIGN_TABLE: 'foreign table',
  OBJECT_TABCONSTRAINT: 'table',
  OBJECT_DOMCONSTRAINT: 'domain',
  OBJECT_COLUMN: 'table',
};

function word(objectType: unknown, fallback: string): string {
  if (typeof objectType !== 'string' || !objectType.startsWith('OBJECT_')) return fallback;
  return WORDS[objectType] ?? objectType.slice('OBJECT_'.length).toLowerCase().replace(/_/g, ' ');
}

function named(kind: string, name: string): string | undefined {
  return name ? `${kind} "${name}"` : undefined;
}

function rangeVarOf(node: unknown): RangeVar | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if ('RangeVar' in node) return (node as { RangeVar: RangeVar }).RangeVar;
  return 'relname' in node ? (node as RangeVar) : undefined;
}

/** The statement's object, or undefined when it has none or several (`DROP TABLE a, b`). */
export function statementObject(statement: Pick<ParsedStatement, 'kind' | 'node'>): string | undefined {
  const body = (statement.node as unknown as Fields)[statement.kind];
  if (!body || typeof body !== 'object') return undefined;
  const fields = body as Fields;

  if (statement.kind === 'DropStmt') {
    const targets = dropTargetNames(statement.node);
    if (targets.length !== 1) return undefined;
    return named(word(fields.removeType, 'object'), qualifiedName(targets[0]));
  }

  // The table (or view, index) the statement is on: ALTER TABLE, CREATE INDEX, CREATE TABLE, triggers,
  // rules, CLUSTER, RENAME of a relation or of one of its columns, policies.
  const relation = rangeVarOf(fields.relation) ?? rangeVarOf(fields.table);
  if (relation) {
    const objectType = fields.objtype ?? fields.renameType ?? fields.relationType;
    const isRelationKind = [
      'OBJECT_TABLE',
      'OBJECT_VIEW',
      'OBJECT_MATVIEW',
      'OBJECT_INDEX',
      'OBJECT_SEQUENCE',
    ];
    const kind = isRelationKind.includes(String(objectType)) ? word(objectType, 'table') : 'table';
    return named(kind, relationKey(relation));
  }

  // TRUNCATE a (one table), VACUUM FULL a.
  const relations = (fields.relations ?? fields.rels) as unknown[] | undefined;
  if (Array.isArray(relations) && relations.length === 1) {
    const only = relations[0] as Fields;
    const rel = rangeVarOf(only) ?? rangeVarOf((only.VacuumRelation as Fields | undefined)?.relation);
    if (rel) return named('table', relationKey(rel));
  }

  // ALTER TYPE … ADD/RENAME VALUE, ALTER DOMAIN, CREATE TYPE … AS ENUM.
  if (Array.isArray(fields.typeName)) {
    const kind = statement.kind.includes('Domain') ? 'domain' : 'type';
    return named(kind, qualifiedName(fields.typeName as Node[]));
  }

  // RENAME of a schema, type or other object without a relation.
  if (
    statement.kind === 'RenameStmt' &&
    typeof fields.subname === 'string' &&
    fields.renameType === 'OBJECT_SCHEMA'
  )
    return named('schema', fields.subname);
  return undefined;
}
