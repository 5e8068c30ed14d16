import { UsageError } from '../core/errors.js';
import { compareParts } from './release-id.js';
import type { ReleaseScheme } from './release-id.js';

/** Named groups of a regular expression, in the order they appear (that order is the release order). */
export function namedGroups(source: string): string[] {
  return [...source.matchAll(/(?<!\\)\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]!);
}

/** Why a pattern cannot serve as a release-ID scheme, or undefined. */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source);
  } catch (error) {
    return `a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  if (namedGroups(source).length === 0)
    return 'a regular expression with named groups such as (?<major>\\d+)\\.(?<minor>\\d+)';
  return undefined;
}

type Piece = { literal: string } | { group: string };

/** The pattern as literals and groups, when it is simple enough to write a name from; undefined otherwise. */
export function patternTemplate(source: string): Piece[] | undefined {
  let s = source;
  if (s.startsWith('^')) s = s.slice(1);
  if (s.endsWith('$') && !s.endsWith('\\$')) s = s.slice(0, -1);
  const pieces: Piece[] = [];
  let literal = '';
  for (let i = 0; i < s.length;) {
    const ch = s[i]!;
    const group = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(s.slice(i));
    if (ch === '\\') {
      const next = s[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined;
      literal += next;
      i += 2;
    } else if (group) {
      const close = closingParen(s, i);
      if (close === undefined) return undefined;
      if (literal) pieces.push({ literal });
      literal = '';
      pieces.push({ group: group[1]! });
      i = close + 1;
    } else if ('.^$|?*+()[]{}'.includes(ch)) {
      return undefined;
    } else {
      literal += ch;
      i += 1;
    }
  }
  if (literal) pieces.push({ literal });
  return pieces;
}

function closingParen(s: string, open: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      i += 1;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth += 1;
    } else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return undefined;
}

/**
 * A scheme from a regular expression with named numeric groups, e.g. `release-(?<major>\d+)\.(?<minor>\d+)`.
 * The groups, in order, are the release order; a bump raises the first (major), second (minor) or last (patch).
 */
export function patternScheme(source: string): ReleaseScheme {
  const problem = patternProblem(source);
  if (problem) throw new UsageError(`tagging.pattern: expected ${problem}`);
  const regex = new RegExp(`^(?:${source})$`);
  const groups = namedGroups(source);
  const template = patternTemplate(source);
  const render = (values: number[]): string | undefined => {
    if (!template) return undefined;
    return template
      .map((p) => ('literal' in p ? p.literal : String(values[groups.indexOf(p.group)])))
      .join('');
  };
  const example = render(groups.map((_, i) => (i === 0 ? 1 : 0))) ?? '(a name matching tagging.pattern)';
  return {
    id: 'pattern',
    label: `pattern /${source}/`,
    example,
    parse(name) {
      const m = regex.exec(name);
      if (!m?.groups) return undefined;
      const parts: number[] = [];
      for (const g of groups) {
        const value = m.groups[g];
        if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
        parts.push(Number(value));
      }
      return { name, parts, prerelease: false };
    },
    compare(a, b) {
      return compareParts(a.parts, b.parts);
    },
    next(latest, { bump }) {
      // The first release is 1.0…, like semver's; after that the bumped group rises and later ones reset.
      const values = latest ? [...latest.parts] : groups.map((_, i) => (i === 0 ? 1 : 0));
      if (latest) {
        const index =
          bump === 'major' ? 0 : bump === 'minor' ? Math.min(1, groups.length - 1) : groups.length - 1;
        values[index] = values[index]! + 1;
        for (let i = index + 1; i < values.length; i++) values[i] = 0;
      }
      const name = render(values);
      if (name === undefined || !regex.test(name)) {
        throw new UsageError(
          `tagging.pattern /${source}/ is too complex to write the next name from; pass the release ID yourself (rollback-ready tag verify NAME)`,
        );
      }
      return name;
    },
  };
}
