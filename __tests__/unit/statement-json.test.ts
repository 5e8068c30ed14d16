import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { RawStmt } from '@pgsql/types';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import type { ParsedFile, ParsedStatement } from '../../src/gates/migrations/model.js';
import { ensureParser, parseMigration } from '../../src/gates/migrations/parse.js';
import { parseSqlToJson } from '../../src/gates/migrations/pg-wasm.js';
import {
  JsonStatement,
  kindAt,
  SPAN,
  splitStatementJson,
} from '../../src/gates/migrations/statement-json.js';
import { ROOT } from '../support/cli.js';

beforeAll(async () => {
  await ensureParser();
});

/** What the split says, next to what JSON.parse of the whole tree says. */
function bothWays(sql: string): { split: unknown[]; parsed: unknown[] } {
  const json = parseSqlToJson(sql);
  const spans = splitStatementJson(json);
  const split: unknown[] = [];
  for (let i = 0; i < spans.length; i += SPAN) {
    split.push({
      kind: kindAt(json, spans[i]!),
      node: JSON.parse(json.slice(spans[i]!, spans[i + 1]!)),
      location: spans[i + 2],
      length: spans[i + 3],
    });
  }
  const stmts = (JSON.parse(json) as { stmts?: RawStmt[] }).stmts ?? [];
  const parsed = stmts.map((s) => ({
    kind: Object.keys(s.stmt!)[0],
    node: s.stmt,
    location: s.stmt_location ?? 0,
    length: s.stmt_len ?? 0,
  }));
  return { split, parsed };
}

describe('splitStatementJson', () => {
  it.each([
    ['an empty text', ''],
    ['only comments and blanks', '-- nothing here\n/* still nothing */\n\n'],
    ['one statement at offset 0, no semicolon', 'select 1'],
    [
      'several, the last without a semicolon',
      'create table t (id int);\nalter table t add column x text;\nselect 1',
    ],
    [
      'strings that look like the JSON around them',
      `insert into t (a) values ('{"stmt":{"X":1}},"stmt_len":3}'), (E'\\\\'), ('"'), ('\\"'), ('{{[[');\n` +
        `comment on table t is '"stmt_location":12,"stmt_len":5}]}';`,
    ],
    ['identifiers with quotes and braces', 'create table "we""ird {stmt}" ("a""b" int, "}]" text);'],
    ['text that is not ASCII', "comment on table café is 'déjà vu 🚀';\nselect 'ü';"],
    [
      'dollar-quoted bodies with semicolons',
      'create function f() returns int language plpgsql as $$ begin perform 1; return 2; end $$;\nselect f();',
    ],
    ['empty statements between semicolons', ';;select 1;; ;select 2;'],
  ])('matches JSON.parse of the whole tree: %s', (_name, sql) => {
    const { split, parsed } = bothWays(sql);
    expect(split).toEqual(parsed);
  });

  it('matches JSON.parse on every file of the labelled corpus', () => {
    const entries = JSON.parse(
      readFileSync(join(ROOT, '__tests__', 'fixtures', 'migrations', 'corpus.json'), 'utf8'),
    ) as { file: string }[];
    let statements = 0;
    for (const { file } of entries) {
      const sql = readFileSync(join(ROOT, '__tests__', 'fixtures', 'migrations', file), 'utf8');
      let result: ReturnType<typeof bothWays>;
      try {
        result = bothWays(sql);
      } catch {
        continue; // the corpus's files that do not parse
      }
      expect(result.split).toEqual(result.parsed);
      statements += result.split.length;
    }
    expect(statements).toBeGreaterThan(250);
  });

  it('matches JSON.parse on generated statements with arbitrary string literals and identifiers', () => {
    const text = fc.string({ unit: 'binary', maxLength: 24 }).map((s) => s.replace(/\0/g, ''));
    const literal = text.map((s) => `'${s.replace(/'/g, "''")}'`);
    const ident = text.filter((s) => s.length > 0).map((s) => `"${s.replace(/"/g, '""')}"`);
    const statement = fc.oneof(
      fc.tuple(ident, literal).map(([t, l]) => `insert into ${t} (a) values (${l})`),
      fc.tuple(ident, literal).map(([t, l]) => `comment on table ${t} is ${l}`),
      fc.tuple(ident, ident).map(([t, c]) => `alter table ${t} add column ${c} text default 'x'`),
      literal.map((l) => `select ${l} as v`),
    );
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 6 }), fc.boolean(), (list, trailing) => {
        const sql = list.join(';\n') + (trailing ? ';' : '');
        const { split, parsed } = bothWays(sql);
        expect(split).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text that is not a libpg_query parse, naming the offset', () => {
    expect(() => splitStatementJson('{"version":170004,"stmts":[{"oops":1}]}')).toThrow(
      /not in the expected shape at offset 27/,
    );
    expect(() => splitStatementJson('[]')).toThrow(/expected shape at offset 0/);
    expect(() => splitStatementJson('{"version":170004,"stmts":[{"stmt":{"X":{}}}')).toThrow(
      /expected shape/,
    );
  });
});

