import { closest } from '../../config/issues.js';
import type { Finding } from '../../core/finding.js';

export interface IgnoreDirective {
  /** `statement`: the next statement; `file`: every statement in the file. */
  scope: 'statement' | 'file';
  rules: string[];
  reason: string;
  /** 1-based line of the comment. */
  line: number;
  /** Rule ids this directive actually suppressed, to report unused ones. */
  used: Set<string>;
}

const DIRECTIVE = /^\s*--\s*rollback-ready-ignore(-file)?\b(.*)$/;

/**
 * Read `-- rollback-ready-ignore <rule>[, <rule>]: <reason>` and `-- rollback-ready-ignore-file …`.
 * A reason is required (copied migrations must not carry silent exemptions along), and an unknown
 * rule id is an error so a typo never suppresses everything.
 */
export function readIgnoreDirectives(
  text: string,
  path: string,
  knownRules: ReadonlySet<string>,
): { directives: IgnoreDirective[]; findings: Finding[] } {
  const directives: IgnoreDirective[] = [];
  const findings: Finding[] = [];
  // Most files have none: do not split them into lines to find out.
  if (!text.includes('rollback-ready-ignore')) return { directives, findings };
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, index) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    const line = index + 1;
    const scope = m[1] ? 'file' : 'statement';
    const rest = m[2] ?? '';
    const colon = rest.indexOf(':');
    const ruleText = (colon === -1 ? rest : rest.slice(0, colon)).trim();
    const reason = colon === -1 ? '' : rest.slice(colon + 1).trim();
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    const problem = (message: string) =>
      findings.push({
        gate: 'migrations',
        rule: 'invalid-ignore',
        severity: 'error',
        file: path,
        line,
        column: 1,
        message,
        help: 'Write it as: -- rollback-ready-ignore <rule-id>: <why this is safe here>',
      });
    if (rules.length === 0) return problem('this ignore comment names no rule, so it suppresses nothing');
    const unknown = rules.filter((r) => !knownRules.has(r));
    if (unknown.length)
      return problem(
        `unknown rule id ${unknown.map((r) => `"${r}"${hint(r, knownRules)}`).join(', ')} in an ignore comment`,
      );
    if (!reason)
      return problem(`the ignore for ${rules.join(', ')} has no reason; say why it is safe after a colon`);
    directives.push({ scope, rules, reason, line, used: new Set() });
  });
  return { directives, findings };
}

/**
 * The directive that suppresses `rule` for a statement starting at `statementLine`: a file directive,
 * or a statement directive whose next statement is this one.
 */
export function findSuppression(
  directives: readonly IgnoreDirective[],
  rule: string,
  statementLine: number,
  previousStatementEndLine: number,
): IgnoreDirective | undefined {
  return directives.find(
    (d) =>
      d.rules.includes(rule) &&
      (d.scope === 'file' || (d.line < statementLine && d.line > previousStatementEndLine)),
  );
}

export function unusedIgnoreFindings(directives: readonly IgnoreDirective[], path: string): Finding[] {
  const findings: Finding[] = [];
  for (const d of directives) {
    const unused = d.rules.filter((r) => !d.used.has(r));
    if (!unused.length) continue;
    findings.push({
      gate: 'migrations',
      rule: 'unused-ignore',
      severity: 'warning',
      file: path,
      line: d.line,
      column: 1,
      message: `this ignore for ${unused.join(', ')} suppresses nothing`,
      help: 'Remove the comment, or move it to the line just above the statement it is meant for.',
    });
  }
  return findings;
}

/** " (did you mean x?)" when a known rule id is a few edits from a misspelt one. */
function hint(id: string, known: ReadonlySet<string>): string {
  const near = closest(id, [...known]);
  return near ? ` (did you mean ${near}?)` : '';
}
