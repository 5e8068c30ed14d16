import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 535;
export const ids = [535];
export const modules = {

/***/ 6981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ expectationStoreBeside),
/* harmony export */   MS: () => (/* binding */ openExpectationStore),
/* harmony export */   _e: () => (/* binding */ releaseExpectationsAt)
/* harmony export */ });
/* unused harmony exports EXPECTATION_FORMAT, CODE_PARSER_VERSION, expectationStoreKey, encodeExpectationEntry, decodeExpectationEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_content_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2160);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(121);
/* harmony import */ var _schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1255);
/* harmony import */ var _schema_sources_declared_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(560);
/* harmony import */ var _schema_sources_drizzle_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7504);
/* harmony import */ var _schema_sources_prisma_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3380);
/* harmony import */ var _schema_sources_sql_in_code_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8105);
/* harmony import */ var _schema_sources_sql_strings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4843);
/* harmony import */ var _schema_sources_supabase_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2496);
/* harmony import */ var _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3168);
/* harmony import */ var _schema_sources_sources_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1850);
/* harmony import */ var _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4025);














/** Bump when schema-sources change what they read from a tree. */
const EXPECTATION_FORMAT = 1;
/**
 * The code parser behind ts-scanner.ts: its code is not hashed with the readers', so its version is in
 * the key (a test keeps it equal to package.json's pin).
 */
