-- Expand only: a nullable column and a new table; v1.0.0 keeps working.
alter table public.notes add column share_token text;

create table public.note_shares (
  note_id bigint not null references public.notes (id) on delete cascade,
  shared_with uuid not null references auth.users (id),
  created_at timestamptz not null default now(),
  primary key (note_id, shared_with)
);

alter table public.note_shares enable row level security;

create policy "owners manage shares" on public.note_shares
  for all using (exists (select 1 from public.notes n where n.id = note_id and n.user_id = auth.uid()));
