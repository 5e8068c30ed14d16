import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 929;
export const ids = [929,907];
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

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ timerDuration),
/* harmony export */   Xq: () => (/* binding */ globList),
/* harmony export */   rv: () => (/* binding */ windowDuration),
/* harmony export */   sk: () => (/* binding */ severityOverride)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);


/** A list of globs; a single string is accepted for convenience. */
const globList = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((value) => (typeof value === 'string' ? [value] : value), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1, 'a non-empty glob')).max(200));
const severityOverride = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning', 'notice', 'off']);
/** A delay handed to a timer (timeouts): more than zero, at most 24 days (duration.ts says why). */
const timerDuration = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .durationSchema */ .sK)({ kind: 'timer' });
/** An age compared with a clock (backup max-age): more than zero, any length. */
const windowDuration = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .durationSchema */ .sK)({ kind: 'window' });


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YK: () => (/* binding */ backupConfigSchema),
/* harmony export */   aP: () => (/* binding */ TARGET_ENVIRONMENT_ENV),
/* harmony export */   tl: () => (/* binding */ RESTORE_ENVIRONMENT)
/* harmony export */ });
/* unused harmony export isoInstant */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6992);


/** `backup-command` as one string (split like a shell would, without running one) or an argv list. */
const commandSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'a command such as "node scripts/latest-backup.mjs"').max(4000),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(4000)).min(1, 'at least the program name').max(100),
]);
/** An ISO-8601 instant with a date, a time and a zone: `2026-07-31T09:12:00Z`, `…+02:00`. */
const isoInstant = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i, 'an ISO-8601 timestamp with a zone, e.g. 2026-07-31T09:12:00Z')
    .refine((text) => Number.isFinite(Date.parse(text.replace(' ', 'T'))), 'a real date and time');
/**
 * `backup:` in .github/rollback-ready.yml. Evidence keys carry the same names as the flags and action
 * inputs (`backup.max-age` ⇔ input `max-age` ⇔ `--max-age`).
 */
const backupConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** A dump written by an earlier step: pg_dump custom, tar, directory or plain SQL, optionally gzip-compressed. */
    'backup-file': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'a path to a dump file or directory').optional(),
    /** Expected sha256 of `backup-file` (hex). */
    'backup-sha256': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .trim()
        .regex(/^(sha256:)?[0-9a-fA-F]{64}$/, 'a sha256 in hex (64 characters)')
        .transform((h) => h.replace(/^sha256:/, '').toLowerCase())
        .optional(),
    /** When the backup finished, written by an earlier step. */
    'backup-completed-at': isoInstant.optional(),
    /** A program printing `{ "completedAt", "status", "id" }` as JSON; run without a shell. */
    'backup-command': commandSchema.optional(),
    /** The team's data-loss tolerance: the backup must have finished no longer ago than this. */
    'max-age': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDuration */ .rv.default(86_400_000),
    /** Restore the dump into a throwaway Postgres and run the verification queries. */
    'restore-check': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    /** Without restore-check, a restore recorded within this window is required. */
    'restore-max-age': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDuration */ .rv.default(30 * 86_400_000),
    /** Environments whose deploys need the gate (`check` runs it when the run deploys to one of them). */
    'required-for': zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? [v] : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'an environment name')).max(50))
        .default(['production']),
    /** Tables that must exist and have at least one row after the restore (`users`, `public.orders`). */
    'verify-tables': zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? [v] : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .trim()
        .regex(/^[^.\s]+(\.[^.\s]+)?$/, 'a table name, optionally schema-qualified'))
        .max(200))
        .default([]),
    /** A SQL file (from the repository root) or inline SQL returning one row with a truthy first column. */
    'verify-sql': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, 'a .sql file or a SELECT').optional(),
    /** How long `backup-command` may run. */
    'command-timeout': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .timerDuration */ .M2.default(60_000),
    /** How long the restore check may take, server start included. */
    'restore-timeout': _config_shared_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .timerDuration */ .M2.default(600_000),
});
/** The GitHub Deployments environment where successful restores are recorded. */
const RESTORE_ENVIRONMENT = 'rollback-ready/restore-check';
/** Set by the deploy workflow: the environment this run deploys to (the gate is required for some). */
const TARGET_ENVIRONMENT_ENV = 'ROLLBACK_READY_ENVIRONMENT';


/***/ }),

/***/ 7929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ backupGate),
  sT: () => (/* binding */ createBackupGate)
});

// UNUSED EXPORTS: hasEvidence

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/gates/backup/config.ts
var backup_config = __webpack_require__(2745);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
;// CONCATENATED MODULE: ./src/gates/backup/findings.ts

/** Rule ids of the backup gate; each has a page under docs/rules/. */
const BACKUP_RULES = (/* unused pure expression or super */ null && ([
    'backup-missing',
    'backup-invalid',
    'backup-truncated',
    'backup-checksum-mismatch',
    'backup-incomplete',
    'backup-stale',
    'backup-future',
    'backup-command-failed',
    'restore-failed',
    'restore-verify-failed',
    'restore-unproven',
]));
function backupFinding(rule, fields, severity = 'error') {
    return { gate: 'backup', rule, severity, ...fields, docs: (0,tool/* ruleDocsUrl */.hS)(rule) };
}
/** `3h12m`, `45s`, `2d4h`: the two largest units, for messages people read at a glance. */
function humanDuration(ms) {
    const total = Math.max(0, Math.round(Math.abs(ms) / 1000));
    const units = [
        ['d', 86_400],
        ['h', 3_600],
        ['m', 60],
        ['s', 1],
    ];
    const parts = [];
    let rest = total;
    for (const [unit, size] of units) {
        const n = Math.floor(rest / size);
        rest -= n * size;
        if (n > 0 || (parts.length > 0 && parts.length < 2))
            parts.push(`${n}${unit}`);
        if (parts.length === 2)
            break;
    }
    const text = parts.filter((p, i) => i === 0 || !p.startsWith('0')).join('');
    return text || '0s';
}
/** `2026-07-31 09:12 UTC`. */
function formatInstant(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// EXTERNAL MODULE: ./src/git/process.ts
var git_process = __webpack_require__(5189);
;// CONCATENATED MODULE: ./src/gates/backup/process.ts

/**
 * Run a backup or restore program through the one process runner (git/process.ts): no shell, its own
 * process group (stopped whole), bounded in time and output. A program that cannot start is reported in
 * `spawnError`, as the backup findings word it, rather than thrown.
 */
async function runTool(command, args, options) {
    try {
        const run = await (0,git_process/* runProcess */.R3)(command, args, {
            cwd: options.cwd ?? process.cwd(),
            timeoutMs: options.timeoutMs,
            maxStdout: options.maxStdout ?? 8 * 1024 * 1024,
            group: true,
            ...(options.env ? { env: options.env } : {}),
            ...(options.user ? { user: options.user } : {}),
            ...(options.stdinFrom ? { stdin: options.stdinFrom } : {}),
        });
        return {
            code: run.code,
            stdout: run.stdout.toString('utf8'),
            stderr: run.stderr,
            timedOut: run.timedOut,
            overflow: run.truncated,
        };
    }
    catch (error) {
        if (!(error instanceof git_process/* ProcessStartError */._S))
            throw error;
        return { code: null, stdout: '', stderr: '', timedOut: false, overflow: false, spawnError: error.detail };
    }
}
/** The last `lines` non-empty lines of a program's stderr, for a finding's message. */
function tail(text, lines = 6) {
    return text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(-lines)
        .join(' | ');
}

;// CONCATENATED MODULE: ./src/gates/backup/command-evidence.ts





/** What `backup-command` must print: one JSON object (extra fields are kept for the report). */
const commandOutputSchema = schemas/* looseObject */._H3({
    completedAt: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig().positive()]).nullable(),
    status: schemas/* string */.YjP().min(1),
    id: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
});
const COMPLETED_STATUSES = [
    'completed',
    'complete',
    'available',
    'succeeded',
    'success',
    'done',
    'ready',
];
const RUNNING_STATUSES = [
    'pending',
    'running',
    'creating',
    'in_progress',
    'started',
    'queued',
    'backing_up',
    'init',
];
const MAX_STDOUT = 1024 * 1024;
/**
 * Split a command line into argv the way a POSIX shell would for plain words and quotes, without
 * running a shell: no variables, globs, pipes or redirections (those are refused, not ignored).
 */