const CODE_PARSER_VERSION = '@babel/parser@7.29.15';
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** The readers' own code is part of the key: an edit to them must never be answered by old entries. */
const READER_CODE = [
    _schema_sources_sources_js__WEBPACK_IMPORTED_MODULE_11__/* .readReleaseExpectations */ .zR,
    _schema_sources_sources_js__WEBPACK_IMPORTED_MODULE_11__/* .drizzleConfigGlobs */ .s,
    _schema_sources_prisma_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePrismaSchema */ .P,
    _schema_sources_prisma_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .prismaExpectations */ .W,
    _schema_sources_drizzle_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDrizzleSchema */ .z,
    _schema_sources_drizzle_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .drizzleExpectations */ .u,
    _schema_sources_supabase_types_js__WEBPACK_IMPORTED_MODULE_9__/* .parseSupabaseTypes */ .h,
    _schema_sources_supabase_types_js__WEBPACK_IMPORTED_MODULE_9__/* .supabaseExpectations */ .i,
    _schema_sources_sql_strings_js__WEBPACK_IMPORTED_MODULE_8__/* .scanSqlStrings */ .so,
    _schema_sources_sql_strings_js__WEBPACK_IMPORTED_MODULE_8__/* .sqlUsages */ .NL,
    _schema_sources_sql_strings_js__WEBPACK_IMPORTED_MODULE_8__/* .sqlName */ .iA,
    _schema_sources_sql_strings_js__WEBPACK_IMPORTED_MODULE_8__/* .postgrestColumns */ .vp,
    _schema_sources_sql_in_code_js__WEBPACK_IMPORTED_MODULE_7__/* .readSql */ .x,
    _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_10__/* .tokenize */ .qw,
    _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_10__/* .matchingClose */ .ke,
    _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_10__/* .splitTopLevel */ .EN,
    _schema_sources_declared_types_js__WEBPACK_IMPORTED_MODULE_4__/* .prismaDeclaredType */ .xn,
    _schema_sources_declared_types_js__WEBPACK_IMPORTED_MODULE_4__/* .drizzleDeclaredType */ .vw,
    _schema_sources_declared_types_js__WEBPACK_IMPORTED_MODULE_4__/* .supabaseDeclaredType */ .zn,
    _schema_sources_declared_types_js__WEBPACK_IMPORTED_MODULE_4__/* .decodes */ .wH,
];
let codeFingerprint;
function readerCode() {
    codeFingerprint ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(READER_CODE.map((f) => String(f)).join('\0'))
        .digest('hex');
    return codeFingerprint;
}
/** The key of one tree read with these options: the tree id names every path and byte the readers see. */
function expectationStoreKey(treeId, options = {}) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${_core_tool_js__WEBPACK_IMPORTED_MODULE_13__/* .TOOL_VERSION */ .wr}\0${CODE_PARSER_VERSION}\0${_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .PARSER_VERSION */ .L9}\0${EXPECTATION_FORMAT}\0${readerCode()}\0`)
        .update(`${JSON.stringify(_schema_sources_sources_js__WEBPACK_IMPORTED_MODULE_11__/* .LIMITS */ .b1)}\0${JSON.stringify(options.schemaSources ?? null)}\0`)
        .update(`${options.scanCode !== false}\0${treeId}`)
        .digest('hex');
}
/** The store under the cache folder of docs/caching.md, or undefined when caching is off. */
function openExpectationStore(env = process.env) {
    const root = (0,_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .replayCacheDir */ .rw)(env);
    return root ? new DiskExpectationStore((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, `expect-v${EXPECTATION_FORMAT}`)) : undefined;
}
/** The store next to a replay cache (`<root>/replay-v1` → `<root>/expect-v1`): one setting decides all. */
function expectationStoreBeside(cache) {
    return new DiskExpectationStore((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cache.dir), `expect-v${EXPECTATION_FORMAT}`));
}
/**
 * What the release at `ref` expects: from `store` when its tree was read before, else read from git and
 * stored. Without a store, or when git cannot name the tree, it is read every time.
 */
async function releaseExpectationsAt(git, ref, options, store) {
    const treeId = store && git.treeId ? await git.treeId(ref) : undefined;
    const key = treeId ? expectationStoreKey(treeId, options) : undefined;
    const stored = key ? store.get(key) : undefined;
    if (stored)
        return stored;
    const sources = await (0,_schema_sources_sources_js__WEBPACK_IMPORTED_MODULE_11__/* .readReleaseExpectations */ .zR)((0,_schema_sources_sources_js__WEBPACK_IMPORTED_MODULE_11__/* .gitTree */ .$G)(git, ref), options);
    const read = {
        files: sources.files,
        expectations: sources.expectations,
        authoritative: sources.authoritative,
        codeFiles: sources.codeFiles,
        truncated: sources.truncated,
        unparsed: sources.unparsed,
    };
    if (key)
        store.set(key, read);
    return read;
}
class DiskExpectationStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get(key) {
        const text = (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readEntryText */ .M)(this.dir, key, MAX_ENTRY_BYTES);
        return text === undefined ? undefined : decodeExpectationEntry(text, key);
    }
    /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
    set(key, value) {
        (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeEntryText */ .t)(this.dir, key, encodeExpectationEntry(key, value));
    }
}
/**
 * `{"key","sha256"}` on the first line, the payload after it: the payload (a large release's entry is
 * a megabyte) is parsed once, not first as an escaped string inside another document.
 */
function encodeExpectationEntry(key, value) {
    const payload = JSON.stringify(value);
    return `${JSON.stringify({ key, sha256: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .payloadSha256 */ .mB)(payload) })}\n${payload}`;
}
/** The entry's expectations, or undefined for anything but a well-formed entry written under this key. */
function decodeExpectationEntry(text, key) {
    try {
        const eol = text.indexOf('\n');
        if (eol === -1)
            return undefined;
        const header = JSON.parse(text.slice(0, eol));
        const payload = text.slice(eol + 1);
        if (header.key !== key || header.sha256 !== (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .payloadSha256 */ .mB)(payload))
            return undefined;
        return readPayload(JSON.parse(payload));
    }
    catch {
        return undefined;
    }
}
const FILE_KINDS = ['prisma', 'drizzle', 'supabase-types'];
const KINDS = ['reads', 'inserts-without', 'decodes-type', 'knows-enum'];
const SOURCES = ['prisma', 'drizzle', 'supabase-types', 'sql'];
/** Field by field (only known fields, checked types), in the order the readers build them. */
function readPayload(raw) {
    const p = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .obj */ .WL)(raw);
    return {
        files: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(p.files).map((item) => {
            const f = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .obj */ .WL)(item);
            return { path: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f.path), kind: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .oneOf */ .yL)(f.kind, FILE_KINDS) };
        }),
        expectations: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(p.expectations).map(readExpectation),
        authoritative: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .bool */ .lc)(p.authoritative),
        codeFiles: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .nat */ .CK)(p.codeFiles),
        truncated: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .bool */ .lc)(p.truncated),
        unparsed: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(p.unparsed).map((item) => {
            const u = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .obj */ .WL)(item);
            return { path: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(u.path), reason: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(u.reason) };
        }),
    };
}
/** Each known field checked, kept in the order it was written (a stored answer serialises as a fresh one). */
function readExpectation(raw) {
    const e = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .obj */ .WL)(raw);
    const out = {};
    let required = 0;
    for (const field in e) {
        const value = e[field];
        if (value === undefined)
            continue;
        switch (field) {
            case 'kind':
                out.kind = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .oneOf */ .yL)(value, KINDS);
                required++;
                break;
            case 'source':
                out.source = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .oneOf */ .yL)(value, SOURCES);
                required++;
                break;
            case 'table':
            case 'detail':
            case 'file':
                out[field] = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(value);
                required++;
                break;
            case 'line':
                out.line = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .nat */ .CK)(value);
                required++;
                break;
            case 'column':
                out.column = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(value);
                break;
            case 'declared': {
                const d = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .obj */ .WL)(value);
                out.declared = { text: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(d.text), families: strings(d.families) };
                break;
            }
            case 'provides':
            case 'values':
                out[field] = strings(value);
                break;
            default: // unknown fields are dropped
        }
    }
    if (required !== 6)
        throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .InvalidEntry */ .ee();
    return out;
}
function strings(v) {
    const items = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(v);
    for (const item of items)
        (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(item);
    return items;
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pZ: () => (/* binding */ checkFallbackCompatibility)
});

// UNUSED EXPORTS: fallbackReview, findLiveRelease

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 51 modules
var engine = __webpack_require__(1982);
// EXTERNAL MODULE: ./src/release/schemes.ts
var schemes = __webpack_require__(1473);
// EXTERNAL MODULE: ./src/schema-model/model.ts
var schema_model_model = __webpack_require__(3482);
// EXTERNAL MODULE: ./src/schema-model/types.ts
var types = __webpack_require__(5414);
// EXTERNAL MODULE: ./src/schema-sources/declared-types.ts
var declared_types = __webpack_require__(560);
;// CONCATENATED MODULE: ./src/schema-sources/expectation.ts
/**
 * What a release's code expects of the database, read from its own tree: one Expectation per thing it
 * reads, inserts, decodes or knows, each with where in the code it comes from.
 */
/** Generated types and SQL in strings are weaker evidence than an ORM model: their findings are warnings alone. */
function isAuthoritative(source) {
    return source !== 'sql';
}
function where(e) {
    return `${e.file}:${e.line}`;
}
/** Does any expectation touch this table (column undefined) or this column of it? */
function usesObject(expectations, table, column) {
    return expectations.some((e) => {
        if (e.kind === 'knows-enum' || e.table !== table)
            return false;
        if (column === undefined)
            return true;
        return (e.column === column || (e.kind === 'inserts-without' && !e.column && !!e.provides?.includes(column)));
    });
}

;// CONCATENATED MODULE: ./src/gates/migrations/fallback/compare.ts




const MAX_CITED = 3;
function cite(exps) {
    const ranked = [...exps].sort((a, b) => Number(isAuthoritative(b.source)) - Number(isAuthoritative(a.source)) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
    const unique = ranked.filter((e, i) => ranked.findIndex((o) => o.file === e.file && o.line === e.line) === i);
    const shown = unique.slice(0, MAX_CITED);
    const more = unique.length - shown.length;
    const text = shown.map((e) => `${where(e)}: ${e.detail}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
    return {
        text,
        uses: shown.map((e) => ({ file: e.file, line: e.line })),
        severity: exps.some((e) => isAuthoritative(e.source)) ? 'error' : 'warning',
    };
}
/** `the base commit abc1234` starts a sentence capitalised; a tag such as `v1.1.0` is kept as written. */
const capital = (s) => (s.startsWith('the ') ? `T${s.slice(1)}` : s);
function compareWithFallback(input) {
    const { expectations, schema, release } = input;
    const inChange = input.inChange ?? (() => true);
    const R = capital(release);
    const hits = new Map();
    const add = (hit) => {
        const key = `${hit.rule}|${hit.object}|${hit.at.file}:${hit.at.line}:${hit.at.column}`;
        if (!hits.has(key))
            hits.set(key, hit);
    };
    const touches = (key) => schema.touches.get(key) ?? [];
    const changed = (key) => touches(key).filter((t) => inChange(t.at.file));
    /** The object's last touch, when it removes the object and is part of the change. */
    const removedHere = (key) => {
        const last = touches(key).at(-1);
        return last && (0,schema_model_model/* isRemoval */.f)(last) && inChange(last.at.file) ? last : undefined;
    };
    const how = (t) => (t.kind === 'rename-away' ? `renames to "${t.to}"` : 'drops');
    const byTable = new Map();
    for (const e of expectations) {
        if (e.kind === 'knows-enum')
            continue;
        const list = byTable.get(e.table);
        if (list)
            list.push(e);
        else
            byTable.set(e.table, [e]);
    }
    for (const [table, exps] of byTable) {
        const tableGone = removedHere((0,schema_model_model/* tableKey */.ih)(table));
        if (tableGone) {
            const c = cite(exps.filter((e) => e.kind === 'reads'));
            add({
                rule: 'fallback-reads-missing-table',
                severity: c.severity,
                class: c.severity === 'error' ? 'contract' : 'unknown',
                at: tableGone.at,
                object: `table "${table}"`,
                message: `${R} still uses table "${table}" (${c.text}), which this migration ${how(tableGone)}: every query ${release} makes on it fails after the migration, and after a rollback to ${release}.`,
                help: `Expand/contract: first ship a release that no longer uses "${table}" (remove it from the schema source and the queries), then ${tableGone.kind === 'rename-away' ? 'rename' : 'drop'} it once that release is the rollback target.`,
                uses: c.uses,
            });
            continue;
        }
        const columns = new Map();
        for (const e of exps) {
            if (e.column === undefined)
                continue;
            const list = columns.get(e.column);
            if (list)
                list.push(e);
            else
                columns.set(e.column, [e]);
        }
        for (const [column, colExps] of columns) {
            const key = (0,schema_model_model/* columnObjectKey */.l9)(table, column);
            const gone = removedHere(key);
            const reads = colExps.filter((e) => e.kind === 'reads');
            if (gone && reads.length) {
                const c = cite(reads);
                add({
                    rule: 'fallback-reads-missing-column',
                    severity: c.severity,
                    class: c.severity === 'error' ? 'contract' : 'unknown',
                    at: gone.at,
                    object: `column "${table}"."${column}"`,
                    message: `${R} still reads column "${column}" of "${table}" (${c.text}), which this migration ${how(gone)}: its queries on "${table}" fail after the migration, and after a rollback to ${release}.`,
                    help: `Expand/contract: first ship a release that no longer reads or writes "${column}" (remove it from the schema source), then ${gone.kind === 'rename-away' ? 'rename' : 'drop'} it once that release is the rollback target.`,
                    uses: c.uses,
                });
                continue;
            }
            const typeHit = typeChange(table, column, colExps, changed(key), schema, release);
            if (typeHit)
                add(typeHit);
        }
        insertHits(table, exps, schema, changed, release).forEach(add);
    }
    enumHits(expectations, schema, changed, release, input.newRelease).forEach(add);
    return [...hits.values()];
}
function typeChange(table, column, exps, changes, schema, release) {
    const retypes = changes.filter((t) => t.kind === 'alter-type');
    const last = retypes.at(-1);
    const from = retypes[0]?.from;
    const to = schema.model.tables.get(table)?.columns.get(column)?.type ?? last?.to;
    if (!last || !from || !to || from === to)
        return undefined;
    const enums = new Set(schema.model.enums.keys());
    const [oldFamily, newFamily] = [(0,types/* typeFamily */.jp)(from, enums), (0,types/* typeFamily */.jp)(to, enums)];
    const declared = exps.filter((e) => e.kind === 'decodes-type' && e.declared);
    const breaking = declared.length
        ? declared.filter((e) => (0,declared_types/* decodes */.wH)(e.declared, oldFamily) && !(0,declared_types/* decodes */.wH)(e.declared, newFamily))
        : oldFamily !== newFamily
            ? exps.filter((e) => e.kind === 'reads')
            : [];
    const R = capital(release);
    const object = `column "${table}"."${column}"`;
    if (breaking.length) {
        const c = cite(breaking);
        const as = breaking[0].declared ? ` as ${breaking[0].declared.text}` : '';
        return {
            rule: 'fallback-type-changed',
            severity: c.severity,
            class: c.severity === 'error' ? 'contract' : 'unknown',
            at: last.at,
            object,
            message: `${R} decodes column "${column}" of "${table}"${as} (${c.text}), but this migration changes it from ${from} to ${to}: after a rollback, ${release} cannot read the values the new type holds.`,
            help: `Expand/contract: add a new column of type ${to}, write both and backfill, move reads to it in one release, and drop "${column}" once that release is the rollback target.`,
            uses: c.uses,
        };
    }
    const [oldLimit, newLimit] = [(0,types/* lengthLimit */.OE)(from), (0,types/* lengthLimit */.OE)(to)];
    if (oldFamily === newFamily && newLimit !== undefined && (oldLimit === undefined || newLimit < oldLimit)) {
        const c = cite(exps.filter((e) => e.kind === 'reads'));
        if (!c.uses.length)
            return undefined;
        return {
            rule: 'fallback-type-changed',
            severity: c.severity,
            class: c.severity === 'error' ? 'contract' : 'unknown',
            at: last.at,
            object,
            message: `${R} writes column "${column}" of "${table}" (${c.text}), and this migration narrows it from ${from} to ${to}: values longer than ${newLimit} characters that ${release} writes are rejected after a rollback.`,
            help: 'Enforce the limit with a CHECK constraint added NOT VALID and validated later, once the rollback target never writes longer values; keep the wider type.',
            uses: c.uses,
        };
    }
    return undefined;
}
function insertHits(table, exps, schema, changed, release) {
    const model = schema.model.tables.get(table);
    const inserts = exps.filter((e) => e.kind === 'inserts-without');
    if (!model || model.opaque || model.kind !== 'table' || !inserts.length)
        return [];
    const hits = [];
    for (const column of model.columns.values()) {
        if (!(0,schema_model_model/* isRequired */.gx)(column))
            continue;
        const tightened = changed((0,schema_model_model/* columnObjectKey */.l9)(table, column.name))
            .filter((t) => t.madeRequired)
            .at(-1);
        if (!tightened)
            continue;
        const omitting = inserts.filter((e) => e.column !== undefined ? e.column === column.name : !e.provides?.includes(column.name));
        if (!omitting.length)
            continue;
        const c = cite(omitting);
        hits.push({
            rule: 'fallback-insert-not-null',
            severity: c.severity,
            class: c.severity === 'error' ? 'contract' : 'unknown',
            at: tightened.at,
            object: `column "${table}"."${column.name}"`,
            message: `${capital(release)} inserts into "${table}" without "${column.name}" (${c.text}), and this migration makes "${column.name}" required (NOT NULL without a default): those INSERTs fail with a not-null violation after the migration, and after a rollback to ${release}.`,
            help: `Add "${column.name}" as nullable or with a DEFAULT, backfill it, and set NOT NULL in a later release, once the rollback target always writes it.`,
            uses: c.uses,
        });
    }
    return hits;
}
function enumHits(expectations, schema, changed, release, newRelease) {
    const hits = [];
    for (const e of expectations) {
        if (e.kind !== 'knows-enum' || !e.values)
            continue;
        const current = schema.model.enums.get(e.table);
        for (const t of changed((0,schema_model_model/* enumKey */.RB)(e.table))) {
            const value = t.kind === 'add-value' || t.kind === 'rename-value' ? t.to : undefined;
            if (value === undefined || e.values.includes(value) || (current && !current.values.includes(value)))
                continue;
            const declaredByNew = newRelease?.enums.get(e.table);
            if (declaredByNew && !declaredByNew.has(value))
                continue; // the new release's code cannot write it yet
            const writer = declaredByNew?.get(value);
            const consequence = e.source === 'prisma'
                ? `every query of ${release} that reads such a row fails (Prisma rejects enum values its schema does not list)`
                : `${release} reads a value its code does not handle`;
            hits.push({
                rule: 'fallback-unknown-enum-value',
                severity: 'warning',
                class: 'unknown',
                at: t.at,
                object: `enum "${e.table}" value '${value}'`,
                message: `${capital(release)} does not know value '${value}' of enum "${e.table}" (${where(e)}: ${e.detail} lists ${e.values.map((v) => `'${v}'`).join(', ') || 'nothing'}), which this migration adds${writer ? ` and the new release writes (${where(writer)})` : ''}: once a row holds '${value}', ${consequence} after a rollback.`,
                help: `Ship it in two releases: first one that knows '${value}' (add it to the enum in code) but does not write it yet, then the one that writes it; that way the rollback target can read every row.`,
                uses: [{ file: e.file, line: e.line }],
            });
        }
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/gates/migrations/fallback/refine.ts

function describe(o) {
    return o.column === undefined ? `table "${o.table}"` : `column "${o.column}" of "${o.table}"`;
}
/** Rules whose hit says the dropped column is really being renamed: refuted by the same evidence. */
const RENAME_GUESS = 'drop-add-rename';
function judge(o, ctx, evidence) {
    const at = { file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column };
    // Whatever the release's code names, under any name the object had since, it may use: no verdict.
    const names = evidence.since?.namesBefore(o.table, o.column, at) ?? [o];
    if (names.some((n) => usesObject(evidence.expectations, n.table, n.column)))
        return undefined;
    const origin = evidence.since?.createdSince(o.table, o.column, at);
    if (origin)
        return { kind: 'new', origin };
    return evidence.sourceFiles.length ? { kind: 'unused' } : undefined;
}
/**
 * A `drop-add-rename` guess about a column the fallback release cannot be using (it never had it, or no
 * longer names it) is refuted by the same evidence that makes the drop safe: the review leaves it out,
 * and the notice on the drop says what happens to the data. So "looks like a rename" and "Safe" never
 * stand on the same statement.
 */
function refutedRenameGuess(entry, ctx, evidence) {
    const column = entry.hit.column;
    return (entry.rule.id === RENAME_GUESS &&
        !!column &&
        !!judge({ table: column.table, column: column.name }, ctx, evidence));
}
/**
 * Expand/contract done right: a contract statement on tables or columns the fallback release does not
 * use — it never had them (created after it), or its schema source and code no longer name them — cannot
 * break a rollback to it. Such a hit becomes a notice that says which, marked `safe` (so the statement
 * is not `contract`); a hit on an object the release still uses is left as it is. Without evidence
 * nothing changes.
 */
function refineContractHit(entry, ctx, evidence) {
    if (entry.hit.safe || (entry.hit.class ?? entry.rule.class) !== 'contract')
        return entry;
    const objects = entry.rule.affects ? entry.rule.affects(ctx) : [];
    const verdicts = objects.map((o) => judge(o, ctx, evidence));
    if (!objects.length || verdicts.some((v) => !v))
        return entry;
    const release = evidence.release;
    const fresh = objects.filter((_, i) => verdicts[i].kind === 'new');
    const unused = objects.filter((_, i) => verdicts[i].kind === 'unused');
    const origins = [
        ...new Set(verdicts.flatMap((v) => (v.kind === 'new' ? [`${v.origin.file}:${v.origin.line}`] : []))),
    ];
    const checked = evidence.sourceFiles.slice(0, 3).join(', ') + (evidence.sourceFiles.length > 3 ? ', …' : '');
    const parts = [
        ...(unused.length
            ? [
                `${release} no longer uses ${unused.map(describe).join(', ')} (expand/contract done right) — its schema source (${checked}) and code do not name it`,
            ]
            : []),
        ...(fresh.length
            ? [
                `${release} never had ${fresh.map(describe).join(', ')}: it is created by ${origins.join(', ')}, a migration ${release} did not include`,
            ]
            : []),
    ];
    const data = entry.rule.deletesData
        ? ' Its data is still deleted for good, so keep a recent backup if anyone might want it.'
        : '';
    return {
        rule: entry.rule,
        hit: {
            ...entry.hit,
            severity: 'notice',
            safe: true,
            message: `Safe: ${parts.join('; and ')}, so this cannot break a rollback to ${release}.${data}`,
            help: `Nothing to change. Without that evidence this would be: ${entry.hit.message}`,
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/migrations/fallback/rules.ts
/**
 * The fallback-release rules as the migrations engine sees them: ids, default severities and summaries
 * for help, SARIF and config. They do not inspect statements themselves: their hits come from comparing
 * the fallback release's code with the replayed schema (compare.ts), handed to the engine per statement.
 */
function fallbackRule(id, severity, summary) {
    return { id, severity, class: 'contract', summary, check: () => [] };
}
const COMPAT_RULES = {
    'fallback-reads-missing-table': fallbackRule('fallback-reads-missing-table', 'error', 'The release a rollback returns to still uses a table this change drops or renames.'),
    'fallback-reads-missing-column': fallbackRule('fallback-reads-missing-column', 'error', 'The release a rollback returns to still reads a column this change drops or renames.'),
    'fallback-insert-not-null': fallbackRule('fallback-insert-not-null', 'error', 'The release a rollback returns to inserts rows without a column this change makes NOT NULL without a default.'),
    'fallback-type-changed': fallbackRule('fallback-type-changed', 'error', 'The release a rollback returns to decodes a column whose type this change changes into one it cannot read.'),
    'fallback-unknown-enum-value': fallbackRule('fallback-unknown-enum-value', 'warning', 'The release a rollback returns to does not know an enum value this change adds and the new release can write.'),
};

// EXTERNAL MODULE: ./src/sql/names.ts
var names = __webpack_require__(792);
// EXTERNAL MODULE: ./src/gates/migrations/rules/ast.ts
var ast = __webpack_require__(2380);
// EXTERNAL MODULE: ./src/gates/migrations/rules/changing-column-type.ts
var changing_column_type = __webpack_require__(7949);
;// CONCATENATED MODULE: ./src/gates/migrations/fallback/type-history.ts





/**
 * Type changes judged by each column's type before them, as the replayed migration history has it.
 *
 * On its own, `changing-column-type` cannot tell `varchar(256)` → `varchar(1000)` (the catalog alone
 * changes) from `text` → `varchar(1000)` (a rewrite that fails on longer values), nor `varchar(50)` →
 * `text` (catalog only, so it passes) from `integer` → `text` (a rewrite): the current type is not in
 * the migration. When the change is checked against its base, the history knows it:
 * - a hit on a change that only widens becomes a notice that says so;
 * - any other hit keeps its verdict and names the type the column had;
 * - a change the rule let pass as a widening, but that the history shows is not one, gets the rule's hit.
 */
function reviewTypeChanges(ruleHits, ctx, touches, typesBefore = NOTHING_KNOWN) {
    const reviewed = ruleHits.map((entry) => refineTypeChange(entry, ctx, touches, typesBefore));
    const { node } = ctx.statement;
    if (ctx.statement.kind !== 'AlterTableStmt' || !('AlterTableStmt' in node))
        return reviewed;
    const table = (0,names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    for (const cmd of (0,ast/* alterCommands */.$f)(node)) {
        if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name || ctx.state.isNewColumn(table, cmd.name))
            continue;
        const name = cmd.name;
        const judged = ruleHits.some(({ rule, hit }) => rule.id === changing_column_type/* changingColumnType */.s.id && hit.column?.table === table && hit.column.name === name);
        const retype = judged ? undefined : type_history_typeChange(touches, table, name, ctx, typesBefore);
        if (!retype?.from || retype.from === retype.to || catalogOnly(retype.from, retype.to))
            continue;
        reviewed.push({
            rule: changing_column_type/* changingColumnType */.s,
            hit: missedRewrite(table, name, { ...retype, from: retype.from }),
        });
    }
    return reviewed;
}
/** A `changing-column-type` hit refined by the type its column had before the statement. */
function refineTypeChange(entry, ctx, touches, typesBefore = NOTHING_KNOWN) {
    const column = entry.hit.column;
    if (entry.rule.id !== changing_column_type/* changingColumnType */.s.id || !column || column.anyTypeBefore)
        return entry;
    const retype = type_history_typeChange(touches, column.table, column.name, ctx, typesBefore);
    if (!retype)
        return entry;
    const where = `column "${column.name}" of "${column.table}"`;
    if (!retype.from) {
        // The rule could not tell widening from narrowing, and neither can the evidence: say so, keep the verdict.
        if (entry.hit.class !== 'unknown')
            return entry;
        const looked = ctx.file.layout === 'drizzle'
            ? "the migration history nor drizzle-kit's snapshots"
            : 'the migration history';
        return {
            rule: entry.rule,
            hit: {
                ...entry.hit,
                message: `${entry.hit.message} The current type of ${where} is in neither this migration nor ${looked}, so the direction of the change is unknown and it is judged as a possible narrowing.`,
            },
        };
    }
    const { from, to, source } = retype;
    if (!(0,types/* onlyWidens */.FN)(from, to)) {
        return {
            rule: entry.rule,
            hit: { ...entry.hit, message: `${entry.hit.message} ${type_history_capital(source)} has ${where} as ${from}.` },
        };
    }
    return {
        rule: entry.rule,
        hit: {
            ...entry.hit,
            severity: 'notice',
            class: 'expand',
            safe: true,
            message: `Safe: this only widens ${where} from ${from} to ${to} (its type in ${source}): Postgres changes the catalog without rewriting or scanning the table, and every value the previous release writes still fits.`,
            help: `Nothing to change. Without ${source} this would be: ${entry.hit.message}`,
        },
    };
}
const NOTHING_KNOWN = () => undefined;
/** `the migration history` starts a sentence capitalised; a file path as it is. */
const type_history_capital = (s) => (s.startsWith('the ') ? `T${s.slice(1)}` : s);
/**
 * The column's type before and after this statement, and where the "before" comes from: the replayed
 * history when it knows the column; else, when nothing earlier in the history touched the column (its
 * table was created outside the SQL history), the type an earlier change recorded or drizzle-kit's
 * snapshot. `from` is absent when nothing knows it.
 */
function type_history_typeChange(touches, table, column, ctx, typesBefore) {
    const retype = retypeAt(touches, table, column, ctx);
    if (!retype?.to)
        return undefined;
    const history = 'the migration history';
    if (retype.from)
        return { from: retype.from, to: retype.to, source: history };
    const list = touches.get((0,schema_model_model/* columnObjectKey */.l9)(table, column)) ?? [];
    const earlier = list.slice(0, list.indexOf(retype));
    const last = earlier.at(-1);
    if (last)
        return last.kind === 'alter-type' && last.to
            ? { from: last.to, to: retype.to, source: history }
            : { to: retype.to, source: history };
    const snapshot = typesBefore(ctx.file.path, table, column);
    return snapshot
        ? { from: snapshot.type, to: retype.to, source: snapshot.source }
        : { to: retype.to, source: history };
}
/** The alter-type touch this very statement made on the column, if the history recorded one. */
function retypeAt(touches, table, column, { file, statement }) {
    return touches
        .get((0,schema_model_model/* columnObjectKey */.l9)(table, column))
        ?.find((t) => t.kind === 'alter-type' &&
        t.at.file === file.path &&
        t.at.line === statement.line &&
        t.at.column === statement.column);
}
/**
 * Changes Postgres makes without a rewrite that the rule lets pass: widenings, and timestamp →
 * timestamptz (the rule passes it only with a UTC session on Postgres 12+, where it is catalog-only).
 */
function catalogOnly(from, to) {
    if ((0,types/* onlyWidens */.FN)(from, to))
        return true;
    const [a, b] = [(0,types/* splitType */.Xq)(from), (0,types/* splitType */.Xq)(to)];
    return a.base === 'timestamp' && b.base === 'timestamptz' && a.array === b.array;
}
function missedRewrite(table, column, { from, to, source }) {
    return {
        message: `Changing the type of column "${column}" of existing table "${table}" from ${from} (its type in ${source}) to ${to} rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
        help: `Add a new ${to} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
        column: { table, name: column },
    };
}

;// CONCATENATED MODULE: ./src/gates/migrations/fallback/new-since-release.ts


/**
 * What is left of each contract rule's hit once the release is known never to have had the table:
 * the lock, which matters only if the table already holds rows in production. DROP DEFAULT and DROP
 * CONSTRAINT only hold their lock for a catalog change, so nothing is left of them.
 */
const LOCK_LEFT = {
    'setting-not-null': 'SET NOT NULL takes an ACCESS EXCLUSIVE lock and scans every row',
    'changing-column-type': 'the type change takes an ACCESS EXCLUSIVE lock and may rewrite the table',
};
/**
 * A contract hit on a table the change's own history creates after the fallback release (merged, not
 * yet released): the release never reads or writes that table, so the hit's "breaks the previous
 * release" does not hold and neither does "existing table" as the release knows it. The hit says so
 * with where the table was created, is marked `safe` (the statement is not `contract`), and keeps only
 * the lock concern, as a warning, for a table that may already hold rows in production. Rules whose
 * whole concern is the release's use (`Rule.affects`) are judged by refineContractHit instead.
 */
function refineNewSinceRelease(entry, ctx, evidence) {
    const { rule, hit } = entry;
    if (hit.locks?.length && (hit.class ?? rule.class) !== 'contract')
        return refineLock(entry, ctx, evidence);
    if (hit.safe || rule.affects || (hit.class ?? rule.class) !== 'contract' || !evidence.since)
        return entry;
    const { node } = ctx.statement;
    if (!('AlterTableStmt' in node) || !(0,ast/* isTableAlter */.fF)(node))
        return entry;
    const table = (0,names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    const at = { file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column };
    const origin = table ? evidence.since.createdSince(table, undefined, at) : undefined;
    if (!origin)
        return entry;
    const { release } = evidence;
    const why = `${release} never had table "${table}": it is created by ${origin.file}:${origin.line}, a migration ${release} did not include, so ${release} never reads or writes it and this cannot break a rollback to ${release}.`;
    const lock = LOCK_LEFT[rule.id];
    return {
        rule,
        hit: {
            ...hit,
            class: 'expand',
            safe: true,
            severity: lock ? 'warning' : 'notice',
            message: lock
                ? `Not a contract change: ${why} What is left is the lock: if that migration already ran in production ahead of a release, "${table}" holds rows and ${lock}; if both ship in the same deploy, the table is still empty.`
                : `Safe: ${why}`,
            help: lock
                ? `Nothing to change if "${table}" first ships with this release. If it already holds rows in production: ${hit.help ?? 'see the docs page'}`
                : `Nothing to change. Without that evidence this would be: ${hit.message}`,
        },
    };
}
const STEP_DOWN = { error: 'warning', warning: 'notice', notice: 'notice' };
/**
 * A lock rule's hit (`RuleHit.locks`) on tables the fallback release never had: nothing that release
 * runs reads or writes them, so nothing it serves waits on the lock. Said in the words the contract
 * hits above use, with "existing table" dropped (the table exists in production only if the migration
 * that creates it already ran there ahead of a release), and a warning rather than a block: the lock
 * still lengthens the deploy when the table already holds rows (a lock_timeout warning, whose only concern
 * is queries queueing behind the lock, becomes a notice). A lock on any table the release has
 * (a foreign key's parent) keeps its verdict.
 */
function refineLock(entry, ctx, evidence) {
    const { hit } = entry;
    const tables = hit.locks ?? [];
    if (hit.safe || !evidence.since || !tables.length)
        return entry;
    const at = { file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column };
    const origins = tables.map((t) => evidence.since.createdSince(t, undefined, at));
    if (origins.some((o) => !o))
        return entry;
    const { release } = evidence;
    const names = tables.map((t) => `"${t}"`).join(' and ');
    const where = [...new Set(origins.map((o) => `${o.file}:${o.line}`))].join(', ');
    const said = tables.reduce((message, t) => message.split(`existing table "${t}"`).join(`table "${t}"`), hit.message);
    // One step down: a blocking lock becomes a warning, a lock_timeout warning a notice.
    const severity = STEP_DOWN[hit.severity ?? entry.rule.severity];
    return {
        rule: entry.rule,
        hit: {
            ...hit,
            severity,
            message: `Only a lock, on ${tables.length > 1 ? 'tables' : 'a table'} ${release} never had: ${names} ${tables.length > 1 ? 'are' : 'is'} created by ${where}, a migration ${release} did not include, so nothing ${release} runs reads or writes ${tables.length > 1 ? 'them' : 'it'} or waits on the lock. What follows holds only for the new release's own use of ${names}, and only if that migration already ran in production ahead of a release (then ${tables.length > 1 ? 'they hold' : 'it holds'} rows; if both ship in the same deploy, ${tables.length > 1 ? 'they are' : 'the table is'} still empty): ${said}`,
            help: `Nothing to change if ${names} first ${tables.length > 1 ? 'ship' : 'ships'} with this release. If ${tables.length > 1 ? 'they already hold' : 'it already holds'} rows in production: ${hit.help ?? 'see the docs page'}`,
        },
    };
}

// EXTERNAL MODULE: ./src/gates/migrations/fallback/key-duplicates.ts
var key_duplicates = __webpack_require__(8507);
// EXTERNAL MODULE: ./src/gates/migrations/fallback/expectation-store.ts
var expectation_store = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/gates/migrations/fallback/fallback.ts










/**
 * The newest release tag (under the tagging scheme) that is an ancestor of the base, else the base
 * itself. Kept for callers outside the gates; the migrations gate and the rehearsal's fallback check
 * judge a change against ../previous-release.ts, which also sees releases tagged on release branches.
 */
async function findLiveRelease(git, base, tagging) {
    const tags = await git.listTags();
    const byName = new Map(tags.map((t) => [t.name, t]));
    const releases = releasesIn(schemeFromConfig(tagging), [...byName.keys()], tagging['allow-prerelease']);
    for (const release of [...releases].reverse()) {
        const tag = byName.get(release.name);
        if (await git.isAncestor(tag.sha, base))
            return { ref: tag.sha, label: tag.name, tag: tag.name, ...(tag.date ? { date: tag.date } : {}) };
    }
    return { ref: base, label: `the base commit ${base.slice(0, 7)}` };
}
/**
 * Does the fallback release's code still work on the schema after the change? Reads what its tree
 * expects (Prisma, Drizzle, Supabase types, SQL strings) and compares it with the replayed schema.
 */
async function checkFallbackCompatibility(input) {
    const release = input.fallbackLabel ?? input.fallbackRef;
    const store = input.expectationStore === undefined ? (0,expectation_store/* openExpectationStore */.MS)() : input.expectationStore;
    const sources = await (0,expectation_store/* releaseExpectationsAt */._e)(input.git, input.fallbackRef, { ...(input.schemaSources ? { schemaSources: input.schemaSources } : {}) }, store ?? undefined);
    const hits = compareWithFallback({
        expectations: sources.expectations,
        schema: input.schemaAfter,
        release,
        ...(input.inChange ? { inChange: input.inChange } : {}),
        ...(input.newRelease ? { newRelease: input.newRelease } : {}),
    });
    const sourceFiles = sources.authoritative ? sources.files.map((f) => f.path) : [];
    return {
        release,
        ref: input.fallbackRef,
        sources,
        conservative: !sources.authoritative,
        hits,
        findings: hits.map(hitFinding),
        review: fallbackReview(hits, {
            release,
            expectations: sources.expectations,
            sourceFiles,
            touches: input.schemaAfter.touches,
            ...(input.since ? { since: input.since } : {}),
            ...(input.typesBefore ? { typesBefore: input.typesBefore } : {}),
            ...(input.keyDuplicates ? { keyDuplicates: input.keyDuplicates } : {}),
        }),
    };
}
function hitFinding(hit) {
    return {
        gate: 'migrations',
        rule: hit.rule,
        severity: hit.severity,
        file: hit.at.file,
        line: hit.at.line,
        column: hit.at.column,
        message: hit.message,
        help: hit.help,
        docs: (0,engine/* docsUrl */.fs)(hit.rule),
        class: hit.class,
    };
}
/**
 * Per statement: refine its contract hits with the evidence, judge its type changes by the migration
 * history (`touches`, type-history.ts), say which hits are on a table the release never had
 * (new-since-release.ts), then add the compatibility hits made there.
 */
function fallbackReview(hits, evidence) {
    const byStatement = new Map();
    for (const hit of hits) {
        const key = (0,schema_model_model/* statementKey */.v7)(hit.at);
        const list = byStatement.get(key);
        if (list)
            list.push(hit);
        else
            byStatement.set(key, [hit]);
    }
    return (ruleHits, ctx) => {
        const contracts = ruleHits
            .filter((entry) => !refutedRenameGuess(entry, ctx, evidence))
            .map((entry) => refineContractHit(entry, ctx, evidence));
        const typed = evidence.touches
            ? reviewTypeChanges(contracts, ctx, evidence.touches, evidence.typesBefore)
            : contracts;
        const refined = (0,key_duplicates/* refineKeyDuplicateDrop */.ts)(typed.map((entry) => refineNewSinceRelease(entry, ctx, evidence)), ctx, evidence.keyDuplicates);
        const key = (0,schema_model_model/* statementKey */.v7)({ file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column });
        const extra = (byStatement.get(key) ?? []).map((hit) => ({
            rule: COMPAT_RULES[hit.rule],
            hit: { message: hit.message, help: hit.help, severity: hit.severity, class: hit.class },
        }));
        return [...refined, ...extra];
    };
}


/***/ }),

/***/ 2179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ readMigrationTree),
/* harmony export */   Uu: () => (/* binding */ replayHistory),
/* harmony export */   eH: () => (/* binding */ replayTree),
/* harmony export */   fI: () => (/* binding */ parseTreeFiles),
/* harmony export */   uQ: () => (/* binding */ sqlReader)
/* harmony export */ });
/* unused harmony export replayHistoryAt */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8153);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4159);
/* harmony import */ var _layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6598);
/* harmony import */ var _parse_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4667);
/* harmony import */ var _read_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1602);
/* harmony import */ var _schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1255);
/* harmony import */ var _schema_model_replay_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1297);








