import type { Report } from '../core/report.js';
import { safeJson } from './safe-text.js';

/** The v1 report exactly as DESIGN.md fixes it, pretty-printed for people and parseable for tools. */
export function formatJson(report: Report): string {
  return safeJson(JSON.stringify(report, null, 2)) + '\n';
}
