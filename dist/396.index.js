import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 396;
export const ids = [396];
export const modules = {

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   sK: () => (/* binding */ durationSchema)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, readDuration, formatDuration */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


/**
 * The one duration grammar, for config keys, action inputs, CLI flags and workflow inputs alike:
 * a number and a unit — `500ms`, `90s`, `30m`, `2h`, `7d` (decimals allowed: `1.5h`).
 */
const GRAMMAR = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Node's timers hold a signed 32-bit count of milliseconds: a longer delay (24.8 days and up) is
 * silently replaced by 1 ms, so a "25d" timeout would fire at once. Timers stop at 24 days.
 */
const MAX_TIMER_MS = 24 * 86_400_000;
const EXAMPLE = 'a duration such as 500ms, 90s, 30m, 2h or 7d';
/** Milliseconds, or why the text is not an acceptable duration (phrased to follow "expected"). */
function readDuration(raw, rules) {
    const text = raw.trim();
    const bare = rules.bareSeconds && /^\d+(?:\.\d+)?$/.test(text);
    const m = bare ? [text, text, 's'] : GRAMMAR.exec(text);
    if (!m)
        return { problem: EXAMPLE };
    const ms = Math.round(Number(m[1]) * UNIT_MS[m[2]]);
    if (ms === 0 && !rules.allowZero)
        return { problem: `more than zero (${EXAMPLE})` };
    const max = Math.min(rules.maxMs ?? Infinity, rules.kind === 'timer' ? MAX_TIMER_MS : Infinity);
    if (!Number.isSafeInteger(ms))
        return { problem: `a shorter duration (${EXAMPLE})` };
    if (ms > max) {
        return {
            problem: max === MAX_TIMER_MS
                ? 'at most 24d (a longer timer overflows and fires after 1 ms)'
                : `at most ${formatDuration(max)}`,
        };
    }
    return { ms };
}
/** Parse a flag or input value; a usage error naming `key` otherwise. */
function parseDuration(raw, key, rules) {
    const read = readDuration(raw, rules);
    if ('problem' in read)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${key}: got ${JSON.stringify(raw)}; expected ${read.problem}`);
    return read.ms;
}
/** A config key holding a duration: the text in, milliseconds out; errors name the key path (settings.ts). */
function durationSchema(rules) {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((text, ctx) => {
        const read = readDuration(text, rules);
        if ('ms' in read)
            return read.ms;
        ctx.addIssue({ code: 'custom', message: read.problem, input: text });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    });
}
/** `90000` → `90s`, `7200000` → `2h`: the largest unit that divides evenly. */
function formatDuration(ms) {
    for (const unit of ['d', 'h', 'm', 's']) {
        if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0)
            return `${ms / UNIT_MS[unit]}${unit}`;
    }
    return `${ms}ms`;
}


/***/ }),

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ announcedArtifact),
/* harmony export */   Q: () => (/* binding */ runDeployCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7474);
/**
 * The `container` and `script` targets run the team's own command (sh -c, from the trusted config),
 * telling it through the environment what to do: ROLLBACK_READY_ACTION deploy | rollback | drill,
 * the release, its commit, the environment, the artifact to redeploy, and
 * ROLLBACK_READY_SKIP_MIGRATIONS=1 on a rollback (a rollback never migrates the database).
 * The command's output goes to our stderr, so stdout stays the tool's own.
 */


/** Run it; resolves with its stdout (capped), rejects with the exit code and the last lines of output. */
function runDeployCommand(run) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', run.command], {
            cwd: run.cwd,
            env: { ...process.env, ...run.env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let tail = '';
        const keep = (chunk, toStdout) => {
            const text = chunk.toString('utf8');
            if (toStdout && out.length < 64_000)
                out += text;
            tail = (tail + text).slice(-2000);
            process.stderr.write(text);
        };
        child.stdout.on('data', (c) => keep(c, true));
        child.stderr.on('data', (c) => keep(c, false));
        const timer = setTimeout(() => child.kill('SIGTERM'), run.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new _target_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployError */ .s(`could not start the deploy command: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                return resolve(out);
            const last = tail.trim().split('\n').slice(-3).join(' | ');
            reject(new _target_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployError */ .s(`the deploy command ${signal ? `was stopped (${signal}, timeout ${Math.round(run.timeoutMs / 1000)}s)` : `exited ${code}`}${last ? `: ${last}` : ''}`));
        });
    });
}
/** The artifact a command announces on a line `rollback-ready-artifact=<id>` (the last one wins). */
function announcedArtifact(stdout) {
    const lines = [...stdout.matchAll(/^rollback-ready-artifact=(\S{1,300})\s*$/gm)];
    return lines.at(-1)?.[1];
}


/***/ }),

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xR: () => (/* binding */ deployConfigSchema),
/* harmony export */   yg: () => (/* binding */ REQUIRED_KEY)
/* harmony export */ });
/* unused harmony exports TARGET_NAMES, deployEnvironmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** The platforms a release can be deployed to; `none` leaves deploying to the team's own workflow. */
const TARGET_NAMES = ['none', 'vercel', 'fly', 'render', 'container', 'script'];
const id = (what) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._:-]+$/, `a ${what}: letters, digits and . _ : - only`);
/**
 * Where one environment lives on the platform. Ids only: tokens come from the environment
 * (VERCEL_TOKEN, FLY_API_TOKEN, RENDER_API_KEY or DEPLOY_TOKEN), never from this file, which is
 * committed and read from pull requests.
 */
const deployEnvironmentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Vercel: the project id (prj_…) or name. */
    project: id('Vercel project id such as prj_abc123').optional(),
    /** Vercel: the team id (team_…) when the project belongs to a team. */
    team: id('Vercel team id such as team_abc123').optional(),
    /** Fly.io: the app name. */
    app: id('Fly app name').optional(),
    /** Render: the service id (srv-…). */
    service: id('Render service id such as srv-abc123').optional(),
    /**
     * fly and container: the image a release deploys, `{tag}` standing for the release tag,
     * e.g. registry.fly.io/my-app:{tag} (pushed by your build; rollbacks use the recorded digest).
     */
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(300)
        .regex(/^[a-z0-9][a-z0-9._\-/:@{}]*$/, 'an image reference such as registry.fly.io/my-app:{tag}')
        .optional(),
    /** container and script: the command that deploys (run with sh -c; told what to do through env). */
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(1000)
        .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
        .optional(),
    /**
     * container, script and fly: the command that builds a release, run at its exact commit in a throwaway
     * git worktree (ROLLBACK_READY_SOURCE_DIR); it may print rollback-ready-artifact=<image@sha256:…>.
     * Runs before every release deploy, and for a rollback whose release has no recorded artifact.
     */
    build: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .trim()
        .min(1)
        .max(1000)
        .regex(/^[^\r\n]+$/, 'one line; put longer logic in a script file')
        .optional(),
    /** Mark an environment as production when its name is not `production` (drills refuse it). */
    production: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
/** What each target needs per environment, for the error that names the missing key. */
const REQUIRED_KEY = {
    vercel: 'project',
    fly: 'app',
    render: 'service',
    container: 'command',
    script: 'command',
};
/** `deploy:` in .github/rollback-ready.yml: which platform, and where each environment lives on it. */
const deployConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TARGET_NAMES).default('none'),
    /** Per environment name (production, staging, …): its project/app/service. */
    environments: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9._ -]{1,255}$/, 'an environment name such as production'), deployEnvironmentSchema)
        .default({}),
    /** Seconds to wait for the platform to report the deploy live. */
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(10).max(3600).default(900),
})
    .superRefine((value, ctx) => {
    if (value.target === 'none')
        return;
    const key = REQUIRED_KEY[value.target];
    for (const [name, env] of Object.entries(value.environments)) {
        if (env[key] === undefined)
            ctx.addIssue({
                code: 'custom',
                path: ['environments', name, key],
                message: `target ${value.target} needs ${key} for every environment`,
            });
    }
});


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildFallbackLine),
/* harmony export */   H: () => (/* binding */ withBuildAtCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7442);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7474);
/**
 * When no artifact was recorded for a release (it went out before rollback-ready recorded deploys, or
 * its record was lost), a rollback builds the exact commit the plan approved — never the checkout the
 * workflow runs in, which is the default branch. For the command targets that is the team's own
 * `build` command, run in a throwaway git worktree at that commit; the platforms build from the commit
 * themselves (Render deploys a commitId, Vercel creates a deployment from the git commit).
 */







const git = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Check out `release.sha` in a temporary worktree, run the build there, then hand the worktree and
 * what the build announced (`rollback-ready-artifact=<id>`) to `use` before the worktree is removed.
 */
async function withBuildAtCommit(build, release, use) {
    const parent = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'rr-build-'));
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'src');
    try {
        try {
            await git('git', ['-C', build.cwd, 'worktree', 'add', '--detach', '--quiet', dir, release.sha]);
        }
        catch (error) {
            const why = error.stderr?.trim().split('\n').at(-1) ?? 'git failed';
            throw new _target_js__WEBPACK_IMPORTED_MODULE_6__/* .DeployError */ .s(`could not check out ${release.tag} (${release.sha.slice(0, 12)}) to build it: ${why}; the workflow's checkout needs fetch-depth: 0`);
        }
        const out = await (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runDeployCommand */ .Q)({
            command: build.command,
            cwd: dir,
            timeoutMs: build.timeoutMs,
            env: { ...build.env, ROLLBACK_READY_SOURCE_DIR: dir },
        }).catch((error) => {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_6__/* .DeployError */ .s(`the build of ${release.tag} at ${release.sha.slice(0, 12)} failed: ${error.message.replace(/^the deploy command /, 'the build command ')}`);
        });
        const artifact = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .announcedArtifact */ .E)(out);
        return await use({ dir, ...(artifact ? { artifact } : {}) });
    }
    finally {
        // The folder goes whatever git says; if git cannot forget the worktree either, that is said (it is
        // left registered in the repository), never ignored.
        const removal = await git('git', ['-C', build.cwd, 'worktree', 'remove', '--force', dir]).then(() => undefined, (error) => error);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(parent, { recursive: true, force: true });
        if (removal !== undefined)
            await git('git', ['-C', build.cwd, 'worktree', 'prune']).catch((error) => {
                throw new _target_js__WEBPACK_IMPORTED_MODULE_6__/* .DeployError */ .s(`the build worktree ${dir} could not be removed from the repository (${error.message}); run git worktree prune`);
            });
    }
}
/** What a rollback without a recorded artifact will do on this target, for the plan's text. */
function buildFallbackLine(target, sha, hasBuild = false) {
    const commit = sha.slice(0, 12);
    switch (target) {
        case 'vercel':
            return `promotes Vercel's production build of commit ${commit}, or asks Vercel to build that commit from git (a build)`;
        case 'render':
            return `asks Render to deploy commit ${commit} (a build; Render's pre-deploy command runs)`;
        case 'fly':
            return hasBuild
                ? `runs your build command at commit ${commit} (it pushes the image), then updates the machines to it`
                : `updates the machines to the image configured for the release tag (no digest recorded; nothing is built here)`;
        case 'container':
            return hasBuild
                ? `runs your build command at commit ${commit}, then your deploy command with the image it announces`
                : `deploys the image configured for the release tag (no digest recorded; nothing is built here)`;
        case 'script':
            return hasBuild
                ? `runs your build command at commit ${commit}, then your deploy command`
                : `refuses: no build command (deploy.environments.<env>.build) to build commit ${commit}`;
    }
}