/**
 * Replay a migration history in run order. Files already parsed (the change's own) are reused; files
 * that cannot be read or decoded are skipped (the migrations gate reports them). With a `cache`, the
 * same history (same paths, layouts, directions and texts, in the same order) is answered from disk
 * and nothing is parsed: a PR check costs the same at any length of history.
 */
async function replayHistory(files, read, alreadyParsed = [], cache) {
    const parsed = new Map(alreadyParsed.map((p) => [p.file.path, p]));
    const ordered = [];
    for (const file of files) {
        if (file.direction !== 'up')
            continue;
        const known = parsed.get(file.path);
        if (known) {
            ordered.push(known);
            parsed.delete(file.path);
            continue;
        }
        const text = await read(file.path);
        if (text !== undefined)
            ordered.push({ file, text });
    }
    ordered.push(...parsed.values()); // explicit files outside the discovered layouts run last
    const key = cache
        ? (0,_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .replayCacheKey */ .LC)(ordered.map(({ file, text }) => ({
            path: file.path,
            layout: file.layout,
            direction: file.direction,
            // Not a git blob id: the work tree's files have none. The text the parser would see decides.
            oid: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update(text.replace(/^\uFEFF/, ''))
                .digest('hex')}`,
        })))
        : '';
    const cached = cache?.get(key);
    if (cached)
        return cached;
    if (ordered.some((o) => !('statements' in o)))
        await (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureParser */ ._U)();
    const schema = (0,_schema_model_replay_js__WEBPACK_IMPORTED_MODULE_7__/* .replayMigrations */ .fM)(ordered.map((o) => ('statements' in o ? o : (0,_layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMigration */ .m)(o.file, o.text))));
    cache?.set(key, schema);
    return schema;
}
/**
 * A read function over a tree that fetches all its SQL files at once when the tree can (one git process
 * instead of one per migration); other paths, and trees without batch reads, are read one by one.
 */
async function sqlReader(tree, paths) {
    const sql = paths.filter((p) => p.endsWith('.sql'));
    const prefetched = tree.readMany ? await tree.readMany(sql, _read_source_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MIGRATION_BYTES */ .a5) : undefined;
    return async (path) => {
        if (prefetched?.has(path))
            return prefetched.get(path);
        if (prefetched && path.endsWith('.sql'))
            return undefined; // too large, binary or missing
        return tree.read(path);
    };
}
async function readMigrationTree(git, ref, config) {
    const entries = await git.listTreeAt(ref);
    const sql = entries.filter((e) => e.type === 'blob' && e.path.endsWith('.sql'));
    const oids = new Map(sql.map((e) => [e.path, e.oid]));
    const blobs = await git.readBlobsByOid(sql, _read_source_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MIGRATION_BYTES */ .a5);
    const sources = new Map();
    for (const [path, oid] of oids) {
        const blob = blobs.get(oid);
        if (!blob)
            continue;
        sources.set(path, 'bytes' in blob ? (0,_read_source_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeSource */ .E4)(blob.bytes) : { problem: (0,_read_source_js__WEBPACK_IMPORTED_MODULE_5__/* .tooLargeProblem */ .zc)(blob.size) });
    }
    const text = (path) => {
        const source = sources.get(path);
        return source && 'text' in source ? source.text : undefined;
    };
    const discovery = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)(entries.map((e) => e.path), config, 
    // SQL comes from the batch; the few other files discovery asks for (prisma.config.*, package.json) one by one.
    async (path) => (path.endsWith('.sql') ? text(path) : git.readFileAt(ref, path)));
    return {
        ref,
        discovery,
        up: discovery.files.filter((f) => f.direction === 'up'),
        oid: (path) => oids.get(path),
        source: (path) => sources.get(path),
    };
}
/**
 * Parse these files of the tree, each once: files already in `parsed` are kept, readable ones are
 * added; unreadable ones are left out (the caller reports them). With a `store`, files parsed together
 * before are read from disk and the parser is not loaded (parse-store.ts).
 */
async function parseTreeFiles(tree, files, parsed, store) {
    const missing = files.flatMap((file) => {
        const source = parsed.has(file.path) ? undefined : tree.source(file.path);
        return source && 'text' in source ? [{ file, text: source.text }] : [];
    });
    for (const p of await (0,_parse_store_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMigrations */ .PZ)(missing, store))
        parsed.set(p.file.path, p);
}
/**
 * The schema the tree's whole migration history leaves behind. Answered from `cache` when the same
 * history (same files, same contents) was replayed before; otherwise the missing files are parsed into
 * `parsed` (shared with the caller's lint), replayed, and the result is stored.
 */
async function replayTree(tree, parsed, cache) {
    const readable = tree.up.filter((f) => {
        const source = tree.source(f.path);
        return source && 'text' in source;
    });
    const key = (0,_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .replayCacheKey */ .LC)(readable.map((f) => ({
        path: f.path,
        layout: f.layout,
        direction: f.direction,
        oid: tree.oid(f.path), // every readable file came from a blob of the tree
    })));
    const cached = cache?.get(key);
    if (cached)
        return cached;
    await parseTreeFiles(tree, readable, parsed);
    const schema = (0,_schema_model_replay_js__WEBPACK_IMPORTED_MODULE_7__/* .replayMigrations */ .fM)(readable.flatMap((f) => parsed.get(f.path) ?? []));
    cache?.set(key, schema);
    return schema;
}
/**
 * The schema a release's whole migration history leaves behind, read from git at `ref`: what
 * `rollback plan` compares its target with (`checkFallbackCompatibility({ schemaAfter })`).
 */
async function replayHistoryAt(git, ref, config, cache) {
    return replayTree(await readMigrationTree(git, ref, config), new Map(), cache);
}


/***/ }),

/***/ 8507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ts: () => (/* binding */ refineKeyDuplicateDrop),
/* harmony export */   yb: () => (/* binding */ keyDuplicates)
/* harmony export */ });
/* unused harmony export droppedIndexes */
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(792);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4159);
/* harmony import */ var _layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6598);
/* harmony import */ var _rules_ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2380);




/** Indexes the change drops with DROP INDEX (not CASCADE, which would also drop what depends on them). */
function droppedIndexes(changed) {
    return changed.flatMap((f) => f.file.direction === 'up'
        ? f.statements.flatMap((s) => {
            if (s.kind !== 'DropStmt' || !('DropStmt' in s.node))
                return [];
            const drop = s.node.DropStmt;
            if (drop.removeType !== 'OBJECT_INDEX' || drop.behavior === 'DROP_CASCADE')
                return [];
            return (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .dropTargetNames */ .DW)(s.node).map((parts) => (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(parts));
        })
        : []);
}
async function keyDuplicates(history, read, changed) {
    const dropped = droppedIndexes(changed);
    const found = new Map();
    if (!dropped.length)
        return found;
    const inChange = new Set(changed.map((f) => f.file.path));
    const needles = [...dropped.map((n) => n.toLowerCase()), 'primary key'];
    const model = new KeyModel();
    for (const file of history) {
        if (file.direction !== 'up' || inChange.has(file.path))
            continue;
        const text = await read(file.path);
        if (text === undefined || !needles.some((n) => text.toLowerCase().includes(n)))
            continue;
        await (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureParser */ ._U)();
        for (const s of (0,_layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMigration */ .m)(file, text, 'up', { cache: false }).statements)
            model.apply(s);
    }
    const changedStatements = changed.flatMap((f) => f.statements);
    for (const name of dropped) {
        const index = model.indexes.get(name);
        const key = index && model.keys.get(index.table);
        if (!index?.plainUnique || !key || key.name === name || !sameSet(index.columns, key.columns))
            continue;
        if (changedStatements.some((s) => loosensKey(s, index.table, key)))
            continue;
        found.set(name, { table: index.table, columns: key.columns, key: key.name });
    }
    return found;
}
/** Just enough of the schema: each index's shape and each table's primary key, in history order. */
class KeyModel {
    indexes = new Map();
    keys = new Map();
    apply(s) {
        const { node } = s;
        if ('IndexStmt' in node)
            return this.index(node.IndexStmt);
        if ('CreateStmt' in node)
            return this.table(node.CreateStmt);
        if ('AlterTableStmt' in node)
            return this.alter(node.AlterTableStmt);
        if ('DropStmt' in node) {
            const names = (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .dropTargetNames */ .DW)(node).map((parts) => (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(parts));
            if (node.DropStmt.removeType === 'OBJECT_INDEX')
                names.forEach((n) => this.indexes.delete(n));
            if (node.DropStmt.removeType === 'OBJECT_TABLE')
                names.forEach((n) => this.forgetTable(n));
        }
        // Renames (index, table, column) are not followed: what was renamed is then not found, which keeps
        // today's "unknown" rather than guessing.
        if ('RenameStmt' in node)
            this.forgetTable((0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(node.RenameStmt.relation));
    }
    index(n) {
        if (!n.idxname)
            return;
        const schema = n.relation?.schemaname && n.relation.schemaname !== 'public' ? `${n.relation.schemaname}.` : '';
        const elems = (n.indexParams ?? []).map((p) => ('IndexElem' in p ? p.IndexElem : undefined));
        const plain = elems.every((e) => !!e?.name && !e.expr && !e.opclass?.length && !e.collation?.length);
        this.indexes.set(schema + n.idxname, {
            table: (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(n.relation),
            columns: elems.flatMap((e) => (e?.name ? [e.name] : [])),
            plainUnique: !!n.unique && plain && !n.whereClause,
        });
    }
    table(s) {
        const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.relation);
        this.forgetTable(table);
        for (const element of s.tableElts ?? []) {
            if ('Constraint' in element)
                this.primaryKey(table, element.Constraint, s.relation?.relname);
            if ('ColumnDef' in element)
                for (const c of (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .columnConstraints */ .zD)(element.ColumnDef))
                    if (c.contype === 'CONSTR_PRIMARY' && element.ColumnDef.colname)
                        this.keys.set(table, {
                            name: c.conname ?? `${s.relation?.relname ?? table}_pkey`,
                            columns: [element.ColumnDef.colname],
                        });
        }
    }
    alter(s) {
        const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.relation);
        for (const cmd of (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .alterCommands */ .$f)({ AlterTableStmt: s })) {
            if (cmd.subtype === 'AT_AddConstraint')
                this.primaryKey(table, (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .constraintOf */ .vY)(cmd.def), s.relation?.relname);
            if (cmd.subtype === 'AT_DropConstraint' && cmd.name === this.keys.get(table)?.name)
                this.keys.delete(table);
            if (cmd.subtype === 'AT_DropColumn' && this.keys.get(table)?.columns.includes(cmd.name ?? ''))
                this.keys.delete(table);
        }
    }
    primaryKey(table, c, relname) {
        if (c?.contype !== 'CONSTR_PRIMARY')
            return;
        const columns = c.indexname
            ? (this.indexes.get(c.indexname)?.columns ?? [])
            : (c.keys ?? []).flatMap((k) => (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(k) ?? []);
        if (c.indexname)
            this.indexes.delete(c.indexname); // it becomes the key's own index
        if (columns.length)
            this.keys.set(table, { name: c.conname ?? c.indexname ?? `${relname ?? table}_pkey`, columns });
    }
    forgetTable(table) {
        this.keys.delete(table);
        for (const [name, index] of this.indexes)
            if (index.table === table)
                this.indexes.delete(name);
    }
}
/** A statement of the change that drops, retypes or rewrites the key (or its columns) the index repeats. */
function loosensKey(s, table, key) {
    if (s.kind === 'DropStmt')
        return droppedTable(s, table);
    if (s.kind === 'RenameStmt')
        return 'RenameStmt' in s.node && (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.node.RenameStmt.relation) === table;
    if (s.kind !== 'AlterTableStmt' || !('AlterTableStmt' in s.node))
        return false;
    if ((0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.node.AlterTableStmt.relation) !== table)
        return false;
    return (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .alterCommands */ .$f)(s.node).some((c) => (c.subtype === 'AT_DropConstraint' && c.name === key.name) ||
        ((c.subtype === 'AT_DropColumn' || c.subtype === 'AT_AlterColumnType') &&
            key.columns.includes(c.name ?? '')));
}
function droppedTable(s, table) {
    if (!('DropStmt' in s.node) || s.node.DropStmt.removeType !== 'OBJECT_TABLE')
        return false;
    return (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .dropTargetNames */ .DW)(s.node).some((parts) => (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(parts) === table);
}
function sameSet(a, b) {
    return a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === a.length;
}
/**
 * The hits on a DROP INDEX of key duplicates only (its lock, its lock_timeout) say what is known: the
 * previous release loses nothing, so they are marked `safe` and the statement is `expand`
 * (classify.ts). The lock itself keeps its verdict.
 */
function refineKeyDuplicateDrop(hits, ctx, duplicates) {
    if (!duplicates?.size || !hits.length || ctx.statement.kind !== 'DropStmt')
        return hits;
    const names = droppedIndexes([{ file: ctx.file, statements: [ctx.statement] }]);
    if (!names.length || !names.every((n) => duplicates.has(n)))
        return hits;
    const said = names
        .map((n) => {
        const d = duplicates.get(n);
        const columns = d.columns.map((c) => `"${c}"`).join(', ');
        return `"${n}" only repeats the primary key "${d.key}" of "${d.table}" on (${columns}), which keeps those values unique and still answers its ON CONFLICT (${columns})`;
    })
        .join('; ');
    const known = ` The previous release loses nothing it relies on: ${said}; an index is no constraint, so no ON CONFLICT ON CONSTRAINT names it.`;
    return hits.map(({ rule, hit }) => ({ rule, hit: { ...hit, safe: true, message: hit.message + known } }));
}


/***/ }),

/***/ 7601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* reexport safe */ _migration_identity_js__WEBPACK_IMPORTED_MODULE_0__.IM),
/* harmony export */   _m: () => (/* reexport safe */ _migration_identity_js__WEBPACK_IMPORTED_MODULE_0__._m),
/* harmony export */   wH: () => (/* reexport safe */ _migration_identity_js__WEBPACK_IMPORTED_MODULE_0__.wH),
/* harmony export */   y3: () => (/* binding */ sinceRelease)
/* harmony export */ });
/* harmony import */ var _schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3482);
/* harmony import */ var _migration_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4875);

// Which migrations a release ran is also how the migrations gate chooses the release before a change
// (../previous-release.ts): the helpers live beside it and are re-exported here for existing callers.

/**
 * Judged by the change's replayed history: the statement that created the object (following renames
 * back) is in a file the release did not run. An object the history does not show being created
 * (made outside the migrations, or by a statement the replay does not model) counts as the release's.
 */
function sinceRelease(schema, ranByTheRelease) {
    return {
        createdSince(table, column, at) {
            const origin = column === undefined
                ? tableOrigin(schema.touches, table, at, 0)
                : columnOrigin(schema.touches, table, column, at, 0);
            return origin && !ranByTheRelease(origin.file) ? origin : undefined;
        },
        namesBefore: (table, column, at) => namesBefore(schema.touches, { table, ...(column === undefined ? {} : { column }) }, at),
    };
}
const MAX_RENAMES = 64;
const sameRef = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
/** The object's touches before the statement at `at` (all of them when that statement did not touch it). */
function before(list, at) {
    const index = list.findIndex((t) => sameRef(t.at, at));
    return index === -1 ? list : list.slice(0, index);
}
function tableOrigin(touches, table, at, depth) {
    if (depth > MAX_RENAMES)
        return undefined;
    const list = before(touches.get((0,_schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__/* .tableKey */ .ih)(table)) ?? [], at);
    for (let i = list.length - 1; i >= 0; i--) {
        const t = list[i];
        if (t.kind === 'create')
            return t.at;
        if (t.kind === 'rename-to')
            return t.from ? tableOrigin(touches, t.from, t.at, depth + 1) : undefined;
        if (t.kind === 'drop' || t.kind === 'rename-away')
            return undefined;
    }
    return undefined;
}
function columnOrigin(touches, table, column, at, depth) {
    if (depth > MAX_RENAMES)
        return undefined;
    const list = before(touches.get((0,_schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__/* .columnObjectKey */ .l9)(table, column)) ?? [], at);
    for (let i = list.length - 1; i >= 0; i--) {
        const t = list[i];
        if (t.kind === 'create')
            return t.at;
        if (t.kind === 'rename-to')
            return t.from ? columnOrigin(touches, table, t.from, t.at, depth + 1) : undefined;
        if (t.kind === 'drop' || t.kind === 'rename-away')
            return undefined;
    }
    // Nothing under this table name: the column may come from before the table was renamed.
    const tableTouches = before(touches.get((0,_schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__/* .tableKey */ .ih)(table)) ?? [], at);
    for (let i = tableTouches.length - 1; i >= 0; i--) {
        const t = tableTouches[i];
        if (t.kind === 'rename-to' && t.from)
            return columnOrigin(touches, t.from, column, t.at, depth + 1);
        if (t.kind === 'create' || t.kind === 'drop' || t.kind === 'rename-away')
            return undefined;
    }
    return undefined;
}
const IDENTITY = new Set(['create', 'drop', 'rename-away', 'rename-to']);
/** The last touch that made, removed or renamed the object (type, null and default changes aside). */
function lastIdentityTouch(list) {
    for (let i = list.length - 1; i >= 0; i--)
        if (IDENTITY.has(list[i].kind))
            return list[i];
    return undefined;
}
/** The names an object had before `at`, newest first, following column and table renames back. */
function namesBefore(touches, name, at) {
    const names = [name];
    let current = name;
    let where = at;
    for (let step = 0; step < MAX_RENAMES; step++) {
        const key = current.column === undefined ? (0,_schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__/* .tableKey */ .ih)(current.table) : (0,_schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__/* .columnObjectKey */ .l9)(current.table, current.column);
        const last = lastIdentityTouch(before(touches.get(key) ?? [], where));
        let next;
        if (last?.kind === 'rename-to' && last.from) {
            const from = last.from;
            next = {
                name: current.column === undefined ? { table: from } : { ...current, column: from },
                at: last.at,
            };
        }
        else if (!last && current.column !== undefined) {
            // Nothing under this table name: the table may have had another name when the column was made.
            const renamed = lastIdentityTouch(before(touches.get((0,_schema_model_model_js__WEBPACK_IMPORTED_MODULE_1__/* .tableKey */ .ih)(current.table)) ?? [], where));
            if (renamed?.kind === 'rename-to' && renamed.from)
                next = { name: { ...current, table: renamed.from }, at: renamed.at };
        }
        if (!next)
            break;
        names.push(next.name);
        current = next.name;
        where = next.at;
    }
    return names;
}


/***/ }),

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vw: () => (/* binding */ drizzleDeclaredType),
/* harmony export */   wH: () => (/* binding */ decodes),
/* harmony export */   xn: () => (/* binding */ prismaDeclaredType),
/* harmony export */   zn: () => (/* binding */ supabaseDeclaredType)
/* harmony export */ });
/**
 * Which SQL type families (typeFamily in src/schema-model/types.ts) a reader's declared type decodes.
 * Only used to judge a type change the history records: if the old type decoded and the new one does
 * not, the fallback release breaks on it.
 */
const PRISMA_SCALARS = {
    String: ['text', 'uuid'],
    Int: ['integer'],
    BigInt: ['bigint', 'integer'],
    Float: ['float'],
    Decimal: ['numeric'],
    Boolean: ['boolean'],
    DateTime: ['timestamp', 'date', 'time'],
    Json: ['json'],
    Bytes: ['bytea'],
};
const PRISMA_NATIVE = {
    text: 'text',
    varchar: 'text',
    char: 'text',
    citext: 'text',
    uuid: 'uuid',
    inet: 'inet',
    xml: 'xml',
    integer: 'integer',
    smallint: 'integer',
    bigint: 'bigint',
    real: 'float',
    doubleprecision: 'float',
    decimal: 'numeric',
    money: 'numeric',
    date: 'date',
    time: 'time',
    timetz: 'time',
    timestamp: 'timestamp',
    timestamptz: 'timestamp',
    json: 'json',
    jsonb: 'json',
    bytea: 'bytea',
    boolean: 'boolean',
    bit: 'bit',
    varbit: 'varbit',
    oid: 'oid',
};
const list = (families, isList) => isList ? families.map((f) => `${f}[]`) : families;
/** `String @db.Uuid`, `Int`, `Role[]` (enum Role mapped to `role`). */
function prismaDeclaredType(type, isList, native, enumDbName) {
    const text = `${type}${isList ? '[]' : ''}${native ? ` @db.${native}` : ''}`;
    if (enumDbName)
        return { text, families: list([`enum:${enumDbName}`], isList) };
    const scalar = PRISMA_SCALARS[type];
    if (!scalar)
        return undefined;
    const nativeFamily = native ? PRISMA_NATIVE[native.replace(/\(.*$/, '').toLowerCase()] : undefined;
    const families = nativeFamily ? [...new Set([...scalar, nativeFamily])] : scalar;
    return { text, families: list(families, isList) };
}
const DRIZZLE_BUILDERS = {
    text: ['text'],
    varchar: ['text'],
    char: ['text'],
    citext: ['text'],
    integer: ['integer'],
    smallint: ['integer'],
    serial: ['integer'],
    smallserial: ['integer'],
    bigint: ['bigint', 'integer'],
    bigserial: ['bigint', 'integer'],
    numeric: ['numeric'],
    decimal: ['numeric'],
    real: ['float'],
    doublePrecision: ['float'],
    boolean: ['boolean'],
    timestamp: ['timestamp'],
    date: ['date'],
    time: ['time'],
    interval: ['interval'],
    json: ['json'],
    jsonb: ['json'],
    uuid: ['uuid'],
    inet: ['inet'],
    cidr: ['inet'],
    bytea: ['bytea'],
};
/** `varchar('name', { length: 50 })` → text; a pgEnum builder → its enum. */
function drizzleDeclaredType(builder, isArray, enumName) {
    const text = `${builder}()${isArray ? '.array()' : ''}`;
    if (enumName)
        return { text, families: list([`enum:${enumName}`], isArray) };
    const families = DRIZZLE_BUILDERS[builder];
    return families ? { text, families: list(families, isArray) } : undefined;
}
/** PostgREST returns these as JSON strings; numeric and bigint come back as numbers. */
const JSON_STRING = ['text', 'uuid', 'timestamp', 'date', 'time', 'interval', 'inet', 'bytea', 'enum:*'];
const JSON_NUMBER = ['integer', 'bigint', 'float', 'numeric'];
/** A Supabase generated Row type: `string | null`, `number`, `Database["public"]["Enums"]["status"]`, `string[]`. */
function supabaseDeclaredType(typeText) {
    const text = typeText.replace(/\s+/g, ' ').trim();
    const bare = text
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s && s !== 'null');
    if (bare.length !== 1)
        return undefined;
    let one = bare[0];
    const isList = one.endsWith('[]');
    if (isList)
        one = one.slice(0, -2).replace(/^\((.*)\)$/, '$1');
    let families;
    if (one === 'string' || /\["Enums"\]|\['Enums'\]/.test(one))
        families = JSON_STRING;
    else if (one === 'number')
        families = JSON_NUMBER;
    else if (one === 'boolean')
        families = ['boolean'];
    else if (one === 'Json')
        families = ['json'];
    return families ? { text, families: list(families, isList) } : undefined;
}
/** Can code declared this way decode a value of this family? */
function decodes(declared, family) {
    if (declared.families.includes(family))
        return true;
    const isList = family.endsWith('[]');
    const base = isList ? family.slice(0, -2) : family;
    return base.startsWith('enum:') && declared.families.includes(isList ? 'enum:*[]' : 'enum:*');
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ drizzleExpectations),
/* harmony export */   z: () => (/* binding */ parseDrizzleSchema)
/* harmony export */ });
/* harmony import */ var _declared_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(560);
/* harmony import */ var _ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3168);


const SERIALS = new Set(['serial', 'smallserial', 'bigserial']);
const NOT_NULL = new Set(['notNull', 'primaryKey']);
const DB_DEFAULT = new Set([
    'default',
    'defaultNow',
    'defaultRandom',
    'generatedAlwaysAs',
    'generatedAlwaysAsIdentity',
    'generatedByDefaultAsIdentity',
]);
const CLIENT_DEFAULT = new Set(['$defaultFn', '$default', '$onUpdateFn', '$onUpdate']);
const snakeCase = (key) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
/** `const name = <tokens>` declarations of the file, by variable name: where their value starts. */
function constants(tokens) {
    const found = new Map();
    for (let i = 0; i + 3 < tokens.length; i++) {
        if (((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdent */ .PP)(tokens[i], 'const') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdent */ .PP)(tokens[i], 'let')) &&
            tokens[i + 1].kind === 'ident' &&
            (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 2], '=')) {
            found.set(tokens[i + 1].value, i + 3);
        }
    }
    return found;
}
function parseDrizzleSchema(text, file, options = {}) {
    const tokens = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenize */ .qw)(text, file);
    const consts = constants(tokens);
    const schema = { file, tables: [], enums: [] };
    const schemaVars = new Map();
    const creators = new Map([['pgTable', _ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HOLE */ .ax]]);
    for (const [name, start] of consts) {
        if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdent */ .PP)(tokens[start], 'pgSchema') && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(tokens[start + 2]))
            schemaVars.set(name, tokens[start + 2].value);
        if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdent */ .PP)(tokens[start], 'pgTableCreator')) {
            const close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, start + 1);
            const template = tokens.slice(start + 1, close).find((t) => t.kind === 'template');
            if (template)
                creators.set(name, template.value);
        }
    }
    const variableAt = (i) => (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i - 1], '=') && tokens[i - 2]?.kind === 'ident' ? tokens[i - 2].value : undefined;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'ident')
            continue;
        // mySchema.table('x', …) / mySchema.enum('x', […])
        const viaSchema = schemaVars.get(t.value) !== undefined && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 1], '.') ? tokens[i + 2] : undefined;
        const callee = viaSchema ? viaSchema.value : t.value;
        const open = viaSchema ? i + 3 : i + 1;
        if (!(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[open], '(') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i - 1], '.'))
            continue;
        const prefix = viaSchema ? `${schemaVars.get(t.value)}.` : '';
        const qualify = (name) => (prefix === 'public.' ? name : `${prefix}${name}`);
        const close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, open);
        const args = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .splitTopLevel */ .EN)(tokens, open + 1, close);
        const name = args[0]?.[0];
        if ((callee === 'pgEnum' || (viaSchema && callee === 'enum')) && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(name)) {
            const variable = variableAt(i);
            schema.enums.push({
                name: qualify(name.value),
                ...(variable ? { variable } : {}),
                line: t.line,
                values: enumValues(tokens, args[1] ?? [], consts),
            });
        }
        else if ((creators.has(callee) && !viaSchema) || (viaSchema && callee === 'table')) {
            if (!(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(name))
                continue;
            const tableName = viaSchema ? name.value : creators.get(callee).replace(_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HOLE */ .ax, name.value);
            schema.tables.push({
                name: qualify(tableName),
                line: t.line,
                columns: columnsOf(tokens, args[1] ?? [], consts, options),
            });
            i = close;
        }
    }
    return schema;
}
function enumValues(tokens, arg, consts) {
    let list = arg;
    if (arg.length && arg[0].kind === 'ident' && consts.has(arg[0].value)) {
        const start = consts.get(arg[0].value);
        list = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[start], '[') ? tokens.slice(start, (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, start) + 1) : [];
    }
    return list.filter(_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$).map((t) => t.value);
}
/** The columns object: `{ … }`, or the arrow function returning it. Spreads of same-file constants are followed. */
function columnsOf(tokens, arg, consts, options, depth = 0) {
    // `{ … }` itself, or `(t) => ({ … })`: the first brace after the arrow
    const arrow = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(arg[0], '{') ? -1 : arg.findIndex((t) => (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '=>'));
    const brace = arrow === -1 ? ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(arg[0], '{') ? 0 : -1) : arg.findIndex((t, k) => k > arrow && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '{'));
    if (brace === -1)
        return [];
    const close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(arg, brace);
    const columns = [];
    for (const member of (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .splitTopLevel */ .EN)(arg, brace + 1, close)) {
        if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(member[0], '...') && member[1]?.kind === 'ident' && depth < 3) {
            const start = consts.get(member[1].value);
            if (start !== undefined && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[start], '{')) {
                columns.push(...columnsOf(tokens, tokens.slice(start, (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, start) + 1), consts, options, depth + 1));
            }
            continue;
        }
        const column = columnOf(member, options);
        if (column)
            columns.push(column);
    }
    return columns;
}
function columnOf(member, options) {
    const key = member[0];
    if (!key || (key.kind !== 'ident' && !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(key)) || !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(member[1], ':'))
        return undefined;
    const value = member.slice(2);
    const open = value.findIndex((t) => (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '('));
    if (open < 1 || value[open - 1].kind !== 'ident')
        return undefined;
    const builder = value[open - 1].value;
    let close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(value, open);
    const args = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .splitTopLevel */ .EN)(value, open + 1, close);
    const methods = [];
    while ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(value[close + 1], '.') && value[close + 2]?.kind === 'ident') {
        let next = close + 3;
        if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(value[next], '<')) {
            let angle = 0;
            for (; next < value.length; next++) {
                if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(value[next], '<'))
                    angle += 1;
                if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(value[next], '>') && --angle === 0)
                    break;
            }
            next += 1;
        }
        if (!(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(value[next], '('))
            break;
        methods.push(value[close + 2].value);
        close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(value, next);
    }
    const nameArg = args[0]?.[0];
    const keyName = key.value;
    const name = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(nameArg) && args[0].length === 1
        ? nameArg.value
        : options.casing === 'snake_case'
            ? snakeCase(keyName)
            : keyName;
    const has = (set) => methods.some((m) => set.has(m));
    return {
        key: keyName,
        name,
        builder,
        line: key.line,
        notNull: has(NOT_NULL) || SERIALS.has(builder) || methods.some((m) => m.startsWith('generated')),
        dbDefault: has(DB_DEFAULT) || SERIALS.has(builder),
        clientDefault: has(CLIENT_DEFAULT),
        array: methods.includes('array'),
    };
}
/** What the release's Drizzle queries read, insert, decode and know (all schema files together: enums may be imported). */
function drizzleExpectations(schemas) {
    const enumByVariable = new Map(schemas.flatMap((s) => s.enums.flatMap((e) => (e.variable ? [[e.variable, e]] : []))));
    const out = [];
    for (const schema of schemas) {
        const file = schema.file;
        for (const table of schema.tables) {
            const label = `pgTable "${table.name}"`;
            out.push({
                kind: 'reads',
                table: table.name,
                detail: label,
                file,
                line: table.line,
                source: 'drizzle',
            });
            const provides = [];
            for (const c of table.columns) {
                const detail = `${label}, column ${c.key}`;
                const at = { table: table.name, column: c.name, file, line: c.line, source: 'drizzle' };
                out.push({ kind: 'reads', detail, ...at });
                const declared = (0,_declared_types_js__WEBPACK_IMPORTED_MODULE_0__/* .drizzleDeclaredType */ .vw)(c.builder, c.array, enumByVariable.get(c.builder)?.name);
                if (declared)
                    out.push({ kind: 'decodes-type', detail, declared, ...at });
                if (c.clientDefault || (c.notNull && !c.dbDefault))
                    provides.push(c.name);
                else
                    out.push({
                        kind: 'inserts-without',
                        detail: `${detail} is ${c.notNull ? 'defaulted by the database' : 'nullable'}`,
                        ...at,
                    });
            }
            out.push({
                kind: 'inserts-without',
                table: table.name,
                detail: label,
                file,
                line: table.line,
                source: 'drizzle',
                provides,
            });
        }
        for (const e of schema.enums) {
            out.push({
                kind: 'knows-enum',
                table: e.name,
                detail: `pgEnum "${e.name}"`,
                file,
                line: e.line,
                source: 'drizzle',
                values: e.values,
            });
        }
    }
    return out;
}


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parsePrismaSchema),
/* harmony export */   W: () => (/* binding */ prismaExpectations)
/* harmony export */ });
/* harmony import */ var _declared_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(560);

const BLOCK_START = /^\s*(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{\s*$/;
const FIELD = /^\s*(\w+)\s+(Unsupported\(\s*"[^"]*"\s*\)|[\w.]+)(\[\])?(\?)?(.*)$/;
const MAP = /@map\(\s*(?:name\s*:\s*)?"([^"]*)"/;
const BLOCK_MAP = /@@map\(\s*(?:name\s*:\s*)?"([^"]*)"/;
const BLOCK_SCHEMA = /@@schema\(\s*"([^"]*)"/;
/** Drop a `//` comment that is not inside a string. */
function stripComment(line) {
    let inString = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '\\' && inString)
            i += 1;
        else if (ch === '"')
            inString = !inString;
        else if (!inString && ch === '/' && line[i + 1] === '/')
            return line.slice(0, i);
    }
    return line;
}
/** The balanced-parenthesis argument of an attribute: `@default(dbgenerated("gen()"))` → `dbgenerated("gen()")`. */
function attributeArgs(text, name) {
    const start = text.search(new RegExp(`${name.replace('.', '\\.')}\\(`));
    if (start === -1)
        return undefined;
    let depth = 0;
    let inString = false;
    const open = text.indexOf('(', start);
    for (let i = open; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"' && text[i - 1] !== '\\')
            inString = !inString;
        if (inString)
            continue;
        if (ch === '(')
            depth += 1;
        if (ch === ')' && --depth === 0)
            return text.slice(open + 1, i).trim();
    }
    return text.slice(open + 1).trim();
}
const qualified = (schema, name) => schema && schema !== 'public' ? `${schema}.${name}` : name;
function parsePrismaSchema(text, file) {
    const schema = { file, models: [], enums: [] };
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let block;
    lines.forEach((raw, index) => {
        const line = stripComment(raw);
        if (!block) {
            const m = BLOCK_START.exec(line);
            if (m)
                block = { kind: m[1], name: m[2], line: index + 1, body: [] };
            return;
        }
        if (/^\s*\}\s*$/.test(line)) {
            finishBlock(schema, block);
            block = undefined;
            return;
        }
        if (line.trim())
            block.body.push({ text: line, line: index + 1 });
    });
    return schema;
}
function finishBlock(schema, block) {
    const blockAttrs = block.body
        .filter((l) => l.text.trim().startsWith('@@'))
        .map((l) => l.text)
        .join(' ');
    const dbSchema = BLOCK_SCHEMA.exec(blockAttrs)?.[1];
    const dbName = qualified(dbSchema, BLOCK_MAP.exec(blockAttrs)?.[1] ?? block.name);
    if (block.kind === 'enum') {
        const values = block.body
            .filter((l) => !l.text.trim().startsWith('@@'))
            .flatMap((l) => {
            const m = /^\s*(\w+)(.*)$/.exec(l.text);
            return m ? [{ name: m[1], dbName: MAP.exec(m[2])?.[1] ?? m[1], line: l.line }] : [];
        });
        schema.enums.push({ name: block.name, dbName, line: block.line, values });
        return;
    }
    if (block.kind !== 'model' && block.kind !== 'view')
        return;
    const fields = [];
    for (const l of block.body) {
        if (l.text.trim().startsWith('@@'))
            continue;
        const m = FIELD.exec(l.text);
        if (!m)
            continue;
        const attrs = m[5] ?? '';
        const native = /@db\.(\w+(?:\([^)]*\))?)/.exec(attrs)?.[1];
        const def = attributeArgs(attrs, '@default');
        fields.push({
            name: m[1],
            dbName: MAP.exec(attrs)?.[1] ?? m[1],
            type: m[2],
            optional: !!m[4],
            list: !!m[3],
            line: l.line,
            ...(def !== undefined ? { default: def } : {}),
            updatedAt: /@updatedAt\b/.test(attrs),
            ignored: /@ignore\b/.test(attrs),
            ...(native ? { native } : {}),
            relation: /@relation\b/.test(attrs),
        });
    }
    schema.models.push({
        name: block.name,
        dbName,
        kind: block.kind,
        line: block.line,
        ignored: /@@ignore\b/.test(blockAttrs),
        fields,
    });
}
/** Defaults the Prisma client fills in itself, so every create sends the column. */
const CLIENT_DEFAULT = /^(uuid|cuid|nanoid|ulid)\s*\(/;
/** What the release's Prisma client reads, inserts, decodes and knows (all schema files of the release together). */
function prismaExpectations(schemas) {
    const models = new Set(schemas.flatMap((s) => s.models.map((m) => m.name)));
    const enums = new Map(schemas.flatMap((s) => s.enums.map((e) => [e.name, e])));
    const out = [];
    for (const schema of schemas) {
        const file = schema.file;
        for (const model of schema.models) {
            if (model.ignored)
                continue;
            const table = model.dbName;
            const label = `${model.kind} ${model.name}`;
            out.push({ kind: 'reads', table, detail: label, file, line: model.line, source: 'prisma' });
            const provides = [];
            for (const f of model.fields) {
                const isRelation = f.relation || models.has(f.type);
                if (isRelation || f.ignored || f.type.startsWith('Unsupported('))
                    continue;
                const detail = `${label}, field ${f.name}`;
                const at = { table, column: f.dbName, file, line: f.line, source: 'prisma' };
                out.push({ kind: 'reads', detail, ...at });
                const declared = (0,_declared_types_js__WEBPACK_IMPORTED_MODULE_0__/* .prismaDeclaredType */ .xn)(f.type, f.list, f.native, enums.get(f.type)?.dbName);
                if (declared)
                    out.push({ kind: 'decodes-type', detail, declared, ...at });
                if (model.kind === 'view')
                    continue;
                const clientFilled = f.updatedAt || (f.default !== undefined && CLIENT_DEFAULT.test(f.default));
                if (clientFilled || (!f.optional && !f.list && f.default === undefined))
                    provides.push(f.dbName);
                else {
                    const why = f.optional
                        ? 'optional'
                        : f.list
                            ? 'a list'
                            : `defaulted by the database (@default(${f.default}))`;
                    out.push({ kind: 'inserts-without', detail: `${detail} is ${why}`, ...at });
                }
            }
            if (model.kind === 'model') {
                out.push({
                    kind: 'inserts-without',
                    table,
                    detail: label,
                    file,
                    line: model.line,
                    source: 'prisma',
                    provides,
                });
            }
        }
        for (const e of schema.enums) {
            out.push({
                kind: 'knows-enum',
                table: e.dbName,
                detail: `enum ${e.name}`,
                file,
                line: e.line,
                source: 'prisma',
                values: e.values.map((v) => v.dbName),
            });
        }
    }
    return out;
}


/***/ }),

