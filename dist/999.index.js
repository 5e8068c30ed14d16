import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 999;
export const ids = [999];
export const modules = {

/***/ 1999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(7729);
;// CONCATENATED MODULE: ./src/checklist/build.ts

const CHECKLIST_TITLES = {
    live: 'What is live',
    'known-good': 'Known-good release ready to redeploy',
    database: 'Database change safety',
    backup: 'Backup confidence',
    owner: 'One owner and one channel',
};
const ICON = { ok: '✅', problem: '❌', 'n/a': '➖', guess: '❔' };
const code = (text) => ({ code: text });
const day = (iso) => iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;
function item(id, status, ...evidence) {
    return { id, title: CHECKLIST_TITLES[id], status, evidence };
}
function gate(report, id) {
    return report.gates.find((g) => g.gate === id);
}
function blocking(report, id) {
    return report.findings.filter((f) => f.gate === id && f.severity === 'error').length;
}
/** A failing gate's summary, led by its blocking count unless the summary already gives it. */
function counted(report, id, summary) {
    return /blocking/.test(summary) ? summary : `${blocking(report, id)} blocking finding(s) — ${summary}`;
}
function live(facts) {
    const l = facts.live;
    if (!l)
        return item('live', 'n/a', `nothing released yet: no ${facts.environment} deployment and no release tag`);
    const since = day(l.since);
    if (l.source === 'platform') {
        return item('live', 'ok', code(l.releaseId), ` on ${facts.environment} (what ${facts.deployTarget ?? 'the platform'} runs now)`);
    }
    if (facts.platform?.drift) {
        return item('live', 'problem', `${facts.deployTarget ?? 'the platform'} runs commit `, code(facts.platform.sha.slice(0, 12)), `, which is no release tag (an untagged deploy); the ledger says `, code(l.releaseId));
    }
    // The ledger knows what rollback-ready deployed; a platform that could not be asked may run something else.
    if (l.source === 'deployments' && facts.platformNotAsked) {
        return item('live', 'guess', code(l.releaseId), ` (a guess: the ledger's last ${facts.environment} deployment${since ? `, ${since}` : ''}); ${facts.deployTarget} was not asked what runs (${facts.platformNotAsked}), so an auto-deploy would not show`);
    }
    if (l.source === 'deployments') {
        return item('live', 'ok', code(l.releaseId), ` on ${facts.environment}${since ? ` since ${since}` : ''} (deployment ledger)`);
    }
    // The latest tag is only what was released last, not what runs: a guess until a ledger or platform says so.
    return item('live', 'guess', code(l.releaseId), ` (a guess), the latest release tag${since ? ` (${since})` : ''}; ${facts.ledgerProblem ?? 'no deployment ledger'}, so nothing says what runs`);
}
function knownGood(facts) {
    const k = facts.knownGood;
    if (!k) {
        return facts.live
            ? item('known-good', 'problem', `no earlier successful release to roll back to`)
            : item('known-good', 'n/a', 'first release: nothing earlier to roll back to');
    }
    const from = k.source === 'deployments' ? 'last successful deployment' : 'latest release tag';
    if (!k.exists) {
        return item('known-good', 'problem', code(k.releaseId), ` (${from}) is not in this clone; check out with fetch-depth: 0`);
    }
    const at = k.sha ? [` at `, code(k.sha.slice(0, 7))] : [];
    if (facts.deployTarget && facts.deployConfigProblem) {
        return item('known-good', 'problem', code(k.releaseId), ...at, ` (${from}), but ${facts.deployConfigProblem}: it cannot redeploy yet (fill it in, see docs/deploy-targets/${facts.deployTarget}.md)`);
    }
    if (facts.deployTarget) {
        return k.artifact
            ? item('known-good', 'ok', code(k.releaseId), ...at, ` (${from}); redeploys `, code(k.artifact.id), ` on ${facts.deployTarget}, no build`)
            : item('known-good', 'ok', code(k.releaseId), ...at, ` (${from}); no artifact recorded for it, so a rollback deploys its commit through ${facts.deployTarget} (a build)`);
    }
    if (facts.deployWorkflow && facts.deployWorkflowProblem) {
        return item('known-good', 'problem', code(k.releaseId), ...at, ` (${from}), but `, code(facts.deployWorkflow), ` ${facts.deployWorkflowProblem}: it cannot redeploy yet (set deploy.target, see docs/deploy-targets)`);
    }
    if (!facts.deployWorkflow) {
        const where = facts.defaultBranch
            ? [' on ', code(facts.defaultBranch)]
            : [' on the default branch'];
        return item('known-good', 'problem', code(k.releaseId), ...at, ` (${from}), but no deploy workflow in .github/workflows`, ...where, ' to redeploy it');
    }
    return item('known-good', 'ok', code(k.releaseId), ...at, ` (${from}); redeploys through `, code(facts.deployWorkflow), ...(facts.defaultBranch ? [' on ', code(facts.defaultBranch)] : []));
}
/**
 * The stale-previous-release warning, when a gate raised it: every "safe for the previous release" verdict
 * was judged against that release, so the database answer is only as good as that choice.
 */
function staleBaseline(report) {
    return report.findings.find((f) => f.rule === 'stale-previous-release')?.message;
}
function database(report) {
    const answer = uncheckedSql(report, databaseAnswer(report));
    const stale = staleBaseline(report);
    if (!stale)
        return answer;
    // Never ✅ on a comparison with a release that may not be the one a rollback goes back to.
    return {
        ...answer,
        status: answer.status === 'ok' ? 'guess' : answer.status,
        evidence: [
            ...answer.evidence,
            `; judged against a previous release that may be the wrong one — ${stale}`,
        ],
    };
}
/** SQL outside every migration folder, or a migration in code, was not judged: never ✅ beside it (the gate's summary counts them). */
function uncheckedSql(report, answer) {
    const files = report.findings
        .filter((f) => f.rule === 'sql-outside-migrations' || f.rule === 'migration-not-sql')
        .map((f) => f.file ?? '');
    if (!files.length || answer.status === 'problem')
        return answer;
    const named = files.slice(0, 3).flatMap((file, i) => (i ? [', ', code(file)] : [code(file)]));
    return {
        ...answer,
        status: 'guess',
        evidence: [
            ...answer.evidence,
            '; not checked: ',
            ...named,
            files.length > 3 ? ` and ${files.length - 3} more` : '',
        ],
    };
}
function databaseAnswer(report) {
    const migrations = gate(report, 'migrations');
    const rehearsal = gate(report, 'rehearsal');
    if (!migrations)
        return item('database', 'n/a', 'the migrations gate did not run');
    if (migrations.status === 'fail') {
        return item('database', 'problem', `migrations: ${counted(report, 'migrations', migrations.summary)}`);
    }
    if (rehearsal?.status === 'fail') {
        return item('database', 'problem', `rehearsal: ${counted(report, 'rehearsal', rehearsal.summary)}`);
    }
    if (migrations.status === 'skipped')
        return item('database', 'n/a', `no database change: ${migrations.summary}`);
    const rehearsed = rehearsal?.status === 'pass'
        ? `rehearsal: ${rehearsal.summary}`
        : `not rehearsed (${rehearsal?.summary ?? 'the rehearsal gate did not run'})`;
    return item('database', 'ok', `migrations: ${migrations.summary}; ${rehearsed}`);
}
/** A restore time the backup gate may report (`backup.lastRestore` or similar), when present. */
function lastRestore(report) {
    const data = report.backup;
    if (!data || typeof data !== 'object')
        return undefined;
    const d = data;
    for (const key of ['lastRestore', 'lastRestoreAt', 'restoredAt', 'lastRestoredAt']) {
        const v = d[key];
        if (typeof v === 'string' && v)
            return v;
        if (v && typeof v === 'object' && typeof v.at === 'string')
            return v.at;
    }
    return undefined;
}
function backup(report) {
    const g = gate(report, 'backup');
    if (!g)
        return item('backup', 'n/a', 'no backup evidence configured');
    const restore = lastRestore(report);
    const proven = restore ? `; last proven restore ${day(restore) ?? restore}` : '';
    if (g.status === 'fail')
        return item('backup', 'problem', `${g.summary}${proven}`);
    if (g.status === 'skipped')
        return item('backup', 'n/a', `${g.summary}${proven}`);
    return item('backup', 'ok', `${g.summary}${proven || '; no restore on record'}`);
}
function owner(facts) {
    const missing = [];
    if (!facts.owner)
        missing.push(facts.hasNote ? 'the release note names no Owner' : 'no release note names an Owner');
    if (!facts.channel)
        missing.push('no channel configured (checklist.channel)');
    const parts = [];
    if (facts.owner)
        parts.push(`Owner ${facts.owner}`);
    if (facts.channel)
        parts.push(`${parts.length ? ' · ' : ''}channel ${facts.channel}`);
    if (missing.length)
        parts.push(`${parts.length ? '; ' : ''}${missing.join('; ')}`);
    return item('owner', missing.length ? 'problem' : 'ok', ...parts);
}
function buildChecklist(report, facts) {
    return [live(facts), knownGood(facts), database(report), backup(report), owner(facts)];
}
function renderEvidence(parts) {
    return parts.map((p) => (typeof p === 'string' ? (0,escape_markdown/* escapeMarkdown */.FV)(p) : (0,escape_markdown/* inlineCode */.ti)(p.code))).join('');
}
/** Five numbered lines of Markdown; every piece of text from the repository or the note is escaped. */
function formatChecklist(items) {
    const lines = items.map((i, n) => `${n + 1}. ${ICON[i.status]} **${i.title}:** ${renderEvidence(i.evidence)}`);
    return ['### Pre-release checklist', '', ...lines].join('\n');
}
function checklistEntries(items) {
    return items.map((i) => ({
        id: i.id,
        title: i.title,
        status: i.status,
        evidence: i.evidence.map((p) => (typeof p === 'string' ? p : p.code)).join(''),
    }));
}

// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/gates/notes/parse-note.ts
var parse_note = __webpack_require__(4838);
// EXTERNAL MODULE: ./src/gates/notes/source.ts
var source = __webpack_require__(7741);
// EXTERNAL MODULE: ./src/core/monorepo.ts
var monorepo = __webpack_require__(4720);
;// CONCATENATED MODULE: ./src/checklist/deploy-workflow.ts

/**
 * Which workflow on the default branch redeploys the app, for the checklist's "known-good release ready
 * to redeploy" answer. A name alone is weak evidence in a monorepo: `deploy-image-proxy.yml` deploys
 * apps/image-proxy, not the app whose release is judged, and answering "ok" through it would be a
 * button that redeploys something else.
 */
const MAX_WORKFLOW_BYTES = 256 * 1024;
/** A caller of rollback-ready's own reusable deploy or rollback workflow: the button this tool ships. */
const OUR_WORKFLOW = /^\s*uses:\s*['"]?[\w.-]+\/rollback-ready\/\.github\/workflows\/(?:deploy|rollback)\.ya?ml@/m;
/** What a deploy workflow's name says it deploys besides "deploy": `deploy-image-proxy` → image-proxy. */
function deployedPart(file) {
    const name = (file.split('/').pop() ?? '').replace(/\.ya?ml$/i, '').toLowerCase();
    const part = name
        .replace(/deploy(?:ment)?s?/, ' ')
        .replace(/\b(?:to|the|app|prod|production|release)\b/g, ' ')
        .replace(/^[\s_.-]+|[\s_.-]+$/g, '');
    return part || undefined;
}
/**
 * The workflow that deploys, on the default branch, best evidence first: `rollback-ready-deploy.yml`
 * (init's, beside a team's own), `deploy.yml`; a caller of
 * rollback-ready's reusable workflows; another workflow named for deploying that does not name another
 * package of the repository; then one whose content deploys to production.
 */
async function findDeployWorkflow(git, ref) {
    let files;
    try {
        files = (await git.listFilesAt(ref, '.github/workflows')).filter((f) => /\.ya?ml$/i.test(f)).sort();
    }
    catch {
        return undefined;
    }
    // init writes rollback-ready's own as rollback-ready-deploy.yml beside a team's deploy.yml; then the
    // release deploys (and the rollback redeploys) through it, not through theirs.
    const named = (re) => files.find((f) => re.test(f.split('/').pop() ?? ''));
    const exact = named(/^rollback-ready-deploy\.ya?ml$/i) ?? named(/^deploy\.ya?ml$/i);
    if (exact)
        return exact;
    const texts = new Map();
    for (const [file, read] of await git.readBlobs(ref, files, MAX_WORKFLOW_BYTES)) {
        if ('bytes' in read)
            texts.set(file, read.bytes.toString('utf8'));
    }
    const ours = files.find((f) => OUR_WORKFLOW.test(texts.get(f) ?? ''));
    if (ours)
        return ours;
    const byName = files.filter((f) => /deploy/i.test(f.split('/').pop() ?? ''));
    if (byName.some((f) => deployedPart(f))) {
        // Without migration paths at hand, a folder named migration(s) marks where they are.
        const tree = await git.listFilesAt(ref).catch(() => []);
        const others = (0,monorepo/* packagesWithoutMigrations */.l)(tree, (path) => /(?:^|\/)migrations?\//i.test(path));
        const own = byName.find((f) => !others.has(deployedPart(f) ?? ''));
        if (own)
            return own;
    }
    else if (byName.length)
        return byName[0];
    return files.find((file) => {
        const text = texts.get(file) ?? '';
        return (/^\s*environment:\s*(?:\{?\s*name:\s*)?['"]?production\b/im.test(text) ||
            /\b(?:vercel|flyctl|fly|railway|render)\b[^\n]*\bdeploy\b/i.test(text));
    });
}
/**
 * Why a deploy target's settings cannot deploy as they stand: a value init wrote for the user to replace
 * (`srv-PASTE_SERVICE_ID`, `ghcr.io/paste_owner/…`), or a command that runs `./script` the default
 * branch does not have. A target with such settings is no rollback button.
 */
async function deployConfigProblem(git, ref, settings) {
    for (const [key, value] of Object.entries(settings)) {
        if (typeof value !== 'string')
            continue;
        if (/paste/i.test(value))
            return `still has the placeholder ${key}: ${value}`;
        const script = /^\s*\.\/([\w./-]+)/.exec(value)?.[1];
        if (ref &&
            (key === 'command' || key === 'build') &&
            script &&
            !(await git.readBytesCapped(ref, script, 1)))
            return `runs ./${script} (${key}), which is not in the repository`;
    }
    return undefined;
}
/**
 * Why a deploy workflow cannot redeploy as it stands: the template's placeholders are still there, or
 * it runs a script the default branch does not have. A file named deploy.yml is not a working button.
 */
async function deployWorkflowProblem(git, ref, file) {
    const read = await git.readBytesCapped(ref, file, MAX_WORKFLOW_BYTES);
    if (!read || 'tooLarge' in read)
        return undefined;
    const text = read.bytes.toString('utf8').replace(/^\s*#.*$/gm, '');
    const placeholder = /<(full-commit-sha|pinned-version)>/.exec(text);
    if (placeholder)
        return `still has the placeholder ${placeholder[0]}`;
    for (const m of text.matchAll(/\brun:\s*(?:\|\s*)?\.\/([\w./-]+\.sh)\b/g)) {
        const script = m[1];
        if ((await git.readBytesCapped(ref, script, 1)) === undefined)
            return `runs ./${script}, which is not in the repository`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/github/ledger-read.ts
var ledger_read = __webpack_require__(2907);
// EXTERNAL MODULE: ./src/release/history.ts + 1 modules
var release_history = __webpack_require__(909);
// EXTERNAL MODULE: ./src/release/release-git.ts + 1 modules
var release_git = __webpack_require__(9862);
;// CONCATENATED MODULE: ./src/checklist/facts.ts
/**
 * What the checklist needs beyond the report: what production is on and what is known-good (the
 * deployment ledger, else release tags), whether a deploy workflow exists on the default branch to
 * redeploy it, the note's Owner and the configured channel. Read once after the gates ran; any
 * problem reading them makes an item ➖/❌ with the reason, never fails the run.
 */








async function gatherChecklistFacts(request) {
    const { settings, git, log } = request;
    const notes = settings.config.notes;
    const facts = {
        environment: notes.environment,
        hasNote: false,
        ...(settings.config.checklist.channel ? { channel: settings.config.checklist.channel } : {}),
    };
    let ledger;
    let reader = request.reader;
    if (!reader) {
        const gh = (0,ledger_read/* openGitHub */.o6)(request.github, log);
        if (gh)
            reader = (0,ledger_read/* octokitLedgerReader */.CE)(gh.client, gh.owner, gh.repo);
    }
    if (!reader)
        facts.ledgerProblem = 'no GitHub token';
    else {
        try {
            ledger = await (0,ledger_read.readLedger)(reader, notes.environment);
            if (!ledger.deployments)
                facts.ledgerProblem = `no ${notes.environment} deployment recorded`;
        }
        catch (error) {
            facts.ledgerProblem = `the deployment ledger could not be read: ${(0,failure/* describeGitHubFailure */.P)(error).why}`;
        }
    }
    const releaseGit = release_git/* ReleaseGitCli */.uA.from(git);
    const history = await (0,release_history/* readReleaseHistory */.Cr)(releaseGit, settings.config.tagging).catch(() => undefined);
    const latest = history ? (0,release_history/* latestRelease */.JF)(history) : undefined;
    if (ledger?.current)
        facts.live = {
            releaseId: ledger.current.releaseId,
            source: 'deployments',
            since: ledger.current.createdAt,
        };
    else if (latest)
        facts.live = { releaseId: latest.id.name, source: 'tags', since: latest.tag.date };
    const useLedger = notes['known-good'] !== 'tags';
    if (useLedger && ledger?.knownGood) {
        const sha = ledger.knownGood.sha;
        facts.knownGood = {
            releaseId: ledger.knownGood.releaseId,
            source: 'deployments',
            sha,
            exists: (await git.resolveCommit(sha)) !== undefined ||
                (await git.resolveCommit(`refs/tags/${ledger.knownGood.releaseId}`)) !== undefined,
            ...(ledger.knownGood.artifact ? { artifact: ledger.knownGood.artifact } : {}),
        };
    }
    else if (latest) {
        facts.knownGood = { releaseId: latest.id.name, source: 'tags', sha: latest.tag.sha, exists: true };
    }
    // A rollback is dispatched from the default branch, so its deploy workflow must be there.
    const branch = await git.defaultBranch();
    if (branch) {
        facts.defaultBranch = branch.replace(/^origin\//, '');
        const ref = (await git.resolveCommit(`refs/remotes/origin/${facts.defaultBranch}`)) ??
            (await git.resolveCommit(`refs/heads/${facts.defaultBranch}`));
        if (ref)
            facts.defaultBranchRef = ref;
        const workflow = ref ? await findDeployWorkflow(git, ref) : undefined;
        if (workflow)
            facts.deployWorkflow = workflow;
        const problem = ref && workflow ? await deployWorkflowProblem(git, ref, workflow) : undefined;
        if (problem)
            facts.deployWorkflowProblem = problem;
    }
    // With a deploy target, what runs is the platform's answer (when its token is here: not in a PR check).
    const deploy = settings.config.deploy;
    if (deploy.target !== 'none' && deploy.environments[notes.environment]) {
        facts.deployTarget = deploy.target;
        const unfilled = await deployConfigProblem(git, facts.defaultBranchRef, deploy.environments[notes.environment]);
        if (unfilled)
            facts.deployConfigProblem = `deploy.environments.${notes.environment} ${unfilled}`;
        const hasApi = deploy.target === 'vercel' || deploy.target === 'fly' || deploy.target === 'render';
        if (hasApi && !(history && request.askPlatform))
            facts.platformNotAsked = 'this run does not ask the platform';
        if (history && request.askPlatform) {
            const view = await request.askPlatform(notes.environment, history);
            if (hasApi && view?.unavailable)
                facts.platformNotAsked = view.unavailable;
            if (view && (view.release || view.drift)) {
                facts.platform = view;
                if (view.release)
                    facts.live = { releaseId: view.release, source: 'platform' };
            }
        }
    }
    try {
        const note = await (0,source/* findNote */.GZ)({
            settings,
            root: git.root,
            ...(request.pullRequest ? { pullRequest: request.pullRequest } : {}),
            ...(request.github ? { github: request.github } : {}),
            log,
        });
        if (note) {
            facts.hasNote = true;
            const owner = (0,parse_note/* parseNote */.wd)(note.body).fields.owner?.value;
            if (owner && !(0,parse_note/* isPlaceholder */.wK)(owner))
                facts.owner = owner;
        }
    }
    catch (error) {
        log.debug(`checklist: the release note could not be read (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    return facts;
}

// EXTERNAL MODULE: ./src/deploy/live.ts
var deploy_live = __webpack_require__(3457);
// EXTERNAL MODULE: ./src/commands/platform.ts
var platform = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/gates/migrations/gate.ts + 7 modules
var migrations_gate = __webpack_require__(7885);
// EXTERNAL MODULE: ./src/gates/rehearsal/gate.ts + 8 modules
var rehearsal_gate = __webpack_require__(1382);
// EXTERNAL MODULE: ./src/gates/notes/evaluate.ts + 1 modules
var evaluate = __webpack_require__(4656);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gates/notes/requirement.ts
/**
 * Whether this run's note is required (`notes.required-on`, `notes.exempt-paths`). A note is asked for
 * where the team releases; a pull request that only changes docs or CI ships nothing and is never
 * blocked for lacking one. What cannot be known (the pull request's target, the changed paths) counts
 * as "required": the gate never passes a release by guessing it is not one.
 */

const SHOWN_PATHS = 3;
/** The change's paths when every one is exempt; undefined when any is not, or they cannot be read. */
async function onlyExemptPaths(ctx, globs) {
    if (!ctx.base || !ctx.git.changedPaths || !globs.length)
        return undefined;
    const paths = await ctx.git.changedPaths(ctx.base, ctx.worktree ? undefined : ctx.head);
    // An empty change is not "docs only": nothing shows that it ships nothing.
    if (!paths.length)
        return undefined;
    const exempt = picomatch_default()([...globs], { dot: true });
    return paths.every((p) => exempt(p)) ? paths : undefined;
}
async function releaseBranchOf(ctx) {
    return (ctx.settings.config.tagging['release-branch'] ??
        ctx.pullRequest?.defaultBranch ??
        (await ctx.git.defaultBranch())?.replace(/^origin\//, ''));
}
async function noteRequirement(ctx, text) {
    const config = ctx.settings.config.notes;
    const on = config['required-on'];
    if (on === 'never')
        return { required: false, why: 'notes.required-on is never' };
    // A GitHub release is where every setting but never asks for the note.
    if (text.releaseTag)
        return { required: true, why: `the release ${text.releaseTag}` };
    const exempt = await onlyExemptPaths(ctx, config['exempt-paths']);
    if (exempt) {
        const shown = exempt.slice(0, SHOWN_PATHS).join(', ');
        const more = exempt.length > SHOWN_PATHS ? ` and ${exempt.length - SHOWN_PATHS} more` : '';
        return {
            required: false,
            why: `this change only touches docs or CI files (${shown}${more}; notes.exempt-paths)`,
        };
    }
    if (on === 'releases')
        return {
            required: false,
            why: 'notes.required-on is releases: the note is checked on the GitHub release',
        };
    if (on === 'pull-requests')
        return { required: true, why: 'notes.required-on is pull-requests' };
    // release-branch: pull requests into the branch releases are tagged on.
    const target = ctx.pullRequest?.baseRef;
    if (!target)
        return { required: true, why: 'the pull request target is not known' };
    const branch = await releaseBranchOf(ctx);
    if (!branch)
        return { required: true, why: 'the release branch is not known (set tagging.release-branch)' };
    return target === branch
        ? { required: true, why: `this pull request targets the release branch ${branch}` }
        : {
            required: false,
            why: `this pull request targets ${target}, not the release branch ${branch} (notes.required-on: release-branch)`,
        };
}

;// CONCATENATED MODULE: ./src/gates/notes/gate.ts




const notes = new WeakMap();
/** The note of this run (read once, shared by the tagging and notes gates). */
function noteOf(ctx) {
    let found = notes.get(ctx);
    if (!found) {
        found = (0,source/* findNote */.GZ)({
            settings: ctx.settings,
            root: ctx.git.root,
            ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
            ...(ctx.github ? { github: ctx.github } : {}),
            log: ctx.log,
        });
        notes.set(ctx, found);
    }
    return found;
}
/** The notes gate: does the release note name the release, what to watch, who owns it, and the right rollback target? */
const notesGate = {
    id: 'notes',
    title: 'release note',
    async run(ctx) {
        const text = await noteOf(ctx);
        if (!text) {
            return {
                findings: [],
                summary: 'no release note to check (no pull request body, --pr-body-file or notes.file)',
                skipped: true,
            };
        }
        // Required only where the team releases: elsewhere the gate stands aside and says why.
        const requirement = await noteRequirement(ctx, text);
        if (!requirement.required) {
            return { findings: [], summary: `no release note required: ${requirement.why}`, skipped: true };
        }
        const evaluation = await (0,evaluate/* evaluateNote */._)({
            text,
            settings: ctx.settings,
            git: release_git/* ReleaseGitCli */.uA.from(ctx.git),
            ...(ctx.github ? { github: ctx.github } : {}),
            log: ctx.log,
            now: new Date(),
        });
        return {
            findings: evaluation.findings,
            summary: evaluation.summary,
            data: {
                ...(evaluation.releaseId ? { releaseId: evaluation.releaseId } : {}),
                ...(evaluation.knownGood ? { rollbackTarget: evaluation.knownGood.releaseId } : {}),
            },
        };
    },
};

// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/gates/tagging/rules.ts
var rules = __webpack_require__(7695);
// EXTERNAL MODULE: ./src/gates/tagging/verify.ts
var verify = __webpack_require__(6811);
;// CONCATENATED MODULE: ./src/gates/tagging/gate.ts







/**
 * The tagging gate in `check`: when head carries release tags, verify each; when only the release
 * note proposes an ID, check what the notes gate does not — that no branch already has the name.
 */
const taggingGate = {
    id: 'tagging',
    title: 'release tagging',
    async run(ctx) {
        const git = release_git/* ReleaseGitCli */.uA.from(ctx.git);
        const config = ctx.settings.config.tagging;
        const history = await (0,release_history/* readReleaseHistory */.Cr)(git, config);
        // A pre-release tag on head is not a production release (unless allowed), so it is not checked as one.
        const atHead = history.tagged.filter((t) => t.tag.sha === ctx.head && (config['allow-prerelease'] || !t.id.prerelease));
        if (atHead.length) {
            const findings = [];
            const summaries = [];
            for (const tagged of atHead) {
                const outcome = await (0,verify/* verifyReleaseTag */.T)(git, history, config, {
                    name: tagged.id.name,
                    head: ctx.head,
                });
                findings.push(...outcome.findings);
                summaries.push(outcome.summary);
            }
            return { findings, summary: summaries.join('; '), data: { releaseId: atHead.at(-1).id.name } };
        }
        const text = await noteOf(ctx);
        const field = text ? (0,parse_note/* parseNote */.wd)(text.body).fields.releaseId : undefined;
        const proposed = field && !(0,parse_note/* isPlaceholder */.wK)(field.value) ? field.value.replace(/\.$/, '') : undefined;
        if (!proposed || (0,names/* refNameProblem */.CY)(proposed)) {
            return {
                findings: [],
                summary: proposed
                    ? `the note's Release ID is not a usable tag name (see the notes gate)`
                    : 'no release ID to check: head is not a release tag and no release note names one',
                skipped: true,
            };
        }
        const branches = await git.branchesNamed(proposed);
        const findings = branches.length
            ? [
                {
                    gate: 'tagging',
                    rule: 'tag-branch-confusion',
                    severity: 'error',
                    ...(text?.file ? { file: text.file } : {}),
                    ...(field ? { line: field.line } : {}),
                    message: `The proposed release ID ${proposed} is already the name of a branch (${branches.join(', ')}); git and GitHub may resolve it to the branch instead of the tag.`,
                    help: `Delete or rename the branch (git push origin --delete ${proposed}) before releasing.`,
                    docs: (0,rules/* ruleDocs */.y)('tag-branch-confusion'),
                },
            ]
            : [];
        return {
            findings,
            summary: `proposed release ID ${proposed} (from ${text?.origin ?? 'the note'}): ${findings.length ? 'a branch has the same name' : 'no branch or tag confusion'}`,
        };
    },
};

;// CONCATENATED MODULE: ./src/gates/kill-switch/areas.ts

function re(label, pattern) {
    return { label, test: (line) => pattern.test(line) };
}
function literal(text) {
    return { label: text, test: (line) => line.includes(text) };
}
/** The defaults, for the stacks our users ship: Next.js/Vite, Supabase, NextAuth, Clerk, Stripe, Resend. */
const DEFAULT_AREAS = [
    {
        name: 'auth',
        title: 'authentication and sessions',
        paths: [
            '**/auth/**',
            '**/auth.{ts,tsx,js,jsx,mjs,cjs}',
            '**/middleware.{ts,js,mjs}',
            '**/login*',
            '**/login/**',
            '**/signin*',
            '**/sign-in/**',
            '**/signup*',
            '**/sign-up/**',
            '**/session*',
            '**/*nextauth*/**',
            '**/clerk*',
        ],
        calls: [
            re('supabase.auth.', /\bsupabase\.auth\./),
            re('.auth.signIn…', /\.auth\.(?:signIn|signUp|signOut|getSession|getUser|admin|exchangeCodeForSession|verifyOtp)\w*/),
            re('signIn(', /\bsign(?:In|Out)\s*\(/),
            re('getServerSession(', /\bgetServerSession\s*\(/),
            re('NextAuth(', /\bNextAuth\s*\(/),
            re('clerkMiddleware(', /\b(?:clerkMiddleware|authMiddleware|createRouteMatcher)\s*\(/),
            re('currentUser(', /\bcurrentUser\s*\(\s*\)/),
            re('createServerClient(', /\bcreate(?:Server|Middleware|RouteHandler|ServerComponent)(?:Supabase)?Client\s*\(/),
            re('jwt.sign(', /\bjwt\.(?:sign|verify)\s*\(/),
        ],
    },
    {
        name: 'payments',
        title: 'payments',
        paths: [
            '**/payments/**',
            '**/payment/**',
            '**/checkout/**',
            '**/billing/**',
            '**/subscriptions/**',
            '**/stripe/**',
            '**/stripe.{ts,js,mjs}',
        ],
        calls: [
            re('new Stripe(', /\bnew\s+Stripe\s*\(/),
            re('stripe.', /\bstripe\.\w+/),
            re('checkout.sessions', /\bcheckout\.sessions\b/),
            re('paymentIntents', /\bpaymentIntents\./),
            re('loadStripe(', /\bloadStripe\s*\(/),
            re('@stripe/', /['"]@stripe\//),
            re('lemonsqueezy', /lemonsqueezy/i),
            re('paddle.', /\bpaddle\.\w+/i),
        ],
    },
    {
        name: 'data-writes',
        title: 'new data writes',
        paths: ['**/jobs/**', '**/workers/**', '**/cron/**', '**/queues/**', '**/inngest/**'],
        calls: [
            re('inngest', /\binngest\.createFunction\s*\(|\bnew\s+Inngest\s*\(/),
            re('bullmq', /['"]bullmq['"]|\bnew\s+(?:Queue|Worker)\s*\(/),
            re('cron', /\bcron\.schedule\s*\(|\bnew\s+CronJob\s*\(|\bschedules\.task\s*\(/),
        ],
    },
    {
        name: 'integrations',
        title: 'external integrations',
        paths: [
            '**/webhooks/**',
            '**/webhook*',
            '**/integrations/**',
            '**/emails/**',
            '**/email/**',
            '**/mailer*',
        ],
        calls: [
            re('resend.emails.send(', /\bresend\.emails\.send\s*\(|\bnew\s+Resend\s*\(/),
            re('nodemailer', /\bnodemailer\b|\bcreateTransport\s*\(/),
            re('sgMail.send(', /\bsgMail\.send(?:Multiple)?\s*\(|['"]@sendgrid\//),
            re('postmark', /\bpostmark\b/i),
            re('twilio', /\btwilio\b/i),
            re('fetch( to a webhook', /\b(?:fetch|axios\.post|ky\.post|got\.post)\s*\([^)]*(?:webhook|hooks\.slack\.com|discord\.com\/api\/webhooks)/i),
        ],
    },
];
/** Defaults with the config applied: `extend` adds patterns, `replace` swaps them, `enabled: false` drops the area. */
function resolveAreas(config) {
    const areas = [];
    const names = new Set([...DEFAULT_AREAS.map((a) => a.name), ...Object.keys(config.areas)]);
    for (const name of names) {
        const builtIn = DEFAULT_AREAS.find((a) => a.name === name);
        const tuned = config.areas[name];
        if (tuned && !tuned.enabled)
            continue;
        const keep = builtIn && tuned?.mode !== 'replace';
        areas.push({
            name,
            title: builtIn?.title ?? name,
            paths: [...(keep ? builtIn.paths : []), ...(tuned?.paths ?? [])],
            calls: [...(keep ? builtIn.calls : []), ...(tuned?.calls ?? []).map(literal)],
        });
    }
    return areas;
}
/**
 * Files that never make a change risky: tests, docs (and AI assistants' rule files), dependency manifests and lockfiles. A dependency
 * line is not a call: bumping `stripe` in package.json is not a feature a flag could switch off (only a
 * rollback undoes it), and new code that calls the library is flagged where it calls it.
 */
const DEFAULT_EXCLUDE = [
    '**/*.{test,spec}.*',
    '**/__tests__/**',
    '**/__mocks__/**',
    '**/*.md',
    '**/*.mdx',
    '**/package.json',
    '**/requirements*.txt',
    '**/go.mod',
    '**/go.sum',
    '**/Gemfile.lock',
    '**/poetry.lock',
    '**/Cargo.lock',
    '**/composer.lock',
    '**/package-lock.json',
    '**/pnpm-lock.yaml',
    '**/yarn.lock',
    '**/bun.lockb',
    '.github/**',
    // Instructions for AI coding assistants (Cursor, Windsurf, Claude Code, Cline, bolt.new): prose about
    // the code, often naming Stripe or auth, never code that runs.
    '**/*.mdc',
    '.cursor/**',
    '.windsurf/**',
    '.claude/**',
    '.clinerules',
    '.clinerules/**',
    '.bolt/**',
    '**/*.{rst,adoc}',
];
function globMatcher(globs) {
    if (!globs.length)
        return () => false;
    const match = picomatch_default()([...globs], { dot: true, nocase: true });
    return (path) => match(path);
}
/** The first glob of a list that matches a path, for "path `**\/payments/**`" in messages. */
function firstMatchingGlob(globs, path) {
    return globs.find((g) => picomatch_default().isMatch(path, g, { dot: true, nocase: true }));
}

;// CONCATENATED MODULE: ./src/gates/kill-switch/detect.ts

const CREATE_TABLE = /\bcreate\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:"[^"]+"|\w+)(?:\s*\.\s*(?:"[^"]+"|\w+))?)/gi;
const ADD_COLUMN = /\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?(?:"[^"]+"|\w+)(?:\s*\.\s*(?:"[^"]+"|\w+))?\s+add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?("[^"]+"|\w+)/gi;
/** Writes in Supabase/Prisma/Drizzle/knex/SQL strings. */
const WRITE_CALL = /\.(?:insert|upsert|update|create|createMany|insertMany)\s*\(|\binsert\s+into\b|\bupdate\s+["\w]+\s+set\b/i;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#|--)/;
/** Identifier as code spells it in any case style: `note_audit`, `noteAudit`, `NoteAudit` → `noteaudit`. */
function normalizeIdentifier(name) {
    return name.replace(/"/g, '').toLowerCase().replace(/_/g, '');
}
function lastPart(qualified) {
    return qualified.split('.').pop().trim();
}
/** Tables and columns created by added SQL lines. */
function newSchemaFrom(added) {
    const schema = { tables: new Set(), columns: new Set() };
    for (const [file, lines] of added) {
        if (!/\.sql$/i.test(file))
            continue;
        const text = lines.map((l) => l.text).join('\n');
        for (const m of text.matchAll(CREATE_TABLE))
            schema.tables.add(normalizeIdentifier(lastPart(m[1])));
        for (const m of text.matchAll(ADD_COLUMN)) {
            const column = normalizeIdentifier(m[1]);
            if (!['constraint', 'primary', 'unique', 'foreign', 'check'].includes(column))
                schema.columns.add(column);
        }
    }
    return schema;
}
function writesNewSchema(text, schema) {
    if (!WRITE_CALL.test(text))
        return undefined;
    for (const token of text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
        const id = normalizeIdentifier(token);
        if (schema.tables.has(id))
            return `writes to table ${token}, added by this change's migrations`;
        if (schema.columns.has(id))
            return `writes column ${token}, added by this change's migrations`;
    }
    return undefined;
}
const MAX_REASONS = 3;
function detectRisk(input) {
    const risky = [];
    for (const file of input.files) {
        if (input.excluded(file) || /\.sql$/i.test(file))
            continue;
        const lines = input.added.get(file) ?? [];
        const hits = new Map();
        let firstLine;
        const hit = (area, reason, line) => {
            const entry = hits.get(area.name) ?? { area: area.name, title: area.title, reasons: [] };
            if (entry.reasons.length < MAX_REASONS && !entry.reasons.includes(reason))
                entry.reasons.push(reason);
            hits.set(area.name, entry);
            if (line !== undefined && (firstLine === undefined || line < firstLine))
                firstLine = line;
        };
        for (const area of input.areas) {
            const glob = firstMatchingGlob(area.paths, file);
            if (glob)
                hit(area, `path ${glob}`);
        }
        for (const { line, text } of lines) {
            if (COMMENT_LINE.test(text) || !text.trim())
                continue;
            for (const area of input.areas) {
                const call = area.calls.find((c) => c.test(text));
                if (call)
                    hit(area, `calls ${call.label}`, line);
            }
            const write = writesNewSchema(text, input.schema);
            if (write)
                hit({ name: 'data-writes', title: 'new data writes' }, write, line);
        }
        if (!hits.size)
            continue;
        const line = firstLine ?? lines[0]?.line;
        risky.push({ file, ...(line !== undefined ? { line } : {}), areas: [...hits.values()] });
    }
    return risky;
}
/** Does a flag key appear, as a whole word, on an added line of code? Returns where. */
function findKeyInAdded(key, added, excluded) {
    for (const [file, lines] of added) {
        if (excluded(file))
            continue;
        for (const { line, text } of lines) {
            let from = 0;
            for (;;) {
                const at = text.indexOf(key, from);
                if (at < 0)
                    break;
                const before = text[at - 1] ?? '';
                const after = text[at + key.length] ?? '';
                if (!/[A-Za-z0-9_-]/.test(before) && !/[A-Za-z0-9_-]/.test(after))
                    return { file, line };
                from = at + 1;
            }
        }
    }
    return undefined;
}
const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.:/-]{0,127}$/;
/** Read the note's `Kill switch:` value: flag keys, `none: <reason>`, or nothing usable. */
function parseKillSwitchValue(value, isPlaceholder) {
    const v = (value ?? '').trim();
    if (!v || isPlaceholder(v))
        return { kind: 'missing', placeholder: v !== '' };
    const none = /^none\b[\s:—–-]*(.*)$/i.exec(v);
    if (none)
        return { kind: 'none', reason: none[1].replace(/^\((.*)\)$/, '$1').trim() };
    const quoted = [...v.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim());
    const candidates = quoted.length
        ? quoted
        : v
            .split(/[,;]|\s+and\s+/)
            .map((part) => part.trim().split(/\s+/)[0] ?? '')
            .map((token) => token.replace(/^["'(]+|["').:]+$/g, ''));
    const keys = [...new Set(candidates.filter((k) => KEY.test(k)))];
    return keys.length ? { kind: 'flags', keys } : { kind: 'missing', placeholder: true };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/gates/kill-switch/manifest.ts
/**
 * Flag manifests, vendor-neutral: the OpenFeature CLI manifest (`flags.<key>.defaultValue`), flagd flag
 * definitions (`flags.<key>.variants` + `defaultVariant`, `state`), or a flat file of defaults
 * (`{ "new-checkout": false }`), as JSON or YAML. What matters for a kill switch: is the key declared,
 * and does it evaluate to off when nobody has touched it?
 */

/** Where a manifest is looked for when `kill-switch.manifest` is unset, first found wins. */
const MANIFEST_CANDIDATES = [
    'flags.json',
    'flags.flagd.json',
    'flagd.json',
    'feature-flags.json',
    'openfeature.json',
    '.openfeature/flags.json',
    'openfeature/flags.json',
    'flags/flags.json',
    'config/flags.json',
    'flags.yaml',
    'flags.yml',
    'flags.flagd.yaml',
];
const OFF_VALUES = new Set(['false', 'off', 'disabled', '0', 'no', 'null']);
function isOff(value) {
    if (value === false || value === null || value === 0)
        return true;
    return typeof value === 'string' && OFF_VALUES.has(value.trim().toLowerCase());
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** 1-based line of a key written as `"key":` (JSON) or `key:` (YAML) at or after `from`, else `fallback`. */
function lineOf(lines, key, from, fallback, limit = lines.length) {
    const pattern = new RegExp(`(?:^|[\\s{,])(["']?)${escapeRegExp(key)}\\1\\s*:`);
    for (let i = Math.max(0, from - 1); i < Math.min(lines.length, limit); i++)
        if (pattern.test(lines[i]))
            return i + 1;
    return fallback;
}
/** Parse a manifest's text; a problem (bad JSON/YAML, no flags) is returned as text for the finding. */
function parseManifest(file, text) {
    let data;
    try {
        data = /\.ya?ml$/i.test(file) ? (0,dist/* parse */.qg)(text, { maxAliasCount: 50 }) : JSON.parse(text);
    }
    catch (error) {
        return {
            problem: `not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'} (${error.message.split('\n')[0]})`,
        };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return { problem: 'not an object of flags' };
    const root = data;
    const nested = root.flags && typeof root.flags === 'object' && !Array.isArray(root.flags);
    const entries = Object.entries((nested ? root.flags : root)).filter(([key]) => nested || !key.startsWith('$'));
    const lines = text.split(/\r\n|\r|\n/);
    const start = nested ? lineOf(lines, 'flags', 1, 1) : 1;
    const flags = new Map();
    for (const [key, spec] of entries) {
        const line = lineOf(lines, key, start, start);
        if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
            flags.set(key, { key, line, defaultLine: line, defaultText: show(spec), off: isOff(spec) });
            continue;
        }
        const s = spec;
        // The flag's own block ends where the next sibling key starts; search for its default inside it.
        const near = (name) => lineOf(lines, name, line, line, line + 60);
        if (typeof s.state === 'string' && s.state.toUpperCase() === 'DISABLED') {
            flags.set(key, { key, line, defaultLine: near('state'), defaultText: 'state DISABLED', off: true });
        }
        else if ('defaultVariant' in s) {
            const variants = (s.variants && typeof s.variants === 'object' ? s.variants : {});
            const name = String(s.defaultVariant);
            const value = Object.hasOwn(variants, name) ? variants[name] : undefined;
            flags.set(key, {
                key,
                line,
                defaultLine: near('defaultVariant'),
                defaultText: value === undefined
                    ? `${show(s.defaultVariant)} (no such variant)`
                    : `${show(s.defaultVariant)} (${show(value)})`,
                off: value !== undefined && isOff(value),
            });
        }
        else if ('defaultValue' in s) {
            flags.set(key, {
                key,
                line,
                defaultLine: near('defaultValue'),
                defaultText: show(s.defaultValue),
                off: isOff(s.defaultValue),
            });
        }
        else if ('default' in s) {
            flags.set(key, {
                key,
                line,
                defaultLine: near('default'),
                defaultText: show(s.default),
                off: isOff(s.default),
            });
        }
        else {
            flags.set(key, { key, line, defaultLine: line, defaultText: 'no default', off: false });
        }
    }
    return { file, flags };
}

// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
;// CONCATENATED MODULE: ./src/gates/kill-switch/rules.ts

/** The kill-switch gate's rule ids; each has a page in docs/rules/. */
const KILL_SWITCH_RULES = (/* unused pure expression or super */ null && ([
    'kill-switch-missing',
    'kill-switch-not-in-code',
    'kill-switch-undeclared',
    'kill-switch-default-on',
    'kill-switch-none',
    'kill-switch-manifest-invalid',
]));
function killSwitchDocs(rule) {
    return (0,tool/* ruleDocsUrl */.hS)(rule);
}

;// CONCATENATED MODULE: ./src/gates/kill-switch/wording.ts
/** Files named in one area's finding; the JSON report's `killSwitch.areas` lists every one. */
const MAX_FILES_NAMED = 10;
function describeArea(area) {
    const named = area.files
        .slice(0, MAX_FILES_NAMED)
        .map((f) => `${f.file}${f.line !== undefined ? `:${f.line}` : ''} (${f.reasons.join('; ')})`);
    const more = area.files.length - MAX_FILES_NAMED;
    return `${named.join(', ')}${more > 0 ? ` and ${more} more file(s)` : ''}`;
}
function listFiles(risky, max = 5) {
    const shown = risky.slice(0, max).map((r) => r.file);
    return risky.length > max ? `${shown.join(', ')} and ${risky.length - max} more` : shown.join(', ');
}
function areaNames(risky) {
    return [...new Set(risky.flatMap((r) => r.areas.map((a) => a.title)))].join(', ');
}
/** `payments, authentication in 3 file(s)`. */
function riskWhere(risky) {
    return `${areaNames(risky)} in ${risky.length} file(s)`;
}
/** Said wherever a conclusion rests on the added lines, when only the diff's beginning was read. */
function diffCut(risk) {
    return risk.truncated ? ' (the diff was larger than the size cap; only its beginning was read)' : '';
}
function killSwitchSummary(risk, state) {
    const cut = diffCut(risk);
    if (state.kind === 'no-risk')
        return `no risky area touched (auth, payments, new data writes, integrations) in ${risk.changedFiles} changed file(s)${cut}`;
    const where = riskWhere(risk.risky);
    switch (state.kind) {
        case 'missing':
            return `${where}; no kill switch named`;
        case 'none-refused':
            return `${where}; "none" is not allowed`;
        case 'none-unexplained':
            return `${where}; "none" without a reason`;
        case 'none-accepted':
            return `${where}; no kill switch, accepted: ${state.reason}`;
        case 'flags':
            return `${where}; kill switch ${state.states.join('; ')}${state.blocked ? '' : ' — can be switched off without a deploy'}${cut}`;
    }
}

;// CONCATENATED MODULE: ./src/gates/kill-switch/judge.ts






/** Risky files regrouped by area: one flag covers an area, so each area is one finding, not each file. */
function riskyAreas(risky) {
    const areas = new Map();
    for (const r of risky) {
        for (const hit of r.areas) {
            let area = areas.get(hit.area);
            if (!area) {
                area = { area: hit.area, title: hit.title, files: [] };
                areas.set(hit.area, area);
            }
            area.files.push({
                file: r.file,
                ...(r.line !== undefined ? { line: r.line } : {}),
                reasons: hit.reasons,
            });
        }
    }
    return [...areas.values()];
}
function judgeRisk(config, change) {
    const manifestPaths = config.manifest ? [config.manifest] : [...MANIFEST_CANDIDATES];
    const excluded = globMatcher([...DEFAULT_EXCLUDE, ...config.exclude, ...manifestPaths]);
    const risky = detectRisk({
        files: change.files,
        added: change.added.files,
        areas: resolveAreas(config),
        excluded,
        schema: newSchemaFrom(change.added.files),
    });
    return { risky, excluded, changedFiles: change.files.length, truncated: change.added.truncated };
}
/** What the note's `Kill switch:` field says. */
function killSwitchValue(note) {
    return parseKillSwitchValue(note.field?.value, parse_note/* isPlaceholder */.wK);
}
function finding(rule, severity, fields) {
    return { gate: 'kill-switch', rule, severity, ...fields, docs: killSwitchDocs(rule) };
}
function noteWhere(note) {
    return note.text?.file ? { file: note.text.file, ...(note.field ? { line: note.field.line } : {}) } : {};
}
/**
 * A change to a risky area must name a flag in the release note that is checked in the added code and,
 * when the project has a flag manifest, declared there defaulting to off.
 */
function judgeKillSwitch(facts) {
    const { config, risk, note, value } = facts;
    const risky = risk.risky;
    if (!risky.length)
        return { findings: [], data: { risky: [] }, state: { kind: 'no-risk' } };
    const byArea = riskyAreas(risky);
    const data = {
        risky: risky.map((r) => ({ file: r.file, areas: r.areas.map((a) => a.area) })),
        areas: byArea,
    };
    const where = riskWhere(risky);
    const findings = [];
    if (value.kind === 'missing') {
        const what = !note.text
            ? 'there is no release note (pull request body) to name one'
            : value.placeholder
                ? `the note's Kill switch field is not filled in (${JSON.stringify(note.field?.value ?? '')})`
                : 'the release note names no kill switch';
        // One flag per area is the fix, so one finding per area, naming its files; it points at the
        // first file's first risky line, where an annotation lands on the diff.
        for (const area of byArea) {
            const first = area.files[0];
            findings.push(finding('kill-switch-missing', 'error', {
                file: first.file,
                ...(first.line !== undefined ? { line: first.line } : {}),
                object: `area "${area.area}"`,
                message: `This change touches ${area.title} in ${area.files.length} file(s): ${describeArea(area)}; but ${what}: it cannot be switched off without a deploy.`,
                help: `Put the new ${area.title} code behind a flag that defaults to off and name it in the note: "Kill switch: <flag-key>"${config['allow-none'] ? ', or "Kill switch: none: <reason>"' : ''}.`,
            }));
        }
        return { findings, data, state: { kind: 'missing' } };
    }
    if (value.kind === 'none') {
        data.none = value.reason;
        if (!config['allow-none']) {
            findings.push(finding('kill-switch-none', 'error', {
                ...noteWhere(note),
                message: `The note says "Kill switch: none${value.reason ? `: ${value.reason}` : ''}", but this repository requires a flag for ${where} (${listFiles(risky)}).`,
                help: 'Name a flag that defaults to off, or set kill-switch.allow-none: true to accept a stated reason.',
            }));
            return { findings, data, state: { kind: 'none-refused' } };
        }
        if (!value.reason) {
            findings.push(finding('kill-switch-none', 'error', {
                ...noteWhere(note),
                message: `The note says "Kill switch: none" without a reason, for ${where} (${listFiles(risky)}).`,
                help: 'Say why no flag is needed: "Kill switch: none: <reason>".',
            }));
            return { findings, data, state: { kind: 'none-unexplained' } };
        }
        findings.push(finding('kill-switch-none', 'notice', {
            ...noteWhere(note),
            message: `No kill switch for ${where} (${listFiles(risky)}); the note's reason: ${value.reason}`,
        }));
        return { findings, data, state: { kind: 'none-accepted', reason: value.reason } };
    }
    data.flags = value.keys;
    const lookup = facts.manifest ?? { kind: 'none' };
    if (lookup.kind === 'unreadable') {
        findings.push(finding('kill-switch-manifest-invalid', 'error', {
            file: lookup.file,
            message: `The flag manifest ${lookup.file} cannot be read: ${lookup.problem}.`,
            help: 'Fix the file, or point kill-switch.manifest at the right one (OpenFeature manifest, flagd definitions or a JSON object of flag defaults).',
        }));
    }
    else if (lookup.kind === 'configured-missing') {
        findings.push(finding('kill-switch-manifest-invalid', 'error', {
            message: `kill-switch.manifest is ${lookup.path}, but there is no such file at the checked commit.`,
            help: 'Commit the manifest, or correct kill-switch.manifest in .github/rollback-ready.yml.',
        }));
    }
    const manifest = lookup.kind === 'found' ? lookup.manifest : undefined;
    if (manifest)
        data.manifest = manifest.file;
    const envFlags = new Set(config['env-flags']);
    const states = [];
    for (const key of value.keys) {
        const inCode = findKeyInAdded(key, facts.added.files, risk.excluded);
        if (!inCode) {
            findings.push(finding('kill-switch-not-in-code', 'error', {
                ...noteWhere(note),
                message: `The note names the kill switch "${key}", but no added line of code checks it; the risky change (${listFiles(risky)}) would run whatever the flag says.${diffCut(risk)}`,
                help: `Guard the new code with the flag, spelled exactly as in the note (${/^[A-Z][A-Z0-9_]*$/.test(key) ? `process.env.${key}` : `isEnabled('${key}')`}), or correct the key in the note.`,
            }));
            states.push(`${key}: not in the added code`);
            continue;
        }
        if (envFlags.has(key)) {
            states.push(`${key}: env flag, off when unset`);
            continue;
        }
        if (!manifest) {
            states.push(`${key}: checked at ${inCode.file}:${inCode.line}`);
            continue;
        }
        const declared = manifest.flags.get(key);
        if (!declared) {
            findings.push(finding('kill-switch-undeclared', 'error', {
                file: manifest.file,
                message: `The kill switch "${key}" is not declared in the flag manifest ${manifest.file}, so nothing says what it does by default.`,
                help: `Declare "${key}" in ${manifest.file} with a default that is off (defaultValue: false, or defaultVariant naming a false variant)${envFlags.size ? ', or list it in kill-switch.env-flags' : ''}.`,
            }));
            states.push(`${key}: not declared`);
        }
        else if (!declared.off) {
            findings.push(finding('kill-switch-default-on', 'error', {
                file: manifest.file,
                line: declared.defaultLine,
                message: `The kill switch "${key}" defaults to ${declared.defaultText} in ${manifest.file}: the risky change is on as soon as it ships, so switching it off is a new change too.`,
                help: 'Make the default off (false), ship, then turn the flag on where you choose.',
            }));
            states.push(`${key}: defaults on`);
        }
        else {
            states.push(`${key}: declared off in ${manifest.file}`);
        }
    }
    const blocked = findings.some((f) => f.severity === 'error');
    return { findings, data, state: { kind: 'flags', states, blocked } };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/inside-repo.ts
var inside_repo = __webpack_require__(1099);
;// CONCATENATED MODULE: ./src/gates/kill-switch/read-facts.ts
/** The kill-switch gate's I/O: the change, the release note's field, the flag manifest. Nothing is judged here. */





const MAX_MANIFEST_BYTES = 1024 * 1024;
async function readChange(ctx, base) {
    const head = ctx.worktree ? undefined : ctx.head;
    const [changed, added] = await Promise.all([
        ctx.git.changedFiles(base, head),
        ctx.git.diffAddedLines(base, head),
    ]);
    return { files: changed.map((c) => c.path), added };
}
async function readKillSwitchField(ctx) {
    const text = await noteOf(ctx);
    const field = text ? (0,parse_note/* parseNote */.wd)(text.body).fields.killSwitch : undefined;
    return { ...(text ? { text } : {}), ...(field ? { field } : {}) };
}
/** The configured manifest, else the first well-known one present. */
async function lookupManifest(ctx, config) {
    const candidates = config.manifest ? [config.manifest] : MANIFEST_CANDIDATES;
    for (const path of candidates) {
        const text = await readAtHead(ctx, path);
        if (text === undefined)
            continue;
        const parsed = typeof text === 'string' ? parseManifest(path, text) : text;
        if ('problem' in parsed)
            return { kind: 'unreadable', file: path, problem: parsed.problem };
        return { kind: 'found', manifest: parsed };
    }
    return config.manifest ? { kind: 'configured-missing', path: config.manifest } : { kind: 'none' };
}
/** A file at head: from the work tree in a local run, else from the head commit; capped and text only. */
async function readAtHead(ctx, path) {
    if (ctx.worktree) {
        const full = (0,inside_repo/* readablePathInsideRepo */.SX)(ctx.git.root, path, `kill-switch manifest ${path}`);
        if (full === undefined)
            return undefined;
        try {
            const stat = (0,external_node_fs_.statSync)(full);
            if (!stat.isFile())
                return undefined;
            if (stat.size > MAX_MANIFEST_BYTES)
                return { problem: `${stat.size} bytes is more than the ${MAX_MANIFEST_BYTES}-byte limit` };
            const bytes = (0,external_node_fs_.readFileSync)(full);
            return bytes.includes(0) ? { problem: 'binary content' } : bytes.toString('utf8');
        }
        catch {
            return undefined;
        }
    }
    const read = await ctx.git.readBytesCapped(ctx.head, path, MAX_MANIFEST_BYTES);
    if (!read)
        return undefined;
    if ('tooLarge' in read)
        return { problem: `${read.size} bytes is more than the ${MAX_MANIFEST_BYTES}-byte limit` };
    return read.bytes.includes(0) ? { problem: 'binary content' } : read.bytes.toString('utf8');
}

;// CONCATENATED MODULE: ./src/gates/kill-switch/gate.ts




/**
 * The kill-switch gate: a change to a risky area (auth, payments, new data writes, integrations) must
 * name a flag in the release note (`Kill switch: new-checkout`) that is checked in the added code and,
 * when the project has a flag manifest, declared there defaulting to off. Reads (read-facts.ts) only
 * what the previous step's judgement needs, judges (judge.ts), words the summary (wording.ts).
 */
const killSwitchGate = {
    id: 'kill-switch',
    title: 'kill switch',
    async run(ctx) {
        const config = ctx.settings.config['kill-switch'];
        if (!config.enabled)
            return { findings: [], summary: 'off (kill-switch.enabled: false)', skipped: true };
        if (!ctx.base)
            return { findings: [], summary: 'no base to compare with (pass --base REF)', skipped: true };
        const change = await readChange(ctx, ctx.base);
        const risk = judgeRisk(config, change);
        const note = risk.risky.length ? await readKillSwitchField(ctx) : {};
        const value = killSwitchValue(note);
        const manifest = risk.risky.length && value.kind === 'flags' ? await lookupManifest(ctx, config) : undefined;
        const verdict = judgeKillSwitch({
            config,
            risk,
            added: change.added,
            note,
            value,
            ...(manifest ? { manifest } : {}),
        });
        return {
            findings: verdict.findings,
            summary: killSwitchSummary(risk, verdict.state),
            data: { killSwitch: verdict.data },
        };
    },
};

// EXTERNAL MODULE: ./src/gates/backup/gate.ts + 14 modules
var backup_gate = __webpack_require__(7929);
;// CONCATENATED MODULE: ./src/gates/index.ts






/** Every gate that `check` runs, in report order. A gate is added here when it is built. */
const ALL_GATES = [
    taggingGate,
    notesGate,
    migrations_gate.migrationsGate,
    rehearsal_gate/* rehearsalGate */.N,
    backup_gate/* backupGate */.Yz,
    killSwitchGate,
];

// EXTERNAL MODULE: ./src/commands/run-gates.ts + 2 modules
var run_gates = __webpack_require__(8714);
// EXTERNAL MODULE: ./src/commands/specs.ts
var specs = __webpack_require__(3990);
;// CONCATENATED MODULE: ./src/commands/check.ts








const checkCommand = {
    ...specs/* CHECK_SPEC */.zi,
    async run(ctx) {
        const gateCtx = await (0,run_gates.prepareGateContext)(ctx, { requireBase: true, policyFromBase: true });
        const report = await (0,run_gates.runGates)(ALL_GATES, gateCtx);
        const preamble = await preReleaseChecklist(report, ctx, gateCtx);
        return { report, ...(preamble ? { preamble } : {}) };
    },
};
/**
 * The five-line checklist that opens the report: set as `report.checklist` (JSON) and returned as
 * Markdown for the summary and PR comment. A problem gathering its facts is logged, never fatal.
 */
async function preReleaseChecklist(report, ctx, gateCtx) {
    try {
        const facts = await gatherChecklistFacts({
            settings: gateCtx.settings,
            git: gateCtx.git,
            ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
            ...(ctx.github ? { github: ctx.github } : {}),
            log: ctx.log,
            askPlatform: (environment, history) => (0,deploy_live/* askPlatform */.xw)((0,platform/* platformOf */.t)(ctx, environment), history, (0,platform/* configuredTarget */.s)(ctx, environment)),
        });
        const items = buildChecklist(report, facts);
        report.checklist = checklistEntries(items);
        return formatChecklist(items);
    }
    catch (error) {
        ctx.log.warn(`could not build the pre-release checklist (${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]})`);
        return undefined;
    }
}


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ configuredTarget),
/* harmony export */   t: () => (/* binding */ platformOf)
/* harmony export */ });
/**
 * The deploy target of one environment, opened on demand: undefined when deploy.target is none or the
 * environment is not under deploy.environments (status and plan then rely on the ledger alone). The
 * platforms' clients are loaded only then: a plan without a target never loads them.
 */
function platformOf(ctx, environment) {
    return async () => {
        const deploy = ctx.settings.config.deploy;
        if (deploy.target === 'none' || !deploy.environments[environment])
            return undefined;
        const { openTarget } = await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 1503));
        return openTarget({
            config: deploy,
            environment,
            cwd: ctx.settings.run.cwd,
            ...(ctx.env ? { env: ctx.env } : {}),
        });
    };
}
/** The configured target's name for an environment (to name it when it cannot be opened), or undefined. */
function configuredTarget(ctx, environment) {
    const deploy = ctx.settings.config.deploy;
    return deploy.target === 'none' || !deploy.environments[environment] ? undefined : deploy.target;
}


/***/ }),

/***/ 3457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xw: () => (/* binding */ askPlatform)
/* harmony export */ });
/* unused harmony exports liveRelease, describeLive */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * What the platform says runs, mapped back to a release: the live release comes from the platform,
 * not from tags, and a live commit that is no release tag is drift (an untagged auto-deploy).
 */

/** Ask the target what runs and name its release; never throws (a status must still print). */
async function liveRelease(target, history) {
    let state;
    try {
        state = await target.live();
    }
    catch (error) {
        return { state: {}, drift: false, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
    if (!state.sha)
        return { state, drift: false };
    // Several tags can name one commit; the newest release wins (the history is oldest first).
    const tagged = history.tagged.findLast((t) => t.tag.sha === state.sha);
    return tagged ? { state, release: tagged.id.name, drift: false } : { state, drift: true };
}
/** One line for text output: what runs, which release it is, and whether pushes deploy by themselves. */
function describeLive(target, live) {
    if (live.error)
        return `could not ask ${target.name}: ${live.error}`;
    const what = live.state.artifact
        ? target.describe(live.state.artifact)
        : (live.state.note ?? 'nothing reported');
    const release = live.release
        ? `release ${live.release}`
        : live.drift
            ? `commit ${live.state.sha.slice(0, 12)}, which is NO release tag (an untagged deploy: drift)`
            : 'release unknown (the platform does not say which commit)';
    const auto = live.state.autoDeploy ? '; auto-deploy is ON (a push can undo a rollback)' : '';
    return `${what} → ${release}${auto}`;
}
/**
 * Ask the configured target what runs in `environment`, when one is configured for it; undefined when
 * deploy.target is none or the environment is not mapped. Never throws: a missing token or an API
 * failure becomes the view's note, so a status still prints.
 */
async function askPlatform(open, history, configured) {
    let target;
    try {
        target = await open();
    }
    catch (error) {
        return {
            target: configured ?? 'script',
            drift: false,
            note: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
            unavailable: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
            line: `could not ask ${configured ?? 'the platform'}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`,
        };
    }
    if (!target)
        return undefined;
    const live = await liveRelease(target, history);
    const note = live.error ?? live.state.note;
    return {
        target: target.name,
        ...(live.state.artifact ? { artifact: live.state.artifact } : {}),
        ...(live.state.sha ? { sha: live.state.sha } : {}),
        ...(live.release ? { release: live.release } : {}),
        drift: live.drift,
        ...(live.state.autoDeploy !== undefined ? { autoDeploy: live.state.autoDeploy } : {}),
        ...(note ? { note } : {}),
        ...(live.error ? { unavailable: live.error } : {}),
        line: describeLive(target, live),
    };
}


/***/ }),

/***/ 7695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* reexport safe */ _core_tool_js__WEBPACK_IMPORTED_MODULE_0__.hS)
/* harmony export */ });
/* unused harmony export TAGGING_RULES */
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(121);
/** Rule ids the tagging gate reports; each has a page under docs/rules/. */
const TAGGING_RULES = {
    'release-id-scheme': 'the tag is not a release ID of the configured scheme',
    'release-id-prerelease': 'a pre-release tag is not a production release unless tagging.allow-prerelease is set',
    'release-id-order': 'the release ID is not strictly after every earlier release in the scheme order',
    'tag-off-release-branch': 'the tag points at a commit that is not on the release branch',
    'release-branch-missing': 'the release branch is not in this clone, so nothing can be checked against it',
    'duplicate-release-id': 'another release ID already names the same commit',
    'tag-branch-confusion': 'a branch has the same name as the tag',
    'lightweight-tag': 'the tag is lightweight while tagging.require-annotated is set',
};



/***/ }),

/***/ 6811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ verifyReleaseTag)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7695);

function finding(rule, message, help) {
    return { gate: 'tagging', rule, severity: 'error', message, help, docs: (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocs */ .y)(rule) };
}
/**
 * Check a release ID as a tag: an existing tag where it points, or a proposed name on `head`.
 * One finding per reason; the name itself was validated before (a bad name is a usage error).
 */
async function verifyReleaseTag(git, history, config, request) {
    const { name } = request;
    const { scheme } = history;
    const tag = history.allTags.find((t) => t.name === name);
    const sha = tag?.sha ?? request.head;
    const short = sha.slice(0, 7);
    const findings = [];
    const id = scheme.parse(name);
    if (!id) {
        findings.push(finding('release-id-scheme', `${name} is not a release ID of the ${scheme.label} scheme.`, `Name releases like ${scheme.example}; "rollback-ready tag next" prints the next one.`));
    }
    else if (id.prerelease && !config['allow-prerelease']) {
        findings.push(finding('release-id-prerelease', `${name} is a pre-release, and pre-releases are not production releases here.`, 'Tag production with a plain version, or set tagging.allow-prerelease: true if pre-releases do go to production.'));
    }
    const branch = history.branch;
    if (!branch) {
        const wanted = config['release-branch'] ?? 'the default branch';
        findings.push(finding('release-branch-missing', `Cannot check ${name} against the release branch: ${wanted} is not in this clone.`, 'Fetch the full history (actions/checkout with fetch-depth: 0), or set tagging.release-branch.'));
    }
    else {
        let onBranch = false;
        for (const tip of branch.tips)
            if (!onBranch)
                onBranch = await git.isAncestor(sha, tip);
        if (!onBranch) {
            findings.push(finding('tag-off-release-branch', `${name} ${tag ? 'points at' : 'would point at'} ${short}, which is not on the release branch ${branch.name}.`, `Release only commits that are on ${branch.name} (merge first), so a rollback never lands on code that was never on the branch.`));
        }
    }
    if (id && !(id.prerelease && !config['allow-prerelease'])) {
        const earlier = await earlierReleases(git, history, name, sha, Boolean(tag));
        const newest = earlier.at(-1);
        if (newest && scheme.compare(id, newest.id) <= 0) {
            findings.push(finding('release-id-order', `${name} is not after ${newest.id.name}, an earlier release${branch ? ` on ${branch.name}` : ''}; release IDs must only go up.`, `Use an ID after ${newest.id.name} ("rollback-ready tag next" prints it), so "the latest release" always means the newest code.`));
        }
    }
    const twins = history.tagged.filter((t) => t.tag.sha === sha && t.id.name !== name && (config['allow-prerelease'] || !t.id.prerelease));
    if (twins.length) {
        findings.push(finding('duplicate-release-id', `${short} is already released as ${twins.map((t) => t.id.name).join(', ')}; one commit gets one release ID.`, 'Keep the existing release ID, or make the new release from a new commit.'));
    }
    const branches = await git.branchesNamed(name);
    if (branches.length) {
        findings.push(finding('tag-branch-confusion', `${name} is also the name of a branch (${branches.join(', ')}); git and GitHub may resolve it to the branch instead of the tag.`, `Delete or rename the branch (git push origin --delete ${name}), so a rollback to ${name} cannot pick up a branch.`));
    }
    if (tag && !tag.annotated && config['require-annotated']) {
        findings.push(finding('lightweight-tag', `${name} is a lightweight tag; this repository requires annotated tags (tagging.require-annotated).`, `Recreate it annotated: git tag -a ${name} -m "Release ${name}" ${short}, or let the release workflow create it.`));
    }
    const what = tag
        ? `${tag.annotated ? 'annotated' : 'lightweight'} tag on ${short}`
        : `proposed for ${short}`;
    const verdict = findings.length ? `${findings.length} problem(s)` : 'ok';
    return {
        findings,
        releaseId: name,
        sha,
        existing: Boolean(tag),
        summary: `${name} (${what}, ${scheme.id}${branch ? `, branch ${branch.name}` : ''}): ${verdict}`,
    };
}
/** Releases before this one: for an existing tag, those in its history; for a proposed one, all on the branch. */
async function earlierReleases(git, history, name, sha, existing) {
    const others = history.releases.filter((r) => r.id.name !== name);
    if (!existing)
        return others;
    const reachable = await git.tagsReachableFrom(sha);
    return others.filter((r) => reachable.has(r.id.name) && r.tag.sha !== sha);
}


/***/ })

};
