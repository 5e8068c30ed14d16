import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 153;
export const ids = [153];
export const modules = {

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ discoverMigrations)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1775);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4136);



/**
 * Which of these paths are migrations, and of which layout. With `layout: auto` each path is
 * claimed by the most specific layout that matches; a configured layout applies to its own globs plus
 * the extra `paths` globs. `exclude` globs always win.
 */
async function discoverMigrations(paths, config, read) {
    const excluded = config.exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()(config.exclude) : () => false;
    const extra = config.paths.length ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()(config.paths) : () => false;
    const files = [];
    for (const path of paths) {
        if (!path.endsWith('.sql') || excluded(path))
            continue;
        const file = await classify(path, config, extra(path), read);
        if (file)
            files.push(file);
    }
    files.sort((a, b) => a.layout.localeCompare(b.layout) ||
        (0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(a.version, b.version) ||
        a.path.localeCompare(b.path));
    const counts = new Map();
    for (const f of files)
        counts.set(f.layout, (counts.get(f.layout) ?? 0) + 1);
    const layouts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    return { files, layouts };
}
async function classify(path, config, extraMatch, read) {
    const candidates = config.layout === 'auto' ? _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUTS */ .my : [(0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(config.layout)];
    for (const layout of candidates) {
        const match = layout.match(path);
        if (!match)
            continue;
        if (layout.id === 'plain' || layout.id === 'dbmate')
            return plainOrDbmate(path, config, read);
        return { path, layout: layout.id, ...match };
    }
    if (extraMatch) {
        // An extra glob from config: the configured layout, else whatever the file looks like.
        if (config.layout !== 'auto') {
            const layout = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(config.layout);
            const match = layout.match(path);
            return { path, layout: layout.id, ...(match ?? { direction: 'up', version: path }) };
        }
        return plainOrDbmate(path, config, read);
    }
    return undefined;
}
async function plainOrDbmate(path, config, read) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (config.layout === 'dbmate' || (config.layout === 'auto' && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isDbmateFile */ .gB)((await read(path)) ?? ''))) {
        return { path, layout: _layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .DBMATE_LAYOUT */ .TL.id, direction: 'up', version: name };
    }
    return { path, layout: 'plain', direction: 'up', version: name };
}


/***/ }),