describe('JsonStatement.fields', () => {
  it('reads any top-level fields of every statement of the labelled corpus as JSON.parse would', () => {
    const entries = JSON.parse(
      readFileSync(join(ROOT, '__tests__', 'fixtures', 'migrations', 'corpus.json'), 'utf8'),
    ) as { file: string; layout: MigrationLayoutId }[];
    let checked = 0;
    for (const [i, e] of entries.entries()) {
      const text = readFileSync(join(ROOT, '__tests__', 'fixtures', 'migrations', e.file), 'utf8');
      const file = { path: e.file, layout: e.layout, direction: 'up' as const, version: String(i) };
      const fresh = () => parseMigration(file, text).statements;
      const expected = fresh().map(
        (s) => (s.node as unknown as Record<string, Record<string, unknown>>)[s.kind]!,
      );
      fresh().forEach((statement, k) => {
        const inner = expected[k]!;
        const keys = Object.keys(inner);
        expect(statement.fields!(keys)).toEqual(inner);
        // The last field alone (the whole node is scanned), and one that is not there.
        const last = keys.at(-1);
        if (last) expect(statement.fields!([last, 'no_such_field'])).toEqual({ [last]: inner[last] });
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('answers from the parsed node once there is one', () => {
    const [statement] = parseMigration(
      { path: 'a.sql', layout: 'plain', direction: 'up', version: '1' },
      'create table public.t (id int);',
    ).statements;
    const node = statement!.node as { CreateStmt: Record<string, unknown> };
    expect(statement!.fields!(['relation', 'oncommit'])).toEqual({
      relation: node.CreateStmt.relation,
      oncommit: node.CreateStmt.oncommit,
    });
    expect(statement!.fields!(['relation']).relation).toBe(node.CreateStmt.relation);
  });
});

describe('JsonStatement', () => {
  it('parses its node on first read only, once', () => {
    const json = '{"SelectStmt":{"op":"SETOP_NONE"}}broken';
    const statement = new JsonStatement(json, 0, 34, 'SelectStmt', 'select', 1, 1, 1, false);
    const broken = new JsonStatement(json, 0, json.length, 'SelectStmt', 'select', 1, 1, 1, false);
    expect(statement.kind).toBe('SelectStmt'); // no parse needed
    expect(() => broken.node).toThrow(SyntaxError); // the parse happens on read
    expect(statement.node).toEqual({ SelectStmt: { op: 'SETOP_NONE' } });
    expect(statement.node).toBe(statement.node);
    expect(JSON.parse(JSON.stringify(statement))).toEqual({
      node: { SelectStmt: { op: 'SETOP_NONE' } },
      kind: 'SelectStmt',
      text: 'select',
      line: 1,
      column: 1,
      endLine: 1,
      inExplicitTransaction: false,
    });
  });
});

describe('linting reads the AST only of statements something looks at', () => {
  /** Kinds no rule names in Rule.kinds and SchemaState learns nothing from. */
  const UNREAD = new Set(['InsertStmt', 'CommentStmt', 'SelectStmt', 'VariableShowStmt']);

  const NOISE =
    "insert into public.orders (id, note) values (1, 'a'), (2, 'b');\ncomment on table public.orders is 'x';\n" +
    'select count(*) from public.orders;\nshow lock_timeout;';
  const AROUND: [MigrationLayoutId, string][] = [
    ['supabase', 'alter table public.ledger_entries drop constraint orders_user_id_fkey;'],
    ['supabase', 'alter table public.ledger_entries alter column status drop default;'],
    [
      'supabase',
      'alter table public.ledger_entries drop column note;\nalter table public.ledger_entries add column memo text;',
    ],
    [
      'supabase',
      'drop function public.touch();\ncreate function public.touch() returns int language sql as $$ select 1 $$;',
    ],
    [
      'supabase',
      'drop policy "owner" on public.ledger_entries;\ncreate policy "owner" on public.ledger_entries using (true);',
    ],
    ['supabase', 'drop trigger t on public.ledger_entries;'],
    ['supabase', 'drop view public.v;\ncreate view public.v as select 1;'],
    [
      'supabase',
      'revoke select on public.ledger_entries from anon;\ngrant select on public.ledger_entries to anon;',
    ],
    ['supabase', 'drop database legacy;'],
    ['supabase', 'alter table public.ledger_entries add column ref uuid default gen_random_uuid();'],
    ['supabase', 'alter table public.ledger_entries alter column status set not null;'],
    ['supabase', 'alter table public.ledger_entries add constraint c check (amount > 0);'],
    ['supabase', 'alter table public.ledger_entries enable row level security;'],
    [
      'golang-migrate',
      'create index concurrently i on public.ledger_entries (status);\ndrop index concurrently j;',
    ],
    [
      'plain',
      'alter table public.ledger_entries add column n int not null default 0;\ncreate table x (id int);',
    ],
    [
      'flyway',
      'alter table public.ledger_entries rename column a to b;\nalter table public.ledger_entries add primary key (id);',
    ],
  ];

  function unreadable(statement: ParsedStatement): ParsedStatement {
    const { kind, text, line, column, endLine, inExplicitTransaction } = statement;
    return {
      kind,
      text,
      line,
      column,
      endLine,
      inExplicitTransaction,
      get node(): never {
        throw new Error(`the AST of a ${kind} was read`);
      },
    };
  }

  it('learns what a migration creates from the fields it needs, without parsing the rest of each statement', () => {
    const sql = [
      "create table if not exists public.orders (id bigint primary key, note text not null default '', total numeric(12,2));",
      'create or replace function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;',
      'create trigger orders_touch before update on public.orders for each row execute function public.touch();',
      'create policy "owner" on public.orders for select to authenticated using (true);',
      'create or replace view public.big_orders as select id from public.orders where total > 100;',
      'alter table public.orders drop column note;',
      'drop view public.big_orders;',
    ].join('\n');
    const parsed = parseMigration(
      { path: 'supabase/migrations/1_x.sql', layout: 'supabase', direction: 'up', version: '1' },
      sql,
    );
    const read: string[] = [];
    const watched = parsed.statements.map((s): ParsedStatement => {
      if (s.kind === 'AlterTableStmt' || s.kind === 'DropStmt') return s;
      return {
        kind: s.kind,
        text: s.text,
        line: s.line,
        column: s.column,
        endLine: s.endLine,
        inExplicitTransaction: s.inExplicitTransaction,
        fields: (names) => s.fields!(names),
        get node() {
          read.push(s.kind);
          return s.node;
        },
      };
    });
    const config = DEFAULT_CONFIG.migrations;
    const [linted] = lintParsedFiles([{ ...parsed, statements: watched }], { config });
    expect(read).toEqual([]);
    // What was learned counts: the column and the view are new, so dropping them again is not a finding.
    expect(linted!.findings.map((f) => f.rule)).toEqual([]);
  });

  it('lints the labelled corpus without reading an INSERT, COMMENT, SELECT or SHOW, with the same findings', () => {
    const entries = JSON.parse(
      readFileSync(join(ROOT, '__tests__', 'fixtures', 'migrations', 'corpus.json'), 'utf8'),
    ) as { file: string; layout: MigrationLayoutId }[];
    const files: ParsedFile[] = entries.map((e, i) =>
      parseMigration(
        { path: e.file, layout: e.layout, direction: 'up', version: String(i) },
        readFileSync(join(ROOT, '__tests__', 'fixtures', 'migrations', e.file), 'utf8'),
      ),
    );
    // Rules that look at the statements around the one they check, each with unread ones on both sides.
    for (const [layout, sql] of AROUND) {
      const path = `${layout}/${files.length}.sql`;
      const text = `${NOISE}\n${sql}\n${NOISE}`;
      files.push(parseMigration({ path, layout, direction: 'up', version: String(files.length) }, text));
    }
    const guarded = files.map((f) => ({
      ...f,
      statements: f.statements.map((s) => (UNREAD.has(s.kind) ? unreadable(s) : s)),
    }));
    expect(guarded.flatMap((f) => f.statements).filter((s) => UNREAD.has(s.kind)).length).toBeGreaterThan(40);
    const config = DEFAULT_CONFIG.migrations;
    const findings = (list: ParsedFile[]) => lintParsedFiles(list, { config }).map((l) => l.findings);
    expect(findings(guarded)).toEqual(findings(files));
  });
});
