import { countBySeverity, location } from '../core/finding.js';
import type { Finding, Severity } from '../core/finding.js';
import { groupFindings } from '../core/group.js';
import type { FindingGroup, ReportItem } from '../core/group.js';
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
  /**
   * Markdown written by us saying where the full list is when findings are left out for size (the job
   * summary, the JSON report); default: the JSON report.
   */
  fullReport?: string;
}

/** At most this many places are listed under one group; the JSON report and text output list them all. */
export const GROUP_LOCATIONS_SHOWN = 10;
/** Room kept for the summary of what was left out and the footer. */
const OMITTED_RESERVE = 1200;

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

  // Blocking root causes first; a group of findings is one entry, so one problem is read once.
  const ordered = [...groupFindings(report.findings).items].sort(
    (a, b) => SEVERITY_ORDER.indexOf(severityOf(a)) - SEVERITY_ORDER.indexOf(severityOf(b)),
  );
  const footer = `\n<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}</sub>\n`;
  let body = head.join('\n');
  if (ordered.length) body += '### Findings\n\n';

  // Add entries while they fit, then summarise the rest, so the output never exceeds the limit.
  const budget = maxBytes - Buffer.byteLength(footer) - OMITTED_RESERVE;
  let shown = 0;
  let used = Buffer.byteLength(body);
  for (const item of ordered) {
    const block = item.kind === 'group' ? groupBlock(item.group) : findingBlock(item.finding);
    // Count bytes incrementally: re-measuring the whole body per finding is quadratic (seconds at 5,000).
    const size = Buffer.byteLength(block);
    if (used + size > budget) break;
    body += block;
    used += size;
    shown += 1;
  }
  if (shown < ordered.length) body += omittedSummary(ordered.slice(shown), options.fullReport);
  return truncateUtf8(body + footer, maxBytes);
}

function severityOf(item: ReportItem): Severity {
  return item.kind === 'group' ? item.group.severity : item.finding.severity;
}

/** What was left out, counted by severity and rule, and where the whole list is. */
function omittedSummary(rest: readonly ReportItem[], fullReport?: string): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const byRule = new Map<string, number>();
  let findings = 0;
  for (const item of rest) {
    const n = item.kind === 'group' ? item.group.count : 1;
    const rule = item.kind === 'group' ? item.group.rule : item.finding.rule;
    counts[severityOf(item)] += n;
    byRule.set(rule, (byRule.get(rule) ?? 0) + n);
    findings += n;
  }
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shownRules = rules
    .slice(0, 6)
    .map(([rule, n]) => `${inlineCode(rule)} ×${n}`)
    .join(', ');
  const moreRules = rules.length > 6 ? ` and ${rules.length - 6} more rule(s)` : '';
  return (
    `\n…and ${findings} more finding(s) in ${rest.length} entr${rest.length === 1 ? 'y' : 'ies'} ` +
    `(${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s): ${shownRules}${moreRules}), ` +
    `left out to stay within GitHub's size limit; ${fullReport ?? 'the JSON report has them all'}.\n`
  );
}

/** One group: the rule, the object, how often and where, one example message, the fix once. */
function groupBlock(g: FindingGroup): string {
  const about = g.object ? ` on ${escapeMarkdown(g.object)}` : '';
  const spread = g.files > 1 ? ` in ${g.files} files` : '';
  const lines = [
    `- ${ICON[g.severity]} **${g.severity}** ${inlineCode(g.rule)}${g.class ? ` (${g.class})` : ''}, ${g.count} times${about}${spread}: ${escapeMarkdown(g.message)}`,
  ];
  const places = g.locations.slice(0, GROUP_LOCATIONS_SHOWN).map((l) => {
    const where = location(l);
    return `${where ? inlineCode(where) : 'no file'}${l.detail ? ` (${escapeMarkdown(l.detail)})` : ''}`;
  });
  const more =
    g.locations.length > GROUP_LOCATIONS_SHOWN
      ? `, and ${g.locations.length - GROUP_LOCATIONS_SHOWN} more (the JSON report lists every one)`
      : '';
  lines.push(`  - At: ${places.join(', ')}${more}`);
  if (g.help) lines.push(`  - How to fix: ${escapeMarkdown(g.help)}`);
  if (g.docs) lines.push(`  - Docs: ${safeLink(g.docs)}`);
  return lines.join('\n') + '\n';
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
