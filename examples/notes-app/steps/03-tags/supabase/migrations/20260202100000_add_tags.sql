set lock_timeout = '2s';

-- A constant default is instant on Postgres 11+: no table rewrite.
alter table public.notes add column tags text[] not null default '{}';
