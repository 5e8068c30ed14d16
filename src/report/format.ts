import { redactDeep } from '../core/redact.js';
import type { Report } from '../core/report.js';
import { formatJsonPieces } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarifPieces } from './sarif.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** One report, any view of it (ESLint-style: a new format never touches a gate). */
export function formatReport(
  report: Report,
  format: Format,
  options: { color: boolean; preamble?: string; maxBytes?: number; fullReport?: string },
): string {
  return formatReportPieces(report, format, options).join('');
}

/**
 * The same text in pieces whose concatenation it is: JSON and SARIF come in many (json-pieces.ts), so
 * a writer that takes them one at a time never holds a 20 MB string (cli/main.ts); the others in one.
 */
export function formatReportPieces(
  report: Report,
  format: Format,
  options: { color: boolean; preamble?: string; maxBytes?: number; fullReport?: string },
): string[] {
  // Every view of a report passes here: secrets an error message echoed are redacted once, for all formats.
  report = redactDeep(report);
  switch (format) {
    case 'json':
      return formatJsonPieces(report);
    case 'markdown':
      return [
        formatMarkdown(report, {
          ...(options.preamble ? { preamble: redactDeep(options.preamble) } : {}),
          ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
          ...(options.fullReport ? { fullReport: options.fullReport } : {}),
        }),
      ];
    case 'sarif':
      return formatSarifPieces(report);
    case 'text':
      return [formatText(report, options)];
  }
}
