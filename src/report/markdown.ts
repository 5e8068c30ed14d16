import { countBySeverity, location } from '../core/finding.js';
import type { Finding, Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { escapeMarkdown, inlineCode, truncateUtf8 } from './escape-markdown.js';

/** GitHub rejects issue comments over 65,536 characters; keep a margin for the hidden marker. */
export const COMMENT_MAX_BYTES = 60_000;
/** A step summary may be at most 1 MiB. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  maxBytes?: number;
  /** Markdown written by us (never user text) placed under the title, e.g. the pre-release checklist. */
  preamble?: string;
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'notice'];

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const counts = countBySeverity(report.findings);
  const head: string[] = [];
  head.push(
    `## rollback-ready: ${report.verdict === 'block' ? '❌ blocked' : '✅ nothing blocks'}`,
    '',
    `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`,
    '',
  );
  if (options.preamble) head.push(options.preamble, '');
  if (report.gates.length) {
    head.push('| Gate | Result | Summary |', '|---|---|---|');
    for (const g of report.gates) {
      const result = g.status === 'pass' ? '✅ pass' : g.status === 'fail' ? '❌ fail' : '➖ skipped';
      head.push(`| ${inlineCode(g.gate)} | ${result} | ${escapeMarkdown(g.summary)} |`);
    }
    head.push('');
  }

  const ordered = [...report.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  const footer = `\n<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}</sub>\n`;
  let body = head.join('\n');
  if (ordered.length) body += '### Findings\n\n';

  // Add findings while they fit, then say how many were left out, so the output never exceeds the limit.
  const budget = maxBytes - Buffer.byteLength(footer) - 200;
  let shown = 0;
  let used = Buffer.byteLength(body);
  for (const f of ordered) {
    const block = findingBlock(f);
    // Count bytes incrementally: re-measuring the whole body per finding is quadratic (seconds at 5,000).
    const size = Buffer.byteLength(block);
    if (used + size > budget) break;
    body += block;
    used += size;
    shown += 1;
  }
  if (shown < ordered.length) {
    body += `\n…and ${ordered.length - shown} more finding(s), left out to stay within GitHub's size limit; the JSON report has them all.\n`;
  }
  return truncateUtf8(body + footer, maxBytes);
}

function findingBlock(f: Finding): string {
  const where = location(f);
  const lines = [
    `- ${ICON[f.severity]} **${f.severity}** ${inlineCode(f.rule)}${where ? ` at ${inlineCode(where)}` : ''}${f.class ? ` (${f.class})` : ''}: ${escapeMarkdown(f.message)}`,
  ];
  if (f.help) lines.push(`  - How to fix: ${escapeMarkdown(f.help)}`);
  if (f.docs) lines.push(`  - Docs: ${safeLink(f.docs)}`);
  return lines.join('\n') + '\n';
}

/** Only our own https docs links are rendered as links; anything else is shown as text. */
function safeLink(url: string): string {
  return /^https:\/\/[\w.-]+\/[\w./#%-]*$/.test(url)
    ? `[${escapeMarkdown(url.split('/').pop() ?? url)}](${url})`
    : inlineCode(url);
}
