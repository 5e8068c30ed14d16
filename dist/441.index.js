import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 441;
export const ids = [441];
export const modules = {

/***/ 7441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  classesClause: () => (/* binding */ classesClause),
  migrationsGate: () => (/* binding */ migrationsGate)
});

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 48 modules
var engine = __webpack_require__(5470);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts
var layouts = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/git/no-repository.ts
var no_repository = __webpack_require__(1758);
;// CONCATENATED MODULE: ./src/gates/migrations/lint-modes.ts


/**
 * How `lint FILES…` groups the files into deploys:
 * - `history` (default): files already on the base shipped one deploy at a time, each judged against the
 *   schema the files before it left (their tables exist and hold rows); files new in this change are one
 *   change together;
 * - `each` (`--each`): every file is a deploy of its own;
 * - `as-one-change` (`--as-one-change`): all files are one change (what they create is new and empty).
 * Treating a shipped history as one change would pass "migration 2 drops the column migration 1
 * created": the default never groups files that already shipped.
 */
const LINT_FILES_MODES = (/* unused pure expression or super */ null && (['history', 'each', 'as-one-change']));
/** Plan the deploys of explicitly given files (in run order), from the requested mode and the repository. */
async function planDeploys(ctx, files) {
    const requested = ctx.settings.run.filesMode;
    if ((0,no_repository/* isNoRepository */.o)(ctx.git)) {
        const name = requested ?? 'each';
        return fixedPlan(files, name, requested ? 'flag' : 'no-repository', [
            noRepositoryNotice(ctx.git.noRepository, name),
        ]);
    }
    if (requested)
        return fixedPlan(files, requested, 'flag', []);
    const base = await findBase(ctx);
    if (!base) {
        const plan = fixedPlan(files, 'history', 'default', []);
        plan.report.newFiles = files.length;
        plan.report.description = `mode history: the repository has no commits, so nothing has shipped; ${files.length} new file(s) judged as one change`;
        return plan;
    }
    const [atBase, changed] = await Promise.all([
        ctx.git.listFilesAt(base.sha),
        ctx.git.changedFiles(base.sha, ctx.worktree ? undefined : ctx.head),
    ]);
    const onBase = new Set(atBase);
    const changes = new Map(changed.map((c) => [c.path, c]));
    // A file renamed since the base shipped under its old name.
    const isShipped = (path) => onBase.has(path) || (changes.get(path)?.from !== undefined && onBase.has(changes.get(path).from));
    const shipped = new Set(files.filter((f) => isShipped(f.path)).map((f) => f.path));
    const fresh = files.length - shipped.size;
    const at = `${base.sha.slice(0, 7)}, ${base.from}`;
    return {
        report: {
            name: 'history',
            chosenBy: 'default',
            base: base.sha,
            baseFrom: base.from,
            shippedFiles: shipped.size,
            newFiles: fresh,
            description: `mode history (base ${at}): ${historyCounts(shipped.size, fresh)}`,
        },
        // Each shipped file is a deploy of its own; the new files are one change (no path is empty).
        deployOf: (file) => (shipped.has(file.path) ? file.path : ''),
        shipped,
        changes: new Map([...changes].filter(([path]) => shipped.has(path))),
        base: base.sha,
        findings: [],
    };
}
function historyCounts(shipped, fresh) {
    const old = shipped ? `${shipped} file(s) on the base, judged one deploy at a time` : 'no file on the base';
    return `${old}; ${fresh ? `${fresh} new file(s), judged as one change` : 'no new file'}`;
}
function fixedPlan(files, name, chosenBy, findings) {
    const why = chosenBy === 'flag'
        ? ` (--${name})`
        : chosenBy === 'no-repository'
            ? ' (no repository: nothing tells shipped files from new ones)'
            : '';
    const judged = name === 'as-one-change' ? 'judged as one change' : 'judged one deploy at a time';
    return {
        report: {
            name,
            chosenBy,
            base: null,
            baseFrom: null,
            shippedFiles: 0,
            newFiles: 0,
            description: `mode ${name}${why}: ${files.length} file(s) ${judged}`,
        },
        deployOf: name === 'each' ? (file) => file.path : () => '',
        shipped: new Set(),
        changes: new Map(),
        findings,
    };
}
/**
 * The commit whose files count as shipped: --base (or the base `check` resolved), else the pull
 * request's base or the merge base with the default branch (as `check` finds it), else HEAD itself
 * (everything committed has shipped: stricter than guessing). Undefined only in a repository without
 * commits. HEAD and the default branch are asked at once: `lint FILE` pays for these git processes.
 */