/***/ 1775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ DBMATE_LAYOUT),
/* harmony export */   X_: () => (/* binding */ layoutById),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   my: () => (/* binding */ LAYOUTS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const parentDir = (path) => {
    const parts = path.split('/');
    return parts[parts.length - 2] ?? '';
};
function layout(spec) {
    const matchers = spec.globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()(g, { dot: false }));
    return {
        ...spec,
        match(path) {
            if (path.includes('node_modules/') || !matchers.some((m) => m(path)))
                return undefined;
            return spec.version(path);
        },
    };
}
const up = (version) => ({ direction: 'up', version });
/** Checked in this order: the first layout that claims a path owns it (most specific first). */
const LAYOUTS = [
    layout({
        id: 'prisma',
        name: 'Prisma',
        globs: ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql'],
        transaction: 'per-file',
        hasDown: false,
        version: (p) => up(parentDir(p)),
    }),
    layout({
        id: 'drizzle',
        name: 'Drizzle',
        globs: ['drizzle/*.sql', '**/drizzle/*.sql', 'drizzle/*/migration.sql', '**/drizzle/*/migration.sql'],
        transaction: 'per-file',
        hasDown: false,
        version: (p) => up(base(p) === 'migration.sql' ? parentDir(p) : base(p)),
    }),
    layout({
        id: 'supabase',
        name: 'Supabase',
        globs: ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'],
        transaction: 'per-file',
        hasDown: false,
        version: (p) => up(base(p)),
    }),
    layout({
        id: 'flyway',
        name: 'Flyway',
        globs: ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'],
        transaction: 'flyway',
        hasDown: true,
        version: (p) => {
            const m = /^([VU])([0-9][0-9._]*)__/.exec(base(p));
            if (!m)
                return undefined;
            return { direction: m[1] === 'U' ? 'down' : 'up', version: m[2].replace(/_/g, '.') };
        },
    }),
    layout({
        id: 'golang-migrate',
        name: 'golang-migrate',
        globs: ['**/*.up.sql', '**/*.down.sql', '*.up.sql', '*.down.sql'],
        transaction: 'implicit',
        hasDown: true,
        version: (p) => {
            const m = /^(.*)\.(up|down)\.sql$/.exec(base(p));
            return m ? { direction: m[2], version: m[1] } : undefined;
        },
    }),
    layout({
        id: 'plain',
        name: 'plain SQL',
        globs: ['migrations/*.sql', '**/migrations/*.sql', 'db/migrations/*.sql', '**/db/migrations/*.sql'],
        transaction: 'none',
        hasDown: false,
        version: (p) => up(base(p)),
    }),
];
/** dbmate shares plain's folders; its files are recognised by their `-- migrate:up` marker. */
const DBMATE_LAYOUT = {
    id: 'dbmate',
    name: 'dbmate',
    globs: ['db/migrations/*.sql', '**/db/migrations/*.sql', 'migrations/*.sql', '**/migrations/*.sql'],
    transaction: 'per-file',
    hasDown: true,
    match: (p) => up(base(p)),
};
function layoutById(id) {
    return id === 'dbmate' ? DBMATE_LAYOUT : LAYOUTS.find((l) => l.id === id);
}
/** Compare version keys: numbers inside compare as numbers (`V1.10` after `V1.9`). */
const numericCollator = new Intl.Collator('en', { numeric: true });
function compareVersions(a, b) {
    return numericCollator.compare(a, b);
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ ensureParser),
  gB: () => (/* binding */ isDbmateFile),
  mo: () => (/* binding */ parseMigration)
});

// UNUSED EXPORTS: migrationSource, parseStatementJson

// EXTERNAL MODULE: ./src/gates/migrations/pg-wasm.ts
var pg_wasm = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/gates/migrations/positions.ts
var migrations_positions = __webpack_require__(600);
;// CONCATENATED MODULE: ./src/gates/migrations/statement-json.ts
const SPAN = 4;
const STMTS = ',"stmts":[';
const STMT = '{"stmt":';
const NEXT_STMT = ',{"stmt":';
const LOCATION = ',"stmt_location":';
const LENGTH = ',"stmt_len":';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/**
 * Split libpg_query's JSON (`{"version":N,"stmts":[{"stmt":{Kind:{…}},"stmt_location":L,"stmt_len":N},…]}`)
 * into statement spans. Throws when the text is not of that shape: the parser's output format changed.
 *
 * `{"stmt":` marks each statement: `stmt` is a field of RawStmt alone, RawStmt appears only at the top of
 * a raw parse, and the text cannot occur inside a JSON string (whose quotes are all escaped). So the
 * statements are found with `indexOf`, and each one's tail (`,"stmt_location":L,"stmt_len":N}`) is read
 * backwards from where the next one starts, without scanning the node in between.
 */
