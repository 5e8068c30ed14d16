import type { Report } from '../core/report.js';
import { safeJson } from './safe-text.js';

/** The v1 report exactly as DESIGN.md fixes it, pretty-printed for people and parseable for tools. */
export function formatJson(report: Report): string {
  // The newline joins before the scan: a 20 MB string plus "\n" would be copied whole again on the next read.
  return safeJson(JSON.stringify(report, null, 2) + '\n');
}
