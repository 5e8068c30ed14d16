import type { ServerError } from '../../db/database.js';

export interface Cause {
  /** Why it failed, in terms of the data or the order of migrations. */
  cause: string;
  /** What to do about it. */
  fix: string;
}

/**
 * The likely cause of a failed statement, by SQLSTATE. The rehearsal seeds existing rows (NULLs,
 * duplicates) on purpose, so data errors mean production data of the same shape breaks the deploy.
 */
export function likelyCause(error: ServerError, kind: string): Cause | undefined {
  switch (error.code) {
    case '23502':
      return {
        cause:
          'existing rows hold NULL in this column (the rehearsal seeded one, as rows written before this change may)',
        fix: 'backfill first (UPDATE … SET col = … WHERE col IS NULL), or add the column with a DEFAULT; on a big table add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL',
      };
    case '23505':
      return {
        cause:
          'existing rows hold duplicate values for the new unique index or constraint (the rehearsal seeded a duplicate)',
        fix: 'de-duplicate the rows first in the same or an earlier migration, or make the index partial, then add the unique index',
      };
    case '23503':
      return {
        cause: 'existing rows reference rows that do not exist in the referenced table',
        fix: 'clean up or backfill the orphaned rows first, or add the foreign key NOT VALID and VALIDATE it after the cleanup',
      };
    case '23514':
      return {
        cause: 'existing rows violate the new CHECK constraint',
        fix: 'fix the rows first, or add the constraint NOT VALID and VALIDATE it once the data is clean',
      };
    case '22P02':
    case '22003':
    case '22001':
    case '42804':
      return {
        cause: 'existing values cannot be converted to the new type or do not fit it',
        fix: 'convert with an explicit USING expression, or add a new column, backfill it and switch over in a later release',
      };
    case '42601':
      return {
        cause:
          'the server rejects the syntax: a typo, or a feature of a newer PostgreSQL than the one rehearsed on',
        fix: 'fix the statement; check that it is valid on the Postgres version production runs (migrations.pg-version)',
      };
    case '42P01':
    case '42703':
    case '42883':
    case '42704':
    case '3F000':
      return {
        cause:
          'the statement refers to an object that does not exist at this point: a missing or misordered earlier migration, or a typo',
        fix: 'create the object in an earlier migration (check file name ordering), or fix the name',
      };
    case '42P07':
    case '42701':
    case '42710':
    case '42P06':
    case '42723':
      return {
        cause:
          'the object already exists: this migration repeats an earlier one, or the base already has the object',
        fix: 'drop the duplicate statement, or guard it (IF NOT EXISTS / CREATE OR REPLACE) if the repetition is intended',
      };
    case '25001':
      return {
        cause: `${kind === 'IndexStmt' || kind === 'DropStmt' ? 'CONCURRENTLY' : 'this statement'} cannot run inside a transaction block, and the layout's runner runs this file in one (a query of several statements is one implicit transaction)`,
        fix: 'run it the way ban-concurrent-index-in-transaction says for this runner: alone in a migration file of its own (Prisma before 7.4.0, golang-migrate), with -- migrate:up transaction:false (dbmate), in a file of only non-transactional statements (Flyway), or with Supabase CLI 2.109.0+',
      };
    case '2BP01':
      return {
        cause: 'other objects depend on the object being dropped or changed',
        fix: 'drop or change the dependent objects first (listed in the detail), or use CASCADE only after checking what it removes',
      };
    case '42501':
      return {
        cause: 'the unprivileged rehearsal role lacks a privilege the migration needs',
        fix: 'keep superuser, file and program work out of migrations; grant the migration role what it needs in an earlier, reviewed migration',
      };
    case '55P03':
    case '57014':
      return {
        cause: 'the statement waited for a lock or ran past a timeout set in the migration',
        fix: 'keep lock_timeout, but make the statement cheaper (CONCURRENTLY, NOT VALID, batches)',
      };
    default:
      return undefined;
  }
}