/***/ 1850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ gitTree),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   s: () => (/* binding */ drizzleConfigGlobs),
/* harmony export */   zR: () => (/* binding */ readReleaseExpectations)
/* harmony export */ });
/* unused harmony export blobText */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _sql_pg_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6403);
/* harmony import */ var _drizzle_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7504);
/* harmony import */ var _prisma_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3380);
/* harmony import */ var _sql_strings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4843);
/* harmony import */ var _supabase_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2496);
/* harmony import */ var _ts_scanner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3168);







/** Text of a blob, or undefined for binary content and bytes that are not UTF-8. */
function blobText(bytes) {
    if (bytes.includes(0))
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * A commit's files through GitRepo: listed once with their blob ids and sizes, then read in batches
 * (one git process per batch, whatever its size) instead of one process per file.
 */
function gitTree(git, ref) {
    let listing;
    const entries = () => (listing ??= git
        .listTreeAt(ref)
        .then((all) => new Map(all.filter((e) => e.type === 'blob').map((e) => [e.path, e]))));
    return {
        list: async () => [...(await entries()).keys()],
        read: (path) => git.readFileAt(ref, path),
        readMany: async (paths, maxBytes) => {
            const byPath = await entries();
            const wanted = paths.flatMap((p) => byPath.get(p) ?? []);
            const blobs = await git.readBlobsByOid(wanted, maxBytes);
            const texts = new Map();
            for (const entry of wanted) {
                const read = blobs.get(entry.oid);
                const text = read && 'bytes' in read ? blobText(read.bytes) : undefined;
                if (text !== undefined)
                    texts.set(entry.path, text);
            }
            return texts;
        },
    };
}
const IGNORED_DIRS = /(^|\/)(node_modules|dist|build|out|\.next|\.nuxt|\.svelte-kit|\.vercel|coverage|vendor)\//;
const DEFAULT_GLOBS = {
    prisma: ['**/*.prisma'],
    drizzle: ['**/schema.{ts,js,mjs}', '**/schema/*.{ts,js,mjs}', '**/db/schema*.{ts,js,mjs}'],
    supabase: [
        '**/database.types.ts',
        '**/supabase.ts',
        '**/supabase.types.ts',
        '**/types/supabase.ts',
        '**/types/database.ts',
        '**/supabase/types.ts',
    ],
};
/** Examples, fixtures, references and test projects carry schemas the release does not run on. */
const NOT_SCHEMA_HOME = /(^|\/)(examples?|fixtures?|__tests__|__fixtures__|tests?|e2e|references?|samples?|test-projects?)\//;
const DRIZZLE_CONFIG = /(^|\/)drizzle\.config\.(ts|js|mjs|cjs)$/;
const CODE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const NOT_APP_CODE = /(^|\/)(__tests__|__mocks__|tests?|e2e|cypress|playwright|migrations|scripts|examples|fixtures)\/|\.(test|spec|stories|d)\.[cm]?[jt]sx?$|\.config\.[cm]?[jt]s$/;
const LIMITS = {
    schemaFileBytes: 2 * 1024 * 1024,
    codeFileBytes: 512 * 1024,
    codeFiles: 3000,
    codeBytes: 32 * 1024 * 1024,
};
/** Text that could hold SQL the scan reads (the SQL reading's own tests, on the raw text). */
const MAY_HOLD_SQL = /\bselect\b[\s\S]*?\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|\\[ux]/i;
/** …or a supabase-js call: cheaper to test than to parse. */
const MAY_USE_TABLES = /\bselect\b[\s\S]*?\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|\.from\s*\(|\\[ux]/i;
const isSupabaseTypes = (text) => /\bTables\s*:/.test(text) && /\bRow\s*:/.test(text);
const isDrizzle = (text) => /\bpg(Table|Enum|Schema|TableCreator)\s*\(/.test(text);
/** `schema: './src/db/schema.ts'` (or a list, or a folder) in drizzle.config.*, as globs from the repository root. */
function drizzleConfigGlobs(configPath, text) {
    const dir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/') + 1) : '';
    const tokens = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenize */ .qw)(text, configPath);
    const at = tokens.findIndex((t, i) => t.kind === 'ident' && t.value === 'schema' && tokens[i + 1]?.value === ':');
    if (at === -1)
        return [];
    const values = [];
    const first = tokens[at + 2];
    if (first?.kind === 'string')
        values.push(first.value);
    else if (first?.value === '[') {
        for (let i = at + 3; i < tokens.length && tokens[i].value !== ']'; i++)
            if (tokens[i].kind === 'string')
                values.push(tokens[i].value);
    }
    return values.map((v) => {
        const path = `${dir}${v.replace(/^\.\//, '')}`.replace(/\/$/, '');
        return /\.[cm]?[jt]s$|\*/.test(path) ? path : `${path}/**/*.{ts,js,mjs}`;
    });
}
async function readAll(tree, paths, maxBytes, budget = Infinity) {
    const files = [];
    let total = 0;
    const chunk = tree.readMany ? 500 : 16;
    for (let i = 0; i < paths.length; i += chunk) {
        if (total >= budget)
            return { files, stopped: true };
        const slice = paths.slice(i, i + chunk);
        const batch = tree.readMany
            ? [...(await tree.readMany(slice, maxBytes))].map(([path, text]) => ({ path, text }))
            : await Promise.all(slice.map(async (path) => ({ path, text: await tree.read(path) })));
        for (const { path, text } of batch) {
            if (text === undefined || text.length > maxBytes || text.includes('\0'))
                continue;
            total += text.length;
            files.push({ path, text });
        }
    }
    return { files, stopped: false };
}
/** Everything a release's tree says about what its code expects of the database. */
async function readReleaseExpectations(tree, options = {}) {
    await (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCodeParser */ .H_)();
    const all = (await tree.list()).filter((p) => !IGNORED_DIRS.test(p)).sort();
    const result = {
        files: [],
        expectations: [],
        authoritative: false,
        codeFiles: 0,
        truncated: false,
        unparsed: [],
        prisma: [],
        drizzle: [],
        supabase: [],
    };
    let candidates;
    let casing;
    /** Read one file with the code parser; a file that does not parse is noted, not guessed at. */
    const parsed = (path, read) => {
        try {
            return read();
        }
        catch (error) {
            if (!(error instanceof _ts_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .CodeParseError */ .X))
                throw error;
            result.unparsed.push({ path, reason: error.message });
            return undefined;
        }
    };
    if (options.schemaSources?.length) {
        const match = picomatch__WEBPACK_IMPORTED_MODULE_6___default()([...options.schemaSources], { dot: true });
        candidates = all.filter((p) => match(p));
    }
    else {
        const globs = [...DEFAULT_GLOBS.prisma, ...DEFAULT_GLOBS.drizzle, ...DEFAULT_GLOBS.supabase];
        for (const config of (await readAll(tree, all.filter((p) => DRIZZLE_CONFIG.test(p)), LIMITS.schemaFileBytes)).files) {
            globs.push(...(parsed(config.path, () => drizzleConfigGlobs(config.path, config.text)) ?? []));
            if (/casing\s*:\s*['"]snake_case['"]/.test(config.text))
                casing = 'snake_case';
        }
        const match = picomatch__WEBPACK_IMPORTED_MODULE_6___default()(globs, { dot: true });
        candidates = all.filter((p) => match(p) && !NOT_SCHEMA_HOME.test(p));
    }
    for (const { path, text } of (await readAll(tree, candidates, LIMITS.schemaFileBytes)).files) {
        if (path.endsWith('.prisma')) {
            const schema = (0,_prisma_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrismaSchema */ .P)(text, path);
            if (!schema.models.length && !schema.enums.length)
                continue;
            result.prisma.push(schema);
            result.files.push({ path, kind: 'prisma' });
        }
        else if (isSupabaseTypes(text)) {
            const types = parsed(path, () => (0,_supabase_types_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSupabaseTypes */ .h)(text, path));
            if (!types?.tables.length)
                continue;
            result.supabase.push(types);
            result.files.push({ path, kind: 'supabase-types' });
        }
        else if (isDrizzle(text)) {
            const schema = parsed(path, () => (0,_drizzle_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDrizzleSchema */ .z)(text, path, casing ? { casing } : {}));
            if (!schema || (!schema.tables.length && !schema.enums.length))
                continue;
            result.drizzle.push(schema);
            result.files.push({ path, kind: 'drizzle' });
        }
    }
    result.expectations.push(...(0,_prisma_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .prismaExpectations */ .W)(result.prisma), ...(0,_drizzle_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .drizzleExpectations */ .u)(result.drizzle));
    const schemaPaths = new Set(result.files.map((f) => f.path));
    const code = all.filter((p) => CODE.test(p) && !NOT_APP_CODE.test(p) && !schemaPaths.has(p));
    const usage = new FirstUse();
    if (options.scanCode !== false) {
        const { files, stopped } = await readAll(tree, code.slice(0, LIMITS.codeFiles), LIMITS.codeFileBytes, LIMITS.codeBytes);
        result.truncated = stopped || code.length > LIMITS.codeFiles;
        result.codeFiles = files.length;
        // Only files that can say something are parsed: any file when generated types need the first use
        // of their names, otherwise files with SQL words or a supabase-js `.from(` in them.
        const needed = result.supabase.length ? () => true : (text) => MAY_USE_TABLES.test(text);
        // SQL found in code is read with the Postgres parser, loaded only when some code could hold SQL.
        if (files.some((f) => MAY_HOLD_SQL.test(f.text)))
            await (0,_sql_pg_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .loadParser */ .qd)();
        for (const { path, text } of files) {
            if (!needed(text))
                continue;
            const tokens = parsed(path, () => (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenize */ .qw)(text, path));
            if (!tokens)
                continue;
            usage.add(path, tokens);
            result.expectations.push(...(0,_sql_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSqlStrings */ .so)(tokens, path));
        }
    }
    result.expectations.push(...(0,_supabase_types_js__WEBPACK_IMPORTED_MODULE_4__/* .supabaseExpectations */ .i)(result.supabase, usage));
    result.authoritative = result.files.length > 0 && result.unparsed.length === 0;
    return result;
}
/** Names as they first appear in code: identifiers, and words inside strings and templates. */
class FirstUse {
    seen = new Map();
    add(file, tokens) {
        for (const t of tokens) {
            if (t.kind === 'ident')
                this.note(t.value, file, t.line);
            else if (t.kind === 'string' || t.kind === 'template') {
                const lines = t.value.split('\n');
                lines.forEach((text, offset) => {
                    for (const word of text.match(/[A-Za-z_][\w$]*/g) ?? [])
                        this.note(word, file, t.line + offset);
                });
            }
        }
    }
    note(word, file, line) {
        if (!this.seen.has(word))
            this.seen.set(word, { file, line });
    }
    firstUse(name) {
        return this.seen.get(name);
    }
}


/***/ }),

/***/ 8105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readSql)
/* harmony export */ });
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);
/* harmony import */ var _sql_pg_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6403);