function splitStatementJson(json) {
    const list = json.indexOf(STMTS);
    if (list < 0) {
        if (/^\{"version":\d+\}$/.test(json))
            return new Int32Array(0); // nothing but comments or blanks
        throw shapeError(json, 0);
    }
    const spans = [];
    let at = list + STMTS.length;
    if (at === json.length - 2 && json.endsWith(']}'))
        return new Int32Array(0);
    if (!json.startsWith(STMT, at))
        throw shapeError(json, at);
    for (;;) {
        const nodeStart = at + STMT.length;
        const next = json.indexOf(NEXT_STMT, nodeStart);
        // The element ends at its closing brace: before `,{"stmt":` or before the list's closing `]}`.
        const close = next < 0 ? json.length - 3 : next - 1;
        if (json.charCodeAt(close) !== CLOSE_BRACE)
            throw shapeError(json, close);
        const [length, beforeLength] = readTail(json, close, LENGTH);
        const [location, end] = readTail(json, beforeLength, LOCATION);
        if (json.charCodeAt(nodeStart) !== OPEN_BRACE || json.charCodeAt(end - 1) !== CLOSE_BRACE)
            throw shapeError(json, nodeStart);
        spans.push(nodeStart, end, location, length);
        if (next < 0)
            break;
        at = next + 1;
    }
    if (!json.endsWith(']}'))
        throw shapeError(json, json.length - 2);
    return Int32Array.from(spans);
}
/** libpg_query's JSON with its statements' spans. */
function statement_json_statementJson(json) {
    return { json, spans: splitStatementJson(json) };
}
/** The node type of the statement whose node starts at `nodeStart`: `{"AlterTableStmt":{…}}` → AlterTableStmt. */
function kindAt(json, nodeStart) {
    const end = json.indexOf('"', nodeStart + 2);
    return json.charCodeAt(nodeStart + 1) === QUOTE && end > 0 ? json.slice(nodeStart + 2, end) : 'Unknown';
}
/**
 * Read `,"key":123` ending just before `end`, backwards: [123, where it starts]. [0, end] when the text
 * before `end` is not that field (libpg_query leaves out a zero location or length).
 */
