import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadCodeParser } from '../../src/schema-sources/ts-scanner.js';
import { loadParser } from '../../src/sql/pg-parser.js';
import {
  postgrestColumns,
  scanSqlStrings,
  sqlName,
  sqlUsages,
} from '../../src/schema-sources/sql-strings.js';
import { tokenize } from '../../src/schema-sources/ts-scanner.js';

// The code parser loads on first need (ts-scanner.ts): these tests call its readers directly.
await loadCodeParser();

const usages = (sql: string) =>
  sqlUsages(sql, 'src/db.ts', 10).map(
    (e) =>
      `${e.kind} ${e.table}${e.column ? `.${e.column}` : ''}${e.provides ? ` [${e.provides.join(',')}]` : ''}`,
  );

beforeAll(loadParser);

describe('sqlUsages', () => {
  it.each([
    ['select id, email from users where id = $1', ['reads users', 'reads users.id', 'reads users.email']],
    [
      'SELECT u.email AS e, n.title FROM public.users u JOIN notes AS n ON n.author_id = u.id',
      [
        'reads users',
        'reads notes',
        'reads notes.author_id',
        'reads users.id',
        'reads users.email',
        'reads notes.title',
      ],
    ],
    ['select * from "Note"', ['reads Note']],
    ['select count(*) from notes', ['reads notes']],
    [
      'insert into notes (title, body) values ($1, $2)',
      ['reads notes', 'reads notes.title', 'reads notes.body', 'inserts-without notes [title,body]'],
    ],
    [
      'UPDATE notes SET title = $1, "Body" = $2 WHERE id = $3',
      ['reads notes', 'reads notes.title', 'reads notes.Body', 'reads notes.id'],
    ],
    ['delete from sessions where expires < now()', ['reads sessions', 'reads sessions.expires']],
    [
      'with recent as (select author_id from notes) select name from users where id in (select author_id from recent)',
      ['reads notes', 'reads users', 'reads notes.author_id', 'reads users.name', 'reads users.id'],
    ],
    [
      'select title from notes union select name from drafts',
      ['reads notes', 'reads drafts', 'reads notes.title', 'reads drafts.name'],
    ],
    ['select a.x, b.y from a, b where z = 1', ['reads a', 'reads b', 'reads a.x', 'reads b.y']],
    ['select id, email from \u0000 where id = 1', []],
    ['Select a plan that fits', []],
    ['update your profile', []],
  ])('%s', (sql, expected) => {
    expect(usages(sql)).toEqual(expected);
  });

  it('reads a fragment the parser rejects by its keywords, as evidence of use', () => {
    expect(usages('select id, email from users where')).toEqual([
      'reads users',
      'reads users.id',
      'reads users.email',
    ]);
  });

  it('reads template substitutions as values', () => {
    expect(usages('select title from notes where id = \u0000 and author = \u0000')).toEqual([
      'reads notes',
      'reads notes.title',
      'reads notes.id',
      'reads notes.author',
    ]);
  });

  it('finds SQL in code the old scanner lost: after i++ / 2, after a regex following ), and spelled with \\u escapes', () => {
    const code = [
      "i++ / 2; db.query('select id from users'); n = n / 2;",
      "if (ok) /'/.test(s); db.query('select title from notes');",
      String.raw`db.query('\u0073elect body from posts');`,
    ].join('\n');
    const found = scanSqlStrings(tokenize(code), 'src/db.ts').map(
      (e) => `${e.line} ${e.table}.${e.column ?? ''}`,
    );
    expect(found).toEqual([
      '1 users.',
      '1 users.id',
      '2 notes.',
      '2 notes.title',
      '3 posts.',
      '3 posts.body',
    ]);
  });

  it('counts lines inside a multi-line string', () => {
    const found = sqlUsages('\n  select title\n  from notes\n', 'src/db.ts', 10);
    expect(found.map((e) => e.line)).toEqual([11, 11]);
  });
});

describe('sqlName', () => {
  it.each([
    ['Notes', 'notes'],
    ['"Notes"', 'Notes'],
    ['public.notes', 'notes'],
    ['auth.users', 'auth.users'],
  ])('%s → %s', (text, name) => expect(sqlName(text)).toBe(name));
});

describe('postgrestColumns', () => {
  it.each([
    ['id, title, body', ['id', 'title', 'body']],
    ['*, author:authors(name)', []],
    ['writer:author_email, created_at::text, meta->tags', ['author_email', 'created_at', 'meta']],
  ])('%s', (select, columns) => expect(postgrestColumns(select)).toEqual(columns));
});

describe('scanSqlStrings', () => {
  it('finds SQL in strings and templates, and supabase-js chains, with their lines', () => {
    const code = [
      "import { supabase } from './client';",
      'export async function list(db, id) {',
      '  const rows = await db.query(`select title, author_email from notes where id = ${id}`);',
      "  const { data } = await supabase.from('notes').select('id, body').eq('status', 'draft');",
      "  await supabase.from('notes').insert({ title: 'x', body });",
      "  await supabase.storage.from('avatars').upload('a.png', file);",
      "  const label = 'select the best from the list'; // prose, not SQL: harmless either way",
      '}',
    ].join('\n');
    const found = scanSqlStrings(tokenize(code), 'src/notes.ts').map(
      (e) => `${e.line} ${e.kind} ${e.table}${e.column ? `.${e.column}` : ''}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '3 reads notes.title',
        '3 reads notes.author_email',
        '4 reads notes',
        '4 reads notes.id',
        '4 reads notes.body',
        '4 reads notes.status',
        '5 reads notes.title',
        '5 inserts-without notes',
      ]),
    );
    expect(found.some((f) => f.includes('avatars'))).toBe(false);
  });
});