async function findBase(ctx) {
    const { git } = ctx;
    const flag = ctx.settings.run.base;
    if (ctx.base)
        return { sha: ctx.base, from: flag !== undefined ? `--base ${flag}` : 'the base' };
    const pullRequestBase = ctx.pullRequest?.baseSha;
    const [head, branch, prBase] = await Promise.all([
        ctx.worktree ? git.resolveCommit('HEAD') : ctx.head,
        pullRequestBase ? undefined : git.defaultBranch(),
        pullRequestBase ? git.resolveCommit(pullRequestBase) : undefined,
    ]);
    if (!head)
        return undefined;
    if (prBase)
        return { sha: (await git.mergeBase(prBase, head)) ?? prBase, from: "the pull request's base" };
    const mergeBase = branch ? await git.mergeBase(branch, head) : undefined;
    if (mergeBase)
        return { sha: mergeBase, from: `merge base with ${branch}` };
    // Everything committed counts as shipped: files new on a branch are then judged one deploy each (stricter).
    const why = branch
        ? `HEAD: no merge base with ${branch} (a shallow clone? fetch with fetch-depth: 0, or pass --base)`
        : 'HEAD: no default branch to take a merge base with (pass --base)';
    return { sha: head, from: why };
}
function noRepositoryNotice(why, mode) {
    const grouping = mode === 'as-one-change'
        ? 'the files were judged as one change, as --as-one-change asked'
        : 'each file was judged as its own deploy, against a database where everything it names already exists';
    return {
        gate: 'migrations',
        rule: 'no-repository',
        severity: 'notice',
        message: `${why}: there is no base, history or previous release, so these checks could not run: which files already shipped (${grouping}), whether a shipped migration was edited (edited-shipped-migration), and what the live release's code still uses. Only the statements were linted.`,
        help: 'Lint the files from inside their repository (or pass --cwd DIR) to have their history judged; pass --as-one-change if they are one change that has not shipped yet.',
        docs: (0,engine/* docsUrl */.fs)('no-repository'),
    };
}

// EXTERNAL MODULE: ./src/gates/migrations/parse.ts
var parse = __webpack_require__(3847);
// EXTERNAL MODULE: ./src/gates/migrations/parse-store.ts
var parse_store = __webpack_require__(4667);
// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/gates/migrations/rule-config.ts
var rule_config = __webpack_require__(367);
// EXTERNAL MODULE: ./src/gates/migrations/runner-config.ts + 1 modules
var runner_config = __webpack_require__(6661);
// EXTERNAL MODULE: ./src/gates/migrations/select.ts
var migrations_select = __webpack_require__(1778);
;// CONCATENATED MODULE: ./src/gates/migrations/shipped.ts

/**
 * A migration that already shipped has run on production; editing it changes nothing there and makes
 * every new environment differ from production. Compare with the text at the base (and the newest
 * release tag before head) and point at the first line that differs.
 */
async function editedShippedMigration(git, refs, path, oldPath, newText) {
    for (const { ref, label } of refs) {
        const old = await git.readFileAt(ref, oldPath);
        if (old === undefined)
            continue;
        if (normalize(old) === normalize(newText))
            return undefined;
        const line = firstDifferingLine(normalize(old), normalize(newText));
        return {
            gate: 'migrations',
            rule: 'edited-shipped-migration',
            severity: 'error',
            file: path,
            line,
            column: 1,
            message: `This migration already shipped (it is in ${label}) and was edited here; databases that ran it will never run the new text, so production and fresh environments drift apart.`,
            help: 'Revert the edit and put the change in a new migration file.',
            docs: (0,engine/* docsUrl */.fs)('edited-shipped-migration'),
            class: 'unknown',
        };
    }
    return undefined;
}
function normalize(text) {
    return text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n')
        .replace(/\s+$/, '');
}
function firstDifferingLine(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    for (let i = 0; i < Math.max(x.length, y.length); i++)
        if (x[i] !== y[i])
            return i + 1;
    return 1;
}

