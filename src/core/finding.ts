/** The one model every gate reports and every formatter presents (DESIGN.md "Data flow"). */

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GATE_IDS = [
  'config',
  'tagging',
  'notes',
  'migrations',
  'rehearsal',
  'backup',
  'kill-switch',
  'rollback',
] as const;
export type GateId = (typeof GATE_IDS)[number];

/** How a migration statement relates to the previous release: `expand` keeps it working, `contract` may break it. */
export type ChangeClass = 'expand' | 'contract' | 'unknown';

export interface Finding {
  gate: GateId;
  /** Stable kebab-case rule id; users write it in ignore comments and config. */
  rule: string;
  severity: Severity;
  /** Path relative to the repository root, with forward slashes. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
  message: string;
  /** What to do instead: the safe sequence, the command to run. */
  help?: string;
  /** Link or repository path of the rule's documentation page. */
  docs?: string;
  /** Migrations only: the statement's class, so `rollback plan` can reuse it. */
  class?: ChangeClass;
  /**
   * The object the finding is about, as readers name it (`table "User"`), when the gate knows it:
   * findings of one rule on one object share a root cause and are shown as one group (core/group.ts).
   */
  object?: string;
  /** Set in a report: the id of the group of findings that share this one's root cause, when there are several. */
  group?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Stable order: by file, line, column, then severity and rule, so reports diff cleanly between runs. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      collate(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      collate(a.rule, b.rule),
  );
}

/** `localeCompare`, skipped for equal strings (most comparisons of a large report: findings of one file). */
const collate = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** `file:line:column` for messages, omitting what is unknown. */
export function location(f: Pick<Finding, 'file' | 'line' | 'column'>): string {
  if (!f.file) return '';
  if (!f.line) return f.file;
  return f.column ? `${f.file}:${f.line}:${f.column}` : `${f.file}:${f.line}`;
}
