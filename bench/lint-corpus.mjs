// The 2,000-file lint corpus of `npm run bench` (bench/run.mjs): a deterministic pseudo-random mix of
// realistic Supabase-layout DDL and DML (~40,000 statements), written into a folder.
//
// Usage on its own: node bench/lint-corpus.mjs DIR [--findings]   (writes DIR/supabase/migrations/*.sql)
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FILES = 2000;

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE_TABLES = [
  'users',
  'profiles',
  'orders',
  'order_items',
  'products',
  'invoices',
  'payments',
  'events',
  'sessions',
  'messages',
  'channels',
  'teams',
  'projects',
  'tasks',
  'comments',
  'notifications',
  'subscriptions',
  'audit_log',
  'api_keys',
  'webhooks',
];
const COLUMNS = [
  'status',
  'title',
  'notes',
  'amount_cents',
  'currency',
  'external_id',
  'archived_at',
  'metadata',
  'priority',
  'score',
  'slug',
  'color',
  'locale',
  'source',
  'due_at',
  'rating',
  'position',
  'checksum',
  'region',
  'label',
  'summary',
  'kind',
  'owner_email',
  'retries',
];
const TYPES = [
  'text',
  'integer',
  'bigint',
  'boolean',
  'timestamptz',
  'jsonb',
  'uuid',
  'numeric(12,2)',
  'varchar(255)',
  'smallint',
  'date',
];
const WORDS = [
  'alpha',
  'billing',
  'checkout',
  'dashboard',
  'export',
  'feed',
  'growth',
  'inbox',
  'launch',
  'metrics',
  'onboarding',
  'pricing',
  'referral',
  'search',
  'teams',
  'usage',
];
const LITERAL = {
  text: "'pending'",
  integer: '0',
  bigint: '0',
  boolean: 'false',
  timestamptz: 'now()',
  jsonb: "'{}'::jsonb",
  uuid: 'gen_random_uuid()',
  'numeric(12,2)': '0',
  'varchar(255)': "''",
  smallint: '0',
  date: 'current_date',
};