;// CONCATENATED MODULE: ./src/gates/migrations/gate.ts










/** The migrations gate: can the previous release live with the schema these migrations leave behind? */
const migrationsGate = {
    id: 'migrations',
    title: 'migration safety',
    async run(ctx) {
        (0,rule_config/* assertKnownRuleIds */._)(ctx.settings.config.migrations, ctx.settings.run.configFile);
        const selection = await (0,migrations_select/* selectMigrations */.w)(ctx);
        const layoutNames = selection.discovery.layouts.map((id) => (0,layouts/* layoutById */.X_)(id).name);
        const data = {
            migrations: {
                layouts: selection.discovery.layouts,
                files: [],
            },
        };
        const unreachable = selection.submodules.map(({ path, glob }) => ({
            gate: 'migrations',
            rule: 'unreadable-file',
            severity: 'error',
            file: path,
            message: `Cannot lint these migrations: migrations.paths (${glob}) reaches into ${path}, a git submodule that this change updates; its files belong to another repository and were not read.`,
            help: "Lint the migrations in the submodule's own repository (run rollback-ready there) and narrow migrations.paths so it names no submodule, or copy the migrations into this repository.",
            docs: (0,engine/* docsUrl */.fs)('unreadable-file'),
        }));
        if (!selection.files.length && unreachable.length)
            return {
                findings: unreachable,
                summary: `${unreachable.length} changed submodule(s) with migrations could not be read`,
                data,
            };
        if (!selection.files.length) {
            const why = selection.mode === 'no-base'
                ? 'no base to compare with (pass --base REF, or lint files explicitly)'
                : selection.discovery.files.length
                    ? `no ${layoutNames.join('/')} migration changed`
                    : 'no migration files found (supported: Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate, plain SQL)';
            return { findings: [], summary: why, skipped: true, data };
        }
        const findings = [...unreachable];
        const sources = [];
        let shippedRefs;
        const explicit = selection.mode === 'explicit';
        // `lint FILES…` parses every file: load the parser while the files are read. A PR check may find
        // every parse in the content cache and then never loads it (parse-store.ts).
        const parserReady = explicit ? (0,parse/* ensureParser */._U)() : undefined;
        parserReady?.catch(() => { }); // awaited below
        // Which given files already shipped (git processes): asked while the files are read.
        const planning = explicit ? planDeploys(ctx, selection.files) : undefined;
        planning?.catch(() => { }); // awaited below; a failure must not surface before the read does
        // Read files concurrently (bounded), then lint them in run order.
        const texts = await mapBounded(selection.files, 32, (file) => (0,read_source/* readHeadSource */.qJ)(ctx, file.path));
        const plan = await planning;
        if (plan)
            findings.push(...plan.findings);
        const changes = plan?.changes ?? selection.changes;
        for (const [index, file] of selection.files.entries()) {
            // A changed migration that cannot be read was not checked: that blocks, it is never skipped.
            const source = texts[index] ?? { problem: (0,read_source/* whyUnreadable */._p)(ctx, file.path) };
            if ('problem' in source) {
                findings.push({
                    gate: 'migrations',
                    rule: 'unreadable-file',
                    severity: 'error',
                    file: file.path,
                    message: `Cannot lint this migration: ${source.problem}.`,
                    docs: (0,engine/* docsUrl */.fs)('unreadable-file'),
                });
                continue;
            }
            const change = changes.get(file.path);
            if (change && change.status !== 'added') {
                shippedRefs ??= await shippedRefsFor(plan?.base ? { ...ctx, base: plan.base } : ctx);
                const edited = await editedShippedMigration(ctx.git, shippedRefs, file.path, change.from ?? file.path, source.text);
                if (edited)
                    findings.push(edited);
            }
            sources.push({ file, text: source.text });
        }
        // How Prisma and the Supabase CLI send a file depends on their version: read it from the lockfile.
        const config = await (0,runner_config/* withRunnerVersions */.K)(ctx, ctx.settings.config.migrations, selection.files);
        let linted;
        let fallback;
        let fallbackClause = '';
        if (explicit) {
            // The live release is not compared with: that replays the whole history and scans code; its
            // module is not even loaded.
            await parserReady;
            linted = lintInTurn(sources, config, plan?.deployOf);
            fallback = { data: EXPLICIT_FILES };
        }
        else {
            // What the live release's own code still uses (src/gates/migrations/fallback, reading src/schema-sources): adds its findings, marks contract
            // statements it no longer needs as safe. It needs every changed file parsed before linting. Parses
            // come from the content cache when these files were parsed before (docs/caching.md).
            const parsed = await (0,parse_store/* parseMigrations */.PZ)(sources, (0,parse_store/* openParseStore */.t4)());
            const compat = await Promise.all(/* import() */[__webpack_require__.e(25), __webpack_require__.e(355), __webpack_require__.e(835)]).then(__webpack_require__.bind(__webpack_require__, 1843));
            fallback = await compat.prepareFallbackReview(ctx, parsed);
            fallbackClause = compat.fallbackSummary(fallback.data);
            findings.push(...(fallback.findings ?? []));
            linted = (0,engine/* lintParsedFiles */.QX)(parsed, { config, ...(fallback.review ? { review: fallback.review } : {}) });
        }
        for (const l of linted) {
            findings.push(...l.findings);
            data.migrations.files.push({
                file: l.file.path,
                layout: l.file.layout,
                direction: l.file.direction,
                class: l.class,
                statements: l.statements,
                ...(plan?.base ? { shipped: plan.shipped.has(l.file.path) } : {}),
            });
        }
        const summary = (plan ? `${plan.report.description}; ` : '') +
            summarize(linted, layoutNames, findings) +
            fallbackClause;
        return {
            findings,
            summary,
            data: {
                migrations: { ...data.migrations, fallback: fallback.data },
                ...(plan ? { mode: plan.report } : {}),
            },
        };
    },
};
/**
 * `lint FILES…`: each file parsed, linted and let go in run order (not cached, so one AST is alive at a
 * time); a file of another deploy (lint-modes.ts) starts from a fresh SchemaState.
 */
