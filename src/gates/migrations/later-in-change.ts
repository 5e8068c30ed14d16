import type { Finding, Severity } from '../../core/finding.js';
import type { MigrationFile, ParsedStatement } from '../../sql/model.js';
import type { Rule, RuleHit } from './rule.js';

interface Watched {
  rule: Rule & Required<Pick<Rule, 'laterInChange'>>;
  hit: RuleHit;
  finding: Finding;
}

/**
 * Hits that a later file of the same change can make worse (`Rule.laterInChange`): a DROP NOT NULL in
 * one migration and the foreign key ON DELETE SET NULL that writes NULLs in the next are one change, so
 * they get the finding they would get in one file. Files are linted one at a time (one AST alive), so
 * the earlier finding is rewritten in place when a later statement settles it. A deploy boundary
 * (`lint FILES…` over shipped files) ends what a file can make worse.
 */
export class LaterInChange {
  private watched: Watched[] = [];

  /** Keep a finding just made, when its rule may have more to say after later files; not a hit proven safe. */
  watch(rule: Rule, hit: RuleHit, finding: Finding): void {
    if (rule.laterInChange && !hit.safe) this.watched.push({ rule: rule as Watched['rule'], hit, finding });
  }

  /** A statement of `file`: rewrite the findings of earlier files it settles, with their severity as configured. */
  see(
    statement: ParsedStatement,
    file: MigrationFile,
    severityOf: (rule: Rule, hit: RuleHit) => Severity,
  ): void {
    if (!this.watched.length) return;
    this.watched = this.watched.filter((w) => {
      if (w.finding.file === file.path) return true;
      const next = w.rule.laterInChange(w.hit, statement, file);
      if (!next) return true;
      w.finding.severity = severityOf(w.rule, next);
      w.finding.message = next.message;
      if (next.help) w.finding.help = next.help;
      return false;
    });
  }

  /** A new deploy: what shipped before it is judged as it was. */
  clear(): void {
    this.watched = [];
  }
}
