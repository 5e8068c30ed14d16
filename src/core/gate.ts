import type { Finding } from './finding.js';
import type { GateStatus } from './report.js';

/** Progress messages; the CLI writes them to stderr, the action to the log. Never findings. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface GateOutcome {
  findings: Finding[];
  /** One line for the summary table: what was checked and what was concluded. */
  summary: string;
  /** Set when the gate did not apply (no migrations, no note); the reason goes in `summary`. */
  skipped?: boolean;
  /** Extra report fields the gate contributes (e.g. the detected migration layout). */
  data?: Record<string, unknown>;
}

export function statusOf(outcome: GateOutcome): GateStatus {
  if (outcome.skipped) return 'skipped';
  return outcome.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, debug: () => {} };
