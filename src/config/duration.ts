import { z } from 'zod';
import { UsageError } from '../core/errors.js';

/**
 * The one duration grammar, for config keys, action inputs, CLI flags and workflow inputs alike:
 * a number and a unit — `500ms`, `90s`, `30m`, `2h`, `7d` (decimals allowed: `1.5h`).
 */
const GRAMMAR = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Node's timers hold a signed 32-bit count of milliseconds: a longer delay (24.8 days and up) is
 * silently replaced by 1 ms, so a "25d" timeout would fire at once. Timers stop at 24 days.
 */
export const MAX_TIMER_MS = 24 * 86_400_000;

export interface DurationRules {
  /**
   * `timer`: a delay handed to setTimeout (timeouts, intervals): at most 24 days.
   * `window`: an age compared with a clock (backup max-age): any length.
   */
  kind: 'timer' | 'window';
  /** 0 is a real value here (an interval of 0 retries at once); everywhere else 0 is refused. */
  allowZero?: boolean;
  /** A bare number counts as seconds (the health-check flags always accepted `10`). */
  bareSeconds?: boolean;
  /** A tighter ceiling than the kind's, in milliseconds. */
  maxMs?: number;
}

const EXAMPLE = 'a duration such as 500ms, 90s, 30m, 2h or 7d';

/** Milliseconds, or why the text is not an acceptable duration (phrased to follow "expected"). */
export function readDuration(raw: string, rules: DurationRules): { ms: number } | { problem: string } {
  const text = raw.trim();
  const bare = rules.bareSeconds && /^\d+(?:\.\d+)?$/.test(text);
  const m = bare ? [text, text, 's'] : GRAMMAR.exec(text);
  if (!m) return { problem: EXAMPLE };
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
  if (ms === 0 && !rules.allowZero) return { problem: `more than zero (${EXAMPLE})` };
  const max = Math.min(rules.maxMs ?? Infinity, rules.kind === 'timer' ? MAX_TIMER_MS : Infinity);
  if (!Number.isSafeInteger(ms)) return { problem: `a shorter duration (${EXAMPLE})` };
  if (ms > max) {
    return {
      problem:
        max === MAX_TIMER_MS
          ? 'at most 24d (a longer timer overflows and fires after 1 ms)'
          : `at most ${formatDuration(max)}`,
    };
  }
  return { ms };
}

/** Parse a flag or input value; a usage error naming `key` otherwise. */
export function parseDuration(raw: string, key: string, rules: DurationRules): number {
  const read = readDuration(raw, rules);
  if ('problem' in read) throw new UsageError(`${key}: got ${JSON.stringify(raw)}; expected ${read.problem}`);
  return read.ms;
}

/** A config key holding a duration: the text in, milliseconds out; errors name the key path (settings.ts). */
export function durationSchema(rules: DurationRules) {
  return z.string().transform((text, ctx) => {
    const read = readDuration(text, rules);
    if ('ms' in read) return read.ms;
    ctx.addIssue({ code: 'custom', message: read.problem, input: text });
    return z.NEVER;
  });
}

/** `90000` → `90s`, `7200000` → `2h`: the largest unit that divides evenly. */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  }
  return `${ms}ms`;
}
