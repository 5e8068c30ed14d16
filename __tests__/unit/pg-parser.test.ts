import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadParser, parseSql, PgSyntaxError, scanSql } from '../../src/sql/pg-parser.js';

beforeAll(async () => {
  await loadParser();
});

describe('the Postgres parser (pg-parser.ts, through the public API of libpg-query)', () => {
  it('round-trips text that is not ASCII, and reports byte offsets', () => {
    const sql = "comment on table public.café is 'déjà vu 🚀';\nselect 1;";
    const { stmts } = parseSql(sql);
    expect(stmts).toHaveLength(2);
    const comment = stmts![0]!.stmt as { CommentStmt: { comment: string } };
    expect(comment.CommentStmt.comment).toBe('déjà vu 🚀');
    // stmt_location counts UTF-8 bytes, not UTF-16 units: three 2-byte letters and a 4-byte emoji (2 units) add 5.
    const at = sql.indexOf('select 1');
    expect(stmts![1]!.stmt_location).toBe(Buffer.byteLength(sql.slice(0, at)));
    expect(Buffer.byteLength(sql.slice(0, at))).toBe(at + 5);
  });

  it('throws PgSyntaxError with Postgres message and the 0-based character where it stopped', () => {
    const sql = "select 'é', 1 frm t;";
    let caught: unknown;
    try {
      parseSql(sql);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PgSyntaxError);
    expect((caught as PgSyntaxError).message).toBe('syntax error at or near "t"');
    expect((caught as PgSyntaxError).cursorPosition).toBe(sql.lastIndexOf('t'));
  });

  it('parses a file larger than the WASM memory it started with (the memory grows mid-call)', () => {
    const row = 'insert into public.events (name, payload) values (\'signup\', \'{"plan": "pro"}\');\n';
    const sql = row.repeat(40_000); // ~3.4 MB of SQL, well over 100 MB of JSON parse tree
    const { stmts } = parseSql(sql);
    expect(stmts).toHaveLength(40_000);
    expect(stmts![39_999]!.stmt_location).toBe(row.length * 39_999);
    // Still usable afterwards, on the grown memory.
    expect(parseSql('select 1').stmts).toHaveLength(1);
  });

  it('scans tokens with their byte ranges, and rejects what does not scan', () => {
    expect(scanSql("select 'ü';").map((t) => [t.text, t.start, t.end])).toEqual([
      ['select', 0, 6],
      ["'ü'", 7, 11],
      [';', 11, 12],
    ]);
    expect(() => scanSql("select 'unterminated")).toThrow();
  });

  it('reads empty text as no statements (libpg-query itself refuses an empty string)', () => {
    expect(parseSql('').stmts).toEqual([]);
    expect(scanSql('')).toEqual([]);
    expect(parseSql('  -- only a comment\n').stmts ?? []).toEqual([]);
  });
});
