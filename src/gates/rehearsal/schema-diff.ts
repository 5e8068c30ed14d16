import type { ChangeClass } from '../../core/finding.js';
import { describeDifference } from '../../db/schema-snapshot.js';
import type { SchemaDifference } from '../../db/schema-snapshot.js';

/** One schema change base → head, classified for the previous release. */
export interface ClassifiedChange extends SchemaDifference {
  class: ChangeClass;
  description: string;
}

/**
 * Whether the previous release keeps working with each change: additions are `expand`; removals and
 * tightenings (a NOT NULL, a new unique or check constraint, a changed type) are `contract`; a changed
 * function, view, trigger or policy body is `unknown` — only reading it tells.
 */
export function classifyChange(d: SchemaDifference): ChangeClass {
  switch (d.kind) {
    case 'column':
      if (d.change === 'added')
        return /NOT NULL/.test(d.after ?? '') && !/DEFAULT|IDENTITY|GENERATED/.test(d.after ?? '')
          ? 'contract'
          : 'expand';
      if (d.change === 'removed') return 'contract';
      if (d.aspect === 'nullability') return d.after === 'NOT NULL' ? 'contract' : 'expand';
      if (d.aspect === 'default') return d.after === undefined ? 'contract' : 'expand';
      return 'contract';
    case 'constraint':
      if (d.change === 'added') return 'contract';
      // Dropping a primary key or unique constraint breaks ON CONFLICT in the previous release.
      if (d.change === 'removed') return /^(PRIMARY KEY|UNIQUE)/.test(d.before ?? '') ? 'contract' : 'expand';
      return 'contract';
    case 'index':
      if (d.change === 'added') return /^CREATE UNIQUE/.test(d.after ?? '') ? 'contract' : 'expand';
      if (d.change === 'removed') return /^CREATE UNIQUE/.test(d.before ?? '') ? 'contract' : 'expand';
      return 'unknown';
    case 'enum':
      if (d.change === 'changed') return keepsOrder(d.before ?? '', d.after ?? '') ? 'expand' : 'contract';
      return d.change === 'added' ? 'expand' : 'contract';
    case 'row security':
      return d.after === 'disabled' ? 'expand' : 'contract';
    case 'function':
    case 'view':
    case 'trigger':
    case 'policy':
    case 'type':
      return d.change === 'added' ? 'expand' : d.change === 'removed' ? 'contract' : 'unknown';
    default:
      return d.change === 'added' ? 'expand' : 'contract';
  }
}

/** Enum labels only added (none removed or renamed): `a, b` → `a, b, c`. */
function keepsOrder(before: string, after: string): boolean {
  const next = after.split(', ');
  return before.split(', ').every((label) => next.includes(label));
}

export function classifyChanges(differences: readonly SchemaDifference[]): ClassifiedChange[] {
  return differences.map((d) => ({ ...d, class: classifyChange(d), description: describeDifference(d) }));
}

/** For the PR comment: contract changes first, then unknown, then expand, each a short line. */
export function summarizeChanges(changes: readonly ClassifiedChange[], maxChars = 1_500): string {
  const groups: [ChangeClass, string][] = [
    ['contract', 'contract (the previous release may break)'],
    ['unknown', 'changed definitions (check them)'],
    ['expand', 'expand'],
  ];
  const parts: string[] = [];
  for (const [cls, title] of groups) {
    const items = changes.filter((c) => c.class === cls).map((c) => c.description);
    if (items.length) parts.push(`${title}: ${items.join('; ')}`);
  }
  const text = parts.join('. ');
  return text.length > maxChars
    ? `${text.slice(0, maxChars - 1)}… (${changes.length} changes in all; the JSON report lists each)`
    : text;
}