function lintInTurn(sources, config, deployOf = () => '') {
    const linter = new engine/* MigrationLinter */.VI({ config });
    let deploy;
    return sources.map(({ file, text }) => {
        const next = deployOf(file);
        if (deploy !== undefined && next !== deploy)
            linter.startDeploy();
        deploy = next;
        return linter.lint((0,parse/* parseMigration */.mo)(file, text, file.direction, { cache: false }));
    });
}
/** Comparing with the live release replays the whole history and scans code: that belongs to checking a change. */
const EXPLICIT_FILES = {
    sources: [],
    codeFiles: 0,
    conservative: true,
    findings: 0,
    skipped: 'explicit files: compare with the live release by linting the change',
};
/** Where a shipped migration's original text lives: the base, then the newest release tag before head. */
async function shippedRefsFor(ctx) {
    const refs = [];
    if (ctx.base)
        refs.push({ ref: ctx.base, label: `the base commit ${ctx.base.slice(0, 7)}` });
    const tags = (await ctx.git.listTags()).sort((a, b) => b.date.localeCompare(a.date));
    for (const tag of tags) {
        if (await ctx.git.isAncestor(tag.sha, ctx.head)) {
            refs.push({ ref: tag.sha, label: `release tag ${tag.name}` });
            break;
        }
    }
    return refs;
}
function summarize(linted, layouts, findings) {
    const unreadable = findings.filter((f) => f.rule === 'unreadable-file').length;
    if (!linted.length)
        return `${unreadable} changed migration file(s) could not be read`;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const layout = layouts.length ? `${layouts.join(' + ')} layout; ` : '';
    return `${layout}${linted.length} migration file(s) checked${classesClause(linted, errors)}; ${errors} blocking finding(s)`;
}
/**
 * What the files' classes (the engine's one decision, classify.ts) say, never more: "expand-safe" only
 * when every file is expand and nothing blocks; a file of class unknown is counted as such.
 */