function readTail(json, end, key) {
    let digits = end;
    while (digits > 0 && isDigit(json.charCodeAt(digits - 1)))
        digits--;
    if (digits === end || !json.startsWith(key, digits - key.length))
        return [0, end];
    return [Number(json.slice(digits, end)), digits - key.length];
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function shapeError(json, at) {
    return new Error(`the Postgres parser's JSON is not in the expected shape at offset ${at} (near ${JSON.stringify(json.slice(at, at + 40))}); was libpg-query upgraded?`);
}
/**
 * A parsed statement whose AST is parsed from its JSON on first use: rules, SchemaState and
 * classification read `kind` first, so the AST of a statement none of them needs is never built.
 */
class JsonStatement {
    json;
    nodeStart;
    nodeEnd;
    kind;
    text;
    line;
    column;
    endLine;
    inExplicitTransaction;
    parsed;
    constructor(json, nodeStart, nodeEnd, kind, text, line, column, endLine, inExplicitTransaction) {
        this.json = json;
        this.nodeStart = nodeStart;
        this.nodeEnd = nodeEnd;
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.inExplicitTransaction = inExplicitTransaction;
    }
    get node() {
        return (this.parsed ??= JSON.parse(this.json.slice(this.nodeStart, this.nodeEnd)));
    }
    fields(names) {
        if (!this.parsed)
            return readFields(this.json, this.nodeStart, this.kind, names);
        const inner = this.parsed[this.kind] ?? {};
        const picked = {};
        for (const name of names)
            if (Object.hasOwn(inner, name))
                picked[name] = inner[name];
        return picked;
    }
    /** Plain data for JSON.stringify and test snapshots: the node, not the JSON it came from. */
    toJSON() {
        const { node, kind, text, line, column, endLine, inExplicitTransaction } = this;
        return { node, kind, text, line, column, endLine, inExplicitTransaction };
    }
}
/**
 * The named top-level fields of the node `{"<kind>":{…}}` that starts at `start`, parsed one by one; the
 * scan stops once all are found (the fields SchemaState wants come first in libpg_query's output).
 */
function readFields(json, start, kind, names) {
    const head = `{"${kind}":{`;
    if (!json.startsWith(head, start))
        throw shapeError(json, start);
    const found = {};
    let wanted = names.length;
    let at = start + head.length;
    while (wanted > 0 && json.charCodeAt(at) === QUOTE) {
        const keyEnd = json.indexOf('"', at + 1); // libpg_query's field names are plain identifiers
        if (keyEnd < 0 || json.charCodeAt(keyEnd + 1) !== COLON)
            throw shapeError(json, at);
        const key = json.slice(at + 1, keyEnd);
        const valueEnd = endOfValue(json, keyEnd + 2);
        if (names.includes(key)) {
            found[key] = JSON.parse(json.slice(keyEnd + 2, valueEnd));
            wanted--;
        }
        at = valueEnd;
        if (json.charCodeAt(at) === COMMA)
            at++;
        else if (json.charCodeAt(at) !== CLOSE_BRACE)
            throw shapeError(json, at);
    }
    return found;
}
/** Past-the-end offset of the JSON value that starts at `start`. */
function endOfValue(json, start) {
    const first = json.charCodeAt(start);
    if (first === QUOTE)
        return closingQuote(json, start) + 1;
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
        // A number, true, false or null: up to the next comma or closing brace.
        let i = start;
        while (i < json.length && json.charCodeAt(i) !== COMMA && json.charCodeAt(i) !== CLOSE_BRACE)
            i++;
        if (i === start)
            throw shapeError(json, start);
        return i;
    }
    let depth = 0;
    for (let i = start; i < json.length; i++) {
        const c = json.charCodeAt(i);
        if (c === QUOTE)
            i = closingQuote(json, i);
        else if (c === OPEN_BRACE || c === OPEN_BRACKET)
            depth++;
        else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0)
            return i + 1;
    }
    throw shapeError(json, start);
}
/** Offset of the quote that closes the string opening at `open` (a quote after an odd run of backslashes is escaped). */
function closingQuote(json, open) {
    let end = json.indexOf('"', open + 1);
    while (end > 0 && json.charCodeAt(end - 1) === BACKSLASH) {
        let slashes = 1;
        while (json.charCodeAt(end - 1 - slashes) === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            break;
        end = json.indexOf('"', end + 1);
    }
    if (end < 0)
        throw shapeError(json, open);
    return end;
}

;// CONCATENATED MODULE: ./src/gates/migrations/parse.ts



/** Load the WASM Postgres parser once per thread (it starts compiling when pg-wasm.ts is imported). */
function ensureParser() {
    return (0,pg_wasm/* loadParser */.qd)();
}
const DBMATE_UP = /^--\s*migrate:up\b(.*)$/m;
const DBMATE_DOWN = /^--\s*migrate:down\b.*$/m;
/** dbmate keeps up and down in one file, marked by `-- migrate:up` / `-- migrate:down`. */
function isDbmateFile(text) {
    return DBMATE_UP.test(text);
}
/** The SQL the parser sees for a migration: without a BOM; for dbmate, with the other section blanked. */
function migrationSource(file, rawText, section = file.direction) {
    const text = rawText.replace(/^\uFEFF/, '');
    if (file.layout === 'dbmate' && isDbmateFile(text)) {
        const blanked = blankOtherDbmateSection(text, section);
        return { text, source: blanked.text, transactionDisabled: blanked.transactionDisabled };
    }
    return { text, source: text, transactionDisabled: false };
}
/**
 * Parse one migration file with the real Postgres parser. Positions are exact (line/column of each
 * statement's first token). When the file does not parse, the statements around the error are still
 * returned, so one typo does not hide every other finding.
 *
 * `tree` is the parse of `migrationSource(…).source` when another thread already made it (parse-ahead.ts).
 * Each statement's AST is parsed from the parser's JSON when first read (statement-json.ts).
 */
function parseMigration(file, rawText, section = file.direction, tree) {
    const { text, source, transactionDisabled } = migrationSource(file, rawText, section);
    const positions = new migrations_positions/* SourcePositions */.k(source);
    const { raws, errors } = tree
        ? { raws: toRaw(tree, 0, positions.byteLength), errors: [] }
        : parseAll(source, positions);
    const statements = [];
    let inTransaction = false;
    for (const raw of raws) {
        const start = positions.skipTrivia(raw.start);
        const end = raw.end;
        const kind = kindAt(raw.json, raw.nodeStart);
        const begin = positions.at(start);
        const finish = positions.at(Math.max(start, end - 1));
        const statement = new JsonStatement(raw.json, raw.nodeStart, raw.nodeEnd, kind, positions.slice(start, end).trim(), begin.line, begin.column, finish.line, inTransaction && kind !== 'TransactionStmt');
        if (kind === 'TransactionStmt') {
            const txKind = statement.node.TransactionStmt.kind;
            if (txKind === 'TRANS_STMT_BEGIN' || txKind === 'TRANS_STMT_START')
                inTransaction = true;
            else if (txKind === 'TRANS_STMT_COMMIT' || txKind === 'TRANS_STMT_ROLLBACK')
                inTransaction = false;
        }
        statements.push(statement);
    }
    return { file, text, statements, errors, transactionDisabled };
}
/** The parse of `sql` as JSON text split per statement; throws PgSyntaxError when Postgres rejects it. */
function parseStatementJson(sql) {
    return statementJson(parseSqlToJson(sql));
}
function parseAll(source, positions) {
    let json;
    try {
        json = (0,pg_wasm/* parseSqlToJson */.$C)(source);
    }
    catch (error) {
        return parseByChunks(source, positions, error);
    }
    return { raws: toRaw(statement_json_statementJson(json), 0, positions.byteLength), errors: [] };
}
function toRaw({ json, spans }, offset, limit) {
    const raws = [];
    for (let i = 0; i < spans.length; i += SPAN) {
        const start = offset + spans[i + 2];
        const length = spans[i + 3];
        raws.push({
            json,
            nodeStart: spans[i],
            nodeEnd: spans[i + 1],
            start,
            end: length ? start + length : limit,
        });
    }
    return raws;
}
/** Split at top-level semicolons with the Postgres scanner, parse each piece, report the pieces that fail. */
function parseByChunks(source, positions, firstError) {
    let boundaries;
    try {
        boundaries = (0,pg_wasm/* scanSql */.C4)(source)
            .filter((t) => t.text === ';')
            .map((t) => t.end);
    }
    catch {
        return { raws: [], errors: [failureAt(positions, 0, firstError)] };
    }
    const raws = [];
    const errors = [];
    let chunkStart = 0;
    for (const end of [...boundaries, positions.byteLength]) {
        if (end <= chunkStart)
            continue;
        const chunk = positions.slice(chunkStart, end);
        if (chunk.trim() === '' || positions.skipTrivia(chunkStart) >= end) {
            chunkStart = end;
            continue;
        }
        let json;
        try {
            json = (0,pg_wasm/* parseSqlToJson */.$C)(chunk);
        }
        catch (error) {
            errors.push(failureAt(new migrations_positions/* SourcePositions */.k(chunk), chunkStart, error, positions));
        }
        if (json !== undefined)
            raws.push(...toRaw(statement_json_statementJson(json), chunkStart, end));
        chunkStart = end;
    }
    if (errors.length === 0)
        errors.push(failureAt(positions, 0, firstError));
    return { raws, errors };
}
function failureAt(local, chunkStartByte, error, whole = local) {
    const message = error instanceof Error ? error.message : String(error);
    const cursor = error instanceof pg_wasm/* PgSyntaxError */.dL ? error.cursorPosition : undefined;
    const byte = cursor !== undefined && cursor >= 0
        ? chunkStartByte + local.byteOfCharIndex(cursor)
        : chunkStartByte + local.skipTrivia(0);
    const { line, column } = whole.at(byte);
    return { message, line, column };
}
/** Replace the other dbmate section with spaces (keeping newlines) so byte positions stay true. */
function blankOtherDbmateSection(text, keep) {
    const up = DBMATE_UP.exec(text);
    const down = DBMATE_DOWN.exec(text);
    const upStart = up ? up.index : 0;
    const downStart = down ? down.index : text.length;
    const transactionDisabled = keep === 'up'
        ? /transaction\s*:\s*false/.test(up?.[1] ?? '')
        : /transaction\s*:\s*false/.test(down?.[0] ?? '');
    const blank = (s) => s.replace(/[^\n]/g, ' ');
    if (keep === 'up') {
        return {
            text: blank(text.slice(0, upStart)) + text.slice(upStart, downStart) + blank(text.slice(downStart)),
            transactionDisabled,
        };
    }
    return { text: blank(text.slice(0, downStart)) + text.slice(downStart), transactionDisabled };
}


/***/ }),

