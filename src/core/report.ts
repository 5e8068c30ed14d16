import type { Finding, GateId } from './finding.js';
import { groupFindings } from './group.js';
import type { FindingGroup } from './group.js';
import { TOOL_NAME, TOOL_VERSION } from './tool.js';
import type { FailOn, Verdict } from './verdict.js';
import { verdictOf } from './verdict.js';

export type GateStatus = 'pass' | 'fail' | 'skipped';

/** One line per gate for the summary: what ran, what it concluded, why it was skipped. */
export interface GateSummary {
  gate: GateId;
  status: GateStatus;
  summary: string;
}

/** The v1 JSON report (DESIGN.md "Contracts"); commands may add top-level fields, never remove. */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  verdict: Verdict;
  findings: Finding[];
  gates: GateSummary[];
  /** Findings that share a root cause (core/group.ts); present when there are any. Each member's `group` names its id. */
  groups?: FindingGroup[];
  [extra: string]: unknown;
}

export function buildReport(
  findings: readonly Finding[],
  gates: readonly GateSummary[],
  failOn: FailOn,
  extra: Record<string, unknown> = {},
): Report {
  const grouped = groupFindings(findings);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict: verdictOf(findings, failOn),
    findings: grouped.findings,
    gates: [...gates],
    ...extra,
    ...(grouped.groups.length ? { groups: grouped.groups } : {}),
  };
}
