import { location } from '../core/finding.js';
import { escapeMarkdown, inlineCode } from '../report/escape-markdown.js';
import type { RollbackPlan } from './plan-decide.js';

/**
 * The last step of `rollback plan`: the plan in words. The JSON and Markdown views are the report's
 * (src/report), over the same findings; this is the text a person reads in a terminal or a job log.
 */

/** The gate's summary line, the same in every view. */
export function planSummary(plan: RollbackPlan, blocked: boolean): string {
  return `${plan.environment}: ${plan.from.release} → ${plan.to.release}; ${plan.migrationsSince.length} migration(s) since the target${blocked ? ', blocked' : ''}`;
}

const SOURCE = {
  flag: 'as given',
  ledger: 'from the deployment ledger',
  tags: 'from release tags',
  platform: 'what the platform runs',
} as const;

/** `live` is what the platform says runs; `redeploy` how the deploy step will put the target live. */
export function planText(plan: RollbackPlan, blocked: boolean, live?: string, redeploy?: string): string {
  const lines = [
    `Rollback plan for ${plan.environment}${blocked ? ' — BLOCKED' : ''}`,
    `  live:   ${plan.from.release} (${plan.from.sha.slice(0, 12)}, ${SOURCE[plan.sources.from]})`,
    `  target: ${plan.to.release} (${plan.to.sha.slice(0, 12)}, ${SOURCE[plan.sources.to]})`,
    ...(live ? [`  platform: ${live}`] : []),
    ...(redeploy ? [`  deploy: ${redeploy}`] : []),
  ];
  // The findings lead: why the target cannot run on today's schema comes first (plan-schema.ts).
  if (plan.findings.length) {
    lines.push(
      '',
      ...plan.findings.map((f) => {
        const where = location(f);
        return `${f.severity} ${f.rule}${where ? ` at ${where}` : ''}: ${f.message}${f.help ? `\n  → ${f.help}` : ''}`;
      }),
    );
  }
  lines.push(
    '',
    plan.migrationsSince.length
      ? `Migrations applied since ${plan.to.release}:`
      : `No migrations since ${plan.to.release}.`,
    ...plan.migrationsSince.map((m) => `  ${m.class.padEnd(8)} ${m.file}`),
  );
  if (plan.schemaRisk) lines.push('', `Schema risk accepted: ${plan.schemaRisk.reason}`);
  lines.push('', plan.dataNote, '');
  if (!blocked)
    lines.push(
      `Next: run the rollback workflow with tag ${plan.to.release} (Actions → rollback → Run workflow).`,
      '',
    );
  return lines.join('\n');
}

/** At most this many migrations are listed in the Markdown plan; the JSON report lists them all. */
const MARKDOWN_MIGRATIONS = 200;

/**
 * The plan's own lines for the Markdown view (the rollback workflow's job summary, where the person
 * who pressed the button reads it), above the findings the report lists: live and target, how the deploy
 * puts the target live, the migrations since the target with their class, what a rollback does not undo,
 * and the next step. Every piece of repository text (tags, paths) is escaped here.
 */
export function planMarkdown(plan: RollbackPlan, blocked: boolean, live?: string, redeploy?: string): string {
  const release = (r: RollbackPlan['from'], source: keyof typeof SOURCE) =>
    `${inlineCode(r.release)} (${inlineCode(r.sha.slice(0, 12))}, ${SOURCE[source]})`;
  const lines = [
    `**Rollback plan for ${inlineCode(plan.environment)}${blocked ? ' — blocked' : ''}**`,
    '',
    `- Live: ${release(plan.from, plan.sources.from)}`,
    `- Target: ${release(plan.to, plan.sources.to)}`,
    ...(live ? [`- Platform: ${escapeMarkdown(live)}`] : []),
    ...(redeploy ? [`- Deploy: ${escapeMarkdown(redeploy)}`] : []),
    '',
  ];
  const since = plan.migrationsSince;
  if (since.length) {
    lines.push(
      '<details><summary>' +
        escapeMarkdown(`${since.length} migration(s) applied since ${plan.to.release}`) +
        '</summary>',
      '',
      ...since.slice(0, MARKDOWN_MIGRATIONS).map((m) => `- ${inlineCode(m.class)} ${inlineCode(m.file)}`),
      ...(since.length > MARKDOWN_MIGRATIONS
        ? [`- … and ${since.length - MARKDOWN_MIGRATIONS} more (the JSON report lists them all)`]
        : []),
      '',
      '</details>',
      '',
    );
  } else lines.push(escapeMarkdown(`No migrations since ${plan.to.release}.`), '');
  if (plan.schemaRisk) lines.push(`Schema risk accepted: ${escapeMarkdown(plan.schemaRisk.reason)}`, '');
  lines.push(escapeMarkdown(plan.dataNote));
  if (!blocked)
    lines.push(
      '',
      `Next: run the rollback workflow with tag ${inlineCode(plan.to.release)} (Actions → rollback → Run workflow).`,
    );
  return lines.join('\n');
}
