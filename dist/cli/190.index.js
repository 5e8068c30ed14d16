import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 190;
export const ids = [190];
export const modules = {

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

/***/ 2952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2724);
/* harmony import */ var _github_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8881);
/* harmony import */ var _github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8139);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(909);
/* harmony import */ var _release_release_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9862);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5655);
/* harmony import */ var _deploy_live_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3457);
/* harmony import */ var _rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4943);
/* harmony import */ var _rollback_rules_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3836);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6339);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7839);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3990);
/* harmony import */ var _tag_family_guard_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8883);















/** `status [--env NAME]`: what each environment is on, since when and by whom, the known-good release and recent history. */
const statusCommand = {
    ..._specs_js__WEBPACK_IMPORTED_MODULE_12__/* .STATUS_SPEC */ .vc,
    async run(ctx) {
        const repo = await _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitCli */ .Tq.open(ctx.settings.run.cwd);
        const releaseGit = _release_release_git_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseGitCli */ .uA.from(repo);
        await (0,_tag_family_guard_js__WEBPACK_IMPORTED_MODULE_13__/* .assertReleaseTagsUnderstood */ .u)(releaseGit, ctx.settings, 'status');
        const history = await (0,_release_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseHistory */ .Cr)(releaseGit, ctx.settings.config.tagging);
        const only = (0,_record_js__WEBPACK_IMPORTED_MODULE_11__.flagString)(ctx, 'env') !== undefined ? (0,_record_js__WEBPACK_IMPORTED_MODULE_11__.environmentOf)(ctx) : undefined;
        const ledger = (0,_record_js__WEBPACK_IMPORTED_MODULE_11__.optionalLedger)(ctx);
        const findings = [];
        let envs;
        // Why the ledger was not used, for every format: never "no deployments" when it could not be read.
        let ledgerProblem;
        if (ledger) {
            try {
                envs = await fromLedger(ctx, ledger, only);
            }
            catch (error) {
                if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb)
                    throw error;
                const failure = (0,_github_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubFailure */ .P)(error);
                ledgerProblem = `the deployment ledger could not be read: ${failure.why}`;
                findings.push({
                    gate: 'rollback',
                    rule: 'ledger-unavailable',
                    severity: 'warning',
                    message: `The deployment ledger could not be read: ${failure.why}; release tags stood in for it.`,
                    help: failure.help,
                    docs: (0,_rollback_rules_js__WEBPACK_IMPORTED_MODULE_10__/* .rollbackDocs */ .Ag)('ledger-unavailable'),
                });
            }
        }
        if (!envs || !envs.length) {
            const environment = only ?? ctx.settings.config.rollback.environment;
            const releases = history.releases;
            const latest = releases.at(-1);
            envs = [
                {
                    environment,
                    source: 'tags',
                    ...(latest
                        ? { current: { release: latest.id.name, sha: latest.tag.sha, since: latest.tag.date } }
                        : {}),
                    ...(latest ? { knownGood: { release: latest.id.name, sha: latest.tag.sha } } : {}),
                    ...(releases.at(-2)
                        ? { rollbackTarget: { release: releases.at(-2).id.name, sha: releases.at(-2).tag.sha } }
                        : {}),
                    history: [],
                },
            ];
        }
        // The platform is what users get: ask it, and say when it disagrees with the ledger or the tags.
        for (const env of envs) {
            const view = await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_8__/* .askPlatform */ .xw)((0,_platform_js__WEBPACK_IMPORTED_MODULE_14__/* .platformOf */ .t)(ctx, env.environment), history, (0,_platform_js__WEBPACK_IMPORTED_MODULE_14__/* .configuredTarget */ .s)(ctx, env.environment));
            if (!view)
                continue;
            env.platform = view;
            findings.push(...(0,_rollback_artifacts_js__WEBPACK_IMPORTED_MODULE_9__/* .platformFindings */ .a)(env.environment, view, env.source === 'deployments' ? env.current?.release : undefined));
        }
        const summary = envs.map(oneLine).join('; ');
        const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(findings, [{ gate: 'rollback', status: 'pass', summary }], ctx.settings.run.failOn, { environments: envs, ...(ledgerProblem ? { ledger: { read: false, problem: ledgerProblem } } : {}) });
        const ledgerNote = ledgerProblem
            ? `${ledgerProblem}; release tags stood in`
            : ledger
                ? 'the ledger has no deployments'
                : 'no GITHUB_TOKEN, so the deployment ledger was not read';
        const warnings = findings.filter((f) => f.rule === 'live-drift' || f.rule === 'auto-deploy-on');
        const text = statusText(envs, ledgerNote) +
            warnings.map((f) => (0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`warning: ${f.message}`) + '\n').join('');
        return { report, text };
    },
};
async function fromLedger(ctx, ledger, only) {
    const limit = ctx.settings.config.rollback.history;
    let names;
    if (only)
        names = [only];
    else {
        const recent = await ledger.listDetailed(undefined, 100);
        const main = ctx.settings.config.rollback.environment;
        names = [...new Set(recent.map((d) => d.environment).filter(Boolean))].sort((a, b) => Number(b === main) - Number(a === main) || a.localeCompare(b));
    }
    const out = [];
    for (const environment of names) {
        const deployments = await ledger.listDetailed(environment, Math.max(limit, 50));
        if (!deployments.length && !only)
            continue;
        const state = await (0,_github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__.readLedger)(ledger, environment);
        const byId = new Map(deployments.map((d) => [d.id, d]));
        const status = { environment, source: 'deployments', history: [] };
        if (state.current) {
            const d = byId.get(state.current.deploymentId);
            const statuses = await ledger.listStatusDetails(state.current.deploymentId);
            const success = statuses.find((s) => s.state === 'success');
            status.current = {
                release: state.current.releaseId,
                sha: state.current.sha,
                since: success?.createdAt ?? state.current.createdAt,
                deploymentId: state.current.deploymentId,
                ...(actorOf(d) ? { actor: actorOf(d) } : {}),
            };
        }
        if (state.knownGood)
            status.knownGood = { release: state.knownGood.releaseId, sha: state.knownGood.sha };
        if (state.current) {
            const before = await (0,_github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__.readLedger)(ledger, environment, { exclude: state.current.releaseId });
            if (before.knownGood)
                status.rollbackTarget = { release: before.knownGood.releaseId, sha: before.knownGood.sha };
        }
        for (const d of deployments.slice(0, limit)) {
            const statuses = await ledger.listStatusDetails(d.id);
            status.history.push({
                deploymentId: d.id,
                release: d.payload.releaseId ?? d.ref,
                sha: d.sha,
                kind: d.payload.kind ?? 'deploy',
                state: statuses[0]?.state ?? 'none',
                createdAt: d.createdAt,
                ...(actorOf(d) ? { actor: actorOf(d) } : {}),
                ...(d.payload.reason ? { reason: d.payload.reason } : {}),
            });
        }
        out.push(status);
    }
    return out;
}
const actorOf = (d) => d?.payload.actor ?? d?.creator;
function when(iso) {
    const t = Date.parse(iso);
    return Number.isFinite(t)
        ? new Date(t)
            .toISOString()
            .replace('T', ' ')
            .replace(/:\d\d(\.\d+)?Z$/, ' UTC')
        : iso;
}
function oneLine(s) {
    if (!s.current)
        return `${s.environment}: no successful deployment recorded`;
    const by = s.current.actor ? ` (deployed by @${s.current.actor})` : '';
    const since = s.source === 'tags'
        ? `latest release tag, tagged ${when(s.current.since)}`
        : `since ${when(s.current.since)}${by}`;
    return `${s.environment} is on ${s.current.release} ${since}`;
}
function statusText(envs, ledgerNote) {
    const lines = [];
    for (const s of envs) {
        lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(oneLine(s)));
        if (s.source === 'tags') {
            lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`  (from release tags: ${ledgerNote})`));
        }
        if (s.platform)
            lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`  live on ${s.platform.target}: ${s.platform.line}`));
        if (s.knownGood)
            lines.push(`  last known-good: ${s.knownGood.release}`);
        lines.push(`  rollback target: ${s.rollbackTarget?.release ?? 'none (no earlier known-good release)'}`);
        if (s.history.length) {
            lines.push('  recent:');
            for (const h of s.history) {
                const extra = [h.actor ? `@${h.actor}` : '', h.reason ? `"${h.reason}"` : '']
                    .filter(Boolean)
                    .join(' ');
                lines.push((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeForTerminal */ .dk)(`    ${when(h.createdAt)}  ${h.kind.padEnd(8)} ${h.release.padEnd(24)} ${h.state}${extra ? `  ${extra}` : ''}`));
            }
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ assertReleaseTagsUnderstood)
/* harmony export */ });
/* unused harmony export defaultFamilyProblem */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2175);


