import { describe, expect, it } from '@jest/globals';
import type { MigrationFile } from '../../src/sql/model.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';

const file = (
  layout: MigrationFile['layout'] = 'supabase',
  direction: MigrationFile['direction'] = 'up',
): MigrationFile => ({
  path: 'm.sql',
  layout,
  direction,
  version: '1',
});

describe('parseMigration', () => {
  it('gives each statement the line and column of its first token, past comments', async () => {
    await ensureParser();
    const sql =
      '-- header\n/* block /* nested */ */\n  CREATE TABLE a (id int);\n\nALTER TABLE a\n  ADD COLUMN b int;';
    const parsed = parseMigration(file(), sql);
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements.map((s) => [s.kind, s.line, s.column, s.endLine])).toEqual([
      ['CreateStmt', 3, 3, 3],
      ['AlterTableStmt', 5, 1, 6],
    ]);
    expect(parsed.statements[1]!.text).toBe('ALTER TABLE a\n  ADD COLUMN b int');
  });

  it('counts columns in characters when the file has multi-byte text', async () => {
    await ensureParser();
    const parsed = parseMigration(file(), "SELECT 'éé'; SELECT 'ü';  DROP TABLE x;");
    expect(parsed.statements.map((s) => s.column)).toEqual([1, 14, 27]);
  });

  it('splits Drizzle files at statement breakpoints with exact lines', async () => {
    await ensureParser();
    const sql =
      'CREATE TABLE "a" ("id" serial PRIMARY KEY);\n--> statement-breakpoint\nALTER TABLE "a" ADD COLUMN "b" text;';
    const parsed = parseMigration(file('drizzle'), sql);
    expect(parsed.statements.map((s) => s.line)).toEqual([1, 3]);
  });

  it('reports a syntax error at its position and still returns the statements around it', async () => {
    await ensureParser();
    const sql = 'ALTER TABLE a DROP COLUMN b;\nSELECT FROM WHERE;\nDROP TABLE c;';
    const parsed = parseMigration(file(), sql);
    expect(parsed.errors).toEqual([{ message: 'syntax error at or near "WHERE"', line: 2, column: 13 }]);
    expect(parsed.statements.map((s) => s.kind)).toEqual(['AlterTableStmt', 'DropStmt']);
    expect(parsed.statements[1]!.line).toBe(3);
  });

  it('reports an unterminated string instead of crashing', async () => {
    await ensureParser();
    const parsed = parseMigration(file(), "CREATE TABLE a (id int);\nINSERT INTO a VALUES ('oops);");
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('keeps semicolons inside dollar-quoted function bodies', async () => {
    await ensureParser();
    const sql =
      'CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$ LANGUAGE plpgsql;\nSELECT 1;';
    expect(parseMigration(file(), sql).statements.map((s) => s.kind)).toEqual([
      'CreateFunctionStmt',
      'SelectStmt',
    ]);
  });

  it('marks statements inside an explicit BEGIN … COMMIT', async () => {
    await ensureParser();
    const parsed = parseMigration(
      file('plain'),
      'CREATE TABLE a (id int);\nBEGIN;\nCREATE INDEX i ON a (id);\nCOMMIT;\nSELECT 1;',
    );
    expect(parsed.statements.map((s) => [s.kind, s.inExplicitTransaction])).toEqual([
      ['CreateStmt', false],
      ['TransactionStmt', false],
      ['IndexStmt', true],
      ['TransactionStmt', false],
      ['SelectStmt', false],
    ]);
  });

  it('parses only the requested dbmate section and reads transaction:false', async () => {
    await ensureParser();
    const sql =
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON a (b);\n\n-- migrate:down\nDROP INDEX i;\n';
    const up = parseMigration(file('dbmate'), sql, 'up');
    expect(up.statements.map((s) => [s.kind, s.line])).toEqual([['IndexStmt', 2]]);
    expect(up.transactionDisabled).toBe(true);
    const down = parseMigration(file('dbmate'), sql, 'down');
    expect(down.statements.map((s) => [s.kind, s.line])).toEqual([['DropStmt', 5]]);
    expect(down.transactionDisabled).toBe(false);
  });

  it('ignores a byte-order mark and CRLF line endings', async () => {
    await ensureParser();
    const parsed = parseMigration(file(), '\uFEFFCREATE TABLE a (id int);\r\nDROP TABLE b;\r\n');
    expect(parsed.statements.map((s) => [s.line, s.column])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it('handles an empty or comment-only file', async () => {
    await ensureParser();
    expect(parseMigration(file(), '').statements).toEqual([]);
    expect(parseMigration(file(), '-- nothing to do\n').statements).toEqual([]);
  });
});
