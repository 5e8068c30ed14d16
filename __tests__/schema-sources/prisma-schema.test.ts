import { describe, expect, it } from '@jest/globals';
import { parsePrismaSchema, prismaExpectations } from '../../src/schema-sources/prisma-schema.js';

const SCHEMA = `generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

// a user of the app
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique @map("email_address") // the login
  name      String?  @db.VarChar(50)
  role      Role     @default(MEMBER)
  token     String   @default(uuid()) @db.Uuid
  tags      String[]
  createdAt DateTime @default(now()) @map("created_at")
  updatedAt DateTime @updatedAt @map("updated_at")
  bio       String
  notes     Note[]
  search    Unsupported("tsvector")?
  legacy    String?  @ignore

  @@map("users")
}

model Note {
  id       Int    @id @default(autoincrement())
  title    String
  author   User   @relation(fields: [authorId], references: [id])
  authorId Int    @map("author_id")
}

view NoteCount {
  userId Int @unique
  count  Int
}

model Archived {
  id Int @id
  @@ignore
}

enum Role {
  MEMBER
  ADMIN  @map("admin")

  @@map("role")
}
`;

describe('parsePrismaSchema', () => {
  const schema = parsePrismaSchema(SCHEMA, 'prisma/schema.prisma');
  const user = schema.models.find((m) => m.name === 'User')!;

  it.each([
    ['id', 'id', 'Int', 12, { optional: false, default: 'autoincrement()' }],
    ['email', 'email_address', 'String', 13, { optional: false }],
    ['name', 'name', 'String', 14, { optional: true, native: 'VarChar(50)' }],
    ['role', 'role', 'Role', 15, { default: 'MEMBER' }],
    ['token', 'token', 'String', 16, { default: 'uuid()', native: 'Uuid' }],
    ['tags', 'tags', 'String', 17, { list: true }],
    ['createdAt', 'created_at', 'DateTime', 18, { default: 'now()' }],
    ['updatedAt', 'updated_at', 'DateTime', 19, { updatedAt: true }],
    ['legacy', 'legacy', 'String', 23, { ignored: true }],
  ])('reads field %s as column %s of type %s at line %d', (name, dbName, type, line, extra) => {
    expect(user.fields.find((f) => f.name === name)).toMatchObject({ dbName, type, line, ...extra });
  });

  it('reads @@map, the model line, views, @@ignore and enums with @map', () => {
    expect(user).toMatchObject({ dbName: 'users', line: 11, kind: 'model', ignored: false });
    expect(schema.models.find((m) => m.name === 'NoteCount')).toMatchObject({ kind: 'view', line: 35 });
    expect(schema.models.find((m) => m.name === 'Archived')?.ignored).toBe(true);
    expect(schema.enums).toEqual([
      {
        name: 'Role',
        dbName: 'role',
        line: 45,
        values: [
          { name: 'MEMBER', dbName: 'MEMBER', line: 46 },
          { name: 'ADMIN', dbName: 'admin', line: 47 },
        ],
      },
    ]);
  });

  it('keeps @@schema in the table name when it is not public', () => {
    const s = parsePrismaSchema('model Session {\n  id Int @id\n  @@schema("auth")\n}\n', 'schema.prisma');
    expect(s.models[0]!.dbName).toBe('auth.Session');
  });
});

describe('prismaExpectations', () => {
  const exps = prismaExpectations([parsePrismaSchema(SCHEMA, 'prisma/schema.prisma')]);
  const of = (kind: string, table: string) => exps.filter((e) => e.kind === kind && e.table === table);

  it('reads every scalar field, not relations, Unsupported or @ignore fields, nor @@ignore models', () => {
    expect(of('reads', 'users').map((e) => e.column)).toEqual([
      undefined,
      'id',
      'email_address',
      'name',
      'role',
      'token',
      'tags',
      'created_at',
      'updated_at',
      'bio',
    ]);
    expect(of('reads', 'Note').map((e) => e.column)).toEqual([undefined, 'id', 'title', 'author_id']);
    expect(of('reads', 'Archived')).toEqual([]);
  });

  it('records the line of each field', () => {
    expect(of('reads', 'users').find((e) => e.column === 'email_address')).toMatchObject({
      file: 'prisma/schema.prisma',
      line: 13,
      detail: 'model User, field email',
      source: 'prisma',
    });
  });

  it('inserts name required fields, client defaults and @updatedAt; may leave out optional, list and database-defaulted ones', () => {
    const table = of('inserts-without', 'users').find((e) => e.column === undefined)!;
    expect(table.provides).toEqual(['email_address', 'token', 'updated_at', 'bio']);
    expect(
      of('inserts-without', 'users')
        .filter((e) => e.column)
        .map((e) => e.column),
    ).toEqual(['id', 'name', 'role', 'tags', 'created_at']);
    expect(of('inserts-without', 'NoteCount')).toEqual([]);
  });

  it('decodes declared types, with enums by their database name and native types', () => {
    const decl = (column: string) => of('decodes-type', 'users').find((e) => e.column === column)?.declared;
    expect(decl('role')).toEqual({ text: 'Role', families: ['enum:role'] });
    expect(decl('token')?.families).toEqual(['text', 'uuid']);
    expect(decl('tags')?.families).toEqual(['text[]', 'uuid[]']);
    expect(decl('id')?.families).toEqual(['integer']);
  });

  it('knows each enum by its database values', () => {
    expect(exps.filter((e) => e.kind === 'knows-enum')).toEqual([
      expect.objectContaining({ table: 'role', values: ['MEMBER', 'admin'], line: 45 }),
    ]);
  });
});