const YEAR_MS = 365 * 24 * 3600 * 1000;
/**
 * Without a config file, releases are read as `v1.4.2` tags. On a repository that releases under another
 * name (hopp's `2026.6.0`, midday's `midday-v0.5.0`), that default reads a release of years ago, or none,
 * as "what production runs": `status` says v3.0.1 of 2022, `rollback plan` targets v3.0.0, `tag next`
 * prints v3.1.0, the note's Rollback is checked against the wrong release. Such a guess is refused
 * (exit 2) with the family init would write; a configured prefix or scheme is always taken as given.
 */
function defaultFamilyProblem(tags, settings) {
    if (settings.run.configFile !== undefined)
        return undefined;
    const overrides = settings.run.overrides ?? {};
    if (overrides.scheme !== undefined)
        return undefined;
    const families = (0,_init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__/* .tagFamilies */ .zW)(tags);
    const isDefault = (f) => f.scheme === 'semver' && f.prefix === 'v';
    const newest = families[0];
    if (!newest?.latest || isDefault(newest))
        return undefined;
    const ours = families.find(isDefault);
    const time = (f) => (f?.latest ? Date.parse(f.latest.date) : Number.NaN);
    // Within a year of the newest release, the v-family still releases (a monorepo's other apps tag newer).
    if (ours?.latest && time(newest) - time(ours) <= YEAR_MS)
        return undefined;
    const theirs = `${newest.latest.name} (${(0,_init_tag_families_js__WEBPACK_IMPORTED_MODULE_1__/* .familyLabel */ .B8)(newest)}, ${newest.releases} release tag(s), newest ${newest.latest.date.slice(0, 10)})`;
    const defaults = ours?.latest
        ? `whose newest is ${ours.latest.name} of ${ours.latest.date.slice(0, 10)}`
        : 'of which there are none';
    return `no config file, so release tags are read as v1.4.2, ${defaults}; but this repository's newest releases are ${theirs}. Run "rollback-ready init" (it writes the tag family it finds to .github/rollback-ready.yml), or set tagging.prefix (or tagging.scheme) there`;
}
/** The guard as commands call it: exit 2 before any answer is built on the wrong releases. */
async function assertReleaseTagsUnderstood(git, settings, command) {
    if (settings.run.configFile !== undefined)
        return;
    const problem = defaultFamilyProblem(await git.listTags(), settings);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${problem}`);
}


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ packagesWithoutMigrations)
/* harmony export */ });
/**
 * The packages of a monorepo, read from file paths alone: a folder one or two levels deep (`cli`,
 * `apps/desktop`) with a manifest of its own is a program of its own. A folder without one (docker/,
 * a Helm chart) packages or deploys the app rather than being another program. Pure: no I/O.
 */
const MANIFEST = /^(?:package\.json|go\.mod|Cargo\.toml|pyproject\.toml|composer\.json|pubspec\.yaml|pom\.xml|build\.gradle(?:\.kts)?)$/;
/**
 * Packages that hold no migration, by lower-cased folder name (`image-proxy` → `apps/image-proxy`): a
 * tag family or deploy workflow named after one releases another program, not the app whose schema
 * the gates check. A name that some package holding migrations also has is left out.
 */
function packagesWithoutMigrations(files, isMigration) {
    const packages = new Set();
    for (const file of files) {
        const parts = file.split('/');
        if (parts.length >= 2 && parts.length <= 3 && MANIFEST.test(parts.at(-1)))
            packages.add(parts.slice(0, -1).join('/'));
    }
    const withMigrations = new Set();
    for (const file of files) {
        if (!isMigration(file))
            continue;
        for (const pkg of packages)
            if (file.startsWith(`${pkg}/`))
                withMigrations.add(pkg);
    }
    const nameOf = (pkg) => pkg.split('/').pop().toLowerCase();
    const own = new Set([...withMigrations].map(nameOf));
    const others = new Map();
    for (const pkg of [...packages].sort()) {
        const name = nameOf(pkg);
        if (!withMigrations.has(pkg) && !own.has(name) && !others.has(name))
            others.set(name, pkg);
    }
    return others;
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

/***/ 2175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ familyLabel),
/* harmony export */   zW: () => (/* binding */ tagFamilies)
/* harmony export */ });
/* unused harmony exports CALVER_FORMAT, PREFIX_CHARS, prefixPart */
/* harmony import */ var _core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4720);
/* harmony import */ var _release_calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _release_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2161);



/** The calver format init proposes and recognises. */
const CALVER_FORMAT = 'prod-YYYY-MM-DD.N';
/** Characters a semver prefix may hold (the config accepts the same). */
const PREFIX_CHARS = /^[A-Za-z0-9._/@-]*$/;
const SEMVER_TAIL = /^(.*?)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;
function familyLabel(f) {
    return f.scheme === 'calver' ? `calver ${f.format}` : `semver prefix ${JSON.stringify(f.prefix)}`;
}
function familyKey(tag) {
    const calver = (0,_release_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(CALVER_FORMAT).parse(tag);
    if (calver)
        return { key: 'calver', family: { scheme: 'calver', format: CALVER_FORMAT }, prerelease: false };
    const m = SEMVER_TAIL.exec(tag);
    if (!m)
        return undefined;
    const prefix = m[1];
    if (!PREFIX_CHARS.test(prefix) || prefix.length > 40)
        return undefined;
    // A prefix ending in a digit would split `1.2.3.4` or `re2-…` oddly: such names are not a version family.
    if (/\d$/.test(prefix))
        return undefined;
    const id = (0,_release_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .semverScheme */ .I)(prefix).parse(tag);
    if (!id)
        return undefined;
    return { key: `semver:${prefix}`, family: { scheme: 'semver', prefix }, prerelease: id.prerelease };
}
/** The part of a repository a semver prefix names: `desktop-v` → desktop, `@acme/api@` → api, `v` → none. */
function prefixPart(prefix) {
    const last = prefix.split('/').at(-1);
    const part = last.replace(/^v[-_.]/i, '').replace(/(?:[-_.@]+v)?[-_.@]*$/i, '');
    return /^v?$/i.test(part) ? undefined : part;
}
/**
 * Group tags into families, best first: the family whose newest release is newest (by day) tags the
 * releases that ship today; on a tie, of two naming the same commit the shorter prefix, else the one with
 * more releases in the last year, then the shorter prefix.
 * With the repository's shape, a family named after another package of a monorepo (`desktop-v` for
 * apps/desktop while the migrations are in apps/web) comes after every family released in the last year
 * that is not: its tags say nothing about the schema the gates check.
 */
function tagFamilies(tags, shape) {
    const families = new Map();
    const times = [];
    for (const tag of tags) {
        const read = familyKey(tag.name);
        if (!read)
            continue;
        let family = families.get(read.key);
        if (!family) {
            family = { ...read.family, releases: 0, recent: 0 };
            families.set(read.key, family);
        }
        if (read.prerelease)
            continue;
        family.releases += 1;
        const time = Date.parse(tag.date);
        if (Number.isNaN(time))
            continue;
        times.push({ key: read.key, time });
        if (!family.latest || time > Date.parse(family.latest.date))
            family.latest = { name: tag.name, date: tag.date, sha: tag.sha };
    }
    const newest = Math.max(...times.map((t) => t.time));
    for (const t of times)
        if (newest - t.time <= YEAR_MS)
            families.get(t.key).recent += 1;
    const day = (f) => (f.latest ? new Date(f.latest.date).toISOString().slice(0, 10) : '');
    const found = [...families.values()].filter((f) => f.releases > 0);
    if (shape) {
        const migrations = new Set(shape.migrations);
        const others = (0,_core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__/* .packagesWithoutMigrations */ .l)(shape.files, (path) => migrations.has(path));
        for (const f of found) {
            const part = f.scheme === 'semver' ? prefixPart(f.prefix ?? '') : undefined;
            const other = part ? others.get(part.toLowerCase()) : undefined;
            if (other)
                f.otherPart = other;
        }
    }
    const liveOwn = found.some((f) => !f.otherPart && f.recent > 0);
    const elsewhere = (f) => (liveOwn && f.otherPart ? 1 : 0);
    // Two families whose newest tags name the same commit name the same release (trigger.dev tags
    // v4.5.12, v.docker.4.5.12 and helm-v4.5.12 together): the plainer name is the release ID people say,
    // whichever family has more tags (the build pipeline's may tag more often).
    const sameRelease = (a, b) => a.latest?.sha !== undefined && a.latest.sha === b.latest?.sha ? 1 : 0;
    return found.sort((a, b) => elsewhere(a) - elsewhere(b) ||
        day(b).localeCompare(day(a)) ||
        sameRelease(a, b) * ((a.prefix ?? '').length - (b.prefix ?? '').length) ||
        b.recent - a.recent ||
        (a.prefix ?? '').length - (b.prefix ?? '').length ||
        (a.prefix ?? '').localeCompare(b.prefix ?? ''));
}


/***/ })

};