export function generator(seed) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const tables = [...BASE_TABLES];
  let serial = 0;
  const table = () => pick(tables);
  const col = () => pick(COLUMNS);
  const id = () => ++serial;

  const makers = [
    [
      6,
      () => {
        const t = `${pick(WORDS)}_${pick(BASE_TABLES)}_${id()}`;
        tables.push(t);
        const cols = Array.from({ length: int(2, 7) }, (_, i) => {
          const type = pick(TYPES);
          const notNull = rnd() < 0.4;
          return `  ${col()}_${i} ${type}${notNull ? ` not null default ${type === 'uuid' ? 'gen_random_uuid()' : LITERAL[type]}` : ''}`;
        });
        return `create table if not exists public.${t} (\n  id bigint generated always as identity primary key,\n${cols.join(',\n')},\n  owner_id uuid references auth.users (id) on delete cascade,\n  created_at timestamptz not null default now()\n);`;
      },
    ],
    [
      12,
      () => {
        const type = pick(TYPES);
        const c = `${col()}_${id()}`;
        const r = rnd();
        const suffix =
          r < 0.5
            ? ''
            : r < 0.8
              ? ` not null default ${LITERAL[type]}`
              : r < 0.9
                ? ' default gen_random_uuid()'
                : ' not null';
        return `alter table public.${table()} add column if not exists ${c} ${r >= 0.8 && r < 0.9 ? 'uuid' : type}${suffix};`;
      },
    ],
    [
      8,
      () => {
        const t = table();
        const c = col();
        return `create ${rnd() < 0.15 ? 'unique ' : ''}index ${rnd() < 0.4 ? 'concurrently ' : ''}if not exists ${t}_${c}_idx_${id()} on public.${t} using btree (${c}${rnd() < 0.3 ? ', created_at desc' : ''});`;
      },
    ],
    [
      4,
      () =>
        `alter table public.${table()} add constraint fk_${id()} foreign key (${col()}_id) references public.${table()} (id) on delete ${pick(['cascade', 'set null', 'restrict'])}${rnd() < 0.5 ? ' not valid' : ''};`,
    ],
    [
      4,
      () =>
        `alter table public.${table()} add constraint chk_${id()} check (${col()} is not null)${rnd() < 0.5 ? ' not valid' : ''};`,
    ],
    [2, () => `alter table public.${table()} validate constraint chk_${int(1, serial + 1)};`],
    [3, () => `alter table public.${table()} drop column if exists ${col()};`],
    [
      2,
      () => {
        const c = col();
        return `alter table public.${table()} rename column ${c} to ${c}_old;`;
      },
    ],
    [
      3,
      () => {
        const c = col();
        const type = pick(TYPES);
        return `alter table public.${table()} alter column ${c} type ${type} using ${c}::${type};`;
      },
    ],
    [
      3,
      () =>
        `alter table public.${table()} alter column ${col()} ${pick(['set not null', 'drop not null', "set default 'draft'", 'drop default'])};`,
    ],
    [
      6,
      () => {
        const r = rnd();
        const where = r < 0.5 ? ` where id = ${int(1, 100000)}` : r < 0.85 ? ` where ${col()} is null` : '';
        return `update public.${table()} set ${col()} = ${pick(["'active'", '0', 'false', 'now()', 'null'])}${where};`;
      },
    ],
    [
      12,
      () => {
        const c = col();
        const rows = Array.from(
          { length: int(1, 6) },
          (_, i) => `  ('${pick(WORDS)}-${id()}', '${pick(WORDS)} ${i}', now())`,
        );
        return `insert into public.${table()} (name, ${c}, created_at) values\n${rows.join(',\n')}\non conflict do nothing;`;
      },
    ],
    [2, () => `delete from public.${table()} where created_at < now() - interval '${int(7, 365)} days';`],
    [
      5,
      () => {
        const t = table();
        const c = col();
        return rnd() < 0.6
          ? `create or replace function public.${t}_touch_${id()}()\nreturns trigger\nlanguage plpgsql\nsecurity definer\nset search_path = ''\nas $$\nbegin\n  new.updated_at := now();\n  if new.${c} is null then\n    raise exception 'missing ${c} on %', tg_table_name;\n  end if;\n  return new;\nend;\n$$;`
          : `create or replace function public.count_${t}_${id()}(p_owner uuid)\nreturns bigint\nlanguage sql\nstable\nas $fn$\n  select count(*) from public.${t} where owner_id = p_owner and ${c} is not null;\n$fn$;`;
      },
    ],
    [
      2,
      () => {
        const t = table();
        return `create trigger ${t}_set_updated_at_${id()}\n  before update on public.${t}\n  for each row execute function public.touch_updated_at();`;
      },
    ],
    [
      7,
      () =>
        rnd() < 0.5
          ? `comment on column public.${table()}.${col()} is '${pick(WORDS)} ${pick(WORDS)} value, set by the ${pick(WORDS)} job';`
          : `comment on table public.${table()} is 'Owned by the ${pick(WORDS)} team';`,
    ],
    [
      5,
      () =>
        `create policy "${pick(WORDS)} ${id()}" on public.${table()}\n  for ${pick(['select', 'insert', 'update', 'delete'])} to authenticated\n  ${rnd() < 0.5 ? 'using' : 'with check'} ((select auth.uid()) = owner_id);`,
    ],
    [2, () => `alter table public.${table()} enable row level security;`],
    [
      3,
      () =>
        `grant ${pick(['select', 'select, insert', 'select, insert, update'])} on public.${table()} to ${pick(['authenticated', 'anon', 'service_role'])};`,
    ],
    [1, () => `create type public.${pick(WORDS)}_kind_${id()} as enum ('draft', 'active', 'archived');`],
    [1, () => `alter type public.order_status add value if not exists '${pick(WORDS)}_${id()}';`],
    [
      2,
      () =>
        rnd() < 0.5
          ? `drop index if exists public.${table()}_${col()}_idx_${int(1, serial + 1)};`
          : `drop table if exists public.${table()}_archive_${id()};`,
    ],
    [
      2,
      () =>
        rnd() < 0.5 ? `set lock_timeout = '${int(1, 5)}s';` : `set statement_timeout = '${int(10, 60)}s';`,
    ],
    [
      2,
      () => {
        const t = table();
        const c = col();
        return `create or replace view public.${t}_${c}_view_${id()} as\n  select id, ${c}, created_at\n  from public.${t}\n  where ${c} is not null;`;
      },
    ],
    [1, () => `truncate table public.${table()}_staging_${id()};`],
  ];
  const total = makers.reduce((n, [w]) => n + w, 0);
  const statement = () => {
    let r = rnd() * total;
    for (const [w, make] of makers) {
      r -= w;
      if (r < 0) return make();
    }
    return makers[0][1]();
  };
  return { statement, rnd, int, pick };
}