/***/ 1516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ parseSqlToJson),
/* harmony export */   C4: () => (/* binding */ scanSql),
/* harmony export */   dL: () => (/* binding */ PgSyntaxError),
/* harmony export */   eg: () => (/* binding */ parseSql),
/* harmony export */   qd: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3995);
/* harmony import */ var libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The Postgres parser (libpg_query compiled to WASM, from the libpg-query package), called directly.
 *
 * libpg-query's own `parseSync` copies strings in and out of WASM memory with byte-at-a-time JavaScript
 * loops. On 2,000 migrations that was ~80 ms of ~1.5 s; `TextEncoder.encodeInto`, `indexOf(0)` and
 * `TextDecoder` do the same work natively. The parse itself (the C parser and its JSON output) is the same
 * code, in the same module.
 */

/** A statement the parser rejects: Postgres's message and where it stopped. */
class PgSyntaxError extends Error {
    /** 0-based character index into the parsed text, when Postgres reported one. */
    cursorPosition;
    constructor(message, cursorPosition) {
        super(message);
        this.name = 'PgSyntaxError';
        this.cursorPosition = cursorPosition;
    }
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let wasm;
// Compiling starts on import, so it overlaps whatever else the process loads first.
const loading = libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0___default()().then((m) => {
    wasm = m;
});
/** Resolves once the parser can be called; the module is compiled once per thread. */
function loadParser() {
    return loading;
}
function loaded() {
    if (!wasm)
        throw new Error('the Postgres parser is not loaded yet: await loadParser() first');
    return wasm;
}
/** Copy `text` into WASM memory as NUL-terminated UTF-8; the caller frees the pointer. */
function toWasm(m, text) {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const capacity = text.length * 3 + 1;
    const ptr = m._malloc(capacity);
    if (!ptr)
        throw new Error(`the Postgres parser is out of memory (${capacity} bytes asked)`);
    const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(ptr, ptr + capacity - 1));
    m.HEAPU8[ptr + written] = 0;
    return ptr;
}
/** Read a NUL-terminated UTF-8 string out of WASM memory. */
function fromWasm(m, ptr) {
    const heap = m.HEAPU8; // read after the call: the memory may have grown and replaced the view
    const end = heap.indexOf(0, ptr);
    return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}
/** Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. */
function parseSql(sql) {
    return JSON.parse(parseSqlToJson(sql));
}
/** `parseSql` as libpg_query's JSON text, which can be sent to another thread as it is. */
function parseSqlToJson(sql) {
    return withSql(sql, (m, query) => m._wasm_parse_query_raw(query), (m, result) => {
        // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
        const tree = m.HEAPU32[result >> 2];
        const error = m.HEAPU32[(result + 8) >> 2];
        if (error) {
            // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; ... }
            const messagePtr = m.HEAPU32[error >> 2];
            const cursor = m.HEAPU32[(error + 16) >> 2];
            throw new PgSyntaxError(messagePtr ? fromWasm(m, messagePtr) : 'syntax error', cursor > 0 ? cursor - 1 : undefined);
        }
        if (!tree)
            throw new Error('the Postgres parser returned no parse tree');
        return fromWasm(m, tree);
    }, (m, result) => m._wasm_free_parse_result(result));
}
/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
function scanSql(sql) {
    return withSql(sql, (m, query) => m._wasm_scan(query), (m, result) => {
        const text = fromWasm(m, result);
        if (!text.startsWith('{'))
            throw new PgSyntaxError(text, undefined);
        return JSON.parse(text).tokens ?? [];
    }, (m, result) => m._wasm_free_string(result));
}
/** Copy `sql` in, call the parser, read its result, and free both, whatever happens. */
function withSql(sql, call, read, free) {
    const m = loaded();
    const query = toWasm(m, sql);
    let result = 0;
    try {
        result = call(m, query);
        if (!result)
            throw new Error('the Postgres parser is out of memory');
        return read(m, result);
    }
    finally {
        m._free(query);
        if (result)
            free(m, result);
    }
}


