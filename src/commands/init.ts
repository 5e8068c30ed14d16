import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { buildReport } from '../core/report.js';
import { ruleDocsUrl } from '../core/tool.js';
import { GitCli } from '../git/git.js';
import { layoutById } from '../gates/migrations/layouts.js';
import { detectRepository } from '../init/detect.js';
import type { Detected } from '../init/detect.js';
import { familyLabel } from '../init/tag-families.js';
import type { TagFamily } from '../init/tag-families.js';
import { applyPlan, callerWorkflows, packageRoot, planInit } from '../init/plan.js';
import type { PlannedFile } from '../init/plan.js';
import { isFullSha, resolveToolPin, TOOL_SOURCE_ENV } from '../init/tool-pin.js';
import type { ToolPin, UnknownPin } from '../init/tool-pin.js';
import type { Command } from './command.js';
import { INIT_SPEC } from './specs.js';

/** `init`: write the config, the PR template's note section and the caller workflows; never overwrite silently. */
export const initCommand: Command = {
  ...INIT_SPEC,
  async run(ctx) {
    const { settings } = ctx;
    const given = ctx.flags['tool-sha'];
    if (typeof given === 'string' && !isFullSha(given))
      throw new UsageError(
        `--tool-sha: "${given.slice(0, 60)}" is not a full commit SHA (40 lowercase hex digits); a tag or a short SHA is not a pin`,
      );
    const git = await GitCli.open(settings.run.cwd);
    const detected = await detectRepository(git);
    const pin = await resolveToolPin(git.root, typeof given === 'string' ? given : undefined);
    const plan = planInit({
      root: git.root,
      detected,
      force: ctx.flags.force === true,
      workflows: callerWorkflows(packageRoot()),
      ...('sha' in pin ? { toolSha: pin.sha } : {}),
    });
    applyPlan(git.root, plan);

    const findings: Finding[] = plan
      .filter((f) => f.action === 'kept')
      .map((f): Finding =>
        // --force is advice only for files init owns; a team's own workflow is connected, never replaced.
        f.foreign
          ? {
              gate: 'config',
              rule: 'init-existing-workflow',
              severity: 'warning',
              file: f.path,
              message: `Kept ${f.path}: it is your own workflow, not one init wrote, so init leaves it alone (also with --force).`,
              help: f.note.replace(/^./, (c) => c.toUpperCase()),
              docs: ruleDocsUrl('init-existing-workflow'),
            }
          : {
              gate: 'config',
              rule: 'init-would-overwrite',
              severity: 'error',
              file: f.path,
              message: `Kept ${f.path}: it exists and differs from what init writes.`,
              help: 'Compare it with a fresh copy, or re-run "rollback-ready init --force" to overwrite it.',
              docs: ruleDocsUrl('init-would-overwrite'),
            },
      );
    if ('why' in pin) findings.push(unpinnedFinding(pin, plan));
    const written = plan.filter((f) => !['kept', 'unchanged', 'skipped'].includes(f.action)).length;
    const summary = `${written} file(s) written, ${plan.length - written} left as they were`;
    const report = buildReport(
      findings,
      [{ gate: 'config', status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', summary }],
      settings.run.failOn,
      {
        root: git.root,
        files: plan.map((f) => ({ path: f.path, action: f.action, note: f.note })),
        detected,
      },
    );
    return { report, text: initText(git.root, plan, detected, pin) };
  },
};

/**
 * Init could not learn which rollback-ready commit to pin: it wrote no workflow rather than one whose
 * `uses:` names a ref that does not exist (GitHub fails such a file on every event that would run it).
 */
function unpinnedFinding(pin: UnknownPin, plan: readonly PlannedFile[]): Finding {
  const skipped = plan.filter((f) => f.action === 'skipped').map((f) => f.path);
  return {
    gate: 'config',
    rule: 'init-workflows-unpinned',
    severity: 'error',
    message: `Wrote no workflow (${skipped.length ? skipped.join(', ') : 'none planned'}): init does not know the rollback-ready commit to pin them to (${pin.why}).`,
    help: `Re-run with the commit of the rollback-ready release you trust: rollback-ready init --tool-sha SHA (the commit of ${pin.tag}: git ls-remote ${pin.source} 'refs/tags/${pin.tag}^{}'), or set ${TOOL_SOURCE_ENV} to a mirror that has the tag.`,
    docs: ruleDocsUrl('init-workflows-unpinned'),
  };
}

const ACTION_WIDTH = 12;
const SHOWN_FAMILIES = 6;

/** Which tag family init chose and the others it saw, so a wrong choice is one edit away. */
function familyLines(families: readonly TagFamily[]): string[] {
  if (families.length === 0) return [];
  const describe = (f: TagFamily) =>
    `${familyLabel(f)}: ${f.releases} release tag(s)${f.latest ? `, newest ${f.latest.name} on ${f.latest.date.slice(0, 10)}` : ''}`;
  const chosen = families[0]!;
  const elsewhere = families.filter((f) => f.otherPart).slice(0, 3);
  const why = chosen.otherPart
    ? `the family that tags the most recent releases; it is named after ${chosen.otherPart}, which holds none of the migrations: check that it tags the app's releases`
    : elsewhere.length
      ? `the family that tags the most recent releases of the app holding the migrations; ${elsewhere.map((f) => `"${f.prefix}" tags ${f.otherPart}`).join(', ')}`
      : 'the family that tags the most recent releases';
  const lines = [`Release tags: chose ${describe(chosen)} (${why}).`];
  const others = families.slice(1);
  if (others.length) {
    lines.push('  Also seen (set tagging.prefix or tagging.scheme to use one instead):');
    for (const f of others.slice(0, SHOWN_FAMILIES)) lines.push(`    ${describe(f)}`);
    if (others.length > SHOWN_FAMILIES) lines.push(`    … and ${others.length - SHOWN_FAMILIES} more`);
  }
  return lines;
}

/** Releases cut on release branches: say so, since tag next and the PR check read one release branch. */
function releasedOffLines(detected: Detected): string[] {
  const off = detected.releasedOff;
  if (!off) return [];
  const where = off.branches.length ? `on ${off.branches.slice(0, 3).join(', ')}` : 'on no branch';
  return [
    `  Its newest release ${off.tag} is not on ${detected.defaultBranch ?? 'the default branch'} but ${where}: releases are cut on release branches.`,
    '  Set tagging.release-branch to the branch you release from, so tag next and the previous-release comparison read its tags.',
  ];
}

function initText(root: string, plan: readonly PlannedFile[], detected: Detected, pin: ToolPin): string {
  const lines = [`rollback-ready init: ${root}`, ''];
  for (const f of plan) lines.push(`  ${f.action.padEnd(ACTION_WIDTH)}${f.path}  (${f.note})`);
  const layouts = detected.layouts.map((l) => layoutById(l).name).join(', ') || 'none yet';
  lines.push(
    '',
    `Detected: migrations ${layouts}; release IDs ${detected.scheme}${detected.releaseTags ? ` (${detected.releaseTags} existing release tag(s))` : ''}; default branch ${detected.defaultBranch ?? 'unknown'}.`,
    ...familyLines(detected.families ?? []),
    ...releasedOffLines(detected),
    ...(detected.tagTypes && !detected.tagTypes.newest.annotated
      ? [
          `Release tags are lightweight (newest ${detected.tagTypes.newest.name}): tagging.require-annotated is false, so tag verify accepts them.`,
        ]
      : []),
    '',
    'Next steps:',
    '  1. Review .github/rollback-ready.yml (migration layout, production Postgres version, release-ID scheme).',
    'sha' in pin
      ? `  2. The workflows run rollback-ready at ${pin.sha} (${pin.how}); check it is the release you trust.`
      : `  2. No workflow was written: init does not know the rollback-ready commit to pin (${pin.why}). Re-run: rollback-ready init --tool-sha SHA, with the commit of ${pin.tag} (git ls-remote ${pin.source} 'refs/tags/${pin.tag}^{}').`,
    '  3. Commit and open a pull request: its description now carries the release note.',
    '     Fill it in with: npx rollback-ready notes draft',
    '  4. Check locally before pushing: npx rollback-ready check',
    '  5. After merging, release from the Actions tab: "release" → Run workflow.',
  );
  const p = detected.platform;
  lines.push(
    '',
    p
      ? `Deploys: ${p.target} (from ${p.evidence}). The release workflow deploys through it and records the artifact; the rollback button redeploys it, no build.`
      : 'Deploys: no platform detected (vercel.json, fly.toml, render.yaml, Dockerfile); set deploy.target in .github/rollback-ready.yml (docs/deploy-targets/).',
    ...(p?.paste.length ? [`  Paste into deploy.environments.production: ${p.paste.join('; ')}.`] : []),
    ...(p
      ? [
          `  Add the secret DEPLOY_TOKEN (a ${p.target === 'vercel' ? 'Vercel access token' : p.target === 'fly' ? 'Fly deploy token: fly tokens create deploy' : p.target === 'render' ? 'Render API key' : 'registry/host credential your command uses'}) to the production environment.`,
          `  Turn off the platform's own auto-deploys so only releases go live: docs/deploy-targets/${p.target}.md`,
        ]
      : []),
  );
  const kept = plan.filter((f) => f.action === 'kept' && !f.foreign);
  if (kept.length) {
    lines.push(
      '',
      `Kept ${kept.length} existing file(s) unchanged; re-run with --force to overwrite: ${kept.map((f) => f.path).join(', ')}`,
    );
  }
  const theirs = plan.filter((f) => f.foreign);
  if (theirs.length) {
    lines.push(
      '',
      `Kept your own workflow(s), which --force never replaces: ${theirs.map((f) => f.path).join(', ')}. Connect each as its line above says.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
