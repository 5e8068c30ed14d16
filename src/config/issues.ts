import type { z } from 'zod';

/** Render a zod issue as "what is wrong and what is allowed", naming the offending value. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `unknown key ${keys}`;
    }
    case 'invalid_value':
      return `got ${show(value)}; allowed: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_type':
      return value === undefined
        ? `missing; expected ${issue.expected}`
        : `got ${show(value)}; expected ${issue.expected}`;
    case 'invalid_key': {
      // A record key failed its own schema: quote the key, not the value stored under it.
      const key = issue.path[issue.path.length - 1];
      const expected = issue.issues[0]?.message ?? 'a valid key';
      return `key ${show(typeof key === 'symbol' ? String(key) : key)} is not allowed; expected ${expected}`;
    }
    case 'too_small':
    case 'too_big':
      return `got ${show(value)}; ${issue.message.replace(/^Too (small|big): expected /i, 'expected ')}`;
    default:
      return `got ${show(value)}; expected ${issue.message}`;
  }
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Follow a path into plain data, for quoting the bad value in a message. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** The closest allowed name, to suggest for a typo (edit distance ≤ 3). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