function splitCommand(line) {
    const args = [];
    let current = '';
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new errors/* UsageError */.eb(`backup-command: unterminated ' quote in ${JSON.stringify(line)}`);
            current += line.slice(i + 1, end);
            i = end;
            inWord = true;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\'))
                    j++;
                if (line[j] === '$' || line[j] === '`')
                    throw new errors/* UsageError */.eb(`backup-command runs without a shell, so "${line[j]}" inside double quotes is not expanded; read variables in your script (process.env) instead`);
                current += line[j];
            }
            if (j >= line.length)
                throw new errors/* UsageError */.eb(`backup-command: unterminated " quote in ${JSON.stringify(line)}`);
            i = j;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            current += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                args.push(current);
            current = '';
            inWord = false;
        }
        else if ('|&;<>()$`*?'.includes(c)) {
            throw new errors/* UsageError */.eb(`backup-command runs without a shell, so "${c}" is not allowed unquoted; put pipes, variables and redirections in a script and run that (e.g. "node scripts/latest-backup.mjs")`);
        }
        else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        args.push(current);
    if (!args.length)
        throw new errors/* UsageError */.eb('backup-command is empty');
    return args;
}
/** Secret-looking environment values, so they never reach a message even if the program prints them. */
function redactSecrets(text, env) {
    return (0,redact/* redactSecrets */.fp)(text, (0,redact/* environmentSecretValues */.yu)(env));
}
/** `completedAt` as a Date: ISO text, or Unix time in seconds (or milliseconds when that large). */
function toDate(value) {
    if (typeof value === 'number')
        return new Date(value < 1e12 ? value * 1000 : value);
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return toDate(Number(trimmed));
    if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed))
        return undefined;
    const date = new Date(trimmed.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? undefined : date;
}
function normalizeStatus(status) {
    return status
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
}
/** Run the command (no shell, no stdin, bounded), validate its JSON and judge its status. */
async function runBackupCommand(options) {
    const env = options.env ?? process.env;
    const shown = options.argv.join(' ');
    const failed = (message, help) => ({
        status: 'unknown',
        findings: [backupFinding('backup-command-failed', { message: redactSecrets(message, env), help })],
    });
    const run = await runTool(options.argv[0], options.argv.slice(1), {
        timeoutMs: options.timeoutMs,
        maxStdout: MAX_STDOUT,
        cwd: options.cwd,
        env,
    });
    const HELP = 'Run the command by hand in the same environment; it must exit 0 and print one JSON object { "completedAt", "status", "id" }.';
    if (run.spawnError)
        return failed(`backup-command "${shown}" could not be started: ${run.spawnError}.`, HELP);
    if (run.timedOut)
        return failed(`backup-command "${shown}" did not finish within ${Math.round(options.timeoutMs / 1000)}s and was stopped.`, `${HELP} Raise backup.command-timeout if the provider is slow.`);
    if (run.overflow)
        return failed(`backup-command "${shown}" printed more than 1 MB; it must print one small JSON object.`, HELP);
    if (run.code !== 0)
        return failed(`backup-command "${shown}" exited with code ${run.code}: ${tail(run.stderr, 4) || '(nothing on stderr)'}.`, HELP);
    let data;
    try {
        data = JSON.parse(run.stdout);
    }
    catch {
        const start = run.stdout.trim().slice(0, 80);
        return failed(`backup-command "${shown}" printed something that is not JSON: ${JSON.stringify(start)}.`, HELP);
    }
    const parsed = commandOutputSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return failed(`backup-command "${shown}" printed JSON without a valid "${issue.path.join('.') || '(top level)'}": ${issue.message}.`, HELP);
    }
    const out = parsed.data;
    const evidence = { status: out.status, findings: [] };
    if (out.id !== undefined)
        evidence.id = String(out.id);
    const status = normalizeStatus(out.status);
    const name = evidence.id ? `backup ${evidence.id}` : 'the latest backup';
    if (!COMPLETED_STATUSES.includes(status)) {
        const running = RUNNING_STATUSES.includes(status);
        evidence.findings.push(backupFinding('backup-incomplete', {
            message: `${name} has status "${out.status}"${running ? ': it has started but not finished' : ''}; a backup counts only once its status says completed or available.`,
            help: running
                ? 'Wait for the backup to finish (or poll until it does in the step that starts it), then re-run.'
                : 'Take a new backup and make sure it finishes, then re-run.',
        }));
    }
    if (out.completedAt === null) {
        if (!evidence.findings.length)
            evidence.findings.push(backupFinding('backup-incomplete', {
                message: `${name} has no completedAt: there is no finished backup to rely on.`,
                help: 'Take a backup and let it finish, then re-run.',
            }));
        return evidence;
    }
    const completedAt = toDate(out.completedAt);
    if (!completedAt)
        return failed(`backup-command "${shown}" printed completedAt ${JSON.stringify(out.completedAt)}, which is neither an ISO-8601 time with a zone nor Unix seconds.`, HELP);
    evidence.completedAt = completedAt;
    return evidence;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/gates/backup/dump-format.ts
/**
 * Recognising pg_dump output from its first bytes, and reading the archive header pg_dump writes at the
 * start of custom-format files and of `toc.dat` (tar and directory formats). Pure: no I/O.
 *
 * Header layout (pg_backup_archiver.c, WriteHead): "PGDMP", version major/minor/revision bytes, int
 * size, offset size, format byte; compression (an int before archive version 1.15, one byte from 1.15,
 * PostgreSQL 16); then the creation time as `struct tm` fields sec, min, hour, mday, mon, year, isdst,
 * each an int; then the database name, the server version and pg_dump's version as strings. An int is
 * a sign byte followed by `intSize` little-endian bytes; a string is an int length then the bytes.
 */
