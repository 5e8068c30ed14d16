import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export default async function Home() {
  const { data: notes } = await supabase.from('notes').select('id, title, body, author_name, created_at');
  return (
    <ul>
      {notes?.map((n) => (
        <li key={n.id}>
          {n.title} by {n.author_name}
        </li>
      ))}
    </ul>
  );
}