/** The reading, or undefined when the text is no complete SQL (a fragment joined with other strings). */
function readSql(sql) {
    let parsed;
    try {
        parsed = (0,_sql_pg_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSql */ .eg)(sql);
    }
    catch (error) {
        if (error instanceof _sql_pg_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .PgSyntaxError */ .dL)
            return undefined;
        throw error;
    }
    const bytes = Buffer.from(sql, 'utf8');
    const statements = (parsed.stmts ?? []).flatMap((raw) => {
        if (!raw.stmt)
            return [];
        const found = {
            offset: bytes.subarray(0, raw.stmt_location ?? 0).toString('utf8').length,
            tables: [],
            columns: [],
            inserts: [],
        };
        walk(raw.stmt, undefined, found);
        return [found];
    });
    return { statements };
}
const isObject = (v) => typeof v === 'object' && v !== null;
function lookup(scope, name) {
    for (let s = scope; s; s = s.parent) {
        const table = s.names.get(name);
        if (table !== undefined)
            return table;
    }
    return undefined;
}
function addTable(scope, found, rel) {
    const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(rel);
    if (!table)
        return;
    // a CTE's name is no table of the database
    for (let s = scope; s; s = s.parent)
        if (!rel.schemaname && s.ctes.has(table))
            return;
    scope.tables.push(table);
    scope.names.set(table, table);
    if (rel.schemaname)
        scope.names.set(rel.relname, table);
    if (rel.alias?.aliasname)
        scope.names.set(rel.alias.aliasname, table);
    if (!found.tables.includes(table))
        found.tables.push(table);
}
function addColumn(found, table, column) {
    if (!found.columns.some((c) => c.table === table && c.column === column))
        found.columns.push({ table, column });
}
/** FROM items: tables (with aliases) into the scope; subqueries and join conditions walked. */
function fromItem(node, scope, found, later) {
    if (!isObject(node))
        return;
    if ('RangeVar' in node)
        addTable(scope, found, node.RangeVar);
    else if ('JoinExpr' in node && isObject(node.JoinExpr)) {
        fromItem(node.JoinExpr.larg, scope, found, later);
        fromItem(node.JoinExpr.rarg, scope, found, later);
        later.push(node.JoinExpr.quals);
    }
    else
        later.push(node);
}
function newScope(parent) {
    return { names: new Map(), tables: [], ctes: new Set(), ...(parent ? { parent } : {}) };
}
function walk(node, scope, found) {
    if (Array.isArray(node)) {
        for (const item of node)
            walk(item, scope, found);
        return;
    }
    if (!isObject(node))
        return;
    const n = node;
    if ('SelectStmt' in n || 'InsertStmt' in n || 'UpdateStmt' in n || 'DeleteStmt' in n) {
        statement(n, scope, found);
        return;
    }
    if ('ColumnRef' in n) {
        const parts = (n.ColumnRef.fields ?? []).map((f) => ('String' in f ? f.String.sval : undefined));
        const column = parts.at(-1);
        if (!column)
            return; // `*` or `t.*`
        const qualifier = parts.length > 1 ? parts.slice(0, -1).filter(Boolean).join('.') : undefined;
        const table = qualifier !== undefined
            ? (lookup(scope, qualifier) ?? lookup(scope, qualifier.replace(/^public\./, '')))
            : scope?.tables.length === 1
                ? scope.tables[0]
                : undefined;
        if (table)
            addColumn(found, table, column);
        return;
    }
    for (const value of Object.values(node))
        walk(value, scope, found);
}
function withClause(clause, scope, found) {
    if (!isObject(clause) || !Array.isArray(clause.ctes))
        return;
    for (const cte of clause.ctes) {
        if (!isObject(cte) || !isObject(cte.CommonTableExpr))
            continue;
        const name = cte.CommonTableExpr.ctename;
        if (typeof name === 'string')
            scope.ctes.add(name);
        walk(cte.CommonTableExpr.ctequery, scope, found);
    }
}
function statement(n, outer, found) {
    const scope = newScope(outer);
    const later = [];
    if ('SelectStmt' in n) {
        const { fromClause, withClause: w, larg, rarg, ...rest } = n.SelectStmt;
        withClause(w, scope, found);
        // UNION / INTERSECT / EXCEPT: each side is a query of its own
        if (larg)
            statement({ SelectStmt: larg }, scope, found);
        if (rarg)
            statement({ SelectStmt: rarg }, scope, found);
        for (const item of fromClause ?? [])
            fromItem(item, scope, found, later);
        walk(later, scope, found);
        walk(rest, scope, found);
    }
    else if ('InsertStmt' in n) {
        const { relation, cols, withClause: w, selectStmt, ...rest } = n.InsertStmt;
        withClause(w, scope, found);
        walk(selectStmt, scope, found);
        if (!relation)
            return;
        addTable(scope, found, relation);
        const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(relation);
        const provides = (cols ?? []).flatMap((c) => 'ResTarget' in c && c.ResTarget.name ? [c.ResTarget.name] : []);
        provides.forEach((c) => addColumn(found, table, c));
        if (provides.length)
            found.inserts.push({ table, provides });
        walk(rest, scope, found);
    }
    else if ('UpdateStmt' in n) {
        const { relation, targetList, fromClause, withClause: w, ...rest } = n.UpdateStmt;
        withClause(w, scope, found);
        if (relation)
            addTable(scope, found, relation);
        const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(relation);
        for (const t of targetList ?? [])
            if ('ResTarget' in t && t.ResTarget.name && table)
                addColumn(found, table, t.ResTarget.name);
        for (const item of fromClause ?? [])
            fromItem(item, scope, found, later);
        walk(later, scope, found);
        walk((targetList ?? []).map((t) => ('ResTarget' in t ? t.ResTarget.val : undefined)), scope, found);
        walk(rest, scope, found);
    }
    else if ('DeleteStmt' in n) {
        const { relation, usingClause, withClause: w, ...rest } = n.DeleteStmt;
        withClause(w, scope, found);
        if (relation)
            addTable(scope, found, relation);
        for (const item of usingClause ?? [])
            fromItem(item, scope, found, later);
        walk(later, scope, found);
        walk(rest, scope, found);
    }
}


