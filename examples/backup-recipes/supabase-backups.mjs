#!/usr/bin/env node
// backup-command recipe: the latest Supabase backup, from the Management API
// (GET https://api.supabase.com/v1/projects/{ref}/database/backups).
//
//   backup-command: node examples/backup-recipes/supabase-backups.mjs
//   env: SUPABASE_ACCESS_TOKEN (a personal access token), SUPABASE_PROJECT_REF
//
// With point-in-time recovery on, the latest restorable point is the backup: completedAt is
// physical_backup_data.latest_physical_backup_date_unix. Otherwise it is the newest daily backup.
// Prints {"completedAt","status","id"} on stdout; exits 1 with a message on stderr when it cannot.
// BACKUP_RECIPE_RESPONSE=<file> reads the API response from a file instead (for tests and dry runs).
import { readFileSync } from 'node:fs';

export function latestBackup(response) {
  if (response.pitr_enabled) {
    const unix = response.physical_backup_data?.latest_physical_backup_date_unix;
    if (!unix) return { completedAt: null, status: 'no-pitr-point', id: 'pitr' };
    return { completedAt: new Date(unix * 1000).toISOString(), status: 'completed', id: `pitr@${unix}` };
  }
  const backups = [...(response.backups ?? [])].sort((a, b) => Date.parse(b.inserted_at) - Date.parse(a.inserted_at));
  const latest = backups[0];
  if (!latest) return { completedAt: null, status: 'none', id: 'none' };
  // Supabase statuses: COMPLETED, PENDING, FAILED, REMOVED, ARCHIVED, CANCELLED.
  return {
    completedAt: latest.inserted_at.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(latest.inserted_at) ? latest.inserted_at : `${latest.inserted_at}Z`,
    status: String(latest.status).toLowerCase(),
    id: `${latest.is_physical_backup ? 'physical' : 'logical'}@${latest.inserted_at}`,
  };
}

async function fetchBackups() {
  if (process.env.BACKUP_RECIPE_RESPONSE) return JSON.parse(readFileSync(process.env.BACKUP_RECIPE_RESPONSE, 'utf8'));
  const token = process.env.SUPABASE_ACCESS_TOKEN;
  const ref = process.env.SUPABASE_PROJECT_REF;
  if (!token || !ref) throw new Error('set SUPABASE_ACCESS_TOKEN and SUPABASE_PROJECT_REF');
  const res = await fetch(`https://api.supabase.com/v1/projects/${encodeURIComponent(ref)}/database/backups`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`Supabase API answered ${res.status} ${res.statusText}`);
  return res.json();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${JSON.stringify(latestBackup(await fetchBackups()))}\n`);
  } catch (error) {
    process.stderr.write(`supabase-backups: ${error.message}\n`);
    process.exit(1);
  }
}
