-- Prisma-style "rename": what a quick schema edit generates.
alter table public.notes drop column author_email;
alter table public.notes add column author_name text not null;

-- Titles are searched a lot now.
create index notes_title_idx on public.notes (title);

-- Lock down shares while we rework them.
alter table public.note_shares alter column created_at set not null;
create table public.note_audit (id bigint generated always as identity primary key, note_id bigint not null);
alter table public.note_audit enable row level security;
