#!/usr/bin/env node
// backup-command recipe: the newest RDS snapshot of a DB instance, through the AWS CLI
// (aws rds describe-db-snapshots), so credentials come from the usual AWS chain
// (aws-actions/configure-aws-credentials with OIDC in GitHub Actions).
//
//   backup-command: node examples/backup-recipes/aws-rds-snapshots.mjs
//   env: RDS_INSTANCE_ID, optionally AWS_REGION
//
// A snapshot counts when Status is "available"; completedAt is SnapshotCreateTime (the point in time
// it holds). Prints {"completedAt","status","id"}; exits 1 with a message on stderr when it cannot.
// BACKUP_RECIPE_RESPONSE=<file> reads the describe-db-snapshots JSON from a file instead.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function latestSnapshot(response) {
  const snapshots = [...(response.DBSnapshots ?? [])]
    .filter((s) => s.SnapshotCreateTime)
    .sort((a, b) => Date.parse(b.SnapshotCreateTime) - Date.parse(a.SnapshotCreateTime));
  const latest = snapshots[0];
  if (!latest) return { completedAt: null, status: 'none', id: 'none' };
  return { completedAt: latest.SnapshotCreateTime, status: latest.Status, id: latest.DBSnapshotIdentifier };
}

function describeSnapshots() {
  if (process.env.BACKUP_RECIPE_RESPONSE) return JSON.parse(readFileSync(process.env.BACKUP_RECIPE_RESPONSE, 'utf8'));
  const instance = process.env.RDS_INSTANCE_ID;
  if (!instance) throw new Error('set RDS_INSTANCE_ID');
  const out = execFileSync('aws', ['rds', 'describe-db-snapshots', '--db-instance-identifier', instance, '--output', 'json'], {
    encoding: 'utf8',
    timeout: 45_000,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${JSON.stringify(latestSnapshot(describeSnapshots()))}\n`);
  } catch (error) {
    process.stderr.write(`aws-rds-snapshots: ${error.message}\n`);
    process.exit(1);
  }
}
