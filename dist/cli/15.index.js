import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 15;
export const ids = [15,714];
export const modules = {

/***/ 8714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareGateContext: () => (/* binding */ prepareGateContext),
  runGates: () => (/* binding */ runGates)
});

;// CONCATENATED MODULE: ./src/core/gate.ts
function statusOf(outcome) {
    if (outcome.skipped)
        return 'skipped';
    return outcome.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}
const silentLogger = { info: () => { }, warn: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git_git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/git/errors.ts
var git_errors = __webpack_require__(3341);
;// CONCATENATED MODULE: ./src/git/revisions.ts



const FETCH_HINT = 'fetch more history (actions/checkout with fetch-depth: 0) or pass another ref';
/**
 * Decide what is compared with what: `--base` wins, then the pull request's base, then the merge base
 * with the default branch. `--head` pins a commit; without it the work tree is checked.
 */
async function resolveRevisions(git, request) {
    const worktree = request.head === undefined;
    const headRef = request.head ?? 'HEAD';
    // Linting explicit files reads the work tree only: no commit is needed (a repository without commits
    // is fine), so none is resolved; this saves a git process on every `lint FILE`.
    if (worktree && request.noBase && request.base === undefined)
        return { head: 'HEAD', worktree, baseSource: 'none' };
    const head = await git.resolveCommit(headRef);
    if (!head) {
        if (worktree)
            throw new errors/* UsageError */.eb(`the repository at ${git.root} has no commits yet; commit once, then re-run`);
        throw new errors/* UsageError */.eb(`--head ${headRef}: not a commit in this repository; ${FETCH_HINT}`);
    }
    if (request.base !== undefined) {
        await refuseAmbiguousBranch(git, request.base, '--base');
        const base = await git.resolveCommit(request.base);
        if (!base)
            throw new errors/* UsageError */.eb(`--base ${request.base}: not a commit in this repository; ${FETCH_HINT}`);
        return { base, head, worktree, baseSource: 'flag' };
    }
    if (request.noBase)
        return { head, worktree, baseSource: 'none' };
    if (request.pullRequestBase) {
        const base = await git.resolveCommit(request.pullRequestBase);
        if (!base) {
            throw new errors/* UsageError */.eb(`the pull request's base commit ${request.pullRequestBase.slice(0, 12)} is not in the checkout; ${FETCH_HINT}`);
        }
        // Compare with the merge base, as GitHub's "Files changed" tab does, so base-branch commits are not blamed on the PR.
        return { base: (await git.mergeBase(base, head)) ?? base, head, worktree, baseSource: 'pull-request' };
    }
    const branch = await git.defaultBranch();
    let branchRef;
    for (const ref of branch ? (0,git_git/* branchRefs */.DI)(branch) : []) {
        if (!(await git.resolveCommit(ref)))
            continue;
        branchRef = ref;
        // In a shallow clone git cannot tell; the check below names what is missing and the fix.
        const mergeBase = await git.mergeBase(ref, head).catch((error) => {
            if (error instanceof git_errors/* ShallowCloneError */.SD)
                return undefined;
            throw error;
        });
        if (mergeBase)
            return { base: mergeBase, head, worktree, baseSource: 'merge-base' };
    }
    if (!request.requireBase)
        return { head, worktree, baseSource: 'none' };
    if (await git.isShallow?.()) {
        throw new git_errors/* ShallowCloneError */.SD(branchRef ? `the merge base with ${branch}` : `the default branch${branch ? ` ${branch}` : ''}`, 'missing');
    }
    if (branchRef) {
        throw new git_errors/* NoBaseError */.De(`${branch} and ${worktree ? 'the work tree' : headRef} share no history, so there is nothing to compare with; pass --base REF`);
    }
    throw new git_errors/* NoBaseError */.De(`cannot tell what to compare with: origin/HEAD is not set and there is no main or master branch; pass --base REF (e.g. --base origin/trunk), or run git remote set-head origin --auto`);
}
/**
 * A short name that is both a tag and a branch (`main`): git would silently pick the tag. Refuse,
 * naming the full refs to choose from. Full refs (`refs/heads/main`) and SHAs pass untouched.
 */
async function refuseAmbiguousBranch(git, name, flag) {
    if (name.startsWith('refs/') || /^[0-9a-f]{7,64}$/i.test(name))
        return;
    if (!(await git.resolveCommit(`refs/tags/${name}`)))
        return;
    for (const ref of (0,git_git/* branchRefs */.DI)(name)) {
        if (await git.resolveCommit(ref)) {
            throw new errors/* UsageError */.eb(`${flag} ${name}: both a tag and a branch are named ${name}; pass refs/tags/${name} or ${ref}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/run-gates.ts





/** Findings about the run itself (the policy it used), reported with the gates' findings. */
const policyFindings = new WeakMap();
/**
 * Open the repository and resolve base/head once for every gate of a run. With `policyFromBase`, a
 * pull request's run (or one given --base) takes its config from the base commit (config/trusted-base.ts).
 */
async function prepareGateContext(ctx, options = {}) {
    let { settings } = ctx;
    // Resolving the head goes through the run's cat-file: it starts with the lookup of the repository.
    const git = options.git ?? (await git_git/* GitCli */.Tq.open(settings.run.cwd, { objects: true }));
    const revisions = await resolveRevisions(git, {
        // Linting explicit files compares with nothing unless --base asks: skip finding the merge base.
        ...(options.needsBase === false ? { noBase: true } : {}),
        ...(options.requireBase ? { requireBase: true } : {}),
        ...(settings.run.base !== undefined ? { base: settings.run.base } : {}),
        // The work tree only when no head was named: `--head HEAD` is the HEAD commit, as `--head <sha>` is that commit.
        ...((settings.run.worktree ?? settings.run.head === 'HEAD') ? {} : { head: settings.run.head }),
        ...(ctx.pullRequest?.baseSha ? { pullRequestBase: ctx.pullRequest.baseSha } : {}),
    });
    ctx.log.debug(`comparing ${revisions.base ?? '(nothing)'} → ${revisions.worktree ? 'work tree' : revisions.head} (base from ${revisions.baseSource})`);
    let findings = [];
    if (options.policyFromBase && revisions.base && (ctx.pullRequest || settings.run.base !== undefined)) {
        // Loaded only here: the config schema and YAML parser stay out of runs that do not need them.
        const { policyFromBase } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 3427));
        const policy = await policyFromBase(settings, git, revisions.base, {
            worktree: revisions.worktree,
            commit: revisions.head,
        });
        settings = policy.settings;
        findings = policy.findings;
        ctx.log.debug(`policy from the base commit ${revisions.base.slice(0, 7)} (${settings.run.configFile ?? 'no config file: defaults'})`);
    }
    if (options.adjust)
        settings = options.adjust(settings);
    const gateCtx = {
        settings,
        git,
        ...(revisions.base ? { base: revisions.base } : {}),
        head: revisions.head,
        worktree: revisions.worktree,
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
        log: ctx.log,
        ...(ctx.github ? { github: ctx.github } : {}),
    };
    policyFindings.set(gateCtx, findings);
    return gateCtx;
}
/**
 * Run gates one after another and collect one report. A gate that crashes becomes an error finding
 * naming the gate, so the rest of the report still arrives; a usage error still ends the run (exit 2).
 */
async function runGates(gates, gateCtx, extra = {}) {
    const findings = [...(policyFindings.get(gateCtx) ?? [])];
    const summaries = [];
    const data = { ...extra };
    for (const gate of gates) {
        try {
            const outcome = await gate.run(gateCtx);
            findings.push(...outcome.findings);
            summaries.push({ gate: gate.id, status: statusOf(outcome), summary: outcome.summary });
            Object.assign(data, outcome.data ?? {});
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.eb)
                throw error;
            findings.push({
                gate: gate.id,
                rule: 'gate-failed',
                severity: 'error',
                message: `the ${gate.title} gate could not finish: ${(0,errors/* errorMessage */.gJ)(error)}`,
                help: 'Re-run with RUNNER_DEBUG=1 (or --verbose) for details; report it if it persists.',
            });
            summaries.push({ gate: gate.id, status: 'fail', summary: 'could not finish' });
        }
    }
    return (0,report/* buildReport */.F)(findings, summaries, gateCtx.settings.run.failOn, data);
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8472);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(121);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);



function buildReport(findings, gates, failOn, extra = {}) {
    const grouped = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(findings);
    return {
        schemaVersion: 1,
        tool: { name: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH, version: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr },
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(findings, failOn),
        findings: grouped.findings,
        gates: [...gates],
        ...extra,
        ...(grouped.groups.length ? { groups: grouped.groups } : {}),
    };
}


/***/ }),

/***/ 1571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ prepareApplyRole),
/* harmony export */   Si: () => (/* binding */ LOCAL_APPLY_ROLE),
/* harmony export */   n8: () => (/* binding */ LOCAL_SUPERUSER),
/* harmony export */   no: () => (/* binding */ privilegeProblem),
/* harmony export */   pg: () => (/* binding */ HELPER_SCHEMA)
/* harmony export */ });
/* unused harmony exports SERVER_ACCESS_ROLES, SUPERUSER_EXTENSIONS */
/**
 * A pull request's SQL (migrations, seeds, a dump under restore check) is hostile: as a superuser,
 * `COPY … TO PROGRAM` runs a shell on the CI machine and `pg_read_file` reads the runner's files. It is
 * applied only as a role that is not a superuser, cannot create roles (before PostgreSQL 16 CREATEROLE
 * can grant itself the roles below) and is not a member of the roles that reach the server's files
 * and programs. The superuser is kept for setup the tool itself writes.
 */
const SERVER_ACCESS_ROLES = [
    'pg_execute_server_program',
    'pg_read_server_files',
    'pg_write_server_files',
];
/**
 * On a throwaway local server the bootstrap superuser gets this name, so the role that applies the
 * migrations can be called `postgres`: Supabase and pg_dump output say `OWNER TO postgres`, and on
 * Supabase `postgres` is not a superuser either.
 */
const LOCAL_SUPERUSER = 'rollback_ready_admin';
const LOCAL_APPLY_ROLE = 'postgres';
/** Schema of the setup helpers; owned by the superuser, left out of schema snapshots. */
const HELPER_SCHEMA = 'rollback_ready_rehearsal';
/**
 * Extensions that are not "trusted" (only a superuser may create them) but give no access to the
 * server's files, programs or network. When a migration asks for one, the rehearsal creates it on the
 * migration's behalf through a helper (see EXTENSION_HELPER). dblink, postgres_fdw, file_fdw, adminpack,
 * untrusted languages (plpython3u, plperlu) and the like are deliberately absent.
 */
const SUPERUSER_EXTENSIONS = [
    'pg_stat_statements',
    'pg_buffercache',
    'pgstattuple',
    'pgrowlocks',
    'pg_visibility',
    'pg_freespacemap',
    'pg_prewarm',
    'amcheck',
    'moddatetime',
    'autoinc',
    'insert_username',
    'refint',
    'intagg',
    'bloom',
    'vector',
    'hypopg',
    'pg_hashids',
];
const ident = (name) => `"${name.replace(/"/g, '""')}"`;
const literal = (text) => `'${text.replace(/'/g, "''")}'`;
/** Why `role` must not apply untrusted SQL, or undefined when it may. */
async function privilegeProblem(session, role) {
    const [row] = await session.query(`SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole,
       ARRAY(SELECT b.rolname::text FROM pg_roles b
             WHERE b.rolname = ANY ($2::text[]) AND pg_has_role(r.oid, b.oid, 'MEMBER')) AS server_access
     FROM pg_roles r WHERE r.rolname = coalesce($1, current_user)`, [role ?? null, [...SERVER_ACCESS_ROLES]]);
    if (!row)
        return `role ${role ?? '(current)'} does not exist`;
    if (row.superuser)
        return `role ${row.name} is a superuser`;
    if (row.createrole)
        return `role ${row.name} has CREATEROLE (it could grant itself server file access)`;
    if (row.server_access.length)
        return `role ${row.name} is a member of ${row.server_access.join(', ')}`;
    return undefined;
}
/**
 * As the superuser, connected to `database`: create the apply role (unless it exists), give it the
 * database and its public schema (so ordinary DDL, trusted extensions, GRANT and ALTER … OWNER work),
 * and install the extension helper.
 */
async function prepareApplyRole(admin, options) {
    const { role, database } = options;
    const statements = [];
    if (options.create)
        statements.push(`CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${options.password ? ` PASSWORD ${literal(options.password)}` : ''}`);
    statements.push(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(role)}`, `ALTER SCHEMA public OWNER TO ${ident(role)}`);
    // Only a superuser can create the extensions the helper is for.
    if (options.helper !== false)
        statements.push(`CREATE SCHEMA ${HELPER_SCHEMA}`, `REVOKE ALL ON SCHEMA ${HELPER_SCHEMA} FROM PUBLIC`, `GRANT USAGE ON SCHEMA ${HELPER_SCHEMA} TO ${ident(role)}`, extensionHelper(role), `REVOKE ALL ON FUNCTION ${HELPER_SCHEMA}.create_extension(text, text) FROM PUBLIC`, `GRANT EXECUTE ON FUNCTION ${HELPER_SCHEMA}.create_extension(text, text) TO ${ident(role)}`);
    await admin.exec(statements.join(';\n'));
}
/**
 * `create_extension(name, schema)`: for an extension on SUPERUSER_EXTENSIONS only, runs its script as
 * the superuser in a fresh schema nobody else has touched (so objects a migration planted cannot
 * hijack the script), moves it to the schema asked for (no code runs), and hands the extension to the
 * apply role, exactly as PostgreSQL does for trusted extensions (the objects stay the superuser's).
 */
function extensionHelper(role) {
    const allowed = SUPERUSER_EXTENSIONS.map(literal).join(', ');
    return `CREATE FUNCTION ${HELPER_SCHEMA}.create_extension(ext text, target text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $helper$
DECLARE
  control record;
BEGIN
  IF NOT (ext = ANY (ARRAY[${allowed}])) THEN
    RAISE EXCEPTION 'extension "%" is not one the rehearsal creates for a migration', ext USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = ext) THEN RETURN; END IF;
  SELECT v.relocatable, v.requires INTO control
    FROM pg_available_extensions a JOIN pg_available_extension_versions v ON v.name = a.name AND v.version = a.default_version
    WHERE a.name = ext;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'extension "%" is not available on this server', ext USING ERRCODE = '58P01';
  END IF;
  IF NOT control.relocatable OR control.requires IS NOT NULL THEN
    RAISE EXCEPTION 'extension "%" is not relocatable or needs other extensions, so the rehearsal does not create it', ext USING ERRCODE = '42501';
  END IF;
  CREATE SCHEMA rollback_ready_extension_stage;
  EXECUTE format('CREATE EXTENSION %I SCHEMA rollback_ready_extension_stage', ext);
  EXECUTE format('ALTER EXTENSION %I SET SCHEMA %I', ext, target);
  DROP SCHEMA rollback_ready_extension_stage;
  UPDATE pg_extension SET extowner = ${literal(role)}::regrole WHERE extname = ext;
END
$helper$`;
}


/***/ }),

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ interrupted),
/* harmony export */   q: () => (/* binding */ registerCleanup)
/* harmony export */ });
const registered = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Bound the orderly teardown on a signal: the user asked to stop. */
const SIGNAL_CLEANUP_MS = 8_000;
let signalling = false;
function onExit() {
    for (const handle of [...registered]) {
        try {
            handle.sync();
        }
        catch {
            // best effort: the process is going away
        }
    }
    registered.clear();
}
function onSignal(signal) {
    if (signalling)
        return;
    signalling = true;
    const handles = [...registered];
    const teardown = Promise.allSettled(handles.map((h) => h.async()));
    const timer = new Promise((resolve) => setTimeout(resolve, SIGNAL_CLEANUP_MS).unref());
    void Promise.race([teardown, timer]).then(() => {
        // Whatever did not finish in time goes the hard way.
        for (const h of handles)
            if (registered.has(h))
                h.sync();
        registered.clear();
        uninstall();
        process.exit(128 + SIGNAL_NUMBERS[signal]);
    });
}
function install() {
    process.on('exit', onExit);
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function uninstall() {
    process.off('exit', onExit);
    for (const s of SIGNALS)
        process.off(s, onSignal);
}
/** True once Ctrl-C / SIGTERM arrived: the teardown runs and the process exits when it is done. */
function interrupted() {
    return signalling;
}
/** Register a resource; call the returned function once it has been cleaned up normally. */
function registerCleanup(handle) {
    if (registered.size === 0)
        install();
    registered.add(handle);
    return () => {
        if (!registered.delete(handle))
            return;
        if (registered.size === 0 && !signalling)
            uninstall();
    };
}


/***/ }),

/***/ 4257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   MP: () => (/* binding */ DatabaseUnavailableError),
/* harmony export */   Nn: () => (/* binding */ toServerError),
/* harmony export */   ug: () => (/* binding */ ENGINES)
/* harmony export */ });
/* unused harmony export ServerError */
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);

const ENGINES = ['auto', 'local', 'pglite'];
/** A statement the server rejected, with the fields both drivers report. */
class ServerError extends Error {
    code;
    position;
    detail;
    hint;
    name = 'ServerError';
    constructor(message, 
    /** SQLSTATE, e.g. 23502 for a NOT NULL violation. */
    code, 
    /** 1-based character offset into the text sent, when the server points at one. */
    position, detail, hint) {
        super(message);
        this.code = code;
        this.position = position;
        this.detail = detail;
        this.hint = hint;
    }
}
/** Turn a driver error (pg or PGlite; both carry the wire protocol's fields) into a ServerError. */
function toServerError(error) {
    if (error instanceof ServerError)
        return error;
    const e = (error ?? {});
    const message = typeof e.message === 'string' ? e.message : String(error);
    const position = e.position === undefined || e.position === null ? undefined : Number(e.position);
    return new ServerError(message, typeof e.code === 'string' ? e.code : undefined, position !== undefined && Number.isFinite(position) && position > 0 ? position : undefined, typeof e.detail === 'string' && e.detail ? e.detail : undefined, typeof e.hint === 'string' && e.hint ? e.hint : undefined);
}
/** No Postgres could be had: the message says what to install or pass instead. */
class DatabaseUnavailableError extends Error {
    name = 'DatabaseUnavailableError';
}
/** A connection string with its password removed, safe for logs and reports (one helper: core/redact). */
function redactUrl(url) {
    if (!URL.canParse(url))
        return '(a database-url that is not a valid URL)';
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(url);
}


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ findPostgresBinaries),
/* harmony export */   VC: () => (/* binding */ DEBIAN_PG_ROOT),
/* harmony export */   tv: () => (/* binding */ versionFrom)
/* harmony export */ });
/* unused harmony export candidateBinDirs */
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5189);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** Where Debian and Ubuntu (and so GitHub's Ubuntu runners) install PostgreSQL, one folder per major version. */
const DEBIAN_PG_ROOT = '/usr/lib/postgresql';
function isExecutable(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Folders that hold both `initdb` and `postgres`: PATH first (a symlinked `initdb` counts by its real
 * folder), then `/usr/lib/postgresql/<major>/bin`, newest major first.
 */
function candidateBinDirs(env = process.env, debianRoot = DEBIAN_PG_ROOT) {
    const dirs = [];
    const add = (dir) => {
        if (!dirs.includes(dir) && isExecutable((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'initdb')) && isExecutable((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'postgres')))
            dirs.push(dir);
    };
    for (const entry of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean)) {
        const initdb = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry, 'initdb');
        if (!isExecutable(initdb))
            continue;
        try {
            add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(initdb)));
        }
        catch {
            add(entry);
        }
    }
    let majors = [];
    try {
        majors = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(debianRoot).filter((d) => /^\d+(\.\d+)?$/.test(d));
    }
    catch {
        // no Debian-style installation
    }
    majors.sort((a, b) => Number(b) - Number(a));
    for (const major of majors)
        add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(debianRoot, major, 'bin'));
    return dirs;
}
/**
 * The PostgreSQL binaries to start a rehearsal server with, or undefined when there are none.
 * With several installations, the one matching `preferMajor` (production's version) wins.
 */
async function findPostgresBinaries(preferMajor, env = process.env) {
    const found = [];
    for (const binDir of candidateBinDirs(env)) {
        const postgres = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(binDir, 'postgres');
        const version = await postgresVersion(postgres);
        if (!version)
            continue;
        found.push({
            binDir,
            initdb: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(binDir, 'initdb'),
            postgres,
            version,
            major: Number(version.split('.')[0]),
        });
        if (preferMajor === undefined)
            break;
    }
    return found.find((b) => b.major === preferMajor) ?? found[0];
}
const postgresVersion = (postgres) => versionFrom(postgres);
/** `X.Y` from a PostgreSQL program's `--version` (`pg_restore (PostgreSQL) 17.2`), or undefined. */
async function versionFrom(program) {
    try {
        const run = await (0,_git_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runProcess */ .R3)(program, ['--version'], { cwd: '/', timeoutMs: 10_000, maxStdout: 4096 });
        const match = /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(run.stdout.toString('utf8'));
        return run.code === 0 && match ? match[1] : undefined;
    }
    catch (error) {
        if (error instanceof _git_process_js__WEBPACK_IMPORTED_MODULE_0__/* .ProcessStartError */ ._S)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ startLocalServer)
});

// UNUSED EXPORTS: logTail

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/long-running.ts
var long_running = __webpack_require__(5658);
// EXTERNAL MODULE: ./src/db/cleanup.ts
var cleanup = __webpack_require__(162);
;// CONCATENATED MODULE: ./src/db/leftovers.ts



/**
 * What a throwaway server leaves behind when its owner dies without cleaning up (SIGKILL, OOM), and how
 * the next run finds it. Each temp folder records the pid of the process that made it; every process the
 * server starts (backends, and anything a migration managed to start) inherits a marker variable
 * naming the folder, so they can be found even after leaving the server's process group.
 */
const OWNER_FILE = 'owner.pid';
const MARKER_VARIABLE = 'ROLLBACK_READY_SERVER';
const PREFIX = 'rr-pg-';
/**
 * The whole environment of initdb and postgres: what they need to run and nothing the runner set
 * (no GITHUB_TOKEN, no secrets, no proxy settings): a migration must not be able to read it.
 */
function serverEnv(dir) {
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        LC_ALL: 'C',
        LANG: 'C',
        TZ: 'UTC',
        [MARKER_VARIABLE]: dir,
    };
}
function markOwner(dir, pid = process.pid) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, OWNER_FILE), `${pid}\n`);
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function readPid(path) {
    try {
        const pid = Number((0,external_node_fs_.readFileSync)(path, 'utf8').split('\n')[0]);
        return Number.isInteger(pid) && pid > 1 ? pid : undefined;
    }
    catch {
        return undefined;
    }
}
/** SIGKILL every process (Linux: through /proc) whose environment carries the folder's marker. */
function killMarked(dir) {
    let procs;
    try {
        procs = (0,external_node_fs_.readdirSync)('/proc').filter((p) => /^\d+$/.test(p));
    }
    catch {
        return 0; // no /proc: the process-group kill is all there is
    }
    const marker = `${MARKER_VARIABLE}=${dir}\0`;
    let killed = 0;
    for (const entry of procs) {
        const pid = Number(entry);
        if (pid === process.pid)
            continue;
        let environ;
        try {
            environ = (0,external_node_fs_.readFileSync)(`/proc/${entry}/environ`, 'latin1');
        }
        catch {
            continue; // gone, or not ours to read
        }
        if (!`\0${environ}`.includes(`\0${marker}`))
            continue;
        try {
            process.kill(pid, 'SIGKILL');
            killed += 1;
        }
        catch {
            // already gone
        }
    }
    return killed;
}
/**
 * Remove the temp folders (and stop the servers) of earlier runs whose owner process is gone. A folder
 * without an owner file, or whose owner still runs, is left alone: it may be another run's.
 */
function removeLeftovers(bases = [...new Set([(0,external_node_os_.tmpdir)(), '/tmp'])]) {
    const removed = [];
    for (const base of bases) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(base).filter((e) => e.startsWith(PREFIX));
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const dir = (0,external_node_path_.join)(base, entry);
            try {
                if (!(0,external_node_fs_.statSync)(dir).isDirectory())
                    continue;
            }
            catch {
                continue;
            }
            const owner = readPid((0,external_node_path_.join)(dir, OWNER_FILE));
            if (owner === undefined || alive(owner))
                continue;
            const postmaster = readPid((0,external_node_path_.join)(dir, 'data', 'postmaster.pid'));
            if (postmaster !== undefined && runsIn(postmaster, dir)) {
                for (const target of [-postmaster, postmaster]) {
                    try {
                        process.kill(target, 'SIGKILL');
                    }
                    catch {
                        // already gone
                    }
                }
            }
            killMarked(dir);
            // Without /proc the server notices its lock file is gone within a minute and shuts down.
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
            removed.push(dir);
        }
    }
    return removed;
}
/** Whether `pid` is a postgres started on this folder (never kill an unrelated process that reused the pid). */
function runsIn(pid, dir) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/db/run-as.ts
var run_as = __webpack_require__(9596);
;// CONCATENATED MODULE: ./src/db/local-server.ts








/**
 * The socket is the only way in (`listen_addresses=''`) and lives in a private folder, so two
 * rehearsals never compete for a port: the port number only names the socket file.
 */
const PORT = 5432;
/** Unix socket paths are limited to 107 bytes; fall back to /tmp when TMPDIR is deep (macOS). */
const MAX_SOCKET_PATH = 100;
const LOG_TAIL_LINES = 15;
/** Each step of the shutdown (fast, immediate, kill) gets this long. */
const SHUTDOWN_STEP_MS = 2_000;
/** Throwaway settings: durability is pointless for a database deleted in a minute. */
const SERVER_SETTINGS = [
    'listen_addresses=',
    'fsync=off',
    'full_page_writes=off',
    'synchronous_commit=off',
    'lc_messages=C',
    'max_connections=20',
    'logging_collector=off',
];
async function startLocalServer(binaries, options = {}) {
    const started = Date.now();
    const user = options.user ?? (0,run_as/* serverUser */.R)();
    if (process.getuid?.() === 0 && !user) {
        throw new Error('running as root, and there is no "postgres" or "nobody" account to run PostgreSQL as (it refuses to run as root)');
    }
    removeLeftovers();
    const superuser = options.superuser ?? 'postgres';
    const dir = makeTempDir();
    markOwner(dir);
    const data = (0,external_node_path_.join)(dir, 'data');
    const children = new Set();
    const killAll = () => {
        for (const child of children)
            child.kill();
    };
    const unregister = (0,cleanup/* registerCleanup */.q)({
        async: async () => {
            await stopChildren(children);
            killMarked(dir);
            await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
        },
        sync: () => {
            killAll();
            killMarked(dir);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
        },
    });
    try {
        if (user)
            (0,external_node_fs_.chownSync)(dir, user.uid, user.gid);
        const initArgs = ['-D', data, '--auth=trust', '-U', superuser, '--no-sync', '-E', 'UTF8', '--locale=C'];
        if (binaries.major >= 14)
            initArgs.push('--no-instructions');
        const initdb = launch(binaries.initdb, initArgs, dir, 'initdb.log', user, children);
        const status = await initdb.exited;
        const code = status.startError ? -1 : status.code;
        children.delete(initdb);
        if (code !== 0)
            throw new Error(`initdb failed (exit ${code}):\n${logTail((0,external_node_path_.join)(dir, 'initdb.log'))}`);
        const args = ['-D', data, '-c', `unix_socket_directories=${dir}`, '-c', `port=${PORT}`];
        for (const setting of SERVER_SETTINGS)
            args.push('-c', setting);
        const server = launch(binaries.postgres, args, dir, 'server.log', user, children);
        await waitUntilReady(server, (0,external_node_path_.join)(dir, 'server.log'), options.readyTimeoutMs ?? 30_000);
        // From here the client's connection keeps the process alive; a forgotten server must not.
        server.unref();
        let stopped;
        return {
            dir,
            socketDir: dir,
            port: PORT,
            pid: server.pid,
            runsAs: user?.name ?? currentUserName(),
            superuser,
            startupMs: Date.now() - started,
            stop() {
                stopped ??= (async () => {
                    await stopChildren(children);
                    killMarked(dir);
                    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
                    unregister();
                })();
                return stopped;
            },
        };
    }
    catch (error) {
        await stopChildren(children);
        killMarked(dir);
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
        unregister();
        throw error;
    }
}
function makeTempDir() {
    const base = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-pg-XXXXXX', `.s.PGSQL.${PORT}`).length > MAX_SOCKET_PATH ? '/tmp' : (0,external_node_os_.tmpdir)();
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'rr-pg-'));
}
/** In its own process group (so Ctrl-C reaches us, not it, and one kill takes every backend), output to a log file. */
function launch(command, args, dir, logName, user, children) {
    const child = (0,long_running/* startProcess */.k)(command, args, {
        cwd: dir,
        env: serverEnv(dir),
        logFile: (0,external_node_path_.join)(dir, logName),
        ...(user ? { user } : {}),
    });
    children.add(child);
    void child.exited.then(() => children.delete(child));
    return child;
}
async function waitUntilReady(server, logPath, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (readText(logPath).includes('ready to accept connections'))
            return;
        if (server.hasExited())
            throw new Error(`postgres exited while starting:\n${logTail(logPath)}`);
        if (Date.now() > deadline)
            throw new Error(`postgres was not ready after ${Math.round(timeoutMs / 1000)} s:\n${logTail(logPath)}`);
        await new Promise((resolve) => setTimeout(resolve, 15));
    }
}
/**
 * Fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL to the whole process group, each step
 * bounded: a process a migration started, or a client holding a socket open, cannot stall the stop.
 */
async function stopChildren(children) {
    await Promise.all([...children].map(async (child) => {
        await child.stop(['SIGINT', 'SIGQUIT'], SHUTDOWN_STEP_MS);
        children.delete(child);
    }));
}
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** The last lines of a server log, to show when it fails to start. */
function logTail(path, lines = LOG_TAIL_LINES) {
    const text = readText(path).trimEnd();
    if (!text)
        return '(the log is empty)';
    return text.split('\n').slice(-lines).join('\n');
}
function currentUserName() {
    return process.env.USER ?? process.env.LOGNAME ?? `uid ${process.getuid?.() ?? '?'}`;
}


/***/ }),

/***/ 6617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ majorOf),
/* harmony export */   Q: () => (/* binding */ connectPg)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4257);


async function connectPg(config) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({ connectionTimeoutMillis: 15_000, ...config });
    // A server stopped under an idle connection emits 'error'; without a listener that would crash the process.
    client.on('error', () => { });
    client.on('notice', () => { });
    await client.connect();
    let ended = false;
    return {
        async exec(sql) {
            try {
                await client.query(sql);
            }
            catch (error) {
                throw (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .toServerError */ .Nn)(error);
            }
        },
        async query(sql, params = []) {
            try {
                const result = await client.query(sql, [...params]);
                return result.rows;
            }
            catch (error) {
                throw (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .toServerError */ .Nn)(error);
            }
        },
        async end() {
            if (ended)
                return;
            ended = true;
            await Promise.race([
                client.end().catch(() => { }),
                new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
            ]);
        },
    };
}
/** "15.18" → 15, "18devel" → 18. */
function majorOf(serverVersion) {
    return Number(/^(\d+)/.exec(serverVersion)?.[1] ?? 0);
}


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ openPglite)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/db/cleanup.ts
var cleanup = __webpack_require__(162);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/db/database.ts
var database = __webpack_require__(4257);
// EXTERNAL MODULE: ./src/db/pg-client.ts
var pg_client = __webpack_require__(6617);
;// CONCATENATED MODULE: ./src/db/pglite-worker.ts
/**
 * PGlite runs Postgres as WASM inside the calling thread: a runaway statement (`LOOP END LOOP`) never
 * yields, so no timer or signal handler could run. It therefore runs in a worker thread, which
 * `terminate()` stops even in the middle of WASM code. The worker is plain CommonJS given as source
 * (not a file of its own), so the bundles need nothing extra; module paths come from the parent.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fields = (error) => {
  const e = error || {};
  const pick = (v) => (v === undefined || v === null ? undefined : String(v));
  return { message: pick(e.message) || String(error), code: pick(e.code), position: pick(e.position), detail: pick(e.detail), hint: pick(e.hint) };
};
(async () => {
  let db;
  try {
    const { PGlite } = require(workerData.entry);
    const extensions = {};
    for (const [name, path] of Object.entries(workerData.contrib)) {
      try {
        const contrib = require(path);
        if (contrib[name]) extensions[name] = contrib[name];
      } catch {
        // an extension this PGlite build does not ship: CREATE EXTENSION will say so
      }
    }
    db = await PGlite.create({ extensions });
    const { rows } = await db.query('SHOW server_version');
    parentPort.postMessage({ type: 'ready', version: rows[0] ? rows[0].server_version : '' });
  } catch (error) {
    parentPort.postMessage({ type: 'failed', error: fields(error) });
    return;
  }
  parentPort.on('message', async (request) => {
    try {
      if (request.op === 'exec') {
        await db.exec(request.sql);
        parentPort.postMessage({ id: request.id, ok: true });
      } else if (request.op === 'query') {
        const result = await db.query(request.sql, request.params);
        parentPort.postMessage({ id: request.id, ok: true, rows: result.rows });
      } else {
        await db.close();
        parentPort.postMessage({ id: request.id, ok: true });
      }
    } catch (error) {
      parentPort.postMessage({ id: request.id, ok: false, error: fields(error) });
    }
  });
})();
`;

;// CONCATENATED MODULE: ./src/db/pglite-server.ts








const PACKAGE = '@electric-sql/pglite';
/** Contrib extensions PGlite ships that migrations commonly create; loaded only if present. */
const CONTRIB = [
    'pgcrypto',
    'uuid_ossp',
    'citext',
    'hstore',
    'pg_trgm',
    'ltree',
    'btree_gin',
    'btree_gist',
    'fuzzystrmatch',
    'unaccent',
];
/**
 * The embedded Postgres (WASM), in memory: nothing to install and nothing left on disk. Imported
 * lazily, in a worker thread (src/db/pglite-worker.ts) so `rehearsal.timeout` and Ctrl-C can stop a
 * statement that never yields. It is kept out of the bundles, so the action explains when it is absent.
 */
async function openPglite() {
    const started = Date.now();
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    let entry;
    try {
        entry = require.resolve(PACKAGE);
    }
    catch (error) {
        throw new database/* DatabaseUnavailableError */.MP(`the embedded PGlite (${PACKAGE}) is not installed here (${error.message.split('\n')[0]})`);
    }
    const contrib = {};
    for (const name of CONTRIB) {
        try {
            contrib[name] = require.resolve(`${PACKAGE}/contrib/${name}`);
        }
        catch {
            // not shipped by this PGlite build
        }
    }
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { entry, contrib } });
    const pending = new Map();
    let gone;
    const lose = (why) => {
        gone ??= new Error(why);
        for (const { reject } of pending.values())
            reject(gone);
        pending.clear();
    };
    let nextId = 1;
    let terminated;
    const terminate = () => (terminated ??= worker.terminate().then(() => lose('the embedded PGlite was stopped')));
    const unregister = (0,cleanup/* registerCleanup */.q)({ async: terminate, sync: () => void terminate() });
    let version;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EventEmitter listeners
    const listeners = [];
    try {
        version = await new Promise((resolve, reject) => {
            const onMessage = (message) => {
                if ('type' in message && message.type === 'ready')
                    resolve(message.version);
                else if ('type' in message)
                    reject(new Error(message.error.message));
            };
            const onExit = () => reject(new Error('the worker exited'));
            listeners.push(['error', reject], ['exit', onExit], ['message', onMessage]);
            for (const [event, listener] of listeners)
                worker.on(event, listener);
        });
    }
    catch (error) {
        await terminate();
        unregister();
        throw new database/* DatabaseUnavailableError */.MP(`the embedded PGlite did not start: ${error.message}`);
    }
    finally {
        // Only our own listeners: the Worker keeps internal ones (removeAllListeners breaks its messaging).
        for (const [event, listener] of listeners)
            worker.off(event, listener);
    }
    worker.on('error', (error) => lose(`the embedded PGlite failed: ${error.message}`));
    worker.on('exit', () => lose('the embedded PGlite stopped'));
    worker.on('message', (message) => {
        if (!('id' in message))
            return;
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (!waiter)
            return;
        if (message.ok)
            waiter.resolve(message.rows ?? []);
        else
            waiter.reject((0,database/* toServerError */.Nn)(message.error));
    });
    const send = (request) => new Promise((resolve, reject) => {
        if (gone)
            return reject(gone);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...request, id });
    });
    const packageVersion = pgliteVersion();
    let closed;
    const exec = async (sql) => {
        await send({ op: 'exec', sql });
    };
    return {
        kind: 'pglite',
        label: `PGlite (PostgreSQL ${version})`,
        majorVersion: (0,pg_client/* majorOf */.D)(version),
        startupMs: Date.now() - started,
        describe: () => `the embedded PGlite${packageVersion ? ` ${packageVersion}` : ''} (PostgreSQL ${version}, in memory, in a worker thread)`,
        exec,
        async query(sql, params = []) {
            return (await send({ op: 'query', sql, params: [...params] }));
        },
        setup: exec,
        close() {
            closed ??= (async () => {
                // An orderly close when it is idle; a statement still running is cut off.
                let timer;
                await Promise.race([
                    send({ op: 'close' }).catch(() => { }),
                    new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_MS))),
                ]);
                clearTimeout(timer);
                await terminate();
                unregister();
            })();
            return closed;
        },
    };
}
/** How long an orderly close may take before the worker is terminated. */
const CLOSE_MS = 2_000;
/** The installed package's version, read next to its entry point (package.json is not in its exports). */
function pgliteVersion() {
    try {
        const entry = (0,external_node_module_.createRequire)(import.meta.url).resolve(PACKAGE);
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(entry), '..', 'package.json'), 'utf8'));
        return pkg.version;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ serverUser)
