import { UsageError } from '../core/errors.js';
import { compareParts } from './release-id.js';
import type { ReleaseId, ReleaseScheme } from './release-id.js';

/** Tokens of a calver format; everything else is literal. `N` counts releases within a UTC day, from 1. */
const TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'N'] as const;
type Token = (typeof TOKENS)[number];
type Piece = { token: Token } | { literal: string };

const TOKEN_PATTERN: Record<Token, string> = {
  YYYY: '(\\d{4})',
  YY: '(\\d{2})',
  MM: '(\\d{2})',
  DD: '(\\d{2})',
  N: '([1-9]\\d{0,5})',
};

export function tokenizeCalver(format: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  for (let i = 0; i < format.length;) {
    const token = TOKENS.find((t) => format.startsWith(t, i));
    if (token) {
      if (literal) pieces.push({ literal });
      literal = '';
      pieces.push({ token });
      i += token.length;
    } else {
      literal += format[i];
      i += 1;
    }
  }
  if (literal) pieces.push({ literal });
  return pieces;
}

/** Why a calver format cannot work, or undefined: it needs a year, month, day and counter, once each. */
export function calverFormatProblem(format: string): string | undefined {
  const pieces = tokenizeCalver(format);
  const count = (t: Token) => pieces.filter((p) => 'token' in p && p.token === t).length;
  const years = count('YYYY') + count('YY');
  if (years !== 1 || count('MM') !== 1 || count('DD') !== 1 || count('N') !== 1) {
    return 'YYYY (or YY), MM, DD and N exactly once each';
  }
  const literals = pieces.map((p) => ('literal' in p ? p.literal : '')).join('');
  if (!/^[A-Za-z0-9._/+-]*$/.test(literals)) return 'only letters, digits and . _ / + - between the tokens';
  return undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a moment, in UTC. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function calverScheme(format: string): ReleaseScheme {
  const problem = calverFormatProblem(format);
  if (problem) throw new UsageError(`tagging.format: "${format}" must contain ${problem}`);
  const pieces = tokenizeCalver(format);
  const regex = new RegExp(
    `^${pieces.map((p) => ('token' in p ? TOKEN_PATTERN[p.token] : escapeRegExp(p.literal))).join('')}$`,
  );
  const tokenOrder = pieces.flatMap((p) => ('token' in p ? [p.token] : []));

  const render = (year: number, month: number, day: number, n: number): string =>
    pieces
      .map((p) => {
        if ('literal' in p) return p.literal;
        switch (p.token) {
          case 'YYYY':
            return String(year).padStart(4, '0');
          case 'YY':
            return String(year % 100).padStart(2, '0');
          case 'MM':
            return String(month).padStart(2, '0');
          case 'DD':
            return String(day).padStart(2, '0');
          case 'N':
            return String(n);
        }
      })
      .join('');

  const example = render(2026, 7, 31, 1);
  return {
    id: 'calver',
    label: `calver "${format}" (${example})`,
    example,
    parse(name) {
      const m = regex.exec(name);
      if (!m) return undefined;
      const values: Partial<Record<Token, number>> = {};
      tokenOrder.forEach((t, i) => (values[t] = Number(m[i + 1])));
      const year = values.YYYY ?? 2000 + (values.YY ?? 0);
      const month = values.MM!;
      const day = values.DD!;
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
      const dayText = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { name, parts: [year, month, day, values.N!], prerelease: false, day: dayText };
    },
    compare(a, b) {
      return compareParts(a.parts, b.parts);
    },
    next(latest, { now, taken }) {
      const today = utcDay(now);
      const [year, month, day] = today.split('-').map(Number) as [number, number, number];
      if (latest?.day && latest.day > today) {
        throw new UsageError(
          `the latest release ${latest.name} is dated after today (${today} UTC); check the machine's clock or pass the release ID yourself`,
        );
      }
      // Count past every tag of the day, released or not, so a counter never reuses a name.
      const sameDay = [latest, ...taken].filter((r): r is ReleaseId => r?.day === today);
      const n = Math.max(0, ...sameDay.map((r) => r.parts[3]!)) + 1;
      return render(year, month, day, n);
    },
  };
}
