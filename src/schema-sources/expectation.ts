/**
 * What a release's code expects of the database, read from its own tree: one Expectation per thing it
 * reads, inserts, decodes or knows, each with where in the code it comes from.
 */

export type ExpectationSource = 'prisma' | 'drizzle' | 'supabase-types' | 'sql';

/**
 * - `reads`: queries the table (and the column, when set): it fails once the object is gone.
 * - `inserts-without`: INSERTs into the table leave the column out (when set), or name only `provides`
 *   (when no column is set): a column it leaves out must keep a default or stay nullable.
 * - `decodes-type`: reads the column into a value of the declared type.
 * - `knows-enum`: knows these values of the enum (named in `table`); a value outside them is not expected.
 */
export type ExpectationKind = 'reads' | 'inserts-without' | 'decodes-type' | 'knows-enum';

export interface DeclaredType {
  /** As the code writes it: `Int`, `varchar(50)`, `string | null`. */
  text: string;
  /**
   * SQL type families (see typeFamily in src/schema-model/types.ts) the code can decode: `text`,
   * `integer`, `enum:status`, `enum:*` for any enum, `text[]`.
   */
  families: readonly string[];
}

export interface Expectation {
  kind: ExpectationKind;
  /** The table or view as Postgres names it (canonical, `public.` dropped); for `knows-enum`, the enum type. */
  table: string;
  column?: string;
  /** What in the code makes it: `model User, field email`, `pgTable "users", key email`. */
  detail: string;
  /** Repository-relative path and 1-based line where the code declares or uses it. */
  file: string;
  line: number;
  source: ExpectationSource;
  /** decodes-type: the type the code reads the column as. */
  declared?: DeclaredType;
  /** inserts-without (table-level): the columns every INSERT names. */
  provides?: readonly string[];
  /** knows-enum: the values the code knows. */
  values?: readonly string[];
}

/** Generated types and SQL in strings are weaker evidence than an ORM model: their findings are warnings alone. */
export function isAuthoritative(source: ExpectationSource): boolean {
  return source !== 'sql';
}

export function where(e: Pick<Expectation, 'file' | 'line'>): string {
  return `${e.file}:${e.line}`;
}

/** Does any expectation touch this table (column undefined) or this column of it? */
export function usesObject(expectations: readonly Expectation[], table: string, column?: string): boolean {
  return expectations.some((e) => {
    if (e.kind === 'knows-enum' || e.table !== table) return false;
    if (column === undefined) return true;
    return (
      e.column === column || (e.kind === 'inserts-without' && !e.column && !!e.provides?.includes(column))
    );
  });
}
