import { ParserNotLoadedError, parsePlPgSql } from './pg-parser.js';

/*
 * PL/pgSQL bodies through libpg-query's PL/pgSQL parser (its public parsePlPgSQL API, through pg-parser.ts), so a DO block is
 * read as Postgres reads it: DECLARE sections, nested dollar quotes, and END or EXCEPTION inside strings
 * and comments are no problem. The parser must have been loaded (pg-parser.ts loadParser).
 */

interface PlBlock {
  body?: PlStatement[];
}
type PlStatement = Record<string, unknown> & {
  PLpgSQL_stmt_block?: PlBlock;
  PLpgSQL_stmt_execsql?: { sqlstmt?: { PLpgSQL_expr?: { query?: string } } };
};

/** A dollar-quote tag the body does not contain, so the body is passed on exactly as written. */
function quoteTag(body: string): string {
  let tag = '$rr$';
  for (let i = 0; body.includes(tag); i++) tag = `$rr${i}$`;
  return tag;
}

/**
 * The SQL statements of a `DO $$ [DECLARE …] BEGIN … [EXCEPTION …] END $$` block, in order, when its
 * main block is a flat list of SQL statements; undefined when the body does not parse or does more
 * (IF, loops, assignments, nested blocks): such a body is not a simple list of DDL.
 */
export function flatDoBlockSql(body: string): string[] | undefined {
  const tag = quoteTag(body);
  let parsed: { plpgsql_funcs?: { PLpgSQL_function?: { action?: { PLpgSQL_stmt_block?: PlBlock } } }[] };
  try {
    parsed = parsePlPgSql(`DO ${tag}${body}${tag}`) as typeof parsed;
  } catch (error) {
    if (error instanceof ParserNotLoadedError) throw error;
    return undefined;
  }
  // The parser ends the body with an implicit RETURN; a block with an EXCEPTION clause stays a block of
  // its own inside the function's block, one without is merged into it.
  let list = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function?.action?.PLpgSQL_stmt_block?.body ?? [];
  if (list.at(-1)?.PLpgSQL_stmt_return) list = list.slice(0, -1);
  const inner = list.length === 1 ? list[0]?.PLpgSQL_stmt_block : undefined;
  if (inner) list = inner.body ?? [];
  const queries: string[] = [];
  for (const statement of list) {
    const query = statement.PLpgSQL_stmt_execsql?.sqlstmt?.PLpgSQL_expr?.query;
    if (query === undefined) return undefined;
    queries.push(query);
  }
  return queries;
}
