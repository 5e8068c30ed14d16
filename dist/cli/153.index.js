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
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6952);



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
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runners_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8911);


const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const parentDir = (path) => {
    const parts = path.split('/');
    return parts[parts.length - 2] ?? '';
};
function layout(spec) {
    const matchers = spec.globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_1___default()(g, { dot: false }));
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
        runner: _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .prismaRunner */ .ld,
        hasDown: false,
        version: (p) => up(parentDir(p)),
    }),
    layout({
        id: 'drizzle',
        name: 'Drizzle',
        globs: ['drizzle/*.sql', '**/drizzle/*.sql', 'drizzle/*/migration.sql', '**/drizzle/*/migration.sql'],
        runner: () => _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIZZLE_RUNNER */ .c9,
        hasDown: false,
        version: (p) => up(base(p) === 'migration.sql' ? parentDir(p) : base(p)),
    }),
    layout({
        id: 'supabase',
        name: 'Supabase',
        globs: ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'],
        runner: _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .supabaseRunner */ .$7,
        hasDown: false,
        version: (p) => up(base(p)),
    }),
    layout({
        id: 'flyway',
        name: 'Flyway',
        globs: ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'],
        runner: () => _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .FLYWAY_RUNNER */ .qw,
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
        runner: () => _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .GOLANG_MIGRATE_RUNNER */ .Qx,
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
        runner: () => _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAIN_RUNNER */ .kI,
        hasDown: false,
        version: (p) => up(base(p)),
    }),
];
/** dbmate shares plain's folders; its files are recognised by their `-- migrate:up` marker. */
const DBMATE_LAYOUT = {
    id: 'dbmate',
    name: 'dbmate',
    globs: ['db/migrations/*.sql', '**/db/migrations/*.sql', 'migrations/*.sql', '**/migrations/*.sql'],
    runner: () => _runners_js__WEBPACK_IMPORTED_MODULE_0__/* .DBMATE_RUNNER */ .hE,
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

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   qN: () => (/* binding */ columnKey),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   vB: () => (/* binding */ typeNameText)
/* harmony export */ });
/**
 * Canonical object names so `public.users`, `users` and `"users"` compare equal. The parser already
 * folds unquoted identifiers to lower case; the default schema `public` is dropped.
 */