function classesClause(linted, errors) {
    const count = (c) => linted.filter((l) => l.class === c).length;
    const [contract, unknown] = [count('contract'), count('unknown')];
    if (!contract && !unknown)
        return errors ? ', all expand' : ', all expand-safe';
    // "Breaks" only when a contract finding blocks; a contract change seen only by warnings is said as such.
    const breaks = linted.some((l) => l.findings?.some((f) => f.class === 'contract' && f.severity === 'error'));
    const contractWhy = breaks
        ? 'breaks the previous release'
        : 'may affect the previous release: see its warnings';
    const parts = [
        ...(contract ? [`${contract} contract (${contractWhy})`] : []),
        ...(unknown ? [`${unknown} not classified as expand or contract (check by hand)`] : []),
    ];
    return `, ${parts.join(', ')}`;
}
/** `Promise.all` over items with at most `limit` in flight, keeping order. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ assertKnownRuleIds)
/* harmony export */ });
/* unused harmony export suggestRuleId */
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1012);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5470);



/** "did you mean" for a rule id that does not exist, when a known one is a few edits away. */
function suggestRuleId(id) {
    const near = (0,_config_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(id, [..._engine_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_RULE_IDS */ .iX]);
    return near ? `; did you mean ${near}?` : '; see docs/rules/ for the rule ids';
}
/**
 * `migrations.rules` may only name rules that exist: a typo (`ban-drop-colum: off`) would otherwise
 * switch nothing off — or, worse, leave on a rule the team believes it has tuned — without a word.
 */
function assertKnownRuleIds(config, configFile) {
    for (const id of Object.keys(config.rules)) {
        if (!_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_RULE_IDS */ .iX.has(id)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${configFile ?? 'config'}: migrations.rules.${id}: not a rule id${suggestRuleId(id)}`);
        }
    }
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ withRunnerVersions)
});

// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/gates/migrations/runner-versions.ts

/** npm package of each runner whose version decides how it applies a file. */
const RUNNER_PACKAGES = { prisma: ['prisma', '@prisma/client'], supabase: ['supabase'] };
const LOCKFILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'];
const runner_versions_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/@]/g, '\\$&');
/** Every version of `pkg` a lockfile resolves (a monorepo may hold several). */
function lockedVersions(lockfile, text, pkg) {
    const name = runner_versions_escape(pkg);
    const found = [];
    const add = (raw) => {
        // pnpm appends peers (`7.4.0(typescript@5.6.0)`); yarn berry writes `npm:7.4.0` in some places
        const v = raw?.replace(/\(.*$/, '').replace(/^npm:/, '');
        const valid = v && (semver_default().valid(v) ?? semver_default().coerce(v)?.version);
        if (valid)
            found.push(valid);
    };
    if (lockfile.endsWith('package-lock.json')) {
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            return [];
        }
        for (const [path, entry] of Object.entries(json.packages ?? {}))
            if (path === `node_modules/${pkg}` || path.endsWith(`/node_modules/${pkg}`))
                add(entry.version);
        add(json.dependencies?.[pkg]?.version);
    }
    else if (lockfile.endsWith('pnpm-lock.yaml')) {
        // `  /prisma@5.1.0:` (v6), `  prisma@7.4.0:` or `  'prisma@7.4.0(typescript@5.6.0)':` (v9)
        const key = new RegExp(`^ {2}['"]?/?${name}[@/](\\d[^:'"\\s(]*)`, 'gm');
        for (const m of text.matchAll(key))
            add(m[1]);
    }
    else if (lockfile.endsWith('yarn.lock')) {
        // `prisma@^5.0.0:` / `"prisma@npm:^7.4.0":` followed by an indented `version "5.1.0"` / `version: 7.4.0`
        const entry = new RegExp(`^"?${name}@[^\\n]*:\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:? "?([^"\\n]+)"?`, 'gm');
        for (const m of text.matchAll(entry))
            add(m[1]);
    }
    else if (lockfile.endsWith('bun.lock')) {
        const entry = new RegExp(`"${name}": \\["${name}@([^"]+)"`, 'g');
        for (const m of text.matchAll(entry))
            add(m[1]);
    }
    return found;
}
/** The lowest version a package.json range admits: what an install without a lockfile may get at the least. */
function declaredVersion(packageJson, pkg) {
    let json;
    try {
        json = JSON.parse(packageJson);
    }
    catch {
        return undefined;
    }
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const range = json[field]?.[pkg];
        if (typeof range !== 'string')
            continue;
        try {
            const min = semver_default().minVersion(range);
            if (min)
                return { version: min.version, range };
        }
        catch {
            // `workspace:*`, `catalog:`, a git URL: no version to read
        }
    }
    return undefined;
}
/**
 * The runner's version: the lowest one any lockfile resolves (the oldest runner a deploy may use decides
 * what fails), else the lowest a package.json range admits; undefined when neither names the package.
 */
function runnerVersion(runner, files) {
    for (const pkg of RUNNER_PACKAGES[runner]) {
        const locked = [];
        for (const [path, text] of files) {
            const lockfile = LOCKFILES.find((l) => path === l || path.endsWith(`/${l}`));
            if (lockfile)
                for (const v of lockedVersions(lockfile, text, pkg))
                    locked.push({ version: v, from: path });
        }
        if (locked.length)
            return lowest(locked);
        const declared = [];
        for (const [path, text] of files) {
            if (path !== 'package.json' && !path.endsWith('/package.json'))
                continue;
            const d = declaredVersion(text, pkg);
            if (d)
                declared.push({ version: d.version, from: `${path} range ${d.range}` });
        }
        if (declared.length)
            return lowest(declared);
    }
    return undefined;
}
function lowest(versions) {
    return versions.reduce((a, b) => (semver_default().lt(b.version, a.version) ? b : a));
}

;// CONCATENATED MODULE: ./src/gates/migrations/runner-config.ts


const CONFIG_KEY = { prisma: 'prisma-version', supabase: 'supabase-version' };
/** The folder that holds `prisma/` or `supabase/`: its package.json names the CLI in a monorepo. */
function packageDir(path, runner) {
    const at = path.lastIndexOf(`${runner}/`);
    if (at > 0)
        return path.slice(0, at);
    if (at === 0 || runner !== 'prisma')
        return '';
    // Prisma migrations in another folder (`packages/database/migration/<name>/migration.sql`): the package
    // is the folder that holds the migrations folder.
    const parts = path.split('/');
    return parts.length > 3 ? `${parts.slice(0, -3).join('/')}/` : '';
}
/**
 * The migrations config with the Prisma / Supabase CLI version the change's own lockfile pins, for the
 * layouts among `files` whose runner changed behaviour between releases (runners.ts). A version set in the
 * config wins; without one anywhere, the runners model their older, stricter behaviour and say so.
 */
async function withRunnerVersions(ctx, config, files) {
    let result = config;
    for (const runner of ['prisma', 'supabase']) {
        if (config[CONFIG_KEY[runner]] || !files.some((f) => f.layout === runner))
            continue;
        const dirs = new Set([
            '',
            ...files.filter((f) => f.layout === runner).map((f) => packageDir(f.path, runner)),
        ]);
        const texts = new Map();
        for (const dir of dirs) {
            for (const name of [...LOCKFILES, 'package.json']) {
                // A missing file reads as undefined; a lockfile that leads out of the checkout or a git failure
                // stops the run like any other read, never a silent guess at the runner's version.
                const source = await (0,read_source/* readHeadSource */.qJ)(ctx, `${dir}${name}`);
                if (source && 'text' in source)
                    texts.set(`${dir}${name}`, source.text);
            }
        }
        const found = runnerVersion(runner, texts);
        if (found)
            result = { ...result, [CONFIG_KEY[runner]]: found.version };
    }
    return result;
}


/***/ }),