const MAGIC = Buffer.from('PGDMP');
const TAR_BLOCK = 512;
/** What a file is, from its first bytes (after gzip decompression, when the caller did that). */
function sniff(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return { kind: 'gzip' };
    if (head.subarray(0, 5).equals(MAGIC))
        return { kind: 'custom' };
    if (head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar')
        return { kind: 'tar' };
    if (head.includes(0))
        return { kind: 'unknown' };
    const text = head.toString('utf8');
    if (/PostgreSQL database (cluster )?dump/.test(text.slice(0, 4096)))
        return { kind: 'plain' };
    return { kind: 'text' };
}
/** The first member of a tar archive: its name and where its data starts. */
function firstTarMember(head) {
    if (head.length < TAR_BLOCK)
        return undefined;
    const nul = head.indexOf(0);
    const name = head.subarray(0, nul >= 0 && nul < 100 ? nul : 100).toString('latin1');
    return { name, dataOffset: TAR_BLOCK };
}
class Reader {
    buf;
    intSize;
    pos = 0;
    constructor(buf, intSize = 4) {
        this.buf = buf;
        this.intSize = intSize;
    }
    byte() {
        if (this.pos >= this.buf.length)
            throw new RangeError('header ends early');
        return this.buf[this.pos++];
    }
    int() {
        const sign = this.byte();
        let value = 0;
        for (let i = 0; i < this.intSize; i++)
            value += this.byte() * 2 ** (8 * i);
        return sign ? -value : value;
    }
    str() {
        const length = this.int();
        if (length < 0)
            return undefined;
        if (length > 10_000 || this.pos + length > this.buf.length)
            throw new RangeError('header ends early');
        const text = this.buf.subarray(this.pos, this.pos + length).toString('utf8');
        this.pos += length;
        return text;
    }
}
/** Parse the archive header; a string says what is wrong with it. */
function parseArchiveHeader(buf) {
    if (!buf.subarray(0, 5).equals(MAGIC))
        return 'no "PGDMP" signature at the start';
    const r = new Reader(buf);
    r.pos = 5;
    try {
        const major = r.byte();
        const minor = r.byte();
        const rev = major > 1 || (major === 1 && minor > 0) ? r.byte() : 0;
        if (major !== 1 || minor > 30)
            return `unsupported archive version ${major}.${minor}`;
        const intSize = r.byte();
        const offSize = r.byte();
        if (intSize < 1 || intSize > 8 || offSize < 1 || offSize > 16)
            return `implausible integer sizes (${intSize}, ${offSize}) in the header`;
        r.intSize = intSize;
        const format = r.byte();
        if (![1, 2, 3, 4, 5].includes(format))
            return `unknown archive format code ${format}`;
        if (minor >= 2) {
            if (minor >= 15)
                r.byte();
            else
                r.int();
        }
        const header = { archiveVersion: `${major}.${minor}.${rev}`, intSize, offSize };
        if (minor >= 4) {
            const sec = r.int();
            const min = r.int();
            const hour = r.int();
            const mday = r.int();
            const mon = r.int();
            const year = r.int();
            r.int(); // isdst: the Date constructor applies the zone's rules itself
            const date = new Date(year + 1900, mon, mday, hour, min, sec);
            if (mon < 0 ||
                mon > 11 ||
                mday < 1 ||
                mday > 31 ||
                hour > 23 ||
                min > 59 ||
                sec > 61 ||
                Number.isNaN(date.getTime()))
                return 'the creation time in the header is not a valid date';
            header.createdAt = date;
            const database = r.str();
            if (database !== undefined)
                header.database = database;
        }
        if (minor >= 10) {
            const serverVersion = r.str();
            const dumpVersion = r.str();
            if (serverVersion !== undefined)
                header.serverVersion = serverVersion;
            if (dumpVersion !== undefined)
                header.dumpVersion = dumpVersion;
        }
        return header;
    }
    catch {
        return 'the header ends early (the file is cut off)';
    }
}
const COMPLETE_MARKER = /^-- PostgreSQL database (cluster )?dump complete\s*$/m;
const COMPLETED_ON = /^-- Completed on (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?: (\S+))?\s*$/m;
/** pg_dump ends a plain dump with "-- PostgreSQL database dump complete"; a cut-off file lacks it. */
function plainDumpComplete(tail) {
    return COMPLETE_MARKER.test(tail);
}
/**
 * The `-- Completed on …` line pg_dump --verbose writes. Its zone is an abbreviation (strftime %Z):
 * UTC/GMT and numeric offsets are exact; any other name is read in this machine's zone.
 */
function plainCompletedOn(tail) {
    const match = COMPLETED_ON.exec(tail);
    if (!match)
        return undefined;
    const [date, time] = match[1].split(' ');
    const zone = match[2] ?? '';
    let iso = `${date}T${time}`;
    if (/^(UTC|GMT|Z)$/i.test(zone))
        iso += 'Z';
    else if (/^[+-]\d{2}:?\d{2}$/.test(zone))
        iso += zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    const parsed = new Date(iso);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

// EXTERNAL MODULE: ./src/db/find-binaries.ts
var find_binaries = __webpack_require__(2257);
;// CONCATENATED MODULE: ./src/gates/backup/tools.ts



function executable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
const versionOf = find_binaries/* versionFrom */.tv;
const cache = new Map();
/**
 * A PostgreSQL client program (`pg_restore`, `psql`): the newest version among PATH and
 * `/usr/lib/postgresql/<major>/bin`, since pg_restore reads archives of its own version and older.
 */
function findClientTool(name, env = process.env, debianRoot = find_binaries/* DEBIAN_PG_ROOT */.VC) {
    const key = `${name}\0${env.PATH ?? ''}\0${debianRoot}`;
    let found = cache.get(key);
    if (!found) {
        found = locate(name, env, debianRoot);
        cache.set(key, found);
    }
    return found;
}
async function locate(name, env, debianRoot) {
    const paths = [];
    const add = (path) => {
        // Not resolved through symlinks: Debian's /usr/bin/pg_restore is a wrapper that dispatches on its name.
        if (executable(path) && !paths.includes(path))
            paths.push(path);
    };
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean))
        add((0,external_node_path_.join)(dir, name));
    try {
        for (const major of (0,external_node_fs_.readdirSync)(debianRoot).filter((d) => /^\d+$/.test(d)))
            add((0,external_node_path_.join)(debianRoot, major, 'bin', name));
    }
    catch {
        // no Debian-style installation
    }
    let best;
    for (const path of paths) {
        const version = await versionOf(path);
        if (!version)
            continue;
        const tool = { path, version, major: Number(version.split('.')[0]) };
        if (!best || tool.major > best.major)
            best = tool;
    }
    return best;
}

;// CONCATENATED MODULE: ./src/gates/backup/inspect-file.ts