/***/ }),

/***/ 1503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ isProductionTarget),
  Ap: () => (/* binding */ openTarget)
});

// UNUSED EXPORTS: environmentSettings

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var deploy_config = __webpack_require__(9621);
// EXTERNAL MODULE: ./src/deploy/command.ts
var command = __webpack_require__(7442);
// EXTERNAL MODULE: ./src/deploy/fallback.ts
var fallback = __webpack_require__(9753);
// EXTERNAL MODULE: ./src/deploy/target.ts
var target = __webpack_require__(7474);
;// CONCATENATED MODULE: ./src/deploy/container.ts
/**
 * container: the release is an image digest your build pushed (deploy.environments.<env>.image with
 * {tag}, or the digest the command announces); your command puts it live, told which image through
 * ROLLBACK_READY_IMAGE. A rollback hands the command the recorded digest: the same bytes, no build.
 * script: your command does everything; it is told whether this is a deploy or a rollback, and may
 * announce an artifact id (`rollback-ready-artifact=<id>` on stdout) to be handed back on rollback.
 * With `build` set, a release (and a rollback that has no recorded artifact) is first built at its exact
 * commit in a throwaway worktree (src/deploy/fallback.ts), never from the workflow's own checkout.
 */



const DIGEST = /^[a-z0-9][a-z0-9._\-/:]*@sha256:[0-9a-f]{64}$/;
function baseEnv(environment, action, release) {
    return {
        ROLLBACK_READY_ACTION: action,
        ROLLBACK_READY_ENVIRONMENT: environment,
        ROLLBACK_READY_RELEASE: release.tag,
        ROLLBACK_READY_COMMIT: release.sha,
        ROLLBACK_READY_SKIP_MIGRATIONS: action === 'deploy' ? '0' : '1',
    };
}
/** The build step of a command target, when one is configured: the exact commit, in a worktree. */
function buildStep(options, action, release) {
    return options.build
        ? {
            command: options.build,
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            env: baseEnv(options.environment, action, release),
        }
        : undefined;
}
function containerTarget(options) {
    async function run(image, action, release, built = false) {
        const out = await (0,command/* runDeployCommand */.Q)({
            command: options.command,
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            env: { ...baseEnv(options.environment, action, release), ROLLBACK_READY_IMAGE: image },
        });
        const digest = DIGEST.test(image) ? image : (0,command/* announcedArtifact */.E)(out);
        if (!digest || !DIGEST.test(digest))
            throw new target/* DeployError */.s(`the container deploy of ${image} did not say which digest it deployed: print rollback-ready-artifact=<image>@sha256:<digest> from the command, or name the image by digest`);
        return { artifact: { target: 'container', id: digest }, built, apiCalls: 0, notes: [] };
    }
    return {
        name: 'container',
        environment: options.environment,
        async deploy(release, action) {
            const configured = options.image?.replaceAll('{tag}', release.tag);
            const build = buildStep(options, action, release);
            if (build)
                return (0,fallback/* withBuildAtCommit */.H)(build, release, async ({ artifact }) => {
                    const image = artifact ?? configured;
                    if (!image)
                        throw new target/* DeployError */.s(`the build of ${release.tag} did not announce an image (rollback-ready-artifact=<image>@sha256:<digest>) and deploy.environments.${options.environment}.image is not set`);
                    return run(image, action, release, true);
                });
            if (!configured)
                throw new target/* DeployError */.s(`deploy.environments.${options.environment}.image is not set: name the image your build pushes, e.g. ghcr.io/owner/app:{tag}`);
            return run(configured, action, release);
        },
        async redeploy(artifact, release, action) {
            if (!DIGEST.test(artifact.id))
                throw new target/* DeployError */.s(`the recorded artifact ${artifact.id} is not an image digest`);
            return run(artifact.id, action, release);
        },
        async live() {
            return {
                note: 'the container target cannot ask the platform what runs; the ledger says what was deployed',
            };
        },
        describe(artifact) {
            return `image ${artifact.id}`;
        },
    };
}
function scriptTarget(options) {
    async function run(action, release, artifact, sourceDir) {
        const out = await (0,command/* runDeployCommand */.Q)({
            command: options.command,
            cwd: options.cwd,
            timeoutMs: options.timeoutMs,
            env: {
                ...baseEnv(options.environment, action, release),
                ROLLBACK_READY_ARTIFACT: artifact?.id ?? '',
                ...(sourceDir ? { ROLLBACK_READY_SOURCE_DIR: sourceDir } : {}),
            },
        });
        const id = (0,command/* announcedArtifact */.E)(out) ?? artifact?.id ?? `${release.tag}@${release.sha.slice(0, 12)}`;
        return {
            artifact: { target: 'script', id },
            built: sourceDir !== undefined || artifact === undefined,
            apiCalls: 0,
            notes: [],
        };
    }
    return {
        name: 'script',
        environment: options.environment,
        async deploy(release, action) {
            const build = buildStep(options, action, release);
            if (build)
                return (0,fallback/* withBuildAtCommit */.H)(build, release, ({ dir, artifact }) => run(action, release, artifact ? { target: 'script', id: artifact } : undefined, dir));
            // The workflow's checkout is the default branch during a rollback: running the command there
            // would deploy today's code under an old release's name.
            if (action !== 'deploy')
                throw new target/* DeployError */.s(`no artifact was recorded for ${release.tag} in ${options.environment}, and deploy.environments.${options.environment}.build is not set: add the command that builds a commit (it runs at ${release.sha.slice(0, 12)} in a fresh worktree), or have your deploy command print rollback-ready-artifact=<id> so releases record what to redeploy`);
            return run(action, release);
        },
        redeploy: (artifact, release, action) => run(action, release, artifact),
        async live() {
            return {
                note: 'the script target cannot ask the platform what runs; the ledger says what was deployed',
            };
        },
        describe(artifact) {
            return `script artifact ${artifact.id}`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/fly.ts
/**
 * Fly.io through the Machines API: a release is an image in a registry (pushed by your build, named by
 * deploy.environments.<env>.image with {tag}); deploying it updates every machine of the app to that
 * image (POST /apps/{app}/machines/{id} with the machine's own config and the new image), waits for
 * each to start, and records the digest the machines actually run. A rollback updates the machines to
 * the recorded digest: the same bytes that ran before, nothing rebuilt. With `build` set, a release
 * (and a rollback with no recorded digest) is first built and pushed at its exact commit, in a worktree.
 */


/** Metadata keys on each machine: which release and commit it runs (what `live` reads back). */
const FLY_RELEASE_KEY = 'rollback_ready_release';
const FLY_COMMIT_KEY = 'rollback_ready_commit';
const digestRef = (m) => {
    const r = m.image_ref;
    if (!r?.digest || !r.repository)
        return undefined;
    return `${r.registry ? `${r.registry}/` : ''}${r.repository}@${r.digest}`;
};
function flyTarget(options) {
    const { client, app } = options;
    const base = `/apps/${encodeURIComponent(app)}/machines`;
    async function machines() {
        const { body } = await client.request('GET', base);
        return body.filter((m) => m.state !== 'destroyed' && m.state !== 'destroying');
    }
    async function roll(image, release) {
        const all = await machines();
        if (all.length === 0)
            throw new target/* DeployError */.s(`Fly app ${app} has no machines to update; create them once with fly deploy, then re-run`);
        const digests = new Set();
        for (const m of all) {
            const config = {
                ...(m.config ?? {}),
                image,
                metadata: {
                    ...(m.config?.metadata ?? {}),
                    [FLY_RELEASE_KEY]: release.tag,
                    [FLY_COMMIT_KEY]: release.sha,
                },
            };
            const { body: updated } = await client.request('POST', `${base}/${encodeURIComponent(m.id)}`, {
                body: { config },
                ok: [200],
            });
            const timeout = Math.min(60, Math.max(1, Math.round(options.timeoutMs / 1000)));
            await client.request('GET', `${base}/${encodeURIComponent(m.id)}/wait`, {
                query: {
                    state: 'started',
                    timeout,
                    ...(updated.instance_id ? { instance_id: updated.instance_id } : {}),
                },
                ok: [200],
            });
            const { body: after } = await client.request('GET', `${base}/${encodeURIComponent(m.id)}`);
            const ref = digestRef(after);
            if (!ref)
                throw new target/* DeployError */.s(`Fly machine ${m.id} of ${app} started without an image digest; cannot record what runs`);
            digests.add(ref);
        }
        if (digests.size !== 1)
            throw new target/* DeployError */.s(`Fly app ${app} runs ${digests.size} different images after the update: ${[...digests].join(', ')}`);
        return {
            artifact: { target: 'fly', id: [...digests][0] },
            built: false,
            apiCalls: client.calls,
            notes: [],
        };
    }
    return {
        name: 'fly',
        environment: options.environment,
        async deploy(release, action) {
            const configured = options.image?.replaceAll('{tag}', release.tag);
            if (options.build) {
                const build = {
                    command: options.build,
                    cwd: options.cwd ?? process.cwd(),
                    timeoutMs: options.timeoutMs,
                    env: {
                        ROLLBACK_READY_ACTION: action,
                        ROLLBACK_READY_ENVIRONMENT: options.environment,
                        ROLLBACK_READY_RELEASE: release.tag,
                        ROLLBACK_READY_COMMIT: release.sha,
                        ...(configured ? { ROLLBACK_READY_IMAGE: configured } : {}),
                    },
                };
                return (0,fallback/* withBuildAtCommit */.H)(build, release, async ({ artifact }) => {
                    const image = artifact ?? configured;
                    if (!image)
                        throw new target/* DeployError */.s(`the build of ${release.tag} announced no image and deploy.environments.${options.environment}.image is not set`);
                    return { ...(await roll(image, release)), built: true };
                });
            }
            if (!configured)
                throw new target/* DeployError */.s(`deploy.environments.${options.environment}.image is not set: name the image your build pushes, e.g. registry.fly.io/${app}:{tag}`);
            return roll(configured, release);
        },
        async redeploy(artifact, release) {
            if (!/@sha256:[0-9a-f]{64}$/.test(artifact.id))
                throw new target/* DeployError */.s(`the recorded Fly artifact ${artifact.id} is not an image digest (…@sha256:…)`);
            return roll(artifact.id, release);
        },
        async live() {
            const all = (await machines()).filter((m) => m.state === 'started' || m.state === 'stopped' || m.state === 'suspended');
            const refs = new Set(all.map(digestRef).filter((r) => r !== undefined));
            if (refs.size === 0)
                return { note: `Fly app ${app} has no machine with a known image` };
            if (refs.size > 1)
                return { note: `Fly app ${app} runs ${refs.size} different images (a deploy half-done?)` };
            const shas = new Set(all.map((m) => m.config?.metadata?.[FLY_COMMIT_KEY] ??
                m.image_ref?.labels?.['org.opencontainers.image.revision']));
            const sha = shas.size === 1 ? [...shas][0] : undefined;
            return { artifact: { target: 'fly', id: [...refs][0] }, ...(sha ? { sha } : {}) };
        },
        describe(artifact) {
            return `image ${artifact.id} (Fly app ${app})`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/http.ts
/**
 * The platforms' REST APIs through Node's fetch: a bearer token, JSON in and out, a timeout per call,
 * bounded retries on 429/5xx and network errors, and a count of calls. Errors name the platform, the
 * call and the status; the token never appears in a message.
 */

class ApiClient {
    options;
    calls = 0;
    constructor(options) {
        this.options = options;
    }
    async request(method, path, options = {}) {
        const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
        for (const [k, v] of Object.entries(options.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const what = `${this.options.platform} ${method} ${url.pathname}`;
        const retries = this.options.retries ?? 2;
        for (let attempt = 0;; attempt++) {
            this.calls++;
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        accept: 'application/json',
                        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
                    },
                    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
                });
            }
            catch (error) {
                if (attempt < retries) {
                    await this.pause(attempt);
                    continue;
                }
                throw new target/* DeployError */.s(`${what}: no answer (${error.message})`);
            }
            const text = await response.text();
            if ((response.status === 429 || response.status >= 500) && attempt < retries) {
                await this.pause(attempt);
                continue;
            }
            const ok = options.ok ?? [200, 201, 202];
            if (!ok.includes(response.status)) {
                throw new target/* DeployError */.s(`${what} answered ${response.status}${detail(text)}${hint(response.status)}`);
            }
            let body = undefined;
            if (text.trim() !== '') {
                try {
                    body = JSON.parse(text);
                }
                catch {
                    throw new target/* DeployError */.s(`${what} answered ${response.status} with a body that is not JSON`);
                }
            }
            return { status: response.status, body: body };
        }
    }
    pause(attempt) {
        const ms = (this.options.backoffMs ?? 1000) * 2 ** attempt;
        return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
    }
}
/** The platform's own error message, one line and short (it may quote ids, never our token). */
function detail(text) {
    try {
        const parsed = JSON.parse(text);
        const message = typeof parsed.message === 'string'
            ? parsed.message
            : typeof parsed.error === 'string'
                ? parsed.error
                : typeof parsed.error?.message === 'string'
                    ? parsed.error.message
                    : undefined;
        return message ? `: ${message.replace(/\s+/g, ' ').slice(0, 200)}` : '';
    }
    catch {
        return '';
    }
}
function hint(status) {
    if (status === 401)
        return ' (the token is missing, expired or for another account)';
    if (status === 403)
        return ' (the token may not act on this project/app/service)';
    if (status === 404)
        return ' (check the id in deploy.environments in .github/rollback-ready.yml)';
    return '';
}
/** Poll until `check` returns a value, or fail after `timeoutMs` with `what` in the message. */
async function pollUntil(what, timeoutMs, intervalMs, check) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return value;
        if (Date.now() >= deadline)
            throw new target/* DeployError */.s(`${what}: still not done after ${Math.round(timeoutMs / 1000)}s`);
        await new Promise((r) => setTimeout(r, intervalMs));
    }
}

;// CONCATENATED MODULE: ./src/deploy/render.ts


const FAILED = new Set(['build_failed', 'update_failed', 'canceled', 'pre_deploy_failed', 'deactivated']);
function renderTarget(options) {
    const { client, service } = options;
    const base = `/services/${encodeURIComponent(service)}`;
    async function waitLive(deploy, what) {
        return pollUntil(`Render ${what} ${deploy.id}`, options.timeoutMs, options.pollMs, async () => {
            const { body } = await client.request('GET', `${base}/deploys/${encodeURIComponent(deploy.id)}`);
            if (body.status === 'live')
                return body;
            if (body.status && FAILED.has(body.status))
                throw new target/* DeployError */.s(`Render ${what} ${deploy.id} of service ${service} ended ${body.status}; see its log in the Render dashboard`);
            return undefined;
        });
    }
    async function autoDeployNote() {
        const { body } = await client.request('GET', base);
        return body.autoDeploy === 'yes'
            ? [
                `Render auto-deploy is on for ${service}: the next push to its branch deploys by itself (docs/deploy-targets/render.md)`,
            ]
            : [];
    }
    return {
        name: 'render',
        environment: options.environment,
        async deploy(release) {
            const { status, body } = await client.request('POST', `${base}/deploys`, {
                body: { commitId: release.sha },
                ok: [201, 202],
            });
            // 202 (queued behind a running deploy) has no body: the deploy of our commit is found in the list.
            const created = status === 201 && body
                ? body
                : await pollUntil(`Render deploy of ${release.sha.slice(0, 12)}`, options.timeoutMs, options.pollMs, async () => {
                    const { body: list } = await client.request('GET', `${base}/deploys`, {
                        query: { limit: 20 },
                    });
                    return list.map((d) => d.deploy).find((d) => d?.commit?.id === release.sha);
                });
            const live = await waitLive(created, 'deploy');
            return {
                artifact: { target: 'render', id: live.id },
                built: true,
                apiCalls: client.calls,
                notes: await autoDeployNote(),
            };
        },
        async redeploy(artifact) {
            const { body } = await client.request('POST', `${base}/rollback`, {
                body: { deployId: artifact.id },
                ok: [201],
            });
            await waitLive(body, 'rollback deploy');
            // The new deploy reuses the old build; the artifact that stays meaningful is the one rolled back to.
            return { artifact, built: false, apiCalls: client.calls, notes: await autoDeployNote() };
        },
        async live() {
            const { body } = await client.request('GET', `${base}/deploys`, {
                query: { status: 'live', limit: 1 },
            });
            const { body: svc } = await client.request('GET', base);
            const autoDeploy = svc.autoDeploy === undefined ? {} : { autoDeploy: svc.autoDeploy === 'yes' };
            const deploy = body[0]?.deploy;
            if (!deploy)
                return { ...autoDeploy, note: `Render service ${service} has no live deploy` };
            const sha = deploy.commit?.id;
            return { artifact: { target: 'render', id: deploy.id }, ...(sha ? { sha } : {}), ...autoDeploy };
        },
        describe(artifact) {
            return `Render deploy ${artifact.id} (service ${service})`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/vercel.ts


const vercel_FAILED = new Set(['ERROR', 'CANCELED', 'DELETED']);
function vercelTarget(options) {
    const { client, project } = options;
    const team = options.team ? { teamId: options.team } : {};
    const projectPath = `/v9/projects/${encodeURIComponent(project)}`;
    async function promote(uid) {
        await client.request('POST', `/v10/projects/${encodeURIComponent(project)}/promote/${encodeURIComponent(uid)}`, {
            query: team,
            ok: [201, 202],
        });
        // 202: accepted, traffic moves in the background; done when the project's production target is it.
        await pollUntil(`Vercel promote of ${uid} in ${project}`, options.timeoutMs, options.pollMs, async () => {
            const { body } = await client.request('GET', projectPath, { query: team });
            return body.targets?.production?.id === uid ? true : undefined;
        });
    }
    const outcome = (uid, built = false) => ({
        artifact: { target: 'vercel', id: uid },
        built,
        apiCalls: client.calls,
        notes: [],
    });
    /** No production build of the commit is left: ask Vercel to build exactly that commit from git. */
    async function buildFromGit(release) {
        const [org, repo] = (options.repository ?? '').split('/');
        if (!org || !repo)
            throw new target/* DeployError */.s(`Vercel has no production deployment of ${release.tag} (${release.sha.slice(0, 12)}) and GITHUB_REPOSITORY is not set, so it cannot be built from git; run in GitHub Actions or set GITHUB_REPOSITORY=owner/name`);
        await client.request('POST', '/v13/deployments', {
            query: team,
            body: {
                name: project,
                project,
                target: 'production',
                gitSource: { type: 'github', org, repo, ref: release.tag, sha: release.sha },
                meta: { rollbackReadyRelease: release.tag },
            },
            ok: [200],
        });
    }
    return {
        name: 'vercel',
        environment: options.environment,
        async deploy(release, action) {
            // Vercel's Git integration builds every push; the release promotes the build of its exact commit.
            // A rollback with nothing recorded and no build of the commit left asks Vercel to build it.
            let built = false;
            const found = await pollUntil(`a READY production deployment of ${release.sha.slice(0, 12)} in Vercel project ${project}`, options.timeoutMs, options.pollMs, async () => {
                const { body } = await client.request('GET', '/v7/deployments', {
                    query: { projectId: project, target: 'production', sha: release.sha, limit: 20, ...team },
                });
                const mine = body.deployments.filter((d) => d.meta?.githubCommitSha === release.sha);
                const ready = mine.find((d) => d.readyState === 'READY');
                if (ready)
                    return ready;
                if (mine.length === 0 && action !== 'deploy' && !built) {
                    await buildFromGit(release);
                    built = true;
                    return undefined;
                }
                if (mine.length === 0 && built)
                    return undefined; // created; not listed yet
                if (mine.length === 0)
                    throw new target/* DeployError */.s(`Vercel has no production deployment of commit ${release.sha.slice(0, 12)} (${release.tag}) in project ${project}: let Vercel's Git integration build it (docs/deploy-targets/vercel.md), then re-run`);
                if (mine.every((d) => vercel_FAILED.has(d.readyState)))
                    throw new target/* DeployError */.s(`Vercel's build of ${release.sha.slice(0, 12)} (${release.tag}) is ${mine[0].readyState} in project ${project}; fix the build, then re-run`);
                return undefined; // still building
            });
            await promote(found.uid);
            return outcome(found.uid, built);
        },
        async redeploy(artifact) {
            await promote(artifact.id);
            return outcome(artifact.id);
        },
        async live() {
            const { body } = await client.request('GET', projectPath, { query: team });
            const production = body.targets?.production;
            if (!production)
                return { note: `Vercel project ${project} has no production deployment` };
            const sha = production.meta?.githubCommitSha;
            return { artifact: { target: 'vercel', id: production.id }, ...(sha ? { sha } : {}) };
        },
        describe(artifact) {
            return `Vercel deployment ${artifact.id} (project ${project})`;
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/open.ts
/**
 * From `deploy:` in the config and the process environment to one DeployTarget for one environment.
 * Tokens come only from the environment (set from secrets in the workflow); API base URLs can be
 * pointed elsewhere the same way GITHUB_API_URL is (the tests' loopback fakes use it).
 */







const PLATFORM = {
    vercel: { token: 'VERCEL_TOKEN', url: 'VERCEL_API_URL', base: 'https://api.vercel.com', label: 'Vercel' },
    fly: { token: 'FLY_API_TOKEN', url: 'FLY_API_URL', base: 'https://api.machines.dev/v1', label: 'Fly' },
    render: {
        token: 'RENDER_API_KEY',
        url: 'RENDER_API_URL',
        base: 'https://api.render.com/v1',
        label: 'Render',
    },
};
/** The environment's settings, or a usage error that says where to add them. */
function environmentSettings(config, environment) {
    const settings = config.environments[environment];
    if (!settings) {
        const known = Object.keys(config.environments);
        throw new errors/* UsageError */.eb(`deploy.environments has no "${environment}" in .github/rollback-ready.yml (known: ${known.join(', ') || 'none'}); add its ${config.target === 'none' ? 'settings' : deploy_config/* REQUIRED_KEY */.yg[config.target]} there`);
    }
    return settings;
}
/** Whether an environment is production: named so, or marked `production: true`. Drills refuse it. */
function isProductionTarget(config, environment) {
    return environment.toLowerCase() === 'production' || config.environments[environment]?.production === true;
}
function openTarget(options) {
    const { config, environment } = options;
    const env = options.env ?? process.env;
    if (config.target === 'none')
        return undefined;
    const settings = environmentSettings(config, environment);
    const timeoutMs = config.timeout * 1000;
    const pollMs = options.pollMs ?? Number(env.ROLLBACK_READY_POLL_MS ?? 3000);
    const target = config.target;
    if (target === 'container' || target === 'script') {
        const common = {
            environment,
            command: settings.command,
            ...(settings.build ? { build: settings.build } : {}),
            cwd: options.cwd,
            timeoutMs,
        };
        return target === 'container'
            ? containerTarget({ ...common, ...(settings.image ? { image: settings.image } : {}) })
            : scriptTarget(common);
    }
    const platform = PLATFORM[target];
    const token = env[platform.token] || env.DEPLOY_TOKEN;
    if (!token)
        throw new errors/* UsageError */.eb(`deploy.target ${target} needs a token: set ${platform.token} (or DEPLOY_TOKEN) from a secret; tokens never go in the config file`);
    const baseUrl = env[platform.url] || platform.base;
    if (!/^https?:\/\//.test(baseUrl))
        throw new errors/* UsageError */.eb(`${platform.url}: ${baseUrl} is not an http(s) URL`);
    const client = new ApiClient({
        platform: platform.label,
        baseUrl,
        token,
        backoffMs: Number(env.ROLLBACK_READY_BACKOFF_MS ?? 1000),
    });
    if (target === 'vercel')
        return vercelTarget({
            environment,
            project: settings.project,
            ...(settings.team ? { team: settings.team } : {}),
            ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
            client,
            timeoutMs,
            pollMs,
        });
    if (target === 'fly')
        return flyTarget({
            environment,
            app: settings.app,
            ...(settings.image ? { image: settings.image } : {}),
            ...(settings.build ? { build: settings.build } : {}),
            cwd: options.cwd,
            client,
            timeoutMs,
        });
    return renderTarget({ environment, service: settings.service, client, timeoutMs, pollMs });
}


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DeployError)
/* harmony export */ });
/** A platform refused or failed: the message names the platform, the call and what to do. */
class DeployError extends Error {
    name = 'DeployError';
}


/***/ }),

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ deploymentAnswer),
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   g9: () => (/* binding */ InvalidAnswerError),
/* harmony export */   p6: () => (/* binding */ statusAnswer)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * Schemas of the parts of GitHub's answers that the ledger uses, checked before use: a truncated or odd
 * answer becomes one clear error instead of "undefined deployed" or a crash after a write.
 */

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
/** What we use of a deployment, checked before use: a truncated or odd answer never becomes "undefined deployed". */
const deploymentAnswer = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit SHA'),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    payload: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J(),
    creator: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable().optional(),
});
const statusAnswer = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(STATES),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    log_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
});
/** GitHub answered, but not with what the API describes: nothing is written or decided from it. */
class InvalidAnswerError extends Error {
    name = 'InvalidAnswerError';
}
function checked(schema, data, what) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the answer';
    throw new InvalidAnswerError(`GitHub's answer to ${what} was incomplete or invalid (${where}: ${issue.message})`);
}


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ octokitLedgerReader),
/* harmony export */   SC: () => (/* binding */ readLedger),
/* harmony export */   o6: () => (/* binding */ openGitHub),
/* harmony export */   rD: () => (/* binding */ readPayload)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5365);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(985);
/**
 * The read side of the deployment ledger: which release production is on, and which release is
 * known-good, from GitHub Deployments. The write side (creating deployments and statuses on deploy,
 * rollback and drill) implements `LedgerWriter` and records `DeploymentPayload` on every deployment.
 */