/***/ 1778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ discoverHeadMigrations),
/* harmony export */   w: () => (/* binding */ selectMigrations)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _git_no_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1758);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);
/* harmony import */ var _prisma_folders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7025);
/* harmony import */ var _read_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1602);








/** All files of the change's tree: the head commit, or the work tree with untracked files. */
function headFiles(ctx) {
    return ctx.worktree ? ctx.git.worktreeFiles() : ctx.git.listFilesAt(ctx.head);
}
const readFor = (ctx) => async (path) => {
    const source = await (0,_read_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readHeadSource */ .qJ)(ctx, path);
    return source && 'text' in source ? source.text : undefined;
};
/** Every migration of the change's tree (contents read where the layout needs them: dbmate markers). */
async function discoverHeadMigrations(ctx) {
    return (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(await headFiles(ctx), ctx.settings.config.migrations, readFor(ctx));
}
/**
 * `lint FILES…` (or the action's `paths`) lints exactly those; otherwise the migrations added or
 * changed since the base.
 */
async function selectMigrations(ctx) {
    const config = ctx.settings.config.migrations;
    const explicit = ctx.settings.run.files;
    if (explicit.length) {
        const paths = await resolveExplicit(ctx, explicit);
        // Without a repository there is no tree to find Prisma's folders in: the files are linted by their paths.
        const folders = (0,_git_no_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .isNoRepository */ .o)(ctx.git)
            ? []
            : await (0,_prisma_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .findPrismaFolders */ .l)(await headFiles(ctx), readFor(ctx), config.paths);
        const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(paths, { ...config, paths: ['**/*.sql', '*.sql'] }, readFor(ctx), folders);
        return { files: found.files, changes: new Map(), discovery: found, mode: 'explicit', submodules: [] };
    }
    const all = await headFiles(ctx);
    if (!ctx.base)
        return {
            files: [],
            changes: new Map(),
            discovery: await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, readFor(ctx)),
            mode: 'no-base',
            submodules: [],
        };
    const changed = await ctx.git.changedFiles(ctx.base, ctx.worktree ? undefined : ctx.head);
    const changes = new Map(changed.map((c) => [c.path, c]));
    if (ctx.worktree) {
        for (const path of await ctx.git.untrackedFiles())
            if (!changes.has(path))
                changes.set(path, { path, status: 'added' });
    }
    // Read contents (dbmate markers) only for changed files; the rest is classified by path, for the summary.
    // Where Prisma keeps its migrations is read from the whole tree (a lock file or config need not change).
    const folders = await (0,_prisma_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .findPrismaFolders */ .l)(all, readFor(ctx), config.paths);
    const changedFound = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)([...changes.keys()], config, readFor(ctx), folders);
    const discovery = changedFound.files.length
        ? changedFound
        : await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverMigrations */ .l)(all, config, async () => '', folders);
    return {
        files: changedFound.files,
        changes,
        discovery,
        mode: 'changed',
        submodules: await changedSubmodulesNamed(ctx, [...changes.keys()]),
    };
}
/**
 * A changed path that a `migrations.paths` glob reaches into (`db` for `db/migrations/*.sql`) and that
 * is a submodule: the migrations live in another repository, git lists none of them here, and the
 * gate would otherwise say "no migration changed". Submodules are only listed when a glob reaches into a
 * changed path, which is rare, so ordinary runs pay nothing.
 */
