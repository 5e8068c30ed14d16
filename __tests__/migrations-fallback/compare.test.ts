import { beforeAll, describe, expect, it } from '@jest/globals';
import { compareWithFallback } from '../../src/gates/migrations/fallback/compare.js';
import type { CompatHit } from '../../src/gates/migrations/fallback/compare.js';
import type { Expectation } from '../../src/schema-sources/expectation.js';
import { parsePrismaSchema, prismaExpectations } from '../../src/schema-sources/prisma-schema.js';
import { sqlUsages } from '../../src/schema-sources/sql-strings.js';
import { COMPAT_RULE_IDS } from '../../src/gates/migrations/fallback/rule-ids.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { META_RULE_IDS } from '../../src/gates/migrations/rules/index.js';
import { replayMigrations } from '../../src/schema-model/replay.js';

beforeAll(() => ensureParser());

const PRISMA = [
  'model Note {', //                                    1
  '  id          Int      @id @default(autoincrement())',
  '  title       String',
  '  authorEmail String?  @map("author_email")',
  '  views       Int      @default(0)', //             5
  '  code        String   @db.VarChar(100)',
  '  status      Status   @default(draft)',
  '  @@map("notes")',
  '}',
  'enum Status {', //                                   10
  '  draft',
  '  published',
  '  @@map("note_status")',
  '}',
].join('\n');

const BASE = [
  "create type note_status as enum ('draft', 'published');",
  "create table notes (id serial primary key, title text not null, author_email text, views int not null default 0, code varchar(100) not null, status note_status not null default 'draft');",
].join('\n');

const prisma = () => prismaExpectations([parsePrismaSchema(PRISMA, 'prisma/schema.prisma')]);

/** The change's migration is `change.sql`; everything before it is history. */
function compare(
  change: string,
  expectations: Expectation[] = prisma(),
  extra: Partial<Parameters<typeof compareWithFallback>[0]> = {},
): CompatHit[] {
  const files = [
    parseMigration({ path: 'base.sql', layout: 'plain', direction: 'up', version: '1' }, BASE),
    parseMigration({ path: 'change.sql', layout: 'plain', direction: 'up', version: '2' }, change),
  ];
  return compareWithFallback({
    expectations,
    schema: replayMigrations(files),
    release: 'v1.1.0',
    inChange: (f) => f === 'change.sql',
    ...extra,
  });
}

const summary = (hits: CompatHit[]) =>
  hits.map((h) => `${h.rule} ${h.severity} ${h.object} @${h.at.file}:${h.at.line}`);