function relationKey(rel) {
    if (!rel?.relname)
        return '';
    const schema = rel.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
    return `${schema}${rel.relname}`;
}
/** Qualified names given as a list of String nodes (DROP objects, type names). */
function qualifiedName(parts) {
    const names = (parts ?? []).map(stringValue).filter((s) => s !== undefined);
    if (names.length > 1 && names[0] === 'public')
        names.shift();
    return names.join('.');
}
function stringValue(node) {
    if (node && 'String' in node)
        return node.String.sval;
    return undefined;
}
function columnKey(table, column) {
    return `${table}.${column}`;
}
/** `pg_catalog.int4` → `int4`, `varchar(20)` keeps its modifiers as text for messages. */
function typeNameText(type) {
    if (!type)
        return '';
    const parts = (type.names ?? []).map(stringValue).filter((s) => s !== undefined);
    const name = parts[parts.length - 1] ?? '';
    const mods = (type.typmods ?? [])
        .map((m) => {
        if ('A_Const' in m)
            return m.A_Const.ival?.ival ?? 0;
        return undefined;
    })
        .filter((m) => m !== undefined);
    const array = type.arrayBounds?.length ? '[]' : '';
    return `${name}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ ensureParser),
  gB: () => (/* binding */ isDbmateFile),
  mo: () => (/* binding */ parseMigration)
});

// UNUSED EXPORTS: migrationSource, parseSource

;// CONCATENATED MODULE: ./src/gates/migrations/parse-cache.ts
/** Beyond this much SQL held, the cache starts again (a bound on memory for very long histories). */
const MAX_CACHED_CHARS = 64 * 1024 * 1024;
const cache = new Map();
let cachedChars = 0;
/** `parse(source)`, from the cache when the same SQL was parsed before. */
function cachedParse(source, parse, options = {}) {
    const known = cache.get(source);
    if (known)
        return known;
    const parsed = parse(source);
    if (options.cache === false)
        return parsed;
    if (cachedChars + source.length > MAX_CACHED_CHARS)
        clearParseCache();
    cache.set(source, parsed);
    cachedChars += source.length;
    return parsed;
}
/** Forget every cached parse (tests, and the memory bound). */
function clearParseCache() {
    cache.clear();
    cachedChars = 0;
}
/** How many SQL texts are cached (tests). */
function parseCacheSize() {
    return cache.size;
}

// EXTERNAL MODULE: ./src/gates/migrations/pg-parser.ts
var pg_parser = __webpack_require__(1531);
// EXTERNAL MODULE: ./src/gates/migrations/positions.ts
var migrations_positions = __webpack_require__(600);
;// CONCATENATED MODULE: ./src/gates/migrations/parse.ts



/** Load the WASM Postgres parser (it starts compiling when pg-parser.ts is imported). */
function ensureParser() {
    return (0,pg_parser/* loadParser */.qd)();
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
 * The same SQL is parsed once per process (parse-cache.ts): the lint, the history replay and the
 * fallback checks of one run share the statements, which nothing may modify.
 */
function parseMigration(file, rawText, section = file.direction, options = {}) {
    const { text, source, transactionDisabled } = migrationSource(file, rawText, section);
    const { statements, errors } = cachedParse(source, parseSource, options);
    return { file, text, statements, errors, transactionDisabled };
}
/** The statements of the SQL the parser sees, and where parts of it did not parse. */
function parseSource(source) {
    const positions = new migrations_positions/* SourcePositions */.k(source);
    const { raws, errors } = parseAll(source, positions);
    const statements = [];
    let inTransaction = false;
    for (const raw of raws) {
        const start = positions.skipTrivia(raw.start);
        const node = raw.stmt;
        const kind = Object.keys(node)[0] ?? 'Unknown';
        const begin = positions.at(start);
        const finish = positions.at(Math.max(start, raw.end - 1));
        // Key order as before, so that the statements serialise as they always have.
        statements.push({
            node,
            kind,
            text: positions.slice(start, raw.end).trim(),
            line: begin.line,
            column: begin.column,
            endLine: finish.line,
            inExplicitTransaction: inTransaction && kind !== 'TransactionStmt',
        });
        if ('TransactionStmt' in node) {
            const txKind = node.TransactionStmt.kind;
            if (txKind === 'TRANS_STMT_BEGIN' || txKind === 'TRANS_STMT_START')
                inTransaction = true;
            else if (txKind === 'TRANS_STMT_COMMIT' || txKind === 'TRANS_STMT_ROLLBACK')
                inTransaction = false;
        }
    }
    return { statements, errors };
}
function parseAll(source, positions) {
    let stmts;
    try {
        stmts = (0,pg_parser/* parseSql */.eg)(source).stmts ?? [];
    }
    catch (error) {
        return parseByChunks(source, positions, error);
    }
    return { raws: toRaw(stmts, 0, positions.byteLength), errors: [] };
}
function toRaw(stmts, offset, limit) {
    const raws = [];
    for (const { stmt, stmt_location, stmt_len } of stmts) {
        if (!stmt)
            continue;
        const start = offset + (stmt_location ?? 0);
        raws.push({ stmt, start, end: stmt_len ? start + stmt_len : limit });
    }
    return raws;
}
/** Split at top-level semicolons with the Postgres scanner, parse each piece, report the pieces that fail. */
function parseByChunks(source, positions, firstError) {
    let boundaries;
    try {
        boundaries = (0,pg_parser/* scanSql */.C4)(source)
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
        let stmts;
        try {
            stmts = (0,pg_parser/* parseSql */.eg)(chunk).stmts ?? [];
        }
        catch (error) {
            errors.push(failureAt(new migrations_positions/* SourcePositions */.k(chunk), chunkStart, error, positions));
        }
        if (stmts)
            raws.push(...toRaw(stmts, chunkStart, end));
        chunkStart = end;
    }
    if (errors.length === 0)
        errors.push(failureAt(positions, 0, firstError));
    return { raws, errors };
}
function failureAt(local, chunkStartByte, error, whole = local) {
    const message = error instanceof Error ? error.message : String(error);
    const cursor = error instanceof pg_parser/* PgSyntaxError */.dL ? error.cursorPosition : undefined;
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

/***/ 1531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ scanSql),
/* harmony export */   dL: () => (/* binding */ PgSyntaxError),
/* harmony export */   eg: () => (/* binding */ parseSql),
/* harmony export */   qd: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The Postgres parser: libpg_query compiled to WASM, through the libpg-query package's public API.
 * The module starts compiling when this file is imported; `loadParser()` waits for it once per process.
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
/** Resolves once the parser can be called. */
function loadParser() {
    return (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.loadModule)();
}
/**
 * Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. Empty text is no
 * statements (libpg-query refuses an empty string rather than parse it).
 */
function parseSql(sql) {
    if (sql === '')
        return { version: 0, stmts: [] };
    try {
        return (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.parseSync)(sql);
    }
    catch (error) {
        if (!(error instanceof libpg_query__WEBPACK_IMPORTED_MODULE_0__.SqlError))
            throw error;
        // libpg-query reports "no position" as 0, like a syntax error at the first character: either way
        // the error is placed at the first token.
        const cursor = error.sqlDetails?.cursorPosition;
        throw new PgSyntaxError(error.message, cursor ? cursor : undefined);
    }
}
/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
function scanSql(sql) {
    return sql === '' ? [] : ((0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.scanSync)(sql).tokens ?? []);
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


/***/ }),

/***/ 2380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ alterCommands),
/* harmony export */   DW: () => (/* binding */ dropTargetNames),
/* harmony export */   Dr: () => (/* binding */ typeModifiers),
/* harmony export */   E7: () => (/* binding */ nodeOf),
/* harmony export */   H: () => (/* binding */ isConcurrentReindex),
/* harmony export */   ZX: () => (/* binding */ typeBaseName),
/* harmony export */   _b: () => (/* binding */ indexBuildsOnExistingTable),
/* harmony export */   fF: () => (/* binding */ isTableAlter),
/* harmony export */   lF: () => (/* binding */ columnDefOf),
/* harmony export */   s1: () => (/* binding */ columnDefault),
/* harmony export */   sD: () => (/* binding */ isSerialType),
/* harmony export */   vY: () => (/* binding */ constraintOf),
/* harmony export */   zD: () => (/* binding */ columnConstraints),
/* harmony export */   zM: () => (/* binding */ findNodes)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8256);

/** Small accessors over the Postgres AST shared by rules (not a dumping ground: AST shape only). */
/**
 * The inside of a statement's node when it is of this kind (`{ CreatePolicyStmt: X }` → X), else
 * undefined.
 */
function nodeOf(statement, kind) {
    return statement.kind === kind ? statement.node[kind] : undefined;
}
const commandsByNode = new WeakMap();
/** The sub-commands of an ALTER TABLE; every rule asks, so the list is built once per statement. */
function alterCommands(node) {
    if (!('AlterTableStmt' in node))
        return [];
    let cmds = commandsByNode.get(node);
    if (!cmds) {
        cmds = (node.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
        commandsByNode.set(node, cmds);
    }
    return cmds;
}
function columnDefOf(cmd) {
    return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}
function constraintOf(node) {
    return node && 'Constraint' in node ? node.Constraint : undefined;
}
function columnConstraints(def) {
    return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}
/** ALTER TABLE … on a table (not an index, view or sequence). */
function isTableAlter(node) {
    return 'AlterTableStmt' in node && (node.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE';
}
/**
 * The targets of a DROP statement, each as its name parts for `qualifiedName` (`public.users` →
 * public, users; a trigger's table comes first and its own name last; a function's argument list is left out).
 */
function dropTargetNames(node) {
    if (!('DropStmt' in node))
        return [];
    return (node.DropStmt.objects ?? []).map((o) => {
        if ('List' in o)
            return o.List.items ?? [];
        if ('ObjectWithArgs' in o)
            return o.ObjectWithArgs.objname ?? [];
        if ('TypeName' in o)
            return o.TypeName.names ?? [];
        return [o];
    });
}
/** The last part of a type name (`pg_catalog.varchar` → `varchar`, `character varying` → `varchar`). */
function typeBaseName(type) {
    const last = type?.names?.[type.names.length - 1];
    return last && 'String' in last ? (last.String.sval ?? '') : '';
}
/** Integer type modifiers: `varchar(20)` → [20], `numeric(10,2)` → [10, 2], `text` → []. */
function typeModifiers(type) {
    return (type?.typmods ?? []).flatMap((m) => ('A_Const' in m ? [m.A_Const.ival?.ival ?? 0] : []));
}
const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
/** `serial`, `bigserial` and friends: an integer column filled from a new sequence. */
function isSerialType(type) {
    return ((type?.names?.length ?? 0) === 1 && SERIAL_TYPES.has(typeBaseName(type)) && !type?.arrayBounds?.length);
}
/** A column definition's DEFAULT expression; undefined when it has none or `DEFAULT NULL`. */
function columnDefault(def) {
    const expr = columnConstraints(def).find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
    if (!expr || ('A_Const' in expr && expr.A_Const.isnull))
        return undefined;
    return expr;
}
/** Every node of one kind inside a tree (an expression, a statement), depth-first. */
function findNodes(root, kind) {
    const found = [];
    const visit = (value) => {
        if (Array.isArray(value))
            return value.forEach(visit);
        if (!value || typeof value !== 'object')
            return;
        for (const [key, child] of Object.entries(value)) {
            if (key === kind)
                found.push(child);
            visit(child);
        }
    };
    visit(root);
    return found;
}
/** REINDEX … CONCURRENTLY (written as an option: `REINDEX (CONCURRENTLY) …` or `REINDEX TABLE CONCURRENTLY …`). */
function isConcurrentReindex(node) {
    if (!('ReindexStmt' in node))
        return false;
    return (node.ReindexStmt.params ?? []).some((p) => {
        if (!('DefElem' in p) || p.DefElem.defname !== 'concurrently')
            return false;
        const arg = p.DefElem.arg;
        const value = arg && 'String' in arg
            ? arg.String.sval
            : arg && 'Boolean' in arg
                ? String(arg.Boolean.boolval ?? false)
                : undefined;
        return value === undefined || !['false', 'off', '0'].includes(value.toLowerCase());
    });
}
/**
 * ADD CONSTRAINT … UNIQUE / PRIMARY KEY (without USING INDEX), or ADD COLUMN with one inline, on a
 * table that existed before the change: each builds its index under an ACCESS EXCLUSIVE lock.
 */
function indexBuildsOnExistingTable(node, state, contype) {
    if (!isTableAlter(node) || !('AlterTableStmt' in node))
        return [];
    const table = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(node.AlterTableStmt.relation);
    if (state.isNewTable(table))
        return [];
    const builds = (c) => c?.contype === contype && !c.indexname;
    return alterCommands(node).flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const c = constraintOf(cmd.def);
            if (!builds(c))
                return [];
            const columns = (c.keys ?? []).map((k) => `"${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(k)}"`).join(', ');
            return [{ via: 'constraint', table, constraint: c, columns }];
        }
        const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
        if (!def?.colname || !columnConstraints(def).some(builds))
            return [];
        return [{ via: 'column', table, column: def.colname }];
    });
}


/***/ }),

/***/ 8911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ supabaseRunner),
/* harmony export */   C0: () => (/* binding */ PRISMA_SPLITS_FROM),
/* harmony export */   G4: () => (/* binding */ SUPABASE_STANDALONE_FROM),
/* harmony export */   Qx: () => (/* binding */ GOLANG_MIGRATE_RUNNER),
/* harmony export */   bC: () => (/* binding */ SUPABASE_STANDALONE_DROP_INDEX_FROM),
/* harmony export */   be: () => (/* binding */ DBMATE_NO_TRANSACTION),
/* harmony export */   c9: () => (/* binding */ DRIZZLE_RUNNER),
/* harmony export */   hE: () => (/* binding */ DBMATE_RUNNER),
/* harmony export */   kI: () => (/* binding */ PLAIN_RUNNER),
/* harmony export */   ld: () => (/* binding */ prismaRunner),
/* harmony export */   qw: () => (/* binding */ FLYWAY_RUNNER)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2380);


/** prisma-engines PR #5767 (engines 7.4.0-17.57b675f, first in Prisma 7.4.0) stopped sending the file as one query. */
const PRISMA_SPLITS_FROM = '7.4.0';
/** supabase/cli PR #5671 (v2.109.0) runs pipeline-incompatible statements outside the file's batch. */
const SUPABASE_STANDALONE_FROM = '2.109.0';
/** supabase/cli PR #6276 (merged 2026-08-19, after v2.111.0) added DROP INDEX CONCURRENTLY to that list. */
const SUPABASE_STANDALONE_DROP_INDEX_FROM = '2.112.0';
const atLeast = (version, from) => version !== undefined && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version) !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().gte(version, from);
function prismaRunner(config) {
    const version = config['prisma-version'];
    if (atLeast(version, PRISMA_SPLITS_FROM))
        return { label: `Prisma ${version}`, send: 'per-statement', transaction: 'none' };
    // Before 7.4.0 the schema engine sends migration.sql with one `simple_query(script)` call.
    const label = version ? `Prisma ${version}` : 'Prisma (version not found in a lockfile or package.json)';
    return { label, send: 'one-query', transaction: 'implicit' };
}
function supabaseRunner(config) {
    const version = config['supabase-version'];
    const label = version
        ? `Supabase CLI ${version}`
        : 'Supabase CLI (version not found in a lockfile or package.json)';
    // Every statement and the history insert go out as one pgconn pipeline batch: one implicit transaction.
    if (!atLeast(version, SUPABASE_STANDALONE_FROM))
        return { label, send: 'per-statement', transaction: 'per-file' };
    const dropIndex = atLeast(version, SUPABASE_STANDALONE_DROP_INDEX_FROM);
    return {
        label,
        send: 'per-statement',
        transaction: 'per-file-standalone',
        standalone: (s) => supabaseRunsAlone(s, dropIndex),
    };
}
/** The CLI's pattern list: CREATE [UNIQUE] INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, VACUUM, ALTER SYSTEM, CLUSTER. */
function supabaseRunsAlone(statement, dropIndex) {
    switch (statement.kind) {
        case 'VacuumStmt':
        case 'AlterSystemStmt':
        case 'ClusterStmt':
            return true;
        case 'IndexStmt':
            return Boolean(statement.node.IndexStmt?.concurrent);
        case 'ReindexStmt':
            return (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .isConcurrentReindex */ .H)(statement.node);
        case 'DropStmt':
            return (dropIndex && Boolean(statement.node.DropStmt?.concurrent));
        default:
            return false;
    }
}
/** drizzle-orm's migrator: every pending migration in one transaction, each breakpoint chunk one query. */
const DRIZZLE_RUNNER = { label: 'Drizzle', send: 'per-chunk', transaction: 'per-file' };
/** Flyway: a transaction per file unless its parser finds only non-transactional statements. */
const FLYWAY_RUNNER = { label: 'Flyway', send: 'per-statement', transaction: 'flyway' };
/** golang-migrate's postgres driver: the file as one Exec (lib/pq simple query) unless x-multi-statement. */
const GOLANG_MIGRATE_RUNNER = {
    label: 'golang-migrate',
    send: 'one-query',
    transaction: 'implicit',
};
/** dbmate: the section as one Exec inside BEGIN … COMMIT; with transaction:false, the same Exec alone. */
const DBMATE_RUNNER = { label: 'dbmate', send: 'one-query', transaction: 'per-file' };
const DBMATE_NO_TRANSACTION = {
    label: 'dbmate',
    send: 'one-query',
    transaction: 'implicit',
};
/** psql -f and hand-rolled runners: each statement on its own. */
const PLAIN_RUNNER = { label: 'plain SQL', send: 'per-statement', transaction: 'none' };


/***/ })

};
