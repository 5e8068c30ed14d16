import { z } from 'zod';

/** A list of globs; a single string is accepted for convenience. */
export const globList = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(z.string().min(1, 'a non-empty glob')).max(200),
);

export const severityOverride = z.enum(['error', 'warning', 'notice', 'off']);
export type SeverityOverride = z.infer<typeof severityOverride>;

/** `30m`, `2h`, `7d`, `90s` → milliseconds. */
export const duration = z
  .string()
  .regex(/^\d+(s|m|h|d)$/, 'a duration such as 90s, 30m, 2h or 7d')
  .transform((text) => {
    const amount = Number(text.slice(0, -1));
    const unit = text.slice(-1) as 's' | 'm' | 'h' | 'd';
    return amount * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit];
  });
