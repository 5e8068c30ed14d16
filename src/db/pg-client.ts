import pg from 'pg';
import type { ClientConfig } from 'pg';
import { toServerError } from './database.js';

/** The part of a `pg` client the rehearsal needs, with errors already turned into ServerError. */
export interface PgSession {
  exec(sql: string): Promise<void>;
  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

export async function connectPg(config: ClientConfig): Promise<PgSession> {
  const client = new pg.Client({ connectionTimeoutMillis: 15_000, ...config });
  // A server stopped under an idle connection emits 'error'; without a listener that would crash the process.
  client.on('error', () => {});
  client.on('notice', () => {});
  await client.connect();
  let ended = false;
  return {
    async exec(sql) {
      try {
        await client.query(sql);
      } catch (error) {
        throw toServerError(error);
      }
    },
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await client.query(sql, [...params]);
        return result.rows as T[];
      } catch (error) {
        throw toServerError(error);
      }
    },
    async end() {
      if (ended) return;
      ended = true;
      await Promise.race([
        client.end().catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
      ]);
    },
  };
}

/** "15.18" → 15, "18devel" → 18. */
export function majorOf(serverVersion: string): number {
  return Number(/^(\d+)/.exec(serverVersion)?.[1] ?? 0);
}