describe('compareWithFallback', () => {
  it.each([
    [
      'dropping a column it reads',
      'alter table notes drop column author_email;',
      ['fallback-reads-missing-column error column "notes"."author_email" @change.sql:1'],
    ],
    [
      'renaming a column it reads',
      'alter table notes rename column title to heading;',
      ['fallback-reads-missing-column error column "notes"."title" @change.sql:1'],
    ],
    [
      'dropping the table',
      'select 1;\ndrop table notes;',
      ['fallback-reads-missing-table error table "notes" @change.sql:2'],
    ],
    [
      'renaming the table',
      'alter table notes rename to posts;',
      ['fallback-reads-missing-table error table "notes" @change.sql:1'],
    ],
    [
      'adding a required column it does not insert',
      'alter table notes add column slug text not null;',
      ['fallback-insert-not-null error column "notes"."slug" @change.sql:1'],
    ],
    [
      'setting NOT NULL on a field it may leave out',
      'alter table notes alter column author_email set not null;',
      ['fallback-insert-not-null error column "notes"."author_email" @change.sql:1'],
    ],
    [
      'dropping the default it relies on',
      'alter table notes alter column views drop default;',
      ['fallback-insert-not-null error column "notes"."views" @change.sql:1'],
    ],
    [
      'changing a type it decodes into another family',
      'alter table notes alter column views type text;',
      ['fallback-type-changed error column "notes"."views" @change.sql:1'],
    ],
    [
      'narrowing a bounded type',
      'alter table notes alter column code type varchar(50);',
      ['fallback-type-changed error column "notes"."code" @change.sql:1'],
    ],
    [
      'adding an enum value it does not know',
      "alter type note_status add value 'archived';",
      ['fallback-unknown-enum-value warning enum "note_status" value \'archived\' @change.sql:1'],
    ],
  ])('%s is a hit', (_name, change, expected) => {
    expect(summary(compare(change))).toEqual(expected);
  });

  it.each([
    [
      'dropping a column it does not read',
      'alter table notes add column legacy text;\nalter table notes drop column legacy;',
    ],
    ['adding a nullable column', 'alter table notes add column slug text;'],
    [
      'adding a required column with a default',
      "alter table notes add column slug text not null default '';",
    ],
    ['setting NOT NULL on a field it always inserts', 'alter table notes alter column title set not null;'],
    ['widening within a family', 'alter table notes alter column code type text;'],
    ['int to bigint for a BigInt reader', 'select 1;'],
    ['adding an enum value it knows', "alter type note_status add value if not exists 'draft';"],
  ])('%s is not a hit', (_name, change) => {
    expect(compare(change)).toEqual([]);
  });

  it('names the object, the fallback release and where its code uses it', () => {
    const [hit] = compare('alter table notes drop column author_email;');
    expect(hit!.message).toBe(
      'v1.1.0 still reads column "author_email" of "notes" (prisma/schema.prisma:4: model Note, field authorEmail), which this migration drops: its queries on "notes" fail after the migration, and after a rollback to v1.1.0.',
    );
    expect(hit!.uses).toEqual([{ file: 'prisma/schema.prisma', line: 4 }]);
  });

  it('ignores statements outside the change', () => {
    const files = [
      parseMigration(
        { path: 'base.sql', layout: 'plain', direction: 'up', version: '1' },
        `${BASE}\nalter table notes drop column author_email;`,
      ),
    ];
    expect(
      compareWithFallback({
        expectations: prisma(),
        schema: replayMigrations(files),
        release: 'v1',
        inChange: () => false,
      }),
    ).toEqual([]);
  });

  it('an enum value the new release does not declare is not reported', () => {
    const newRelease = { enums: new Map([['note_status', new Map([['draft', { file: 'p', line: 1 }]])]]) };
    expect(compare("alter type note_status add value 'archived';", prisma(), { newRelease })).toEqual([]);
    const writes = {
      enums: new Map([['note_status', new Map([['archived', { file: 'prisma/schema.prisma', line: 13 }]])]]),
    };
    expect(
      compare("alter type note_status add value 'archived';", prisma(), { newRelease: writes })[0]!.message,
    ).toContain('and the new release writes (prisma/schema.prisma:13)');
  });

  it('evidence from SQL strings alone makes warnings', () => {
    const sql = sqlUsages('select author_email from notes', 'src/db.ts', 7);
    expect(summary(compare('alter table notes drop column author_email;', sql))).toEqual([
      'fallback-reads-missing-column warning column "notes"."author_email" @change.sql:1',
    ]);
  });

  it('a type change that the declared type still decodes is not a hit', () => {
    const bigint: Expectation = {
      kind: 'decodes-type',
      table: 'notes',
      column: 'views',
      detail: 'field views',
      file: 'prisma/schema.prisma',
      line: 5,
      source: 'prisma',
      declared: { text: 'BigInt', families: ['bigint', 'integer'] },
    };
    expect(compare('alter table notes alter column views type bigint;', [bigint])).toEqual([]);
    expect(summary(compare('alter table notes alter column views type bigint;'))).toEqual([
      'fallback-type-changed error column "notes"."views" @change.sql:1',
    ]);
  });

  it('every rule id is known to ignore comments and has a docs page (registry test)', () => {
    for (const id of COMPAT_RULE_IDS) expect(META_RULE_IDS as readonly string[]).toContain(id);
  });
});