const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 16 * 1024;
const TAKE_FRESH = 'Take a fresh backup with pg_dump (e.g. `pg_dump --format=custom --file=backup.dump "$DATABASE_URL"`), then re-run.';
/** Check a dump: present, non-empty, the checksum, a valid header for its format, not cut off; and when it finished. */
async function inspectBackupFile(options) {
    const { display } = options;
    let tempDir;
    const report = {
        display,
        gzip: false,
        bytes: 0,
        findings: [],
        cleanup: async () => {
            if (tempDir)
                await (0,promises_.rm)(tempDir, { recursive: true, force: true });
        },
    };
    const fail = (rule, message, help) => {
        report.findings.push(backupFinding(rule, { file: display, message, help }));
        return report;
    };
    let info;
    try {
        info = await (0,promises_.stat)(options.path);
    }
    catch {
        return fail('backup-missing', `backup file ${display} does not exist.`, 'Run the step that writes the dump (pg_dump …) before this one and point backup-file at its output.');
    }
    if (info.isDirectory()) {
        report.format = 'directory';
        if (options.expectedSha256) {
            report.findings.push(backupFinding('backup-checksum-mismatch', {
                file: display,
                message: `backup-sha256 was given, but ${display} is a directory-format dump, which has no single checksum.`,
                help: 'Archive it (tar -cf backup.tar -C dump .) and checksum that, or drop backup-sha256.',
            }));
        }
        const toc = (0,external_node_path_.join)(options.path, 'toc.dat');
        const head = await readHead(toc).catch(() => undefined);
        if (!head)
            return fail('backup-invalid', `${display} is a directory but has no toc.dat: it is not a pg_dump directory-format dump.`, TAKE_FRESH);
        report.bytes = head.size;
        if (!useHeader(report, head.bytes, `${display}/toc.dat`))
            return report;
        report.restorable = options.path;
        await checkWithPgRestore(report, options);
        setCompletion(report, options, info);
        return report;
    }
    if (!info.isFile())
        return fail('backup-invalid', `${display} is not a regular file.`, TAKE_FRESH);
    report.bytes = info.size;
    if (info.size === 0)
        return fail('backup-invalid', `backup file ${display} is empty (0 bytes): the dump did not run or failed.`, TAKE_FRESH);
    if (options.expectedSha256) {
        const actual = await sha256Of(options.path);
        report.sha256 = actual;
        if (actual !== options.expectedSha256) {
            report.findings.push(backupFinding('backup-checksum-mismatch', {
                file: display,
                message: `backup file ${display} has sha256 ${actual}, but backup-sha256 expects ${options.expectedSha256}: it is not the file that was checksummed (changed, cut off or replaced).`,
                help: 'Take the checksum in the same step that writes the dump (sha256sum backup.dump), pass it on as a step output, then re-run.',
            }));
        }
    }
    let file = options.path;
    let head = (await readHead(file)).bytes;
    if (sniff(head).kind === 'gzip') {
        report.gzip = true;
        tempDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-backup-'));
        const plainCopy = (0,external_node_path_.join)(tempDir, 'dump');
        try {
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)(), (0,external_node_fs_.createWriteStream)(plainCopy, { mode: 0o600 }));
        }
        catch (error) {
            return fail('backup-truncated', `backup file ${display} is gzip-compressed but does not decompress: ${error.message} (cut off while writing or copying).`, TAKE_FRESH);
        }
        file = plainCopy;
        head = (await readHead(file)).bytes;
    }
    report.restorable = file;
    const kind = sniff(head).kind;
    switch (kind) {
        case 'custom':
            report.format = 'custom';
            if (!useHeader(report, head, display))
                return report;
            await checkWithPgRestore(report, options);
            break;
        case 'tar': {
            report.format = 'tar';
            const member = firstTarMember(head);
            if (member?.name !== 'toc.dat')
                return fail('backup-invalid', `${display} is a tar archive, but not one pg_dump wrote: its first member is "${member?.name ?? '?'}", not toc.dat.`, 'Write the dump with pg_dump --format=tar (or --format=custom), not by archiving files yourself.');
            if (!useHeader(report, head.subarray(member.dataOffset), display))
                return report;
            await checkWithPgRestore(report, options);
            break;
        }
        case 'plain': {
            report.format = 'plain';
            const end = await readTail(file);
            if (!plainDumpComplete(end))
                return fail('backup-truncated', `backup file ${display} is a plain SQL dump without pg_dump's closing "-- PostgreSQL database dump complete" line: it is cut off (or pg_dump failed part-way).`, TAKE_FRESH);
            const completedOn = plainCompletedOn(end);
            if (completedOn) {
                report.completedAt = completedOn;
                report.completedAtSource = '"Completed on" line';
            }
            break;
        }
        case 'text':
            return fail('backup-invalid', `backup file ${display} is text, but not a pg_dump dump (no "-- PostgreSQL database dump" header in its first lines).`, TAKE_FRESH);
        default:
            return fail('backup-invalid', `backup file ${display} is not a pg_dump dump: it starts with bytes ${hex(head.subarray(0, 8))}, not "PGDMP" (custom), a tar header, gzip or SQL text.`, TAKE_FRESH);
    }
    setCompletion(report, options, info);
    return report;
}
function useHeader(report, bytes, where) {
    const header = parseArchiveHeader(bytes);
    if (typeof header === 'string') {
        report.findings.push(backupFinding(header.includes('cut off') ? 'backup-truncated' : 'backup-invalid', {
            file: report.display,
            message: `${where}: invalid pg_dump archive header: ${header}.`,
            help: TAKE_FRESH,
        }));
        return false;
    }
    report.header = header;
    if (header.createdAt) {
        report.completedAt = header.createdAt;
        report.completedAtSource = 'dump header';
    }
    return true;
}
function setCompletion(report, options, info) {
    if (report.completedAt)
        return;
    if (options.completedAtFallback) {
        report.completedAt = options.completedAtFallback;
        report.completedAtSource = 'backup-completed-at';
    }
    else {
        report.completedAt = info.mtime;
        report.completedAtSource = 'file modification time';
    }
}
/** `pg_restore --list` (a readable table of contents), then a full read to nowhere (no data cut off). */
async function checkWithPgRestore(report, options) {
    const tool = await (options.findPgRestore ?? findClientTool)('pg_restore');
    if (!tool) {
        report.findings.push(backupFinding('backup-truncated', {
            file: report.display,
            message: `pg_restore was not found, so ${report.display} was only checked by its header: a cut-off archive would pass.`,
            help: 'Install the PostgreSQL client (apt-get install postgresql-client; GitHub runners have it) so the whole archive is read.',
        }, 'warning'));
        return;
    }
    const timeoutMs = options.timeoutMs ?? 300_000;
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' };
    const list = await runTool(tool.path, ['--list', report.restorable], {
        timeoutMs,
        env,
        maxStdout: 64 * 1024 * 1024,
    });
    if (list.code !== 0 || list.overflow) {
        report.findings.push(pgRestoreFailure(report, tool.version, '--list', list.stderr || list.spawnError || '', list.timedOut));
        return;
    }
    const entries = list.stdout.split('\n').filter((l) => l.trim() && !l.startsWith(';'));
    report.tocEntries = entries.length;
    report.tableData = entries.filter((l) => / TABLE DATA /.test(l)).length;
    const full = await runTool(tool.path, ['--file=/dev/null', report.restorable], {
        timeoutMs,
        env,
        maxStdout: 1024,
    });
    if (full.code !== 0) {
        report.findings.push(pgRestoreFailure(report, tool.version, 'full read', full.stderr || full.spawnError || '', full.timedOut));
    }
}
function pgRestoreFailure(report, version, step, stderr, timedOut) {
    const detail = timedOut ? 'timed out' : tail(stderr, 4) || 'failed without a message';
    const tooNew = /unsupported version/i.test(stderr);
    const truncated = /end of file|unexpected EOF|could not read|truncated|could not find block|short read/i.test(stderr);
    return backupFinding(truncated ? 'backup-truncated' : 'backup-invalid', {
        file: report.display,
        message: `pg_restore ${version} cannot read ${report.display} (${step}): ${detail}.${truncated ? ' The archive is cut off.' : ''}`,
        help: tooNew
            ? `The dump was written by a newer pg_dump than pg_restore ${version}; install a matching PostgreSQL client, then re-run.`
            : TAKE_FRESH,
    });
}
async function readHead(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { bytes: buffer.subarray(0, bytesRead), size };
    }
    finally {
        await handle.close();
    }
}
async function readTail(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        const length = Math.min(TAIL_BYTES, size);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        return buffer.toString('utf8');
    }
    finally {
        await handle.close();
    }
}
async function sha256Of(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function hex(bytes) {
    return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

;// CONCATENATED MODULE: ./src/gates/backup/wording.ts
/** How the backup gate words its summary: one phrase per piece of evidence and per restore step. Pure. */

/** `finished 3h12m ago`, `finished 5m in the future`, or nothing when the age is unknown. */
function ageText(e) {
    if (e.ageMs === undefined)
        return '';
    return e.ageMs < 0
        ? `finished ${humanDuration(-e.ageMs)} in the future`
        : `finished ${humanDuration(e.ageMs)} ago`;
}
const phrases = {
    dump: (e) => `${e.format}${e.gzip ? '+gzip' : ''} dump ${e.detail} ${ageText(e)}`,
    dumpFailed: (display) => `dump ${display} failed its checks`,
    completedAt: (e) => `backup ${ageText(e)}`,
    provider: (e) => `${e.id ? `backup ${e.id}` : 'provider backup'} ${ageText(e)}`,
    providerUnusable: () => 'provider backup not usable',
    restored: (r) => `restored into ${r.server} in ${humanDuration(r.durationMs)} (${r.tables} tables${r.verified.length ? `; ${r.verified.join(', ')}` : ''})`,
    restoreFailed: () => 'restore failed',
    restoreNotAttempted: () => 'restore not attempted',
    lastRestore: (ageMs) => `last restore ${humanDuration(ageMs)} ago`,
};

;// CONCATENATED MODULE: ./src/gates/backup/judge-evidence.ts


/** Backups finished up to this far in the future are clock skew between machines, not an error. */
const FUTURE_SKEW_MS = 2 * 60_000;
/** How old the backup is, and a finding when that is too old or in the future. */
function judgeFreshness(completedAt, source, window, about = {}) {
    const age = window.now.getTime() - completedAt.getTime();
    const fields = { completedAt: completedAt.toISOString(), completedAtSource: source, ageMs: age };
    const name = about.id ? `backup ${about.id}` : 'backup';
    const at = `${formatInstant(completedAt)}, from the ${source}`;
    const file = about.file ? { file: about.file } : {};
    if (age < -FUTURE_SKEW_MS) {
        return {
            fields,
            findings: [
                backupFinding('backup-future', {
                    ...file,
                    message: `${name} finished ${humanDuration(-age)} in the future (${at}): a completion time cannot be later than now, so it cannot be trusted.`,
                    help: 'Check the clock and time zone of the machine that wrote it (and backup-completed-at, which needs a zone such as Z), take a fresh backup, then re-run.',
                }),
            ],
        };
    }
    if (age > window.maxAgeMs) {
        return {
            fields,
            findings: [
                backupFinding('backup-stale', {
                    ...file,
                    message: `${name} finished ${humanDuration(age)} ago (${at}); the window is ${humanDuration(window.maxAgeMs)} (backup.max-age in ${window.where}).`,
                    help: 'Take a fresh backup, then re-run. If the window is wrong, change backup.max-age (or pass --max-age / the max-age input).',
                }),
            ],
        };
    }
    return { fields, findings: [] };
}
/** A dump file: its own checks first; only a dump that passed them is aged, summarised and restorable. */
function judgeDumpFile(report, window) {
    const evidence = {
        source: 'backup-file',
        detail: report.display,
        ...(report.format ? { format: report.format } : {}),
        gzip: report.gzip,
        bytes: report.bytes,
        ...(report.sha256 ? { sha256: report.sha256 } : {}),
    };
    const findings = [...report.findings];
    if (findings.some((f) => f.severity === 'error'))
        return { evidence, findings, summary: phrases.dumpFailed(report.display) };
    if (!report.completedAt)
        return { evidence, findings };
    const fresh = judgeFreshness(report.completedAt, `${report.completedAtSource}`, window, {
        file: report.display,
    });
    Object.assign(evidence, fresh.fields);
    findings.push(...fresh.findings);
    return {
        evidence,
        findings,
        summary: phrases.dump(evidence),
        ...(report.restorable && report.format
            ? {
                restorable: {
                    path: report.restorable,
                    display: report.display,
                    format: report.format,
                    cleanup: report.cleanup,
                },
            }
            : {}),
    };
}
/** `backup-completed-at` on its own: only a time to age. */
function judgeCompletedAt(given, completedAt, window) {
    const fresh = judgeFreshness(completedAt, 'backup-completed-at', window);
    const evidence = { source: 'backup-completed-at', detail: given, ...fresh.fields };
    return { evidence, findings: fresh.findings, summary: phrases.completedAt(evidence) };
}
/** The provider's answer to `backup-command` (`shown` is the command with secrets redacted). */
function judgeProviderBackup(result, shown, window) {
    const evidence = {
        source: 'backup-command',
        detail: shown,
        status: result.status,
        ...(result.id ? { id: result.id } : {}),
    };
    const findings = [...result.findings];
    if (!result.completedAt || findings.some((f) => f.severity === 'error'))
        return { evidence, findings, summary: phrases.providerUnusable() };
    const fresh = judgeFreshness(result.completedAt, 'backup-command', window, {
        ...(result.id ? { id: result.id } : {}),
    });
    Object.assign(evidence, fresh.fields);
    findings.push(...fresh.findings);
    return { evidence, findings, summary: phrases.provider(evidence) };
}

;// CONCATENATED MODULE: ./src/gates/backup/judge-restore.ts

/** Has a restore succeeded recently enough? The record is kept for the report even when it is too old. */
function judgeLastRestore(answer, restoreMaxAgeMs, now, where, 
/** A backup-file is configured: restore-check can restore it now. Without one, that advice would fail. */
hasDump = true) {
    const window = humanDuration(restoreMaxAgeMs);
    const help = `Run the gate once with restore-check: true (or \`rollback-ready backup verify --backup-file FILE --restore-check\` in a scheduled workflow) so a restore is proven and recorded; the window is backup.restore-max-age (${window}).`;
    switch (answer.kind) {
        case 'no-ledger':
            return {
                findings: [
                    backupFinding('restore-unproven', {
                        message: 'cannot tell when a restore last succeeded: there is no GitHub token and repository to read the restore record from, and restore-check is off.',
                        help: hasDump
                            ? `Pass restore-check: true to restore the dump now, or provide GITHUB_TOKEN and GITHUB_REPOSITORY. ${help}`
                            : `Provide GITHUB_TOKEN and GITHUB_REPOSITORY, so the restore recorded by a scheduled \`rollback-ready backup verify --backup-file FILE --restore-check\` is read (a provider backup cannot be restored from here, so restore-check alone does not pass); the window is backup.restore-max-age (${window}).`,
                    }),
                ],
            };
        case 'unreadable':
            return {
                findings: [
                    backupFinding('restore-unproven', {
                        message: `cannot read the restore record from GitHub: ${answer.why}.`,
                        help: `${answer.help} ${help}`,
                    }),
                ],
            };
        case 'none':
            return {
                findings: [
                    backupFinding('restore-unproven', {
                        message: `no successful restore is recorded (environment rollback-ready/restore-check): nobody knows that this backup restores. A restore must have succeeded within ${window} (backup.restore-max-age in ${where}).`,
                        help,
                    }),
                ],
            };
        case 'found': {
            const last = answer.record;
            const age = now.getTime() - last.at.getTime();
            if (age <= restoreMaxAgeMs)
                return { findings: [], last };
            return {
                last,
                findings: [
                    backupFinding('restore-unproven', {
                        message: `the last successful restore was on ${formatInstant(last.at)} (${humanDuration(age)} ago${last.backup ? `, of ${last.backup}` : ''}); the window is ${window} (backup.restore-max-age in ${where}).`,
                        help,
                    }),
                ],
            };
        }
    }
}
/** `restore-check` with nothing to restore: a provider backup cannot be restored from here. */
function restoreWithoutDumpFinding() {
    return backupFinding('restore-unproven', {
        message: 'restore-check restores a dump file, and there is no backup-file: a provider backup cannot be restored from here.',
        help: 'Add a pg_dump step and pass backup-file (a restore of that dump proves your data restores), or drop restore-check and rely on a recorded restore.',
    });
}
/** A restore that succeeded but could not be recorded: later runs will not see it. */
function unrecordedRestoreFinding(reason) {
    return backupFinding('restore-unproven', {
        message: `the restore succeeded but could not be recorded in GitHub: ${reason}.`,
        help: 'Give the job `permissions: deployments: write` so later runs can see this restore.',
    }, 'warning');
}
/** No evidence at all: fine for a run that deploys nowhere that needs a backup, a blocking finding otherwise. */
function judgeMissingEvidence(requiredFor, target, where) {
    if (target === undefined || !requiredFor.includes(target))
        return {
            required: false,
            reason: `no backup evidence configured, and this run does not deploy to ${requiredFor.join(' or ') || 'a required environment'}`,
        };
    return {
        required: true,
        finding: backupFinding('backup-missing', {
            message: `this run deploys to ${target}, which needs a backup (backup.required-for in ${where}), and no backup evidence was given.`,
            help: 'Add a step before the deploy that takes a backup (pg_dump, or your provider) and pass backup-file, backup-completed-at or backup-command; see docs/backup.md.',
        }),
        summary: `no backup evidence for the ${target} deploy`,
    };
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/db/apply-role.ts
var apply_role = __webpack_require__(1571);
// EXTERNAL MODULE: ./src/db/local-server.ts + 1 modules
var local_server = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/db/pg-client.ts
var pg_client = __webpack_require__(6617);
// EXTERNAL MODULE: ./src/db/pglite-server.ts + 1 modules
var pglite_server = __webpack_require__(389);
// EXTERNAL MODULE: ./src/db/run-as.ts
var run_as = __webpack_require__(9596);
;// CONCATENATED MODULE: ./src/gates/backup/plain-sql.ts
/**
 * Plain SQL dumps are psql scripts: besides SQL they carry `COPY … FROM stdin` data blocks and a few
 * meta-commands. psql runs them on a local server; for PGlite (which has no psql) they are rewritten
 * into plain SQL here. Meta-commands other than the ones pg_dump writes are refused: a backup file must
 * not be able to run shell commands (`\!`) or read other files (`\i`) during a restore check.
 */


/** Meta-commands pg_dump writes in plain dumps. */
const ALLOWED_META = /^\\(restrict|unrestrict)\s+\S+\s*$/;
/** Line-by-line scanner for meta-commands outside COPY data (streams, so dumps of any size work). */
class MetaCommandScanner {
    inCopy = false;
    lineNo = 0;
    found;
    /** Feed one line (without its newline); false once a forbidden meta-command is found. */
    push(line) {
        this.lineNo += 1;
        if (this.found)
            return false;
        if (this.inCopy) {
            if (line === '\\.' || line === '\\.\r')
                this.inCopy = false;
            return true;
        }
        if (/^COPY\s.*\sFROM\s+stdin;\s*$/i.test(line))
            this.inCopy = true;
        else if (line.startsWith('\\') && !ALLOWED_META.test(line))
            this.found = { line: this.lineNo, text: line.slice(0, 40) };
        return !this.found;
    }
}
/** The first meta-command a restore must not run, with its 1-based line, or undefined. */
function forbiddenMetaCommand(sql) {
    const scanner = new MetaCommandScanner();
    for (const line of sql.split('\n'))
        if (!scanner.push(line))
            break;
    return scanner.found;
}
/** The same, reading a file as a stream. */
async function forbiddenMetaCommandInFile(path) {
    const scanner = new MetaCommandScanner();
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(path, 'utf8'), crlfDelay: Infinity });
    try {
        for await (const line of lines)
            if (!scanner.push(line))
                break;
    }
    finally {
        lines.close();
    }
    return scanner.found;
}
const ROWS_PER_INSERT = 500;
/** Decode one field of COPY's text format into its value (undefined for NULL). */
function decodeCopyField(field) {
    if (field === '\\N')
        return undefined;
    if (!field.includes('\\'))
        return field;
    let out = '';
    for (let i = 0; i < field.length; i++) {
        const c = field[i];
        if (c !== '\\' || i + 1 >= field.length) {
            out += c;
            continue;
        }
        const n = field[++i];
        const simple = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
        if (simple[n] !== undefined)
            out += simple[n];
        else if (/[0-7]/.test(n)) {
            let digits = n;
            while (digits.length < 3 && /[0-7]/.test(field[i + 1] ?? ''))
                digits += field[++i];
            out += String.fromCharCode(parseInt(digits, 8));
        }
        else if (n === 'x' && /[0-9a-fA-F]/.test(field[i + 1] ?? '')) {
            let digits = '';
            while (digits.length < 2 && /[0-9a-fA-F]/.test(field[i + 1] ?? ''))
                digits += field[++i];
            out += String.fromCharCode(parseInt(digits, 16));
        }
        else
            out += n;
    }
    return out;
}
function literal(value) {
    return value === undefined ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}
/** Rewrite a plain dump for a server without psql: COPY blocks become INSERTs; \restrict lines go. */
function plainDumpToSql(sql) {
    const out = [];
    const lines = sql.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const copy = /^COPY\s+(.+?)\s+FROM\s+stdin;\s*$/i.exec(line);
        if (copy) {
            const target = copy[1];
            let rows = [];
            const flush = () => {
                if (rows.length)
                    out.push(`INSERT INTO ${target} VALUES\n${rows.join(',\n')};`);
                rows = [];
            };
            for (i++; i < lines.length && lines[i] !== '\\.'; i++) {
                const fields = lines[i].replace(/\r$/, '').split('\t');
                rows.push(`(${fields.map((f) => literal(decodeCopyField(f))).join(', ')})`);
                if (rows.length >= ROWS_PER_INSERT)
                    flush();
            }
            flush();
            continue;
        }
        if (ALLOWED_META.test(line))
            continue;
        out.push(line);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/gates/backup/restore.ts
















const RESTORE_DB = 'restore_check';
const MAX_PGLITE_SQL = 512 * 1024 * 1024;
const clientEnv = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', PGTZ: 'UTC' });
const RESTORE_HELP = 'Fix what the message names (a missing role or extension in the dump, a dump from a newer server), take a fresh backup, then re-run. Dumps restore most reliably with pg_dump --format=custom --no-owner --no-privileges.';
/**
 * Restore the dump into a throwaway Postgres and run the verification queries. A local server from the
 * machine's binaries when there is one (pg_restore or psql against a fresh database); PGlite only for
 * plain SQL. Everything started here is stopped and removed before returning.
 */
async function restoreCheck(request) {
    const started = Date.now();
    const result = { ok: false, findings: [], durationMs: 0, verified: [] };
    const fail = (message, help, rule = 'restore-failed') => {
        result.findings.push(backupFinding(rule, { file: request.display, message, help }));
    };
    try {
        await restore(request, result, fail);
    }
    catch (error) {
        fail(`the restore check of ${request.display} could not run: ${error.message.split('\n')[0]}.`, 'Re-run with --verbose; if the server does not start, see docs/rules/restore-failed.md.');
    }
    result.durationMs = Date.now() - started;
    result.ok = !result.findings.some((f) => f.severity === 'error');
    return result;
}
async function restore(request, result, fail) {
    if (request.format === 'plain') {
        const forbidden = await forbiddenMetaCommandInFile(request.path);
        if (forbidden)
            return fail(`${request.display} line ${forbidden.line} runs the psql meta-command "${forbidden.text}", which a restore check does not run.`, 'Restore checks run only what pg_dump writes. Produce the dump with pg_dump (custom format is best) rather than editing it.');
    }
    const binaries = request.engine === 'pglite'
        ? undefined
        : await (request.findBinaries ?? (() => (0,find_binaries/* findPostgresBinaries */.S6)()))();
    if (binaries)
        return restoreLocal(request, binaries, result, fail);
    if (request.format === 'plain')
        return restorePglite(request, result, fail);
    fail(`restore-check needs a local PostgreSQL (initdb, postgres, pg_restore) to restore a ${request.format}-format dump, and none was found.`, 'Run on a GitHub Ubuntu runner (PostgreSQL is installed) or apt-get install postgresql; PGlite can restore plain SQL dumps only.');
}
async function restoreLocal(request, binaries, result, fail) {
    // The dump is untrusted input: it is restored (and verified) as the unprivileged role postgres, never
    // as the superuser, so a COPY … TO PROGRAM in it cannot run a shell on this machine.
    const server = await (0,local_server/* startLocalServer */.P)(binaries, {
        readyTimeoutMs: Math.min(request.timeoutMs, 60_000),
        superuser: apply_role/* LOCAL_SUPERUSER */.n8,
    });
    result.server = `local PostgreSQL ${binaries.version}`;
    request.log.info(`restore check: restoring ${request.display} into a throwaway PostgreSQL ${binaries.version} in ${server.dir}`);
    try {
        const socket = { host: server.socketDir, port: server.port };
        const admin = await (0,pg_client/* connectPg */.Q)({ ...socket, user: server.superuser, database: 'postgres' });
        try {
            await admin.exec(`CREATE DATABASE ${RESTORE_DB}`);
        }
        finally {
            await admin.end();
        }
        const setup = await (0,pg_client/* connectPg */.Q)({ ...socket, user: server.superuser, database: RESTORE_DB });
        try {
            await (0,apply_role/* prepareApplyRole */.M$)(setup, {
                role: apply_role/* LOCAL_APPLY_ROLE */.Si,
                database: RESTORE_DB,
                create: true,
                helper: false,
            });
            const problem = await (0,apply_role/* privilegeProblem */.no)(setup, apply_role/* LOCAL_APPLY_ROLE */.Si);
            if (problem)
                throw new Error(`refusing to restore as a privileged role: ${problem}`);
        }
        finally {
            await setup.end();
        }
        const conn = [
            '-h',
            server.socketDir,
            '-p',
            String(server.port),
            '-U',
            apply_role/* LOCAL_APPLY_ROLE */.Si,
            '-d',
            RESTORE_DB,
        ];
        let tool;
        let run;
        if (request.format === 'plain') {
            const psql = clientIn(binaries, 'psql') ?? (await findClientTool('psql'))?.path;
            if (!psql)
                return fail('psql was not found next to the PostgreSQL server binaries.', 'Install the PostgreSQL client (postgresql-client).');
            tool = 'psql';
            // As the server's account when root: the script is data, not something to run with root's rights.
            const user = (0,run_as/* serverUser */.R)();
            run = await runTool(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...conn], {
                timeoutMs: request.timeoutMs,
                env: clientEnv(),
                cwd: server.dir,
                ...(user ? { user } : {}),
                stdinFrom: restrictedScript(request.path),
            });
        }
        else {
            const pgRestore = clientIn(binaries, 'pg_restore') ?? (await findClientTool('pg_restore'))?.path;
            if (!pgRestore)
                return fail('pg_restore was not found next to the PostgreSQL server binaries.', 'Install the PostgreSQL client (postgresql-client).');
            tool = 'pg_restore';
            run = await runTool(pgRestore, ['--no-owner', '--no-privileges', ...conn, request.path], {
                timeoutMs: request.timeoutMs,
                env: clientEnv(),
            });
        }
        if (run.code !== 0)
            return fail(`restoring ${request.display} with ${tool} ${run.timedOut ? 'timed out' : `failed (exit ${run.code})`}: ${tail(run.stderr) || run.spawnError || 'no message'}.`, /invalid command \\restrict/.test(run.stderr)
                ? 'This psql predates restricted mode (\\restrict: 13.22, 14.19, 15.14, 16.10, 17.6 and later), which a restore check needs to run a dump safely; update PostgreSQL, then re-run.'
                : RESTORE_HELP);
        const session = await (0,pg_client/* connectPg */.Q)({ ...socket, user: apply_role/* LOCAL_APPLY_ROLE */.Si, database: RESTORE_DB });
        try {
            await verify(request, session, result, fail);
        }
        finally {
            await session.end();
        }
    }
    finally {
        await server.stop();
    }
}
async function restorePglite(request, result, fail) {
    if ((await (0,promises_.stat)(request.path)).size > MAX_PGLITE_SQL)
        return fail(`${request.display} is larger than the ${MAX_PGLITE_SQL / 1024 / 1024} MB the embedded PGlite restores.`, 'Install PostgreSQL (apt-get install postgresql) so the restore check uses a real server.');
    const text = await (0,promises_.readFile)(request.path, 'utf8');
    const db = await (0,pglite_server/* openPglite */.i)();
    result.server = db.label;
    request.log.info(`restore check: restoring ${request.display} into ${db.describe()}`);
    // PGlite runs in a worker thread: closing it stops even a statement that never yields.
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        void db.close();
    }, request.timeoutMs);
    try {
        try {
            await db.exec(plainDumpToSql(text));
            // The dump empties search_path for its session; verification queries run as a fresh session would.
            await db.exec('RESET ALL');
        }
        catch (error) {
            return fail(timedOut
                ? `restoring ${request.display} into ${db.label} timed out after ${Math.round(request.timeoutMs / 1000)} s.`
                : `restoring ${request.display} into ${db.label} failed: ${error.message}.`, RESTORE_HELP);
        }
        await verify(request, { query: (sql, params) => db.query(sql, params) }, result, fail);
    }
    finally {
        clearTimeout(timer);
        await db.close();
    }
}
/**
 * The dump as psql input, in psql's restricted mode (`\\restrict` with a key the dump cannot know):
 * psql then refuses every meta-command, wherever on a line it hides, and COPY data still loads. The
 * dump's own restrict/unrestrict lines (pg_dump 15.14+ writes them) are dropped in favour of ours.
 */