/***/ }),

/***/ 4843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ sqlUsages),
/* harmony export */   iA: () => (/* binding */ sqlName),
/* harmony export */   so: () => (/* binding */ scanSqlStrings),
/* harmony export */   vp: () => (/* binding */ postgrestColumns)
/* harmony export */ });
/* harmony import */ var _sql_in_code_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8105);
/* harmony import */ var _ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3168);


/**
 * Best effort: tables and columns named by SQL in string literals (`select a, b from t`, `insert into
 * t (a, b)`, `update t set a = …`, `delete from t`) and by supabase-js calls (`.from('t').select('a, b')`,
 * `.insert({ a, b })`, `.eq('a', …)`). Low confidence: their findings are warnings.
 */
const IDENT = String.raw `(?:"[^"]+"|[A-Za-z_][\w$]*)`;
const QUALIFIED = String.raw `${IDENT}(?:\s*\.\s*${IDENT})?`;
const LOOKS_LIKE_SQL = /\b(?:select\b[\s\S]+?\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/i;
const NOT_ALIAS = new Set([
    'on',
    'using',
    'left',
    'right',
    'inner',
    'outer',
    'full',
    'cross',
    'join',
    'natural',
    'where',
    'lateral',
    'group',
    'order',
    'limit',
    'set',
    'returning',
    'values',
    'as',
]);
/** `"User"` → `User`, `Notes` → `notes`, `public.notes` → `notes`: the parser's canonical names. */
function sqlName(text) {
    const parts = text
        .split(/\s*\.\s*(?=(?:"|[A-Za-z_]))/)
        .map((p) => (p.startsWith('"') ? p.slice(1, -1) : p.toLowerCase()));
    if (parts.length > 1 && parts[0] === 'public')
        parts.shift();
    return parts.join('.');
}
const bareColumn = (item) => new RegExp(`^(?:(${IDENT})\\s*\\.\\s*)?(${IDENT})$`).exec(item.trim());
function splitSql(list) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of list) {
        if (ch === '(')
            depth += 1;
        if (ch === ')')
            depth -= 1;
        if (ch === ',' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts.map((p) => p.trim()).filter(Boolean);
}
const snippet = (sql) => {
    const one = sql.replace(/\s+/g, ' ').trim();
    return one.length > 48 ? `${one.slice(0, 45)}…` : one;
};
/**
 * Tables and columns a SQL string names, read with the Postgres parser (sql-in-code.ts). A template's
 * substitutions stand for values (`$1`, `$2`, …). Text that looks like SQL but does not parse is a
 * fragment the code joins with other strings (`'select a, b from ' + table`); no parser can read it, so
 * the words around its keywords are read instead, as evidence of use.
 */
function sqlUsages(sql, file, line) {
    const text = sql.split(_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HOLE */ .ax).join('?');
    if (!LOOKS_LIKE_SQL.test(text))
        return [];
    let hole = 0;
    const reading = (0,_sql_in_code_js__WEBPACK_IMPORTED_MODULE_0__/* .readSql */ .x)(sql.split(_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HOLE */ .ax).reduce((a, b) => `${a}$${++hole}${b}`));
    return reading ? parsedUsages(reading, text, file, line) : fragmentUsages(text, file, line);
}
function parsedUsages(reading, text, file, line) {
    const detail = `SQL "${snippet(text)}"`;
    const out = [];
    for (const s of reading.statements) {
        const start = s.offset + (/\S/.exec(text.slice(s.offset))?.index ?? 0);
        const at = line + (text.slice(0, start).match(/\n/g)?.length ?? 0);
        const base = { detail, file, line: at, source: 'sql' };
        for (const table of s.tables)
            out.push({ kind: 'reads', table, ...base });
        for (const c of s.columns)
            out.push({ kind: 'reads', table: c.table, column: c.column, ...base });
        for (const i of s.inserts)
            out.push({ kind: 'inserts-without', table: i.table, provides: i.provides, ...base });
    }
    return out;
}
/** Keyword-anchored reading of SQL fragments that do not parse on their own. */
function fragmentUsages(text, file, line) {
    const out = [];
    const detail = `SQL "${snippet(text)}"`;
    // the line of a match inside a multi-line string
    let at = line;
    const lineOf = (index) => line + (text.slice(0, index).match(/\n/g)?.length ?? 0);
    const read = (table, column) => out.push({ kind: 'reads', table, ...(column ? { column } : {}), detail, file, line: at, source: 'sql' });
    for (const m of text.matchAll(new RegExp(String.raw `\binsert\s+into\s+(${QUALIFIED})\s*\(([^)]*)\)`, 'gi'))) {
        at = lineOf(m.index);
        const table = sqlName(m[1]);
        const columns = splitSql(m[2]).map(sqlName);
        read(table);
        columns.forEach((c) => read(table, c));
        out.push({ kind: 'inserts-without', table, detail, file, line: at, source: 'sql', provides: columns });
    }
    for (const m of text.matchAll(new RegExp(String.raw `\bupdate\s+(?:only\s+)?(${QUALIFIED})(?:\s+(?:as\s+)?${IDENT})?\s+set\s+([\s\S]*?)(?=\bwhere\b|\breturning\b|\bfrom\b|$)`, 'gi'))) {
        at = lineOf(m.index);
        const table = sqlName(m[1]);
        read(table);
        for (const assignment of splitSql(m[2])) {
            const column = new RegExp(`^(${IDENT})\\s*=`).exec(assignment)?.[1];
            if (column)
                read(table, sqlName(column));
        }
    }
    for (const m of text.matchAll(new RegExp(String.raw `\bdelete\s+from\s+(?:only\s+)?(${QUALIFIED})`, 'gi'))) {
        at = lineOf(m.index);
        read(sqlName(m[1]));
    }
    const select = /\bselect\s+(?:distinct\s+)?([\s\S]+?)\s+from\s+([\s\S]*?)(?=\bwhere\b|\bgroup\s+by\b|\border\s+by\b|\blimit\b|\bhaving\b|\bunion\b|\breturning\b|\bfor\s+update\b|\)|;|$)/gi;
    for (const m of text.matchAll(select)) {
        at = lineOf(m.index);
        const aliases = new Map();
        const tables = [];
        const source = new RegExp(String.raw `(?:^|,|\bjoin\b)\s*(${QUALIFIED})(?:\s+(?:as\s+)?(${IDENT}))?`, 'gi');
        for (const t of m[2].matchAll(source)) {
            const table = sqlName(t[1]);
            if (NOT_ALIAS.has(table))
                continue;
            tables.push(table);
            aliases.set(table, table);
            if (t[2] && !NOT_ALIAS.has(t[2].toLowerCase()))
                aliases.set(sqlName(t[2]), table);
            read(table);
        }
        for (const item of splitSql(m[1])) {
            const plain = item.replace(new RegExp(`\\s+(?:as\\s+)?${IDENT}$`, 'i'), '');
            const c = bareColumn(plain) ?? bareColumn(item);
            if (!c || c[2] === '*')
                continue;
            const table = c[1] ? aliases.get(sqlName(c[1])) : tables.length === 1 ? tables[0] : undefined;
            if (table)
                read(table, sqlName(c[2]));
        }
    }
    return out;
}
const FILTERS = new Set([
    'eq',
    'neq',
    'gt',
    'gte',
    'lt',
    'lte',
    'like',
    'ilike',
    'is',
    'in',
    'contains',
    'containedBy',
    'order',
    'not',
    'filter',
    'textSearch',
]);
/** Columns of a PostgREST select string: `id, title, author:author_id, body::text` (embedded resources skipped). */
function postgrestColumns(select) {
    return splitSql(select).flatMap((item) => {
        if (item.includes('(') || item.startsWith('...'))
            return [];
        const column = (item.includes(':') && !item.includes('::') ? item.slice(item.indexOf(':') + 1) : item)
            .replace(/::.*$/, '')
            .replace(/->.*$/, '')
            .trim();
        return /^[A-Za-z_][\w$]*$/.test(column) ? [column] : [];
    });
}
/** `.from('notes').select('a, b').eq('c', x)` and `.insert({ a, b })` chains. */
function supabaseCalls(tokens, file) {
    const out = [];
    for (let i = 1; i + 4 < tokens.length; i++) {
        if (!(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i], '.') || !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdent */ .PP)(tokens[i + 1], 'from') || !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 2], '('))
            continue;
        const name = tokens[i + 3];
        if (!(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(name) || !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 4], ')') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdent */ .PP)(tokens[i - 1], 'storage'))
            continue;
        const table = name.value;
        const detail = `supabase-js .from("${table}")`;
        const read = (line, column) => out.push({ kind: 'reads', table, ...(column ? { column } : {}), detail, file, line, source: 'sql' });
        read(name.line);
        let j = i + 5;
        while ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[j], '.') && tokens[j + 1]?.kind === 'ident' && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[j + 2], '(')) {
            const method = tokens[j + 1].value;
            const close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, j + 2);
            const first = tokens[j + 3];
            if (method === 'select' && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(first))
                postgrestColumns(first.value).forEach((c) => read(first.line, c));
            else if (FILTERS.has(method) && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(first))
                read(first.line, first.value.replace(/^.*\./, ''));
            else if (method === 'insert' || method === 'upsert' || method === 'update') {
                const brace = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(first, '{')
                    ? j + 3
                    : (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(first, '[') && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[j + 4], '{')
                        ? j + 4
                        : -1;
                if (brace !== -1) {
                    const keys = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .splitTopLevel */ .EN)(tokens, brace + 1, (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, brace)).flatMap((member) => {
                        const key = member[0];
                        return key &&
                            (key.kind === 'ident' || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(key)) &&
                            (member.length === 1 || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(member[1], ':'))
                            ? [key.value]
                            : [];
                    });
                    keys.forEach((k) => read(tokens[j + 1].line, k));
                    if (method !== 'update') {
                        out.push({
                            kind: 'inserts-without',
                            table,
                            detail: `${detail}.${method}({ ${keys.join(', ')} })`,
                            file,
                            line: tokens[j + 1].line,
                            source: 'sql',
                            provides: keys,
                        });
                    }
                }
            }
            j = close + 1;
        }
    }
    return out;
}
/** Every SQL usage in one code file's tokens. */
function scanSqlStrings(tokens, file) {
    const out = [];
    for (const t of tokens) {
        if (t.kind === 'string' || t.kind === 'template')
            out.push(...sqlUsages(t.value, file, t.line));
    }
    out.push(...supabaseCalls(tokens, file));
    return out;
}


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseSupabaseTypes),
/* harmony export */   i: () => (/* binding */ supabaseExpectations)
/* harmony export */ });
/* harmony import */ var _declared_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(560);
/* harmony import */ var _ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3168);



