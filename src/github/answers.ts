/**
 * Schemas of the parts of GitHub's answers that the ledger uses, checked before use: a truncated or odd
 * answer becomes one clear error instead of "undefined deployed" or a crash after a write.
 */
import { z } from 'zod';

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'] as const;

/** What we use of a deployment, checked before use: a truncated or odd answer never becomes "undefined deployed". */
export const deploymentAnswer = z.object({
  id: z.number().int().positive(),
  ref: z.string().min(1),
  sha: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit SHA'),
  created_at: z.string().min(1),
  environment: z.string().optional(),
  payload: z.unknown(),
  creator: z.object({ login: z.string() }).nullable().optional(),
});
export const statusAnswer = z.object({
  state: z.enum(STATES),
  created_at: z.string().min(1),
  description: z.string().nullable().optional(),
  log_url: z.string().nullable().optional(),
});

/** GitHub answered, but not with what the API describes: nothing is written or decided from it. */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
}

export function checked<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'the answer';
  throw new InvalidAnswerError(
    `GitHub's answer to ${what} was incomplete or invalid (${where}: ${issue.message})`,
  );
}