function restrictedScript(path) {
    const key = (0,external_node_crypto_.randomBytes)(24).toString('hex');
    async function* lines() {
        yield `\\restrict ${key}\n`;
        const input = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(path, 'utf8'), crlfDelay: Infinity });
        for await (const line of input)
            yield ALLOWED_META_LINE.test(line) ? '\n' : `${line}\n`;
        yield `\\unrestrict ${key}\n`;
    }
    return external_node_stream_.Readable.from(lines());
}
const ALLOWED_META_LINE = /^\\(restrict|unrestrict)\s+\S+\s*$/;
function clientIn(binaries, name) {
    const path = (0,external_node_path_.join)(binaries.binDir, name);
    return (0,external_node_fs_.existsSync)(path) ? path : undefined;
}
/** `"public"."users"` from `users` or `public.users`. */
function quoteTable(name) {
    const parts = name.includes('.') ? name.split('.') : ['public', name];
    return { text: parts.join('.'), quoted: parts.map((p) => `"${p.replace(/"/g, '""')}"`).join('.') };
}
function truthy(value) {
    if (value === null || value === undefined)
        return false;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint')
        return Number(value) !== 0;
    const text = String(value).trim().toLowerCase();
    return !['', 'f', 'false', '0', 'no', 'off'].includes(text);
}
async function verify(request, session, result, fail) {
    const [count] = await session.query("SELECT count(*)::int AS n FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
    result.tables = count?.n ?? 0;
    if (!result.tables && !request.verifyTables.length)
        fail(`the restore of ${request.display} finished but left no tables: the dump holds no data to roll back to.`, 'Check that pg_dump dumped the right database (and schema), then take a fresh backup.', 'restore-verify-failed');
    for (const name of request.verifyTables) {
        const table = quoteTable(name);
        const [found] = await session.query('SELECT to_regclass($1)::text AS r', [
            table.quoted,
        ]);
        if (!found?.r) {
            fail(`after restoring ${request.display}, table ${table.text} (backup.verify-tables) does not exist.`, 'Check that the dump includes that table (pg_dump --table/--schema options), or fix backup.verify-tables.', 'restore-verify-failed');
            continue;
        }
        const [rows] = await session.query(`SELECT EXISTS (SELECT 1 FROM ${table.quoted}) AS has`);
        if (!rows?.has)
            fail(`after restoring ${request.display}, table ${table.text} (backup.verify-tables) is empty.`, 'A backup without the rows you need cannot restore them: check that the dump includes data (no --schema-only), then take a fresh one.', 'restore-verify-failed');
        else
            result.verified.push(`${table.text} has rows`);
    }
    if (request.verifySql) {
        const { sql, origin } = request.verifySql;
        let rows;
        try {
            rows = await session.query(sql);
        }
        catch (error) {
            return fail(`backup.verify-sql (${origin}) failed on the restored database: ${error.message}.`, 'Fix the query (it runs against the restored dump), then re-run.', 'restore-verify-failed');
        }
        const first = rows[0] ? Object.values(rows[0])[0] : undefined;
        if (rows.length !== 1 || !truthy(first))
            fail(`backup.verify-sql (${origin}) returned ${rows.length === 1 ? `${JSON.stringify(first)} in its first column` : `${rows.length} rows`}; it must return one row whose first column is true.`, 'The restored data does not pass your check: look at what the query tests, take a fresh backup, then re-run.', 'restore-verify-failed');
        else
            result.verified.push(`verify-sql (${origin}) is true`);
    }
}

// EXTERNAL MODULE: ./src/github/ledger-read.ts
var ledger_read = __webpack_require__(2907);
;// CONCATENATED MODULE: ./src/gates/backup/restore-ledger.ts


const LOOK_BACK = 30;
function githubRestoreLedger(access, log) {
    const gh = (0,ledger_read/* openGitHub */.o6)(access, log);
    if (!gh)
        return undefined;
    const { client, owner, repo } = gh;
    return {
        async lastRestore() {
            const { data } = await client.rest.repos.listDeployments({
                owner,
                repo,
                environment: backup_config/* RESTORE_ENVIRONMENT */.tl,
                per_page: LOOK_BACK,
            });
            for (const d of data) {
                const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
                    owner,
                    repo,
                    deployment_id: d.id,
                    per_page: 10,
                });
                if (!statuses.some((s) => s.state === 'success'))
                    continue;
                const payload = (typeof d.payload === 'object' && d.payload ? d.payload : {});
                return {
                    at: new Date(d.created_at),
                    deploymentId: d.id,
                    ...(typeof payload.backup === 'string' ? { backup: payload.backup } : {}),
                };
            }
            return undefined;
        },
        async record(sha, payload) {
            const created = await client.rest.repos.createDeployment({
                owner,
                repo,
                ref: sha,
                environment: backup_config/* RESTORE_ENVIRONMENT */.tl,
                task: 'restore-check',
                auto_merge: false,
                required_contexts: [],
                production_environment: false,
                transient_environment: false,
                description: `restore check of ${payload.backup}`.slice(0, 140),
                payload: payload,
            });
            if (!('id' in created.data))
                throw new Error(`GitHub did not create the deployment: ${JSON.stringify(created.data).slice(0, 120)}`);
            const id = created.data.id;
            await client.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: id,
                state: 'success',
                description: `restored in ${Math.round(payload.durationMs / 1000)}s`.slice(0, 140),
                auto_inactive: false,
            });
            return { id };
        },
    };
}

