// A synthetic repository shaped like a real Prisma app, for timing a PR check (bench/run.mjs):
// 200 releases (annotated tags v1.0.0 … on main), ~160 Prisma migrations over them, a schema.prisma that
// grows with them to ~2,000 lines, 300 TypeScript source files using the Prisma client and raw SQL, and
// on top one pull-request commit that adds a migration, its schema change and the code using it.
//
// Written with one `git fast-import`, so generating it takes about a second.
// Usage on its own: node bench/app-repo.mjs DIR   (DIR must not exist; prints the PR's base and head)
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './lint-corpus.mjs';

export const RELEASES = 200;
export const MIGRATIONS = 160;
export const SOURCE_FILES = 300;
const INITIAL_MODELS = 36;

const NOUNS = [
  'User', 'Account', 'Session', 'Team', 'Member', 'Invite', 'Project', 'Task', 'Comment', 'Label',
  'Order', 'OrderItem', 'Product', 'Price', 'Invoice', 'Payment', 'Refund', 'Coupon', 'Cart', 'CartItem',
  'Subscription', 'Plan', 'Usage', 'Event', 'Webhook', 'ApiKey', 'AuditLog', 'Notification', 'Message',
  'Channel', 'Thread', 'Attachment', 'File', 'Folder', 'Report', 'Dashboard', 'Widget', 'Metric', 'Alert',
  'Incident',
];
const FIELD_WORDS = [
  'title', 'status', 'note', 'amount', 'currency', 'externalId', 'archivedAt', 'metadata', 'priority',
  'score', 'slug', 'color', 'locale', 'source', 'dueAt', 'rating', 'position', 'checksum', 'region',
  'summary', 'kind', 'ownerEmail', 'retries', 'startsAt', 'endsAt', 'timezone', 'avatarUrl', 'quantity',
];
const TYPES = [
  ['String', 'TEXT'], ['Int', 'INTEGER'], ['Boolean', 'BOOLEAN'], ['DateTime', 'TIMESTAMP(3)'],
  ['Json', 'JSONB'], ['BigInt', 'BIGINT'], ['Float', 'DOUBLE PRECISION'], ['Decimal', 'DECIMAL(65,30)'],
];

/** The app's schema as its migrations leave it, and the SQL/Prisma text of each step. */
class AppSchema {
  constructor(rnd) {
    this.rnd = rnd;
    this.models = [];
    this.enums = [];
    this.serial = 0;
  }

  pick(list) {
    return list[Math.floor(this.rnd() * list.length)];
  }

  newField(model) {
    const base = this.pick(FIELD_WORDS);
    const name = model.fields.some((f) => f.name === base) ? `${base}${++this.serial}` : base;
    const useEnum = this.enums.length && this.rnd() < 0.12;
    const [type, sql] = useEnum ? [this.pick(this.enums).name, null] : this.pick(TYPES);
    return { name, type, sql: sql ?? `"${type}"`, optional: this.rnd() < 0.6 };
  }

  /** CREATE TABLE (+ its index and foreign key) for a new model. */
  createModel() {
    const noun = NOUNS[this.models.length % NOUNS.length];
    const name = this.models.length < NOUNS.length ? noun : `${noun}${Math.floor(this.models.length / NOUNS.length) + 1}`;
    const model = { name, fields: [], indexes: [], parent: this.models.length ? this.pick(this.models) : undefined };
    const count = 10 + Math.floor(this.rnd() * 8);
    for (let i = 0; i < count; i++) model.fields.push(this.newField(model));
    this.models.push(model);
    const cols = [
      '    "id" TEXT NOT NULL',
      ...model.fields.map((f) => `    "${f.name}" ${f.sql}${f.optional ? '' : ' NOT NULL'}`),
      ...(model.parent ? [`    "${lower(model.parent.name)}Id" TEXT`] : []),
      '    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP',
      '    "updatedAt" TIMESTAMP(3) NOT NULL',
      '',
      `    CONSTRAINT "${name}_pkey" PRIMARY KEY ("id")`,
    ];
    const sql = [`-- CreateTable\nCREATE TABLE "${name}" (\n${cols.join(',\n').replace(',\n,', ',')}\n);`];
    if (model.parent) {
      const fk = `${lower(model.parent.name)}Id`;
      model.indexes.push(fk);
      sql.push(`-- CreateIndex\nCREATE INDEX "${name}_${fk}_idx" ON "${name}"("${fk}");`);
      sql.push(
        `-- AddForeignKey\nALTER TABLE "${name}" ADD CONSTRAINT "${name}_${fk}_fkey" FOREIGN KEY ("${fk}") REFERENCES "${model.parent.name}"("id") ON DELETE SET NULL ON UPDATE CASCADE;`,
      );
    }
    return sql;
  }

