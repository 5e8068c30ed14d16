import type { Finding } from './finding.js';

export type Verdict = 'pass' | 'block';
/** Which severity fails the run: `error` (default), `warning` (errors and warnings), or `never`. */
export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON = ['error', 'warning', 'never'] as const;

/** A finding blocks when its severity reaches the threshold; `notice` never blocks. */
export function isBlocking(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (finding.severity === 'error') return true;
  return failOn === 'warning' && finding.severity === 'warning';
}

export function verdictOf(findings: readonly Finding[], failOn: FailOn = 'error'): Verdict {
  return findings.some((f) => isBlocking(f, failOn)) ? 'block' : 'pass';
}
