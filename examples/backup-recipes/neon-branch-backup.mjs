#!/usr/bin/env node
// backup-command recipe for Neon: the newest backup branch (a copy-on-write branch you create before a
// deploy, e.g. "backup-<run id>", with `neonctl branches create --name backup-$GITHUB_RUN_ID` or
// POST /api/v2/projects/{id}/branches). Neon keeps history for its restore window; a named branch pins
// the exact pre-deploy state and restores in seconds (POST …/branches/{id}/restore).
//
//   backup-command: node examples/backup-recipes/neon-branch-backup.mjs
//   env: NEON_API_KEY, NEON_PROJECT_ID, optionally NEON_BACKUP_PREFIX (default "backup-")
//
// completedAt is the branch's created_at; status is its current_state ("ready" counts as completed).
// BACKUP_RECIPE_RESPONSE=<file> reads the GET /projects/{id}/branches response from a file instead.
import { readFileSync } from 'node:fs';

export function latestBackupBranch(response, prefix = 'backup-') {
  const branches = [...(response.branches ?? [])]
    .filter((b) => typeof b.name === 'string' && b.name.startsWith(prefix))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
  const latest = branches[0];
  if (!latest) return { completedAt: null, status: 'none', id: `no branch named ${prefix}*` };
  return { completedAt: latest.created_at, status: latest.current_state, id: `${latest.name} (${latest.id})` };
}

async function listBranches() {
  if (process.env.BACKUP_RECIPE_RESPONSE) return JSON.parse(readFileSync(process.env.BACKUP_RECIPE_RESPONSE, 'utf8'));
  const key = process.env.NEON_API_KEY;
  const project = process.env.NEON_PROJECT_ID;
  if (!key || !project) throw new Error('set NEON_API_KEY and NEON_PROJECT_ID');
  const res = await fetch(`https://console.neon.tech/api/v2/projects/${encodeURIComponent(project)}/branches`, {
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`Neon API answered ${res.status} ${res.statusText}`);
  return res.json();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const prefix = process.env.NEON_BACKUP_PREFIX || 'backup-';
    process.stdout.write(`${JSON.stringify(latestBackupBranch(await listBranches(), prefix))}\n`);
  } catch (error) {
    process.stderr.write(`neon-branch-backup: ${error.message}\n`);
    process.exit(1);
  }
}
