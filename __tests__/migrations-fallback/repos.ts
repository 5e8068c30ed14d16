import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Settings } from '../../src/config/settings.js';
import type { GateOutcome } from '../../src/core/gate.js';
import { silentLogger } from '../../src/core/gate.js';
import type { MigrationsConfig } from '../../src/gates/migrations/config.js';
import { migrationsGate } from '../../src/gates/migrations/gate.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';

/**
 * Small repositories with a release history, as the "Done when" scenarios need them: main carries
 * releases v1.0.0 and v1.1.0, and a feature branch carries the change.
 */

export type Files = Record<string, string>;

export interface History {
  /** v1.0.0's files. */
  v100: Files;
  /** Files changed for v1.1.0 (default: none; the tag still marks a release). */
  v110?: Files;
  /** The feature branch's change. */
  feature: Files;
}

export function historyRepo(history: History): TempRepo {
  const repo = new TempRepo('rr-compat-');
  for (const [path, text] of Object.entries(history.v100)) repo.write(path, text);
  repo.commit('v1.0.0', '2026-01-01T00:00:00Z');
  repo.tag('v1.0.0');
  for (const [path, text] of Object.entries(history.v110 ?? {})) repo.write(path, text);
  repo.commit('v1.1.0', '2026-01-02T00:00:00Z');
  repo.tag('v1.1.0');
  repo.branch('feature');
  for (const [path, text] of Object.entries(history.feature)) repo.write(path, text);
  repo.commit('feature', '2026-01-03T00:00:00Z');
  return repo;
}

/** Run the migrations gate on the feature branch against main, as a pull request check would. */
export async function runMigrationsGate(
  repo: TempRepo,
  migrations: Partial<MigrationsConfig> = {},
): Promise<GateOutcome> {
  const git = await GitCli.open(repo.dir);
  const head = (await git.resolveCommit('HEAD'))!;
  const base = (await git.mergeBase('main', head))!;
  const settings: Settings = {
    run: { cwd: repo.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
    config: { ...DEFAULT_CONFIG, migrations: { ...DEFAULT_CONFIG.migrations, ...migrations } },
  };
  return migrationsGate.run({ settings, git, base, head, worktree: false, log: silentLogger });
}

export const PRISMA_SCHEMA_V1 = [
  'model User {', //                                          1
  '  id    Int     @id @default(autoincrement())',
  '  email String  @unique',
  '  name  String?',
  '  role  Role    @default(MEMBER)', //                     5
  '',
  '  @@map("users")',
  '}',
  '',
  'enum Role {', //                                           10
  '  MEMBER',
  '  ADMIN',
  '}',
  '',
].join('\n');

export const PRISMA_INIT = [
  '-- CreateEnum',
  "CREATE TYPE \"Role\" AS ENUM ('MEMBER', 'ADMIN');",
  '',
  '-- CreateTable',
  'CREATE TABLE "users" (',
  '    "id" SERIAL NOT NULL,',
  '    "email" TEXT NOT NULL,',
  '    "name" TEXT,',
  '    "role" "Role" NOT NULL DEFAULT \'MEMBER\',',
  '',
  '    CONSTRAINT "users_pkey" PRIMARY KEY ("id")',
  ');',
  '',
].join('\n');

export const PRISMA_DROP_EMAIL = '-- AlterTable\nALTER TABLE "users" DROP COLUMN "email";\n';

export const prismaWithoutEmail = PRISMA_SCHEMA_V1.replace('  email String  @unique\n', '');

export const DRIZZLE_SCHEMA_V1 = [
  "import { pgTable, serial, text } from 'drizzle-orm/pg-core';",
  '',
  "export const notes = pgTable('notes', {",
  "  id: serial('id').primaryKey(),",
  "  title: text('title').notNull(),", //                 5
  "  authorEmail: text('author_email'),",
  '});',
  '',
].join('\n');

export const DRIZZLE_INIT =
  'CREATE TABLE IF NOT EXISTS "notes" (\n\t"id" serial PRIMARY KEY NOT NULL,\n\t"title" text NOT NULL,\n\t"author_email" text\n);\n';

export const SUPABASE_TYPES = `export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  public: {
    Tables: {
      notes: {
        Row: {
          author_email: string | null
          body: string
          id: number
        }
        Insert: {
          author_email?: string | null
          body: string
          id?: never
        }
        Update: {
          author_email?: string | null
          body?: string
          id?: never
        }
        Relationships: []
      }
    }
    Views: { [_ in never]: never }
    Functions: { [_ in never]: never }
    Enums: { [_ in never]: never }
    CompositeTypes: { [_ in never]: never }
  }
}
`;

export const SUPABASE_INIT =
  'create table notes (\n  id bigint generated always as identity primary key,\n  body text not null,\n  author_email text\n);\n';

export const supabaseCode = (select: string) =>
  [
    "import { createClient } from '@supabase/supabase-js';",
    "import type { Database } from './lib/database.types';",
    '',
    'const supabase = createClient<Database>(process.env.URL!, process.env.KEY!);',
    '',
    'export async function listNotes() {',
    `  return supabase.from('notes').select('${select}');`, // line 7
    '}',
    '',
    'export async function addNote(body: string) {',
    "  return supabase.from('notes').insert({ body });",
    '}',
    '',
  ].join('\n');
