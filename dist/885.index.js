import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 885;
export const ids = [885];
export const modules = {

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  classesClause: () => (/* binding */ classesClause),
  migrationsGate: () => (/* binding */ migrationsGate)
});

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 51 modules
var engine = __webpack_require__(1982);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var layouts = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/git/no-repository.ts
var no_repository = __webpack_require__(1758);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/gates/migrations/base-facts.ts


/** Past this many files the whole tree and diff are read: a command line naming each has a limit. */
const NAMED_PATHS_MAX = 100;
/**
 * The facts for these paths, read for them only where that gives the answer of the whole tree and
 * diff: a path new since the base may be a rename of a shipped file, which only the whole diff tells
 * (rename detection pairs it with a deleted path anywhere), unless the index does not hold it (an
 * untracked file is in no diff). A path on the base is a modification, never a rename's new path, so
 * naming it changes nothing. The answer for a path does not depend on which others are asked with it.
 */
async function baseFacts(ctx, base, paths) {
    const { git } = ctx;
    const head = ctx.worktree ? undefined : ctx.head;
    const byPath = (changed) => new Map(changed.map((c) => [c.path, c]));
    const whole = async () => {
        const [atBase, changed] = await Promise.all([git.listFilesAt(base), git.changedFiles(base, head)]);
        return { onBase: new Set(atBase), changes: byPath(changed) };
    };
    if (git.filesAt && paths.length > NAMED_PATHS_MAX) {
        // Too many to name in a diff: the whole diff, but the base asked only for the given paths' folders
        // (and the old paths of renames): listing the whole tree reads every blob's size, which kept
        // `lint FILES…` over 2,000 files waiting on git after its files were read (bench corpus: 0.4–1 s).
        const [onBase, changed] = await Promise.all([git.filesAt(base, paths), git.changedFiles(base, head)]);
        const renamedFrom = changed.flatMap((c) => (c.from !== undefined && !onBase.has(c.from) ? [c.from] : []));
        if (renamedFrom.length)
            for (const path of await git.filesAt(base, renamedFrom))
                onBase.add(path);
        return { onBase, changes: byPath(changed) };
    }
    if (!git.filesAt || !git.indexedPaths || head !== undefined || paths.length > NAMED_PATHS_MAX)
        return whole();
    // Both through the run's cat-file: no process of their own.
    const [onBase, indexed] = await Promise.all([git.filesAt(base, paths), git.indexedPaths(paths)]);
    if (paths.some((path) => !onBase.has(path) && indexed.has(path)))
        return whole();
    // The rest are untracked (no diff lists them: a new migration costs no diff at all) or on the base.
    const named = await git.changedFiles(base, undefined, paths.filter((path) => onBase.has(path)));
    return { onBase, changes: byPath(named) };
}
/**
 * The arguments of `lint FILES…` that are files, as repository paths (as select.ts resolves them):
 * known before the files are selected, so their facts can be asked meanwhile. Empty for many files
 * (their facts are the whole tree and diff anyway) and for none.
 */
