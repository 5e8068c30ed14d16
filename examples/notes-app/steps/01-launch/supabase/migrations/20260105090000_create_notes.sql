-- Notes belong to the signed-in user.
create table public.notes (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  body text,
  author_email text,
  created_at timestamptz not null default now()
);

create index notes_user_id_idx on public.notes (user_id);

alter table public.notes enable row level security;

create policy "owners read their notes" on public.notes
  for select using (auth.uid() = user_id);

create policy "owners write their notes" on public.notes
  for insert with check (auth.uid() = user_id);