// EXTERNAL MODULE: ./src/github/failure.ts
var github_failure = __webpack_require__(8881);
;// CONCATENATED MODULE: ./src/gates/backup/restore-record.ts
/** The backup gate's I/O with the restore ledger: ask for the last restore, record a new one. */

async function askLastRestore(ledger) {
    if (!ledger)
        return { kind: 'no-ledger' };
    try {
        const record = await ledger.lastRestore();
        return record ? { kind: 'found', record } : { kind: 'none' };
    }
    catch (error) {
        const failure = (0,github_failure/* describeGitHubFailure */.P)(error);
        return { kind: 'unreadable', why: failure.why, help: failure.help };
    }
}
/** Record a successful restore; the deployment id, or why it could not be recorded (undefined: no ledger). */
async function recordRestore(ledger, ctx, restorable, restore, evidence) {
    if (!ledger) {
        ctx.log.info('backup: the restore succeeded; it is not recorded in GitHub (no token or repository), so later runs will not see it');
        return undefined;
    }
    try {
        const { id } = await ledger.record(ctx.head, {
            tool: 'rollback-ready',
            kind: 'restore-check',
            backup: restorable.display,
            format: restorable.format,
            ...(evidence.completedAt ? { completedAt: evidence.completedAt } : {}),
            ...(restore.server ? { server: restore.server } : {}),
            ...(restore.tables !== undefined ? { tables: restore.tables } : {}),
            verified: restore.verified,
            durationMs: restore.durationMs,
        });
        ctx.log.info(`backup: restore recorded as deployment ${id} (environment rollback-ready/restore-check)`);
        return { id };
    }
    catch (error) {
        return { failed: error.message.split('\n')[0] };
    }
}