async function changedSubmodulesNamed(ctx, changed) {
    const globs = ctx.settings.config.migrations.paths;
    const reached = changed
        .filter((path) => !path.endsWith('.sql'))
        .flatMap((path) => globs
        .filter((glob) => `${picomatch__WEBPACK_IMPORTED_MODULE_7___default().scan(glob).base}/`.startsWith(`${path}/`) || picomatch__WEBPACK_IMPORTED_MODULE_7___default()(glob)(`${path}/x.sql`))
        .slice(0, 1)
        .map((glob) => ({ path, glob })));
    if (!reached.length || !ctx.git.submodulePaths)
        return [];
    const submodules = new Set(await ctx.git.submodulePaths(ctx.worktree ? undefined : ctx.head));
    return reached.filter(({ path }) => submodules.has(path));
}
/** Explicit arguments: existing files relative to the current directory, or globs over the repository. */
async function resolveExplicit(ctx, entries) {
    const out = new Set();
    let all;
    const fulls = entries.map((entry) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(entry) ? entry : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.settings.run.cwd, entry)));
    const isFile = fileTest(fulls);
    for (const [i, entry] of entries.entries()) {
        const full = fulls[i];
        if (isFile(full)) {
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.git.root, full).split('\\').join('/');
            if (rel.startsWith('..'))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: outside the repository at ${ctx.git.root}`);
            out.add(rel);
            continue;
        }
        all ??= await headFiles(ctx);
        const matcher = picomatch__WEBPACK_IMPORTED_MODULE_7___default()(entry);
        const matches = all.filter((p) => matcher(p));
        if (!matches.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${entry}: no such file, and no file in the repository matches it as a glob`);
        for (const m of matches)
            out.add(m);
    }
    return [...out];
}
/** From this many arguments in one folder on, one readdir answers for all of them instead of a stat each. */
const LIST_FOLDER_FROM = 16;
/**
 * "Is this path a regular file?" for many paths (`lint FILES…` may name thousands, mostly in one folder):
 * a folder named often is listed once with file types; other paths, symbolic links and names the
 * listing lacks (another spelling on a case-insensitive disk) are stat'ed. What cannot be read is not a file.
 */
