import { z } from 'zod';
import { timerDuration, windowDuration } from '../../config/shared-schemas.js';

/** `backup-command` as one string (split like a shell would, without running one) or an argv list. */
const commandSchema = z.union([
  z.string().trim().min(1, 'a command such as "node scripts/latest-backup.mjs"').max(4000),
  z.array(z.string().max(4000)).min(1, 'at least the program name').max(100),
]);

/** An ISO-8601 instant with a date, a time and a zone: `2026-07-31T09:12:00Z`, `…+02:00`. */
export const isoInstant = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i,
    'an ISO-8601 timestamp with a zone, e.g. 2026-07-31T09:12:00Z',
  )
  .refine((text) => Number.isFinite(Date.parse(text.replace(' ', 'T'))), 'a real date and time');

/**
 * `backup:` in .github/rollback-ready.yml. Evidence keys carry the same names as the flags and action
 * inputs (`backup.max-age` ⇔ input `max-age` ⇔ `--max-age`).
 */
export const backupConfigSchema = z.strictObject({
  /** A dump written by an earlier step: pg_dump custom, tar, directory or plain SQL, optionally gzip-compressed. */
  'backup-file': z.string().trim().min(1, 'a path to a dump file or directory').optional(),
  /** Expected sha256 of `backup-file` (hex). */
  'backup-sha256': z
    .string()
    .trim()
    .regex(/^(sha256:)?[0-9a-fA-F]{64}$/, 'a sha256 in hex (64 characters)')
    .transform((h) => h.replace(/^sha256:/, '').toLowerCase())
    .optional(),
  /** When the backup finished, written by an earlier step. */
  'backup-completed-at': isoInstant.optional(),
  /** A program printing `{ "completedAt", "status", "id" }` as JSON; run without a shell. */
  'backup-command': commandSchema.optional(),
  /** The team's data-loss tolerance: the backup must have finished no longer ago than this. */
  'max-age': windowDuration.default(86_400_000),
  /** Restore the dump into a throwaway Postgres and run the verification queries. */
  'restore-check': z.boolean().default(false),
  /** Without restore-check, a restore recorded within this window is required. */
  'restore-max-age': windowDuration.default(30 * 86_400_000),
  /** Environments whose deploys need the gate (`check` runs it when the run deploys to one of them). */
  'required-for': z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z.array(z.string().trim().min(1, 'an environment name')).max(50),
    )
    .default(['production']),
  /** Tables that must exist and have at least one row after the restore (`users`, `public.orders`). */
  'verify-tables': z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z
        .array(
          z
            .string()
            .trim()
            .regex(/^[^.\s]+(\.[^.\s]+)?$/, 'a table name, optionally schema-qualified'),
        )
        .max(200),
    )
    .default([]),
  /** A SQL file (from the repository root) or inline SQL returning one row with a truthy first column. */
  'verify-sql': z.string().trim().min(1, 'a .sql file or a SELECT').optional(),
  /** How long `backup-command` may run. */
  'command-timeout': timerDuration.default(60_000),
  /** How long the restore check may take, server start included. */
  'restore-timeout': timerDuration.default(600_000),
});
export type BackupConfig = z.infer<typeof backupConfigSchema>;

/** The GitHub Deployments environment where successful restores are recorded. */
export const RESTORE_ENVIRONMENT = 'rollback-ready/restore-check';

/** Set by the deploy workflow: the environment this run deploys to (the gate is required for some). */
export const TARGET_ENVIRONMENT_ENV = 'ROLLBACK_READY_ENVIRONMENT';