// EXTERNAL MODULE: ./src/git/inside-repo.ts
var inside_repo = __webpack_require__(1099);
;// CONCATENATED MODULE: ./src/gates/backup/verify-sql-file.ts



const MAX_VERIFY_SQL = 1024 * 1024;
/** `backup.verify-sql`: inline SQL, or a `.sql` file of the repository (read inside it, at most 1 MB). */
function readVerifySql(config, root) {
    const value = config['verify-sql'];
    if (!value)
        return {};
    if (/\.sql$/i.test(value) && !/\s/.test(value)) {
        const path = (0,inside_repo/* readablePathInsideRepo */.SX)(root, value, 'backup.verify-sql');
        if (path === undefined || !(0,external_node_fs_.existsSync)(path))
            throw new errors/* UsageError */.eb(`backup.verify-sql: file ${value} does not exist (paths are from the repository root)`);
        if ((0,external_node_fs_.statSync)(path).size > MAX_VERIFY_SQL)
            throw new errors/* UsageError */.eb(`backup.verify-sql: ${value} is larger than 1 MB`);
        return { verifySql: { sql: (0,external_node_fs_.readFileSync)(path, 'utf8'), origin: value } };
    }
    return { verifySql: { sql: value, origin: 'inline' } };
}

;// CONCATENATED MODULE: ./src/gates/backup/gate.ts