const ARTIFACT_TARGETS = new Set(['vercel', 'fly', 'render', 'container', 'script']);
/** Ids as the platforms print them (dpl_…, srv-…, registry/repo@sha256:…); anything else is ignored. */
const ARTIFACT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,299}$/;
const MAX_DEPLOYMENTS = 50;
/** Our payload fields from a deployment's payload (an object, or JSON text), dropping anything mistyped. */
function readPayload(raw) {
    let data = raw;
    if (typeof data === 'string') {
        try {
            data = JSON.parse(data);
        }
        catch {
            return {};
        }
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return {};
    const p = data;
    const out = {};
    if (typeof p.releaseId === 'string' && p.releaseId)
        out.releaseId = p.releaseId;
    if (typeof p.previousRelease === 'string')
        out.previousRelease = p.previousRelease;
    if (p.kind === 'deploy' || p.kind === 'rollback' || p.kind === 'drill')
        out.kind = p.kind;
    if (typeof p.actor === 'string')
        out.actor = p.actor;
    if (typeof p.reason === 'string')
        out.reason = p.reason;
    if (Array.isArray(p.migrations))
        out.migrations = p.migrations.filter((m) => typeof m === 'string');
    if (typeof p.rolledBackFrom === 'string' && p.rolledBackFrom)
        out.rolledBackFrom = p.rolledBackFrom;
    const a = p.artifact;
    if (a && typeof a === 'object' && typeof a.target === 'string' && ARTIFACT_TARGETS.has(a.target))
        if (typeof a.id === 'string' && ARTIFACT_ID.test(a.id))
            out.artifact = { target: a.target, id: a.id };
    if (typeof p.built === 'boolean')
        out.built = p.built;
    return out;
}
/**
 * Walk deployments newest first. A rollback names the release it left (`rolledBackFrom`), and it is
 * always newer than that release's deployment, so by the time we reach a deployment we already know
 * whether it was rolled back from. Drills never count as production; `exclude` skips one release
 * (the one whose note is being checked).
 */
async function readLedger(reader, environment, options = {}) {
    const deployments = await reader.listDeployments(environment, options.limit ?? MAX_DEPLOYMENTS);
    const rolledBack = new Set();
    const state = { deployments: deployments.length };
    for (const d of deployments) {
        const kind = d.payload.kind ?? 'deploy';
        if (kind === 'drill')
            continue;
        const releaseId = d.payload.releaseId ?? d.ref;
        // Anyone with deployments: write can put any text in a payload or ref: a name that is not a safe
        // tag never becomes "what is live", a rollback target or an action output.
        if ((0,_release_names_js__WEBPACK_IMPORTED_MODULE_1__/* .refNameProblem */ .CY)(releaseId))
            continue;
        // Checking a release's own note: its deployments say nothing about what to roll back to.
        if (releaseId !== options.exclude) {
            const statuses = await reader.listStatuses(d.id);
            const release = {
                releaseId,
                sha: d.sha,
                deploymentId: d.id,
                createdAt: d.createdAt,
                kind,
                ...(d.payload.artifact ? { artifact: d.payload.artifact } : {}),
            };
            // A later success marks earlier ones inactive, so "succeeded once" is any success in the history.
            if (!state.current && statuses[0] === 'success')
                state.current = release;
            if (!state.knownGood && statuses.includes('success') && !rolledBack.has(releaseId))
                state.knownGood = release;
            if (state.current && state.knownGood)
                break;
        }
        if (kind === 'rollback' && d.payload.rolledBackFrom)
            rolledBack.add(d.payload.rolledBackFrom);
    }
    return state;
}
function octokitLedgerReader(client, owner, repo) {
    return {
        async listDeployments(environment, limit) {
            const { data } = await client.rest.repos.listDeployments({
                owner,
                repo,
                environment,
                per_page: Math.min(limit, 100),
            });
            return (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentAnswer */ .GC), data, 'listing deployments')
                .slice(0, limit)
                .map((d) => ({
                id: d.id,
                ref: d.ref,
                sha: d.sha,
                createdAt: d.created_at,
                payload: readPayload(d.payload),
            }));
        },
        async listStatuses(deploymentId) {
            const { data } = await client.rest.repos.listDeploymentStatuses({
                owner,
                repo,
                deployment_id: deploymentId,
                per_page: 100,
            });
            return (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .checked */ .KD)(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .statusAnswer */ .p6), data, `listing the statuses of deployment ${deploymentId}`).map((s) => s.state);
        },
    };
}
/** An API client and the repository to ask about, when a token and a repository are known. */
function openGitHub(access, log) {
    const [owner, repo] = (access?.repository ?? '').split('/');
    if (!access?.token || !owner || !repo)
        return undefined;
    const client = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitHubClient */ .LX)({
        token: access.token,
        ...(access.apiUrl ? { baseUrl: access.apiUrl } : {}),
        log,
    });
    return { client, owner, repo };
}


/***/ })

};