function givenFilePaths(ctx) {
    const { files, cwd } = ctx.settings.run;
    if (files.length > NAMED_PATHS_MAX)
        return [];
    const paths = [];
    for (const entry of files) {
        const full = (0,external_node_path_.isAbsolute)(entry) ? entry : (0,external_node_path_.resolve)(cwd, entry);
        const path = (0,external_node_path_.relative)(ctx.git.root, full).split('\\').join('/');
        if (path.startsWith('..') || (0,external_node_path_.isAbsolute)(path) || !isFile(full))
            continue;
        paths.push(path);
    }
    return paths;
}
function isFile(full) {
    try {
        return (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}

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
function planDeploys(ctx, files) {
    return beginDeployPlan(ctx)(files);
}
/**
 * `planDeploys` in two steps: which commit counts as shipped does not depend on the files, so the
 * gate asks git for it at once and it overlaps selecting the files (`lint FILE` waits on both).
 */
function beginDeployPlan(ctx) {
    const requested = ctx.settings.run.filesMode;
    const baseAsked = (0,no_repository/* isNoRepository */.o)(ctx.git) || requested ? undefined : findBase(ctx);
    // The facts of the files given by name, too: the selection finds the same paths (else they are asked again).
    const given = baseAsked ? givenFilePaths(ctx) : [];
    const factsAsked = baseAsked && given.length
        ? { paths: new Set(given), facts: baseAsked.then((base) => base && baseFacts(ctx, base.sha, given)) }
        : undefined;
    // Awaited with the files; a failure must not surface before the selection's.
    baseAsked?.catch(() => { });
    factsAsked?.facts.catch(() => { });
    return (files) => planWith(ctx, files, baseAsked, factsAsked);
}
async function planWith(ctx, files, baseAsked, factsAsked) {
    const requested = ctx.settings.run.filesMode;
    if ((0,no_repository/* isNoRepository */.o)(ctx.git)) {
        const name = requested ?? 'each';
        return fixedPlan(files, name, requested ? 'flag' : 'no-repository', [
            noRepositoryNotice(ctx.git.noRepository, name),
        ]);
    }
    if (requested)
        return fixedPlan(files, requested, 'flag', []);
    const base = await (baseAsked ?? findBase(ctx));
    if (!base) {
        const plan = fixedPlan(files, 'history', 'default', []);
        plan.report.newFiles = files.length;
        plan.report.description = `mode history: the repository has no commits, so nothing has shipped; ${files.length} new file(s) judged as one change`;
        return plan;
    }
    const paths = files.map((f) => f.path);
    const early = paths.every((path) => factsAsked?.paths.has(path)) ? await factsAsked?.facts : undefined;
    const { onBase, changes } = early ?? (await baseFacts(ctx, base.sha, paths));
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

// EXTERNAL MODULE: ./src/gates/migrations/parse-store.ts
var parse_store = __webpack_require__(4667);
// EXTERNAL MODULE: ./src/sql/parse.ts
var parse = __webpack_require__(4159);
// EXTERNAL MODULE: ./src/gates/migrations/layouts/parse-migration.ts
var parse_migration = __webpack_require__(6598);
;// CONCATENATED MODULE: ./src/gates/migrations/lint-in-turn.ts




/**
 * Files with more SQL than this together are parsed without the store: their parses cost what reading
 * an entry back costs, and writing one costs more (`npm run bench`, 2,000 files of 5.4 MB: 1.5 s more
 * CPU cold, nothing less warm). What the store saves is the parser's load, which a small run pays most.
 */
const MAX_STORED_LINT_CHARS = 1024 * 1024;
function findFileParses(items, given) {
    const count = items.length;
    const sources = given ? items.map(({ file, text }) => (0,parse_migration/* migrationSource */.S)(file, text).source) : [];
    const chars = sources.reduce((sum, source) => sum + source.length, 0);
    const store = chars <= MAX_STORED_LINT_CHARS ? given : undefined;
    const key = store ? (0,parse_store/* parseStoreKey */.qA)(sources) : '';
    const stored = count ? store?.get(key, count) : undefined;
    const needsParser = !stored || stored.some((s) => s.statements.some((st) => st.kind === 'DoStmt'));
    const parserReady = needsParser && count
        ? (0,parse/* ensureParser */._U)().then(() => undefined, (error) => error ?? new Error('the Postgres parser could not be loaded'))
        : undefined;
    return {
        key,
        count,
        ...(stored ? { stored } : {}),
        ...(parserReady ? { parserReady } : {}),
        ...(store ? { store } : {}),
    };
}
/**
 * `lint FILES…`: the files linted in run order; a file of another deploy (lint-modes.ts) starts from a
 * fresh ChangeObjects. Parsed files are serialised and let go one by one (one AST alive at a time), and
 * stored together under the key of all their texts.
 */
async function lintInTurn(sources, parses, config, deployOf = () => '') {
    if (sources.length !== parses.count)
        throw new Error(`lint: ${sources.length} file(s) to lint but ${parses.count} looked up in the parse store`);
    const parserFailure = await parses.parserReady;
    if (parserFailure !== undefined)
        throw parserFailure;
    const { stored, store } = parses;
    const serialised = [];
    const linter = new engine/* MigrationLinter */.VI({ config });
    let deploy;
    const linted = sources.map(({ file, text }, i) => {
        const next = deployOf(file);
        if (deploy !== undefined && next !== deploy)
            linter.startDeploy();
        deploy = next;
        let parsed;
        if (stored) {
            const { text: read, transactionDisabled } = (0,parse_migration/* migrationSource */.S)(file, text);
            parsed = { file, text: read, ...stored[i], transactionDisabled };
        }
        else {
            parsed = (0,parse_migration/* parseMigration */.m)(file, text, file.direction, { cache: false });
            if (store)
                serialised.push(JSON.stringify({ statements: parsed.statements, errors: parsed.errors }));
        }
        return linter.lint(parsed);
    });
    if (store && !stored && sources.length)
        store.setSerialised(parses.key, serialised);
    return linted;
}

// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/gates/migrations/rule-config.ts
var rule_config = __webpack_require__(367);
// EXTERNAL MODULE: ./src/gates/migrations/runner-config.ts + 1 modules
var runner_config = __webpack_require__(6661);
// EXTERNAL MODULE: ./src/gates/migrations/select.ts
var migrations_select = __webpack_require__(1778);
// EXTERNAL MODULE: ./src/gates/migrations/deleted.ts
var deleted = __webpack_require__(4469);
;// CONCATENATED MODULE: ./src/gates/migrations/skipped.ts


/**
 * A `.sql` file the change adds to (or edits in) a layout's folder under a name its runner passes over:
 * it never runs anywhere, so whatever it was written to change never reaches a database. Reported
 * instead of being judged or rehearsed as if it ran.
 */
function skippedFileFindings(skipped) {
    return skipped.map(({ path, layout, why, how, folder: runnerFolder }) => {
        const folder = runnerFolder ?? path.slice(0, path.lastIndexOf('/'));
        return {
            gate: 'migrations',
            rule: 'skipped-migration-file',
            severity: 'error',
            file: path,
            message: `This file is in the ${(0,layouts/* layoutById */.X_)(layout).name} migrations folder but never runs: ${why}. What it changes never reaches a database, while the code that expects the change ships.`,
            help: `To run it, ${how}. If it is not meant to run (seed data, a note), move it out of ${folder || 'the repository root'}.`,
            docs: (0,engine/* docsUrl */.fs)('skipped-migration-file'),
            class: 'unknown',
        };
    });
}

;// CONCATENATED MODULE: ./src/gates/migrations/drizzle-journal.ts

const JOURNAL = /(?:^|\/)meta\/_journal\.json$/;
/**
 * drizzle-orm's migrator knows a migration by its journal entry's `when`, not its name: it runs an
 * entry only when `when` is after the newest `created_at` the database recorded (pg-core/dialect.ts).
 * An entry the change adds whose `when` is not after every entry before it (two branches generated
 * migrations, the older one merged last; a hand-edited journal) is skipped without a word on every
 * database that ran the entries before it; a tag listed twice runs its file twice. Journals the change
 * did not touch are not read.
 */
async function drizzleJournalFindings(changedPaths, readHead, readBase) {
    const findings = [];
    for (const path of changedPaths) {
        if (!JOURNAL.test(path) || path.includes('node_modules/'))
            continue;
        const text = await readHead(path);
        const head = text === undefined ? undefined : entriesOf(text);
        if (!head || text === undefined)
            continue; // gone, or not JSON: drizzle-kit itself stops on it
        const before = new Set((entriesOf((await readBase(path)) ?? '') ?? []).map((e) => e.tag));
        let newest = -Infinity;
        let newestTag = '';
        const seen = new Set();
        for (const [index, entry] of head.entries()) {
            const added = !before.has(entry.tag);
            if (added && seen.has(entry.tag))
                findings.push(journalFinding(path, text, index, `lists ${entry.tag} twice, so drizzle-orm runs ${entry.tag}.sql twice and the second run fails or repeats its changes`, `Remove the second ${entry.tag} entry from ${path}.`));
            else if (added && entry.when <= newest)
                findings.push(journalFinding(path, text, index, `gives ${entry.tag} the time ${entry.when}, not after ${newestTag}'s ${newest}: drizzle-orm runs an entry only when its time is after the newest migration a database recorded, so every database that ran ${newestTag} never runs ${entry.tag}, without a word`, `Regenerate it after the newer migrations: delete ${entry.tag}.sql, its snapshot and its journal entry, and run drizzle-kit generate again, so its entry comes last with the newest time (or set its "when" to a time after ${newest}, if it must keep its SQL).`));
            seen.add(entry.tag);
            if (entry.when > newest) {
                newest = entry.when;
                newestTag = entry.tag;
            }
        }
    }
    return findings;
}
function entriesOf(text) {
    try {
        const journal = JSON.parse(text);
        if (!Array.isArray(journal.entries))
            return undefined;
        return journal.entries.flatMap((e) => {
            const { tag, when } = (e ?? {});
            return typeof tag === 'string' && typeof when === 'number' ? [{ tag, when }] : [];
        });
    }
    catch {
        return undefined;
    }
}
/** The finding on the line of the entry's `"tag"` (the index-th in the file). */
function journalFinding(path, text, index, what, help) {
    const at = [...text.matchAll(/"tag"\s*:/g)][index]?.index;
    const line = at === undefined ? 1 : text.slice(0, at).split('\n').length;
    return {
        gate: 'migrations',
        rule: 'duplicate-migration-version',
        severity: 'error',
        file: path,
        line,
        column: 1,
        message: `This drizzle-kit journal ${what}.`,
        help,
        docs: (0,engine/* docsUrl */.fs)('duplicate-migration-version'),
        class: 'unknown',
    };
}

;// CONCATENATED MODULE: ./src/gates/migrations/duplicates.ts




const folderOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const nameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
/** Versions this long are timestamps (Supabase's, dbmate's YYYYMMDDHHMMSS): a new one is a time, not max + 1. */
const TIMESTAMP_DIGITS = 12;
/** Versions taken twice: by files of one folder (below), and by entries of a drizzle-kit journal. */
async function versionCollisionFindings(ctx, selection) {
    const base = ctx.base;
    const files = selection.headPaths
        ? duplicateVersionFindings(selection.files, selection.changes, selection.headPaths)
        : [];
    const journals = await drizzleJournalFindings(selection.changes.keys(), async (path) => {
        const source = await (0,read_source/* readHeadSource */.qJ)(ctx, path);
        return source && 'text' in source ? source.text : undefined;
    }, async (path) => (base ? ctx.git.readFileAt(base, path) : undefined));
    return [...files, ...journals];
}
/**
 * Migrations the change adds (or renames) to a version another file of the same folder already has, as
 * the layout's runner counts versions (Layout.versionKey: golang-migrate reads `001` and `1` as one,
 * Flyway `V1.0` and `V1`). The runner then refuses the whole folder or silently skips one of the two.
 * With no change to compare (`lint FILES…`), every given file is checked. `headPaths` is the whole tree.
 */
function duplicateVersionFindings(files, changes, headPaths) {
    const byFolder = new Map();
    for (const path of headPaths) {
        if (!path.endsWith('.sql'))
            continue;
        const folder = folderOf(path);
        const list = byFolder.get(folder);
        if (list)
            list.push(path);
        else
            byFolder.set(folder, [path]);
    }
    // Each folder's files by version, once per folder and layout: `lint FILES…` checks every file, and
    // comparing each with its whole folder was quadratic (0.8 s on 2,000 files of one folder).
    const versions = new Map();
    const versionsIn = (layout, folder, paths) => {
        const id = `${layout.id}\0${folder}`;
        let byVersion = versions.get(id);
        if (!byVersion) {
            byVersion = new Map();
            for (const path of paths) {
                const key = layout.versionKey(path);
                if (!key)
                    continue;
                const same = byVersion.get(key);
                if (same)
                    same.push(path);
                else
                    byVersion.set(key, [path]);
            }
            versions.set(id, byVersion);
        }
        return byVersion;
    };
    const findings = [];
    for (const file of files) {
        const layout = (0,layouts/* layoutById */.X_)(file.layout);
        const key = layout.versionKey?.(file.path);
        if (!key || !introduced(file.path, changes))
            continue;
        const folderPath = folderOf(file.path);
        const folder = byFolder.get(folderPath) ?? [];
        const same = versionsIn(layout, folderPath, folder).get(key) ?? [];
        const others = same.filter((p) => p !== file.path);
        if (others.length)
            findings.push(duplicateFinding(file, layout, others, folder));
    }
    return findings;
}
/** Added or renamed here, or given by name (no change to compare with). */
function introduced(path, changes) {
    if (!changes.size)
        return true;
    const change = changes.get(path);
    return change !== undefined && change.status !== 'modified' && change.status !== 'type-changed';
}
function duplicateFinding(file, layout, others, folder) {
    const named = others.map(nameOf).join(', ');
    const other = file.direction === 'up' ? 'down' : 'up';
    const pair = layout.id === 'golang-migrate' ? ` (and its .${other}.sql to match)` : '';
    return {
        gate: 'migrations',
        rule: 'duplicate-migration-version',
        severity: 'error',
        file: file.path,
        line: 1,
        column: 1,
        message: `This migration has the same version as ${named} in the same folder: ${layout.onDuplicate ?? `${layout.name} records each version once`}. Whatever this file or the other one changes may never reach a database.`,
        help: `Give it a version of its own, after the newest migration's: rename it to ${nextName(file.path, layout, folder)}${pair}.`,
        docs: (0,engine/* docsUrl */.fs)('duplicate-migration-version'),
        class: 'unknown',
    };
}
/** The file renamed to the version after the folder's newest (zero padding kept), or how to pick one. */
function nextName(path, layout, folder) {
    const name = nameOf(path);
    const flyway = /^V([0-9._]+?)__(.*)$/.exec(name);
    const digits = flyway ? flyway[1].split(/[._]/)[0] : (/^[0-9]+/.exec(name)?.[0] ?? '');
    if (!digits || digits.length >= TIMESTAMP_DIGITS)
        return `<timestamp>${name.replace(/^[0-9]+/, '')}, the timestamp (UTC, YYYYMMDDHHMMSS) after the newest migration's`;
    let newest = 0n;
    for (const other of folder) {
        const key = layout.versionKey?.(other);
        const leading = key && /[0-9]+/.exec(key)?.[0];
        if (leading && BigInt(leading) > newest)
            newest = BigInt(leading);
    }
    const next = String(newest + 1n).padStart(digits.length, '0');
    return flyway ? `V${next}__${flyway[2]}` : `${next}${name.slice(digits.length)}`;
}

// EXTERNAL MODULE: ./src/gates/migrations/other-sql.ts
var other_sql = __webpack_require__(5459);
// EXTERNAL MODULE: ./src/gates/migrations/named-paths.ts
var named_paths = __webpack_require__(2556);
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
        // Merged but in no release yet: production has not run it, so "shipped" would contradict the tags.
        const release = refs.find((r) => r.release && r !== refs[0]);
        if (!refs[0]?.release && release && (await git.readFileAt(release.ref, oldPath)) === undefined)
            return {
                gate: 'migrations',
                rule: 'edited-shipped-migration',
                severity: 'warning',
                file: path,
                line,
                column: 1,
                message: `This migration is merged (it is in ${label}) but in no release yet (${release.label.replace(/^release tag /, '')} does not have it), and was edited here: production has not run it and will run the new text, but every database that ran the old one (staging, previews, developers') keeps it and drifts from fresh ones.`,
                help: 'If a shared database ran the old text, revert the edit and put the change in a new migration file; otherwise reset those databases after merging.',
                docs: (0,engine/* docsUrl */.fs)('edited-shipped-migration'),
                class: 'unknown',
            };
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

// EXTERNAL MODULE: ./src/gates/migrations/other-databases.ts
var other_databases = __webpack_require__(97);
// EXTERNAL MODULE: ./src/gates/migrations/previous-release.ts
var previous_release = __webpack_require__(3347);
;// CONCATENATED MODULE: ./src/gates/migrations/gate.ts

















/** The migrations gate: can the previous release live with the schema these migrations leave behind? */
const migrationsGate = {
    id: 'migrations',
    title: 'migration safety',
    async run(ctx) {
        (0,rule_config/* assertKnownRuleIds */._)(ctx.settings.config.migrations, ctx.settings.run.configFile);
        // `lint FILES…`: which commit counts as shipped is asked of git while the files are selected.
        const planFor = ctx.settings.run.files.length ? beginDeployPlan(ctx) : undefined;
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
        // The release before the change, chosen once (previous-release.ts) for every check that compares
        // with it; the choice is reported whenever one of them asked for it.
        const judged = [];
        const previousAt = (base) => {
            const answer = (0,previous_release/* previousRelease */.Fi)(ctx, base);
            judged.push(answer);
            return answer;
        };
        // Shipped migrations deleted or renamed away, files their runner passes over by name, and changed
        // files that may change the database but that no layout lints: never silently "no migration changed".
        const history = [
            // A tag on the change itself, or after it, never had the files the change deleted: not "the release".
            ...(await (0,deleted/* deletedShippedFindings */.p)(ctx, selection.deleted, selection.changes, async () => {
                const previous = ctx.base ? await previousAt(ctx.base) : undefined;
                return previous?.kind === 'release'
                    ? { ref: previous.ref, label: `release tag ${previous.tag}` }
                    : undefined;
            })),
            ...skippedFileFindings(selection.skipped),
            ...(await versionCollisionFindings(ctx, selection)),
            ...selection.unchecked.map(other_sql/* uncheckedChangeFinding */.C),
        ];
        // Migrations of another database (MySQL, ClickHouse) in the change: said, never linted as Postgres.
        const others = (0,other_databases/* otherDatabaseNotices */.XT)(selection.otherDatabase);
        if (!selection.files.length && (unreachable.length || history.length)) {
            const previous = await (0,previous_release/* judgedRelease */.tg)(judged);
            return {
                findings: [...unreachable, ...history, ...previous.findings, ...others],
                summary: [
                    ...(unreachable.length
                        ? [`${unreachable.length} changed submodule(s) with migrations could not be read`]
                        : []),
                    ...historyClauses(selection),
                    ...previous.clauses,
                ].join('; '),
                data: { migrations: { ...data.migrations, ...previous.data } },
            };
        }
        if (!selection.files.length) {
            const why = selection.mode === 'no-base'
                ? 'no base to compare with (pass --base REF, or lint files explicitly)'
                : selection.discovery.files.length
                    ? `no ${layoutNames.join('/')} migration changed`
                    : 'no migration files found (supported: Supabase, Prisma, Drizzle, Flyway, golang-migrate, dbmate, plain SQL)';
            return { findings: others, summary: why, skipped: true, data };
        }
        const findings = [...unreachable, ...history, ...others];
        const sources = [];
        let shippedRefs;
        const explicit = selection.mode === 'explicit';
        // Which given files already shipped (git processes): asked while the files are read.
        const planning = explicit && planFor ? planFor(selection.files) : undefined;
        planning?.catch(() => { }); // awaited below; a failure must not surface before the read does
        // Read files concurrently (bounded), then lint them in run order.
        const texts = await mapBounded(selection.files, 32, (file) => (0,read_source/* readHeadSource */.qJ)(ctx, file.path));
        // `lint FILES…`: parses from the content store when these texts were linted together before (the
        // parser is then never loaded), else the parser loads while git answers (lint-in-turn.ts).
        const fileParses = explicit
            ? findFileParses(selection.files.flatMap((file, i) => {
                const read = texts[i];
                return read && !('problem' in read) ? [{ file, text: read.text }] : [];
            }), (0,parse_store/* openParseStore */.t4)())
            : undefined;
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
                shippedRefs ??= await (0,previous_release/* shippedRefsFor */.JQ)(plan?.base ?? ctx.base, previousAt);
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
            linted = await lintInTurn(sources, fileParses, config, plan?.deployOf);
            fallback = { data: EXPLICIT_FILES };
        }
        else {
            // What the live release's own code still uses (src/gates/migrations/fallback, reading src/schema-sources): adds its findings, marks contract
            // statements it no longer needs as safe. It needs every changed file parsed before linting. Parses
            // come from the content cache when these files were parsed before (docs/caching.md).
            const parsed = await (0,parse_store/* parseMigrations */.PZ)(sources, (0,parse_store/* openParseStore */.t4)());
            const compat = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(724), __webpack_require__.e(535), __webpack_require__.e(816)]).then(__webpack_require__.bind(__webpack_require__, 5644));
            fallback = await compat.prepareFallbackReview(ctx, parsed, previousAt);
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
        const previous = await (0,previous_release/* judgedRelease */.tg)(judged);
        findings.push(...previous.findings);
        const summary = (plan ? `${plan.report.description}; ` : '') +
            summarize(linted, layoutNames, findings) +
            historyClauses(selection)
                .map((c) => `; ${c}`)
                .join('') +
            excludedClause(selection.excluded) +
            fallbackClause +
            previous.clauses.map((c) => `; ${c}`).join('');
        return {
            findings,
            summary,
            data: {
                migrations: { ...data.migrations, fallback: fallback.data, ...previous.data },
                ...(plan ? { mode: plan.report } : {}),
            },
        };
    },
};
/** What the summary says about files that left the migrations or never joined them. */
function historyClauses(selection) {
    return [
        ...(selection.deleted.length
            ? [`${selection.deleted.length} shipped migration(s) deleted or renamed away`]
            : []),
        ...(selection.skipped.length
            ? [`${selection.skipped.length} .sql file(s) in a migrations folder that never run`]
            : []),
        ...(selection.unchecked.length
            ? [`${selection.unchecked.length} changed file(s) that may change the database not checked`]
            : []),
    ];
}
/** Comparing with the live release replays the whole history and scans code: that belongs to checking a change. */
const EXPLICIT_FILES = {
    sources: [],
    codeFiles: 0,
    conservative: true,
    findings: 0,
    skipped: 'explicit files: compare with the live release by linting the change',
};
/** Files named one by one that migrations.exclude left out: said, never silently dropped. */
function excludedClause(excluded) {
    if (!excluded.length)
        return '';
    return `; ${excluded.length} named file(s) left out by migrations.exclude: ${(0,named_paths/* listed */.KE)(excluded)}`;
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
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1982);



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


/***/ })

};
