// Generator for the `rollback plan` bench: a git repository shaped like a long-lived Supabase app with
// `releases` release tags on main (v1.0.0, v1.1.0, …), each adding one migration (an expand step: a
// table, a nullable column, an index built concurrently, a view, seed rows), a generated
// supabase/database.types.ts the app's code reads, and ~300 source files, some touched by releases.
//
// Written with `git fast-import` (one process for the whole history) so 2,000 releases take seconds.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['text', 'integer', 'bigint', 'boolean', 'timestamptz', 'jsonb', 'uuid', 'numeric(12,2)'];
const TS_TYPE = {
  text: 'string',
  integer: 'number',
  bigint: 'number',
  boolean: 'boolean',
  timestamptz: 'string',
  jsonb: 'Json',
  uuid: 'string',
  'numeric(12,2)': 'number',
};

/** Supabase's generated types for the tables so far (what the release's code is typed against). */
function databaseTypes(tables) {
  const body = [...tables.values()]
    .map((t) => {
      const cols = t.columns.map((c) => `          ${c.name}: ${TS_TYPE[c.type]}${c.nullable ? ' | null' : ''}`);
      return `      ${t.name}: {\n        Row: {\n${cols.join('\n')}\n        }\n        Insert: {\n${cols.join('\n')}\n        }\n        Update: {\n${cols.join('\n')}\n        }\n        Relationships: []\n      }`;
    })
    .join('\n');
  return `export type Json = string | number | boolean | null | { [key: string]: Json } | Json[]\n\nexport type Database = {\n  public: {\n    Tables: {\n${body}\n    }\n    Views: {}\n    Functions: {}\n    Enums: {}\n  }\n}\n`;
}

function sourceFile(i, tables, rnd) {
  const names = [...tables.keys()];
  const table = names[Math.floor(rnd() * names.length)] ?? 'users';
  const column = tables.get(table)?.columns.at(-1)?.name ?? 'id';
  return `import { supabase } from '../lib/supabase';\n\nexport async function load${i}(id: string) {\n  const { data, error } = await supabase.from('${table}').select('id, ${column}').eq('id', id);\n  if (error) throw error;\n  return data;\n}\n\nexport function describe${i}(n: number) {\n  return n > 2 ? 'many' : n / 2 > 0 ? 'some' : 'none';\n}\n`;
}

/**
 * Write the history into `dir` (an empty folder): `releases` commits on main, each tagged
 * `v1.<i>.0` (annotated). Returns the tag names, oldest first.
 */
export function generateRollbackHistory(dir, { releases = 2000, sourceFiles = 300, seed = 20 } = {}) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const tables = new Map();
  const addTable = (name) => {
    tables.set(name, {
      name,
      columns: [
        { name: 'id', type: 'uuid', nullable: false },
        { name: 'created_at', type: 'timestamptz', nullable: false },
      ],
    });
    return `create table public.${name} (\n  id uuid primary key default gen_random_uuid(),\n  created_at timestamptz not null default now()\n);\n`;
  };
  const chunks = [];
  const blob = (path, text) => {
    const bytes = Buffer.from(text, 'utf8');
    chunks.push(Buffer.from(`M 100644 inline ${path}\ndata ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  const tags = [];
  const start = Date.UTC(2021, 0, 1) / 1000;
  for (let i = 0; i < releases; i++) {
    const when = start + i * 3600 * 6;
    const stamp = new Date(when * 1000).toISOString().replace(/\D/g, '').slice(0, 14);
    let sql;
    if (i === 0 || tables.size < 5 || rnd() < 0.15) sql = addTable(`t${tables.size}`);
    else {
      const names = [...tables.keys()];
      const table = tables.get(names[int(0, names.length - 1)]);
      const r = rnd();
      if (r < 0.5) {
        const type = TYPES[int(0, TYPES.length - 1)];
        const name = `c${i}`;
        table.columns.push({ name, type, nullable: true });
        sql = `alter table public.${table.name} add column ${name} ${type};\n`;
      } else if (r < 0.7) {
        const column = table.columns[int(0, table.columns.length - 1)].name;
        sql = `create index concurrently if not exists ${table.name}_${column}_${i}_idx on public.${table.name} (${column});\n`;
      } else if (r < 0.85) {
        sql = `create or replace view public.v${i} as select id, created_at from public.${table.name};\n`;
      } else {
        sql = `insert into public.${table.name} (id) values (gen_random_uuid()), (gen_random_uuid());\n`;
      }
    }
    const message = `release ${i}`;
    chunks.push(
      Buffer.from(
        `commit refs/heads/main\nmark :${i + 1}\ncommitter Bench <bench@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`,
      ),
    );
    if (i > 0) chunks.push(Buffer.from(`from :${i}\n`));
    blob(`supabase/migrations/${stamp}_release_${i}.sql`, sql);
    if (i === 0 || i % 25 === 0 || i === releases - 1)
      blob('supabase/database.types.ts', databaseTypes(tables));
    if (i === 0) {
      blob('lib/supabase.ts', "export const supabase = createClient(process.env.URL!, process.env.KEY!);\n");
      for (let f = 0; f < sourceFiles; f++) blob(`src/features/f${f}.ts`, sourceFile(f, tables, rnd));
    } else if (i % 7 === 0) {
      const f = int(0, sourceFiles - 1);
      blob(`src/features/f${f}.ts`, sourceFile(f, tables, rnd));
    }
    const tag = `v1.${i}.0`;
    tags.push(tag);
    chunks.push(
      Buffer.from(
        `tag ${tag}\nfrom :${i + 1}\ntagger Bench <bench@example.com> ${when} +0000\ndata ${Buffer.byteLength(tag)}\n${tag}\n`,
      ),
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks) });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return tags;
}