function createBackupGate(options) {
    return { id: 'backup', title: 'backup', run: (ctx) => runBackupGate(ctx, options) };
}
/** Registered with `check`. */
const backupGate = createBackupGate({ always: false });
function hasEvidence(config) {
    return Boolean(config['backup-file'] || config['backup-completed-at'] || config['backup-command']);
}
/**
 * Each step reads (inspect-file, command-evidence, restore, restore-record), then judges what it read
 * (judge-evidence, judge-restore: pure), and adds a phrase to the summary (wording).
 */
async function runBackupGate(ctx, options) {
    const config = ctx.settings.config.backup;
    const env = options.env ?? process.env;
    const now = (options.now ?? (() => new Date()))();
    const target = env[backup_config/* TARGET_ENVIRONMENT_ENV */.aP]?.trim() || undefined;
    const data = {
        ran: true,
        maxAgeMs: config['max-age'],
        evidence: [],
        ...(target ? { targetEnvironment: target } : {}),
    };
    const where = ctx.settings.run.configFile ?? '.github/rollback-ready.yml';
    if (!hasEvidence(config)) {
        if (options.always)
            throw new errors/* UsageError */.eb('backup verify needs evidence: --backup-file FILE [--backup-sha256 HEX], --backup-completed-at TIME or --backup-command CMD (or the same keys under backup: in the config)');
        const missing = judgeMissingEvidence(config['required-for'], target, where);
        if (!missing.required)
            return {
                findings: [],
                summary: missing.reason,
                skipped: true,
                data: { backup: { ...data, ran: false, reason: missing.reason } },
            };
        return { findings: [missing.finding], summary: missing.summary, data: { backup: data } };
    }
    const file = config['backup-file'];
    if (!file && config['backup-sha256'])
        throw new errors/* UsageError */.eb('backup-sha256 needs backup-file: it is the checksum of that file');
    const findings = [];
    const summaries = [];
    const take = (judged) => {
        findings.push(...judged.findings);
        data.evidence.push(judged.evidence);
        if (judged.summary !== undefined)
            summaries.push(judged.summary);
    };
    const window = { now, maxAgeMs: config['max-age'], where };
    const completedAtGiven = config['backup-completed-at']
        ? new Date(config['backup-completed-at'].replace(' ', 'T'))
        : undefined;
    let restorable;
    let fileCleanup;
    try {
        // Evidence 1: a dump file.
        if (file) {
            const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(ctx.settings.run.cwd, file);
            const report = await inspectBackupFile({
                path,
                display: displayPath(ctx.git.root, path),
                ...(config['backup-sha256'] ? { expectedSha256: config['backup-sha256'] } : {}),
                ...(completedAtGiven ? { completedAtFallback: completedAtGiven } : {}),
                ...(options.findPgRestore ? { findPgRestore: options.findPgRestore } : {}),
            });
            fileCleanup = report.cleanup;
            const judged = judgeDumpFile(report, window);
            take(judged);
            restorable = judged.restorable;
        }
        // Evidence 2: a completion time on its own (with a file it only stands in for the dump's own time).
        if (completedAtGiven && !file)
            take(judgeCompletedAt(config['backup-completed-at'], completedAtGiven, window));
        // Evidence 3: the provider, through a command.
        const command = config['backup-command'];
        if (command) {
            const argv = typeof command === 'string' ? splitCommand(command) : command;
            ctx.log.info(`backup: running backup-command ${argv[0]}`);
            const result = await runBackupCommand({
                argv,
                cwd: ctx.settings.run.cwd,
                timeoutMs: config['command-timeout'],
                env,
            });
            take(judgeProviderBackup(result, redactSecrets(argv.join(' '), env), window));
        }
        // Restore proven: now, or recorded recently.
        const ledger = (options.ledger ?? ((c) => githubRestoreLedger(c.github, c.log)))(ctx);
        if (config['restore-check']) {
            if (!restorable) {
                if (!file)
                    findings.push(restoreWithoutDumpFinding());
                summaries.push(phrases.restoreNotAttempted());
            }
            else {
                const restore = await restoreCheck({
                    path: restorable.path,
                    display: restorable.display,
                    format: restorable.format,
                    verifyTables: config['verify-tables'],
                    ...readVerifySql(config, ctx.git.root),
                    timeoutMs: config['restore-timeout'],
                    log: ctx.log,
                    ...options.restore,
                });
                findings.push(...restore.findings);
                const { findings: _f, ...rest } = restore;
                data.restore = rest;
                if (restore.ok) {
                    summaries.push(phrases.restored(restore));
                    const recorded = await recordRestore(ledger, ctx, restorable, restore, data.evidence[0]);
                    if (recorded && 'failed' in recorded)
                        findings.push(unrecordedRestoreFinding(recorded.failed));
                    const id = recorded && 'id' in recorded ? recorded.id : undefined;
                    if (id !== undefined)
                        data.restore.recorded = id;
                    data.lastRestore = {
                        at: now.toISOString(),
                        backup: restorable.display,
                        ...(id !== undefined ? { deploymentId: id } : {}),
                    };
                }
                else
                    summaries.push(phrases.restoreFailed());
            }
        }
        else {
            const judged = judgeLastRestore(await askLastRestore(ledger), config['restore-max-age'], now, where, file !== undefined);
            findings.push(...judged.findings);
            const last = judged.last;
            if (last) {
                data.lastRestore = {
                    at: last.at.toISOString(),
                    deploymentId: last.deploymentId,
                    ...(last.backup ? { backup: last.backup } : {}),
                };
                summaries.push(phrases.lastRestore(now.getTime() - last.at.getTime()));
            }
        }
    }
    finally {
        await (restorable?.cleanup ?? fileCleanup)?.();
    }
    return { findings, summary: summaries.join('; '), data: { backup: data } };
}
/** Relative to the repository when inside it, as messages show it. */
function displayPath(root, path) {
    const rel = (0,external_node_path_.relative)(root, path).split('\\').join('/');
    return rel && !rel.startsWith('..') ? rel : path;
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
/* harmony export */   o6: () => (/* binding */ openGitHub),
/* harmony export */   rD: () => (/* binding */ readPayload),
/* harmony export */   readLedger: () => (/* binding */ readLedger)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5365);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6702);
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
