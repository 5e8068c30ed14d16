import type { Report } from '../core/report.js';
import type { Format } from '../config/settings.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** One report, any view of it (ESLint-style: a new format never touches a gate). */
export function formatReport(
  report: Report,
  format: Format,
  options: { color: boolean; preamble?: string },
): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report, options.preamble ? { preamble: options.preamble } : {});
    case 'sarif':
      return formatSarif(report);
    case 'text':
      return formatText(report, options);
  }
}