function fileTest(paths) {
    const perFolder = new Map();
    for (const path of paths) {
        const folder = folderOf(path);
        perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    const listings = new Map();
    for (const [folder, count] of perFolder) {
        if (count < LIST_FOLDER_FROM)
            continue;
        try {
            listings.set(folder, new Map((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true }).map((d) => [d.name, d])));
        }
        catch {
            // Unreadable: each path falls back to its own stat.
        }
    }
    return (path) => {
        const cut = path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
        const entry = listings.get(folderOf(path))?.get(path.slice(cut + 1));
        if (entry && !entry.isSymbolicLink())
            return entry.isFile();
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
        }
        catch {
            return false;
        }
    };
}
/** The folder of a resolved path, as path.dirname gives it without its checks (~10 ms on 2,000 paths). */
function folderOf(path) {
    const cut = path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    // A root keeps its separator: `/` and `C:\`.
    return cut > 0 && path[cut - 1] !== ':' ? path.slice(0, cut) : path.slice(0, cut + 1);
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isNoRepository),
/* harmony export */   q: () => (/* binding */ NoRepository)
/* harmony export */ });
/**
 * Files linted where there is no repository to read history from (`lint FILE` outside git, or outside the
 * repository at --cwd). Paths are relative to `root`, files are read from the disk (`worktree: true`),
 * and every question about history fails loudly instead of answering "nothing": a gate that asked would
 * otherwise pass what it never compared. `lint-modes.ts` asks none of them here and says so in a notice.
 */
class NoRepository {
    root;
    noRepository;
    constructor(root, 
    /** Why there is no repository, for the notice: "not inside a git repository", "outside the repository at …". */
    noRepository) {
        this.root = root;
        this.noRepository = noRepository;
    }
    refuse(what) {
        throw new Error(`${what}: ${this.noRepository}, so there is no history to read`);
    }
    resolveCommit() {
        return this.refuse('resolving a commit');
    }
    mergeBase() {
        return this.refuse('finding a merge base');
    }
    changedFiles() {
        return this.refuse('listing changed files');
    }
    readFileAt() {
        return this.refuse('reading a file at a commit');
    }
    readBytesAt() {
        return this.refuse('reading a file at a commit');
    }
    readBytesCapped() {
        return this.refuse('reading a file at a commit');
    }
    listFilesAt() {
        return this.refuse('listing files at a commit');
    }
    untrackedFiles() {
        return this.refuse('listing untracked files');
    }
    /** `lint-files.ts` accepts only existing files here: globs are matched against a repository's files. */
    worktreeFiles() {
        return this.refuse('listing the files to match a glob');
    }
    listTags() {
        return this.refuse('listing tags');
    }
    isAncestor() {
        return this.refuse('comparing commits');
    }
    defaultBranch() {
        return this.refuse('finding the default branch');
    }
    diffAddedLines() {
        return this.refuse('reading a diff');
    }
    listTreeAt() {
        return this.refuse('listing files at a commit');
    }
    readBlobs() {
        return this.refuse('reading files at a commit');
    }
    readBlobsByOid() {
        return this.refuse('reading files at a commit');
    }
    isShallow() {
        return this.refuse('asking whether the history is complete');
    }
    tagsReachableFrom() {
        return this.refuse('listing tags');
    }
    branchesNamed() {
        return this.refuse('listing branches');
    }
    commitMessages() {
        return this.refuse('reading commit messages');
    }
    isValidTagRef() {
        return this.refuse('checking a tag name');
    }
    remoteUrl() {
        return this.refuse('reading a remote');
    }
}
function isNoRepository(git) {
    return git instanceof NoRepository;
}


/***/ })

};
