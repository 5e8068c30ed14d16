import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { SchemaDifference } from '../../src/db/schema-snapshot.js';
import { positionIn } from '../../src/gates/rehearsal/apply.js';
import { missingDependency, namesInError } from '../../src/gates/rehearsal/extension-objects.js';
import { REHEARSAL_RULES } from '../../src/gates/rehearsal/findings.js';
import { describeLeftover } from '../../src/gates/rehearsal/down.js';
import { classifyChange, summarizeChanges, classifyChanges } from '../../src/gates/rehearsal/schema-diff.js';
import { literalFor } from '../../src/gates/rehearsal/seed.js';
import { seedTargets } from '../../src/gates/rehearsal/seed-targets.js';
import type { ParsedStatement } from '../../src/sql/model.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { ROOT } from '../support/cli.js';

const column = (
  change: SchemaDifference['change'],
  extra: Partial<SchemaDifference> = {},
): SchemaDifference => ({
  kind: 'column',
  object: 'public.users.email',
  change,
  ...extra,
});

describe('classifying schema changes for the previous release', () => {
  it.each<[string, string, SchemaDifference]>([
    ['a nullable column added', 'expand', column('added', { after: 'text NULL' })],
    [
      'a required column with a default added',
      'expand',
      column('added', { after: "text NOT NULL DEFAULT 'x'::text" }),
    ],
    ['a required column without a default added', 'contract', column('added', { after: 'text NOT NULL' })],
    ['a column removed', 'contract', column('removed', { before: 'text NULL' })],
    [
      'a column made NOT NULL',
      'contract',
      column('changed', { aspect: 'nullability', before: 'NULL', after: 'NOT NULL' }),
    ],
    [
      'a column made nullable',
      'expand',
      column('changed', { aspect: 'nullability', before: 'NOT NULL', after: 'NULL' }),
    ],
    [
      'a column type changed',
      'contract',
      column('changed', { aspect: 'type', before: 'integer', after: 'bigint' }),
    ],
    ['a default removed', 'contract', column('changed', { aspect: 'default', before: "'x'::text" })],
    ['a table added', 'expand', { kind: 'table', object: 'public.t', change: 'added' }],
    ['a table removed', 'contract', { kind: 'table', object: 'public.t', change: 'removed' }],
    [
      'a unique index added',
      'contract',
      {
        kind: 'index',
        object: 'public.i',
        change: 'added',
        after: 'CREATE UNIQUE INDEX i ON public.t USING btree (a)',
      },
    ],
    [
      'a plain index added',
      'expand',
      {
        kind: 'index',
        object: 'public.i',
        change: 'added',
        after: 'CREATE INDEX i ON public.t USING btree (a)',
      },
    ],
    [
      'a plain index removed',
      'expand',
      {
        kind: 'index',
        object: 'public.i',
        change: 'removed',
        before: 'CREATE INDEX i ON public.t USING btree (a)',
      },
    ],
    [
      'a check constraint added',
      'contract',
      { kind: 'constraint', object: 'public.t.c', change: 'added', after: 'CHECK ((a > 0))' },
    ],
    [
      'a unique constraint removed',
      'contract',
      { kind: 'constraint', object: 'public.t.u', change: 'removed', before: 'UNIQUE (a)' },
    ],
    [
      'a foreign key removed',
      'expand',
      {
        kind: 'constraint',
        object: 'public.t.f',
        change: 'removed',
        before: 'FOREIGN KEY (a) REFERENCES p(id)',
      },
    ],
    [
      'an enum value added',
      'expand',
      { kind: 'enum', object: 'public.e', change: 'changed', before: 'a, b', after: 'a, b, c' },
    ],
    [
      'an enum value renamed',
      'contract',
      { kind: 'enum', object: 'public.e', change: 'changed', before: 'a, b', after: 'a, c' },
    ],
    [
      'row security enabled',
      'contract',
      { kind: 'row security', object: 'public.t', change: 'changed', before: 'disabled', after: 'enabled' },
    ],
    [
      'a function body changed',
      'unknown',
      { kind: 'function', object: 'public.f()', change: 'changed', before: 'x', after: 'y' },
    ],
  ])('%s → %s', (_name, expected, difference) => {
    expect(classifyChange(difference)).toBe(expected);
  });

  it('summarises contract changes first, for the PR comment', () => {
    const summary = summarizeChanges(
      classifyChanges([
        { kind: 'table', object: 'public.orders', change: 'added', after: '1 column: id' },
        column('removed', { before: 'text NULL' }),
      ]),
    );
    expect(summary).toBe(
      'contract (the previous release may break): column public.users.email removed (was text NULL). expand: table public.orders added (1 column: id)',
    );
  });
});

describe('describing what a down migration left behind', () => {
  it('names the object and what is wrong with it', () => {
    expect(describeLeftover(column('added', { after: 'text NULL' }))).toBe(
      'column public.users.email is still there (text NULL)',
    );
    expect(describeLeftover(column('removed', { before: 'text NOT NULL' }))).toBe(
      'column public.users.email is missing (was text NOT NULL)',
    );
    expect(
      describeLeftover(column('changed', { aspect: 'nullability', before: 'NULL', after: 'NOT NULL' })),
    ).toBe('column public.users.email: nullability is NOT NULL, was NULL');
  });
});