  createEnum() {
    const name = `${this.pick(['Order', 'Task', 'Member', 'Invoice', 'Alert'])}State${++this.serial}`;
    const values = ['DRAFT', 'ACTIVE', 'ARCHIVED'];
    this.enums.push({ name, values });
    return [`-- CreateEnum\nCREATE TYPE "${name}" AS ENUM (${values.map((v) => `'${v}'`).join(', ')});`];
  }

  /** One later migration: a few of the changes a growing app makes. */
  change() {
    const r = this.rnd();
    if (r < 0.2) return this.createModel();
    if (r < 0.27) return this.createEnum();
    const model = this.pick(this.models);
    if (r < 0.35 && this.enums.length) {
      const e = this.pick(this.enums);
      const value = `STATE_${++this.serial}`;
      e.values.push(value);
      return [`-- AlterEnum\nALTER TYPE "${e.name}" ADD VALUE '${value}';`];
    }
    if (r < 0.5) {
      const field = model.fields.find((f) => !model.indexes.includes(f.name) && f.type !== 'Json');
      if (field) {
        model.indexes.push(field.name);
        return [`-- CreateIndex\nCREATE INDEX "${model.name}_${field.name}_idx" ON "${model.name}"("${field.name}");`];
      }
    }
    const added = Array.from({ length: 1 + Math.floor(this.rnd() * 3) }, () => {
      const field = { ...this.newField(model), optional: true };
      model.fields.push(field);
      return field;
    });
    return [
      `-- AlterTable\nALTER TABLE "${model.name}" ${added.map((f) => `ADD COLUMN     "${f.name}" ${f.sql}`).join(',\n')};`,
    ];
  }

  prisma() {
    const out = [
      'generator client {\n  provider = "prisma-client-js"\n}\n',
      'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
    ];
    for (const e of this.enums) out.push(`enum ${e.name} {\n${e.values.map((v) => `  ${v}`).join('\n')}\n}\n`);
    for (const m of this.models) {
      const children = this.models.filter((c) => c.parent === m);
      const lines = [`model ${m.name} {`, '  id        String   @id @default(cuid())'];
      for (const f of m.fields) lines.push(`  ${f.name.padEnd(12)} ${f.type}${f.optional ? '?' : ''}`);
      if (m.parent) {
        const fk = `${lower(m.parent.name)}Id`;
        lines.push(`  ${fk.padEnd(12)} String?`);
        lines.push(`  ${lower(m.parent.name).padEnd(12)} ${m.parent.name}? @relation(fields: [${fk}], references: [id], onDelete: SetNull)`);
      }
      for (const c of children) lines.push(`  ${`${lower(c.name)}s`.padEnd(12)} ${c.name}[]`);
      lines.push('  createdAt    DateTime @default(now())', '  updatedAt    DateTime @updatedAt', '');
      for (const i of m.indexes) lines.push(`  @@index([${i}])`);
      lines.push('}\n');
      out.push(lines.join('\n'));
    }
    return out.join('\n');
  }

  /** A source file of the app: Prisma client calls and a raw query on one model. */
  source(index, version) {
    const m = this.models[index % this.models.length];
    const name = lower(m.name);
    const cols = m.fields.slice(0, 4).map((f) => f.name);
    const fns = [];
    for (let i = 0; i < 6; i++) {
      const col = cols[i % cols.length];
      fns.push(
        `export async function find${m.name}By${cap(col)}${i}(value: unknown) {\n` +
          `  const rows = await prisma.${name}.findMany({\n    where: { ${col}: value as never },\n    orderBy: { createdAt: 'desc' },\n    take: ${10 + i},\n  });\n` +
          `  return rows.map((row) => ({ id: row.id, ${col}: row.${col} }));\n}\n`,
      );
    }
    fns.push(
      `export async function count${m.name}Recent() {\n` +
        `  return prisma.$queryRaw\`SELECT count(*) FROM "${m.name}" WHERE "createdAt" > now() - interval '1 day' AND "${cols[0]}" IS NOT NULL\`;\n}\n`,
    );
    return `// ${m.name} queries (revision ${version})\nimport { prisma } from '../lib/db';\n\n${fns.join('\n')}`;
  }
}

