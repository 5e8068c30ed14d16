import { countBySeverity, location } from '../core/finding.js';
import type { Finding, Severity } from '../core/finding.js';
import { groupedItems } from '../core/group.js';
import type { FindingGroup } from '../core/group.js';
import type { Report } from '../core/report.js';
import { cleanLine, cleanText } from './safe-text.js';

/** The checklist as the JSON report carries it (see src/checklist); read structurally to keep report/ independent. */
interface ChecklistLine {
  title: string;
  status: 'ok' | 'problem' | 'n/a' | 'guess';
  evidence: string;
}

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'green', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  notice: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** Colour only when writing to a terminal, and never when NO_COLOR is set. */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/**
 * Text the user controls, without escape sequences (a migration cannot repaint the terminal); its own
 * line breaks become continuation lines under `indent`. The writer (safe-text.ts) disarms what is left.
 */
export function sanitizeForTerminal(text: string, indent = ''): string {
  return cleanText(text).replace(/\n/g, `\n${indent}`);
}

export function formatText(report: Report, options: TextOptions): string {
  const paint = (kind: keyof typeof COLORS, s: string) =>
    options.color ? COLORS[kind][0] + s + COLORS[kind][1] : s;
  const lines: string[] = [];

  const checklist = Array.isArray(report.checklist) ? (report.checklist as ChecklistLine[]) : [];
  if (checklist.length) {
    lines.push(paint('bold', 'Pre-release checklist'));
    checklist.forEach((item, n) => {
      const mark =
        item.status === 'ok'
          ? paint('green', 'ok  ')
          : item.status === 'problem'
            ? paint('error', 'fail')
            : item.status === 'guess'
              ? paint('warning', '?   ')
              : paint('dim', 'n/a ');
      lines.push(`${n + 1}. ${mark} ${cleanLine(item.title)}: ${sanitizeForTerminal(item.evidence, '   ')}`);
    });
    lines.push('');
  }

  for (const gate of report.gates) {
    const mark =
      gate.status === 'pass'
        ? paint('green', 'pass')
        : gate.status === 'fail'
          ? paint('error', 'fail')
          : paint('dim', 'skip');
    lines.push(`${mark}  ${cleanLine(gate.gate)}: ${sanitizeForTerminal(gate.summary, '      ')}`);
  }
  if (report.gates.length) lines.push('');

  // One string per finding: a join over five times as many pieces took twice as long on 20,000 findings.
  // Findings that share a root cause are shown once, with every place they occur at.
  for (const item of groupedItems(report)) {
    lines.push(
      (item.kind === 'group' ? groupLines(item.group, paint) : findingLines(item.finding, paint)).join('\n'),
    );
  }

  const counts = countBySeverity(report.findings);
  const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
  lines.push(
    report.verdict === 'block'
      ? paint('error', `✖ blocked: ${tally}`)
      : paint('green', `✔ nothing blocks: ${tally}`),
  );
  return lines.join('\n') + '\n';
}

function findingLines(f: Finding, paint: (k: keyof typeof COLORS, s: string) => string): string[] {
  const where = cleanLine(location(f));
  const head = `${where ? paint('bold', where) + '  ' : ''}${paint(f.severity, f.severity)}  ${cleanLine(f.rule)}${f.class ? paint('dim', ` [${cleanLine(f.class)}]`) : ''}`;
  const out = [head, `  ${sanitizeForTerminal(f.message, '  ')}`];
  if (f.help) out.push(paint('dim', `  help: ${sanitizeForTerminal(f.help, '        ')}`));
  if (f.docs) out.push(paint('dim', `  docs: ${cleanLine(f.docs)}`));
  out.push('');
  return out;
}

/** A group: what it is about and how often, one example message, the fix once, then every place. */
function groupLines(g: FindingGroup, paint: (k: keyof typeof COLORS, s: string) => string): string[] {
  const about = g.object ? ` on ${cleanLine(g.object)}` : '';
  const spread = g.files > 1 ? `, in ${g.files} files` : '';
  const head = `${paint(g.severity, g.severity)}  ${cleanLine(g.rule)}${g.class ? paint('dim', ` [${cleanLine(g.class)}]`) : ''}  ${paint('bold', `${g.count} times${about}${spread}`)}`;
  const out = [head, `  ${sanitizeForTerminal(g.message, '  ')}`];
  if (g.help) out.push(paint('dim', `  help: ${sanitizeForTerminal(g.help, '        ')}`));
  if (g.docs) out.push(paint('dim', `  docs: ${cleanLine(g.docs)}`));
  g.locations.forEach((l, i) => {
    const where = cleanLine(location(l)) || '(no file)';
    const detail = l.detail ? `  ${sanitizeForTerminal(l.detail, '        ')}` : '';
    out.push(`  ${i === 0 ? 'at: ' : '    '}${where}${detail}`);
  });
  out.push('');
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