describe('seeding', () => {
  const col = (base: string, category: string, type = base, labels: string[] | null = null) => ({
    name: 'email',
    type,
    base,
    category,
    labels,
  });

  it('makes type-appropriate literals that differ between rows', () => {
    expect(literalFor(col('uuid', 'U'), 0)).toBe("'00000000-0000-4000-8000-000000000001'::uuid");
    expect(literalFor(col('text', 'S'), 1)).toBe("'user2@example.com'::text");
    expect(literalFor(col('int4', 'N', 'integer'), 0)).toBe("'1'::integer");
    expect(literalFor(col('mood', 'E', 'mood', ['ok', 'sad']), 1)).toBe("'sad'::mood");
    expect(literalFor(col('_int4', 'A', 'integer[]'), 0)).toBe("'{}'::integer[]");
    expect(literalFor(col('bool', 'B', 'boolean'), 0)).toBe('true');
    expect(literalFor(col('geometry', 'U'), 0)).toBeUndefined();
  });

  it('finds the tables, new unique keys and new foreign keys the new migrations touch', async () => {
    await ensureParser();
    const parsed = parseMigration(
      { path: 'm.sql', layout: 'plain', direction: 'up', version: '1' },
      `CREATE UNIQUE INDEX CONCURRENTLY users_email ON users (lower(email), tenant_id);
       ALTER TABLE app.orders ADD CONSTRAINT orders_ref UNIQUE (ref), ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);
       UPDATE invoices SET total = 0 FROM customers WHERE customers.id = invoices.customer_id;`,
    );
    const targets = seedTargets([parsed]);
    expect([...targets.tables].sort()).toEqual([
      'app.orders',
      'public.customers',
      'public.invoices',
      'public.users',
    ]);
    expect(Object.fromEntries(targets.newUniques)).toEqual({
      'public.users': [['email', 'tenant_id']],
      'app.orders': [['ref']],
    });
    expect(Object.fromEntries(targets.newForeignKeys)).toEqual({
      'app.orders': [{ columns: ['user_id'], parent: 'public.users', parentColumns: ['id'] }],
    });
  });
});

describe('placing a server error in the file', () => {
  const statement = { text: 'ALTER TABLE users\n  ADD COLUMN x intt', line: 7, column: 3 } as ParsedStatement;

  it("moves from the statement start by the server's 1-based character position", () => {
    expect(positionIn(statement, undefined)).toEqual({ line: 7, column: 3 });
    expect(positionIn(statement, 7)).toEqual({ line: 7, column: 9 });
    expect(positionIn(statement, 32)).toEqual({ line: 8, column: 14 });
    expect(positionIn(statement, 999)).toEqual({ line: 7, column: 3 });
  });
});

describe('rule documentation', () => {
  it.each([...REHEARSAL_RULES])('%s has a docs page with its id as title', (id) => {
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    expect(page.split('\n')[0]).toBe(`# ${id}`);
    expect(page).toContain('**Gate:** rehearsal');
  });
});

describe('excusing only statements that use a missing extension', () => {
  const cases: [string, string, string[], string | undefined][] = [
    ['ALTER TABLE d ADD COLUMN e vector(3)', 'type "vector" does not exist', ['vector'], 'vector'],
    [
      'CREATE INDEX ON d USING hnsw (e vector_cosine_ops)',
      'access method "hnsw" does not exist',
      ['vector'],
      'vector',
    ],
    ['SELECT e <-> e FROM d', 'operator does not exist: vector <-> vector', ['vector'], 'vector'],
    ['SELECT uuid_generate_v4()', 'function uuid_generate_v4() does not exist', ['uuid-ossp'], 'uuid-ossp'],
    [
      "SELECT cron.schedule('x', '* * * * *', 'select 1')",
      'schema "cron" does not exist',
      ['pg_cron'],
      'pg_cron',
    ],
    [
      'CREATE INDEX ON t USING gin (name gin_trgm_ops)',
      'operator class "gin_trgm_ops" does not exist for access method "gin"',
      ['pg_trgm'],
      'pg_trgm',
    ],
    [
      'CREATE FUNCTION f() RETURNS int LANGUAGE plv8 AS $$ return 1 $$',
      'language "plv8" does not exist',
      ['plv8'],
      'plv8',
    ],
    // basejump's test setup: database.dev through pg_tle, whose objects live in schemas named otherwise.
    [
      "select pgtle.uninstall_extension_if_exists('supabase-dbdev')",
      'schema "pgtle" does not exist',
      ['http', 'pg_tle'],
      'pg_tle',
    ],
    [
      "select dbdev.install('basejump-supabase_test_helpers')",
      'schema "dbdev" does not exist',
      ['http', 'pg_tle', 'supabase-dbdev'],
      'supabase-dbdev',
    ],
    // Not the extension's fault: the migration's own error, whatever else is missing.
    [
      'select id from auth.users where is_anonymous',
      'column "is_anonymous" does not exist',
      ['vector'],
      undefined,
    ],
    [
      'ALTER TABLE profiles ADD COLUMN e vector(3)',
      'relation "profiles" does not exist',
      ['vector'],
      undefined,
    ],
    ['SELECT uuid_generate_v4()', 'function uuid_generate_v4() does not exist', ['vector'], undefined],
    ['SELECT 1', 'relation "x" does not exist', [], undefined],
  ];
  it.each(cases)('%s / %s', (sql, message, missing, expected) => {
    expect(missingDependency(sql, message, new Set(missing))).toBe(expected);
  });

  it('reads the subject of the error, by both parts of a qualified name', () => {
    expect(namesInError('type "extensions.vector" does not exist')).toEqual(['extensions', 'vector']);
    expect(namesInError('function gen_salt(unknown) does not exist')).toEqual(['gen_salt']);
  });
});