/** Members of a type literal `{ a: T; b?: U }`; generated files separate them by line breaks without semicolons. */
function typeMembers(tokens, open) {
    const close = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, open);
    const members = [];
    let i = open + 1;
    const startsMember = (k) => {
        const t = tokens[k];
        if (!t || (t.kind !== 'ident' && !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$)(t)))
            return false;
        return (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[k + 1], ':') || ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[k + 1], '?') && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[k + 2], ':'));
    };
    while (i < close) {
        if (!startsMember(i)) {
            i += 1;
            continue;
        }
        const name = tokens[i];
        const optional = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 1], '?');
        let k = i + (optional ? 3 : 2);
        const value = [];
        while (k < close) {
            const t = tokens[k];
            if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, ';') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, ',')) {
                k += 1;
                break;
            }
            const last = value[value.length - 1];
            const continues = last && ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(last, '|') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(last, '&'));
            if (value.length && t.newline && !continues && !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '|') && !(0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '&') && startsMember(k))
                break;
            if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '{') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '[') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '(') || (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '<')) {
                const end = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(t, '<') ? angleClose(tokens, k) : (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingClose */ .ke)(tokens, k);
                value.push(...tokens.slice(k, end + 1));
                k = end + 1;
                continue;
            }
            value.push(t);
            k += 1;
        }
        members.push({ name: name.value, optional, line: name.line, value });
        i = k;
    }
    return members;
}
function angleClose(tokens, open) {
    let depth = 0;
    for (let k = open; k < tokens.length; k++) {
        if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[k], '<'))
            depth += 1;
        if ((0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[k], '>') && --depth === 0)
            return k;
    }
    return tokens.length - 1;
}
const objectOf = (m) => (m && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(m.value[0], '{') ? m.value : undefined);
const find = (members, name) => members.find((m) => m.name === name);
const typeText = (tokens) => tokens
    .map((t) => (t.kind === 'string' ? JSON.stringify(t.value) : t.value))
    .join(' ')
    .replace(/\s*\[\s*/g, '[')
    .replace(/\s*\]/g, ']');