/* harmony export */ });
/* unused harmony export SERVER_ACCOUNTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Accounts tried in order when the process is root: the packaged `postgres` user, then `nobody`. */
const SERVER_ACCOUNTS = ['postgres', 'nobody'];
/**
 * The user to drop to for initdb and postgres: undefined when the process is not root (it runs them
 * as itself). Reads /etc/passwd directly, so it works in minimal containers without `getent`.
 */
function serverUser(passwd = '/etc/passwd', uid = process.getuid?.()) {
    if (uid !== 0)
        return undefined;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(passwd, 'utf8');
    }
    catch {
        return undefined;
    }
    const accounts = new Map();
    for (const line of text.split('\n')) {
        const [name, , id, group] = line.split(':');
        if (!name || id === undefined || group === undefined)
            continue;
        const parsedUid = Number(id);
        const parsedGid = Number(group);
        if (Number.isInteger(parsedUid) && Number.isInteger(parsedGid) && parsedUid !== 0) {
            accounts.set(name, { name, uid: parsedUid, gid: parsedGid });
        }
    }
    for (const name of SERVER_ACCOUNTS) {
        const account = accounts.get(name);
        if (account)
            return account;
    }
    return undefined;
}


/***/ }),

/***/ 5365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   CY: () => (/* binding */ refNameProblem),
/* harmony export */   pB: () => (/* binding */ assertReleaseName)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Is a release ID safe to use as a tag name? A pure reimplementation of `git check-ref-format`
 * (applied to `refs/tags/<name>`), plus what a tag name must never carry because workflows pass it
 * around: shell metacharacters, a leading `-` (option injection), non-ASCII lookalikes.
 * Returns the first reason it is not, or undefined when it is fine.
 */
function refNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name.length > 200)
        return `it is ${name.length} characters long (at most 200)`;
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u001f\u007f]/.exec(name);
    if (control)
        return `it contains a control character (${describeChar(control[0])})`;
    if (/[^\u0020-\u007e]/.test(name))
        return 'it contains a non-ASCII character';
    if (name.includes('@{'))
        return 'it contains "@{", which git reads as a reflog selector';
    const shell = /[$`;|&'"<>(){}!#%*?[\]\\~^:]/.exec(name);
    if (shell)
        return `it contains "${shell[0]}", which git or a shell treats specially`;
    if (name.includes(' '))
        return 'it contains a space';
    if (name.startsWith('-'))
        return 'it starts with "-", which commands read as an option';
    if (name === '@')
        return 'it is "@", which git reads as HEAD';
    if (name.includes('..'))
        return 'it contains "..", which git reads as a range';
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with "/"';
    if (name.includes('//'))
        return 'it contains "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const component of name.split('/')) {
        if (component.startsWith('.'))
            return `its part "${component}" starts with "."`;
        if (component.endsWith('.lock'))
            return `its part "${component}" ends with ".lock"`;
    }
    return undefined;
}
function describeChar(ch) {
    if (ch === '\n')
        return 'a newline';
    if (ch === '\r')
        return 'a carriage return';
    if (ch === '\t')
        return 'a tab';
    return `U+${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
}
/** A name shown in a one-line message: quoted, with newlines and control characters escaped. */
function quoteName(name) {
    const shown = name.length > 80 ? `${name.slice(0, 77)}...` : name;
    return JSON.stringify(shown);
}
/** A bad name given on the command line or as an input is a usage error (exit 2), never a finding. */
function assertReleaseName(name, label) {
    const problem = refNameProblem(name);
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: ${quoteName(name)} is not a valid tag name: ${problem}; use a name such as v1.4.2 or prod-2026-07-31.1`);
    }
}


/***/ })

};