/***/ }),

/***/ 600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ SourcePositions)
/* harmony export */ });
/**
 * The Postgres parser reports statement positions as UTF-8 byte offsets; editors, GitHub and SARIF
 * want 1-based lines and columns in characters. This maps one to the other.
 *
 * Most migrations are ASCII, where a byte offset is a character offset: those are read straight from
 * the string, without encoding it to UTF-8 or decoding each statement's text back (on 2,000 files,
 * ~30 ms of the linting thread). Text with other characters goes through its UTF-8 bytes.
 */
class SourcePositions {
    text;
    /** Its UTF-8 bytes, when the text is not ASCII. */
    bytes;
    lineStarts = [0];
    byteLength;
    constructor(text) {
        this.text = text;
        this.byteLength = Buffer.byteLength(text, 'utf8');
        if (this.byteLength === text.length) {
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                this.lineStarts.push(i + 1);
            return;
        }
        const bytes = Buffer.from(text, 'utf8');
        for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1))
            this.lineStarts.push(i + 1);
        this.bytes = bytes;
    }
    /** The text between two byte offsets. */
    slice(startByte, endByte) {
        return this.bytes
            ? this.bytes.subarray(startByte, endByte).toString('utf8')
            : this.text.slice(startByte, endByte);
    }
    /** 1-based line and column (in code points) of a byte offset. */
    at(byteOffset) {
        const offset = Math.max(0, Math.min(byteOffset, this.byteLength));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const lineStart = this.lineStarts[lo];
        const column = this.bytes ? codePoints(this.bytes, lineStart, offset) : offset - lineStart;
        return { line: lo + 1, column: column + 1 };
    }
    /** Byte offset of a character (UTF-16 index) offset, as the parser's error cursor reports. */
    byteOfCharIndex(charIndex) {
        return Buffer.byteLength(this.text.slice(0, Math.max(0, charIndex)), 'utf8');
    }
    /** Skip whitespace and comments from a byte offset, so a position points at the statement's first token. */
    skipTrivia(byteOffset) {
        // Every byte this looks for is ASCII, and in UTF-8 no byte of another character is: on ASCII text
        // the string's char codes are its bytes.
        const { bytes, text, byteLength: end } = this;
        const b = bytes ? (i) => bytes[i] : (i) => text.charCodeAt(i);
        let i = byteOffset;
        while (i < end) {
            const c = b(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c)
                i++;
            else if (c === 0x2d && b(i + 1) === 0x2d) {
                while (i < end && b(i) !== 0x0a)
                    i++;
            }
            else if (c === 0x2f && b(i + 1) === 0x2a) {
                // Block comments nest in Postgres.
                let depth = 0;
                while (i < end) {
                    if (b(i) === 0x2f && b(i + 1) === 0x2a) {
                        depth++;
                        i += 2;
                    }
                    else if (b(i) === 0x2a && b(i + 1) === 0x2f) {
                        depth--;
                        i += 2;
                        if (depth === 0)
                            break;
                    }
                    else
                        i++;
                }
            }
            else
                break;
        }
        return i;
    }
}
/** The number of code points in a UTF-8 byte range: every byte that does not continue a sequence starts one. */
function codePoints(bytes, start, end) {
    let count = 0;
    for (let i = start; i < end; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            count++;
    return count;
}


/***/ })

};