/** Write the corpus; returns the relative paths and the statement count. */
export function generateCorpus(repo, count = FILES) {
  const { statement, int, pick } = generator(20240601);
  const dir = join(repo, 'supabase', 'migrations');
  mkdirSync(dir, { recursive: true });
  const files = [];
  let statements = 0;
  let bytes = 0;
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i++) {
    const stamp = new Date(start + i * 3_600_000 * 7).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const name = `${stamp}_${pick(WORDS)}_${pick(BASE_TABLES)}_${i}.sql`;
    const n = int(5, 35);
    const parts = [
      `-- ${pick(WORDS)}: ${pick(['add', 'update', 'backfill', 'index', 'secure', 'clean up'])} ${pick(BASE_TABLES)}`,
    ];
    for (let s = 0; s < n; s++) parts.push(statement());
    const text = `${parts.join('\n\n')}\n`;
    writeFileSync(join(dir, name), text);
    files.push(`supabase/migrations/${name}`);
    statements += n;
    bytes += Buffer.byteLength(text);
  }
  return { files, statements, bytes };
}

/**
 * A corpus where most statements are findings (~10 per file, ~20,000 in all): what formatting a large
 * report costs. Every statement changes an existing table in a way a rule flags.
 */
export function generateFindingsCorpus(repo, count = FILES) {
  const rnd = prng(20250301);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const flagged = [
    (t, c) => `alter table public.${t} add column ${c} integer not null;`,
    (t, c) => `create index ${t}_${c}_idx on public.${t} (${c});`,
    (t, c) => `alter table public.${t} drop column ${c};`,
    (t, c) => `alter table public.${t} rename column ${c} to ${c}_old;`,
    (t, c) => `alter table public.${t} alter column ${c} type bigint;`,
    (t, c) => `alter table public.${t} alter column ${c} set not null;`,
    (t) => `drop table public.${t}_legacy;`,
    (t, c) => `alter table public.${t} add constraint ${t}_${c}_check check (${c} > 0);`,
  ];
  const dir = join(repo, 'supabase', 'migrations');
  mkdirSync(dir, { recursive: true });
  const files = [];
  let statements = 0;
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i++) {
    const stamp = new Date(start + i * 3_600_000 * 7).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const name = `${stamp}_change_${i}.sql`;
    const parts = [];
    for (let s = 0; s < 10; s++) parts.push(pick(flagged)(pick(BASE_TABLES), `${pick(COLUMNS)}_${i}_${s}`));
    writeFileSync(join(dir, name), `${parts.join('\n')}\n`);
    files.push(`supabase/migrations/${name}`);
    statements += parts.length;
  }
  return { files, statements };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/lint-corpus.mjs DIR');
    process.exit(2);
  }
  const { files, statements } = (process.argv[3] === '--findings' ? generateFindingsCorpus : generateCorpus)(dir);
  console.log(`${files.length} files, ${statements} statements in ${dir}`);
}