const lower = (s) => s[0].toLowerCase() + s.slice(1);
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** fast-import stream of the whole history; returns it with the number of migrations written. */
function history() {
  const rnd = prng(20260101);
  const schema = new AppSchema(rnd);
  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let time = Date.UTC(2025, 0, 6) / 1000;
  let migrations = 0;
  const sourcePath = (i) => `src/${['api', 'jobs', 'lib/queries', 'app/routes'][i % 4]}/file${i}.ts`;
  const commit = (message, files, tag) => {
    time += 3600 * 20;
    const n = chunks.filter((c) => c.startsWith('commit')).length;
    let c = `commit refs/heads/main\nmark :${n + 1}\nauthor Dev <dev@example.com> ${time} +0000\ncommitter Dev <dev@example.com> ${time} +0000\n${data(message)}`;
    if (n) c += `from :${n}\n`;
    for (const [path, text] of files) c += `M 100644 inline ${path}\n${data(text)}`;
    chunks.push(c);
    if (tag)
      chunks.push(`tag ${tag}\nfrom :${n + 1}\ntagger Dev <dev@example.com> ${time + 60} +0000\n${data(`Release ${tag}`)}`);
  };
  const migration = (name, statements) => {
    migrations++;
    const stamp = new Date(time * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    return [`prisma/migrations/${stamp}_${name}/migration.sql`, `${statements.join('\n\n')}\n`];
  };

  // Release 1: the app as first generated.
  const init = [];
  for (let i = 0; i < 3; i++) init.push(...schema.createEnum());
  for (let i = 0; i < INITIAL_MODELS; i++) init.push(...schema.createModel());
  const first = [
    ['package.json', '{ "name": "app", "private": true, "dependencies": { "@prisma/client": "6.0.0" } }\n'],
    ['prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n'],
    migration('init', init),
    ['prisma/schema.prisma', schema.prisma()],
    ['src/lib/db.ts', "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n"],
  ];
  for (let i = 0; i < SOURCE_FILES; i++) first.push([sourcePath(i), schema.source(i, 1)]);
  commit('Initial app', first, 'v1.0.0');

  for (let r = 1; r < RELEASES; r++) {
    const files = [];
    // Spread the rest of the migrations evenly over the releases.
    const due = Math.floor(((r + 1) * (MIGRATIONS - 1)) / (RELEASES - 1)) - Math.floor((r * (MIGRATIONS - 1)) / (RELEASES - 1));
    for (let k = 0; k < due; k++) {
      const statements = [];
      for (let s = 0, n = 1 + Math.floor(rnd() * 2); s < n; s++) statements.push(...schema.change());
      files.push(migration(`release_${r}_${k}`, statements));
    }
    if (due) files.push(['prisma/schema.prisma', schema.prisma()]);
    for (let k = 0; k < 3; k++) {
      const i = Math.floor(rnd() * SOURCE_FILES);
      files.push([sourcePath(i), schema.source(i, r + 1)]);
    }
    commit(`Release ${r + 1}`, files, `v1.${Math.floor(r / 10)}.${r % 10}`);
  }

  // The pull request: a nullable column with its index, the schema and a query that uses it.
  const order = schema.models.find((m) => m.name === 'Order');
  order.fields.push({ name: 'trackingCode', type: 'String', sql: 'TEXT', optional: true });
  order.indexes.push('trackingCode');
  const pr = [
    migration('add_tracking_code', [
      '-- AlterTable\nALTER TABLE "Order" ADD COLUMN     "trackingCode" TEXT;',
      '-- CreateIndex\nCREATE INDEX "Order_trackingCode_idx" ON "Order"("trackingCode");',
    ]),
    ['prisma/schema.prisma', schema.prisma()],
    [sourcePath(NOUNS.indexOf('Order')), schema.source(NOUNS.indexOf('Order'), RELEASES + 1)],
  ];
  commit('Add a tracking code to orders', pr);
  return { stream: chunks.join(''), migrations, schemaLines: schema.prisma().split('\n').length };
}

/** Write the repository into `dir` (created); returns the PR's base and head commits and its shape. */
export function generateAppRepo(dir) {
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const { stream, migrations, schemaLines } = history();
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr}`);
  git('checkout', '-q', '-f', 'main');
  return {
    dir,
    base: git('rev-parse', 'HEAD^'),
    head: git('rev-parse', 'HEAD'),
    releases: Number(git('tag').split('\n').length),
    migrations,
    schemaLines,
    sourceFiles: SOURCE_FILES,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) {
    console.error('usage: node bench/app-repo.mjs DIR');
    process.exit(2);
  }
  console.log(JSON.stringify(generateAppRepo(resolve(process.argv[2])), null, 2));
}
