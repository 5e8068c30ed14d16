import { z } from 'zod';
import { durationSchema } from './duration.js';

/** A list of globs; a single string is accepted for convenience. */
export const globList = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(z.string().min(1, 'a non-empty glob')).max(200),
);

export const severityOverride = z.enum(['error', 'warning', 'notice', 'off']);
export type SeverityOverride = z.infer<typeof severityOverride>;

/** A delay handed to a timer (timeouts): more than zero, at most 24 days (duration.ts says why). */
export const timerDuration = durationSchema({ kind: 'timer' });

/** An age compared with a clock (backup max-age): more than zero, any length. */
export const windowDuration = durationSchema({ kind: 'window' });