function parseSupabaseTypes(text, file) {
    const tokens = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenize */ .qw)(text, file);
    const result = { file, tables: [], enums: [] };
    const start = tokens.findIndex((t, i) => t.kind === 'ident' &&
        t.value === 'Database' &&
        ((tokens[i - 1]?.value === 'type' && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 1], '=') && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 2], '{')) ||
            (tokens[i - 1]?.value === 'interface' && (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[i + 1], '{'))));
    if (start === -1)
        return result;
    const open = (0,_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isPunct */ .dl)(tokens[start + 1], '{') ? start + 1 : start + 2;
    for (const schema of typeMembers(tokens, open)) {
        const body = objectOf(schema);
        if (!body || schema.name.startsWith('__'))
            continue;
        const prefix = schema.name === 'public' ? '' : `${schema.name}.`;
        const sections = typeMembers(body, 0);
        for (const [section, kind] of [
            ['Tables', 'table'],
            ['Views', 'view'],
        ]) {
            const relations = objectOf(find(sections, section));
            for (const rel of relations ? typeMembers(relations, 0) : []) {
                const parts = objectOf(rel);
                if (!parts)
                    continue;
                const inner = typeMembers(parts, 0);
                const row = objectOf(find(inner, 'Row'));
                const insertMember = find(inner, 'Insert');
                const insert = objectOf(insertMember);
                const scalars = (tokens) => typeMembers(tokens, 0).map((m) => ({
                    name: m.name,
                    optional: m.optional,
                    type: typeText(m.value),
                    line: m.line,
                }));
                result.tables.push({
                    name: `${prefix}${rel.name}`,
                    kind,
                    line: rel.line,
                    row: row ? scalars(row) : [],
                    ...(insert ? { insert: scalars(insert), insertLine: insertMember.line } : {}),
                });
            }
        }
        const enums = objectOf(find(sections, 'Enums'));
        for (const e of enums ? typeMembers(enums, 0) : []) {
            result.enums.push({
                name: `${prefix}${e.name}`,
                line: e.line,
                values: e.value.filter(_ts_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiteral */ .c$).map((t) => t.value),
            });
        }
    }
    return result;
}
/** Expectations from generated types, kept only where the code names the table or column. */
function supabaseExpectations(types, usage) {
    const out = [];
    for (const t of types) {
        for (const table of t.tables) {
            const bare = table.name.slice(table.name.lastIndexOf('.') + 1);
            const tableUse = usage.firstUse(bare);
            if (!tableUse)
                continue;
            const typed = `${t.file}:${table.line}`;
            out.push({
                kind: 'reads',
                table: table.name,
                detail: `uses "${bare}" (typed in ${typed})`,
                ...tableUse,
                source: 'supabase-types',
            });
            for (const column of table.row) {
                const use = usage.firstUse(column.name);
                if (!use)
                    continue;
                const detail = `uses "${column.name}" of "${bare}" (Row type at ${t.file}:${column.line})`;
                const at = { table: table.name, column: column.name, ...use, source: 'supabase-types' };
                out.push({ kind: 'reads', detail, ...at });
                const declared = (0,_declared_types_js__WEBPACK_IMPORTED_MODULE_0__/* .supabaseDeclaredType */ .zn)(column.type);
                if (declared)
                    out.push({ kind: 'decodes-type', detail, declared, ...at });
            }
            if (table.insert && table.kind === 'table') {
                out.push({
                    kind: 'inserts-without',
                    table: table.name,
                    detail: `the generated Insert type of "${bare}" (${t.file}:${table.insertLine ?? table.line}) requires only ${table.insert
                        .filter((m) => !m.optional)
                        .map((m) => m.name)
                        .join(', ') || 'nothing'}`,
                    ...tableUse,
                    source: 'supabase-types',
                    provides: table.insert.filter((m) => !m.optional).map((m) => m.name),
                });
            }
        }
        for (const e of t.enums) {
            out.push({
                kind: 'knows-enum',
                table: e.name,
                detail: `enum ${e.name} of the generated types`,
                file: t.file,
                line: e.line,
                source: 'supabase-types',
                values: e.values,
            });
        }
    }
    return out;
}


/***/ })

};
