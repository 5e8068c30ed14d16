import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 764;
export const ids = [764];
export const modules = {

/***/ 8982:
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

/***/ 3135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pZ: () => (/* binding */ checkFallbackCompatibility),
  Tp: () => (/* binding */ findLiveRelease)
});

// UNUSED EXPORTS: fallbackReview

// EXTERNAL MODULE: ./src/gates/migrations/engine.ts + 42 modules
var engine = __webpack_require__(4539);
// EXTERNAL MODULE: ./src/release/schemes.ts
var schemes = __webpack_require__(1473);
// EXTERNAL MODULE: ./src/schema-model/model.ts
var schema_model_model = __webpack_require__(3482);
// EXTERNAL MODULE: ./src/schema-model/types.ts
var types = __webpack_require__(5414);
// EXTERNAL MODULE: ./src/compat/declared-types.ts
var declared_types = __webpack_require__(8982);
;// CONCATENATED MODULE: ./src/compat/expectation.ts
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

;// CONCATENATED MODULE: ./src/compat/compare.ts




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

// EXTERNAL MODULE: ./src/gates/migrations/names.ts
var names = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/compat/refine.ts


const droppedColumns = (node, { state }) => {
    if (!('AlterTableStmt' in node))
        return [];
    const table = (0,names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    return (node.AlterTableStmt.cmds ?? []).flatMap((c) => 'AlterTableCmd' in c &&
        c.AlterTableCmd.subtype === 'AT_DropColumn' &&
        c.AlterTableCmd.name &&
        !state.isNewColumn(table, c.AlterTableCmd.name)
        ? [{ table, column: c.AlterTableCmd.name }]
        : []);
};
const nullableColumns = (node, { state }) => {
    if (!('AlterTableStmt' in node))
        return [];
    const table = (0,names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    return (node.AlterTableStmt.cmds ?? []).flatMap((c) => 'AlterTableCmd' in c &&
        c.AlterTableCmd.subtype === 'AT_DropNotNull' &&
        c.AlterTableCmd.name &&
        !state.isNewColumn(table, c.AlterTableCmd.name)
        ? [{ table, column: c.AlterTableCmd.name }]
        : []);
};
const droppedTables = (node, { state }) => {
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE')
        return [];
    return (node.DropStmt.objects ?? [])
        .map((o) => (0,names/* qualifiedName */.OL)('List' in o ? o.List.items : [o]))
        .filter((table) => table && !state.isNewTable(table))
        .map((table) => ({ table }));
};
const renamedColumn = (node) => 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_COLUMN' && node.RenameStmt.subname
    ? [{ table: (0,names/* relationKey */.Yb)(node.RenameStmt.relation), column: node.RenameStmt.subname }]
    : [];
const renamedTable = (node) => 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE'
    ? [{ table: (0,names/* relationKey */.Yb)(node.RenameStmt.relation) }]
    : [];
/**
 * Contract rules whose whole concern is that the previous release still uses a table or column. Rules
 * that also warn about locks, rewrites or defaults (setting-not-null, changing-column-type,
 * ban-drop-default, drop-add-rename) keep their verdict: non-use does not make those safe.
 */
const OBJECTS_OF = {
    'ban-drop-column': droppedColumns,
    'ban-drop-table': droppedTables,
    'renaming-column': renamedColumn,
    'renaming-table': renamedTable,
    'ban-drop-not-null': nullableColumns,
};
const DELETES_DATA = new Set(['ban-drop-column', 'ban-drop-table']);
function describe(o) {
    return o.column === undefined ? `table "${o.table}"` : `column "${o.column}" of "${o.table}"`;
}
/**
 * Expand/contract done right: a contract statement on tables or columns the fallback release no longer
 * uses cannot break a rollback to it. Such a hit becomes a notice that says so (its class stays
 * `contract`); a hit on an object the release still uses is left as it is. Without a schema source of
 * the fallback release nothing changes.
 */
function refineContractHit(entry, ctx, evidence) {
    const objectsOf = OBJECTS_OF[entry.rule.id];
    if (!objectsOf || !evidence.sourceFiles.length || (entry.hit.class ?? entry.rule.class) !== 'contract')
        return entry;
    const objects = objectsOf(ctx.statement.node, ctx);
    if (!objects.length || objects.some((o) => usesObject(evidence.expectations, o.table, o.column)))
        return entry;
    const names = objects.map(describe).join(', ');
    const checked = evidence.sourceFiles.slice(0, 3).join(', ') + (evidence.sourceFiles.length > 3 ? ', …' : '');
    const data = DELETES_DATA.has(entry.rule.id)
        ? ' Its data is still deleted for good, so keep a recent backup if anyone might want it.'
        : '';
    return {
        rule: entry.rule,
        hit: {
            ...entry.hit,
            severity: 'notice',
            message: `Safe: ${evidence.release} no longer uses ${names} (expand/contract done right) — its schema source (${checked}) and code do not name it, so this cannot break a rollback to ${evidence.release}.${data}`,
            help: `Nothing to change. Without that evidence this would be: ${entry.hit.message}`,
        },
    };
}

;// CONCATENATED MODULE: ./src/compat/rules.ts
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

// EXTERNAL MODULE: ./src/compat/sources.ts + 5 modules
var compat_sources = __webpack_require__(4604);
// EXTERNAL MODULE: ./src/gates/migrations/rules/ast.ts
var ast = __webpack_require__(2380);
// EXTERNAL MODULE: ./src/gates/migrations/rules/changing-column-type.ts
var changing_column_type = __webpack_require__(7949);
;// CONCATENATED MODULE: ./src/compat/type-history.ts





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
function reviewTypeChanges(ruleHits, ctx, touches) {
    const reviewed = ruleHits.map((entry) => refineTypeChange(entry, ctx, touches));
    const { node } = ctx.statement;
    if (ctx.statement.kind !== 'AlterTableStmt' || !('AlterTableStmt' in node))
        return reviewed;
    const table = (0,names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    for (const cmd of (0,ast/* alterCommands */.$f)(node)) {
        if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name || ctx.state.isNewColumn(table, cmd.name))
            continue;
        const name = cmd.name;
        const judged = ruleHits.some(({ rule, hit }) => rule.id === changing_column_type/* changingColumnType */.s.id && hit.column?.table === table && hit.column.name === name);
        const retype = judged ? undefined : retypeAt(touches, table, name, ctx);
        if (!retype?.from || !retype.to || retype.from === retype.to || catalogOnly(retype.from, retype.to))
            continue;
        reviewed.push({ rule: changing_column_type/* changingColumnType */.s, hit: missedRewrite(table, name, retype.from, retype.to) });
    }
    return reviewed;
}
/** A `changing-column-type` hit refined by the type its column had before the statement. */
function refineTypeChange(entry, ctx, touches) {
    const column = entry.hit.column;
    if (entry.rule.id !== changing_column_type/* changingColumnType */.s.id || !column || column.anyTypeBefore)
        return entry;
    const retype = retypeAt(touches, column.table, column.name, ctx);
    if (!retype?.from || !retype.to)
        return entry;
    const { from, to } = retype;
    const where = `column "${column.name}" of "${column.table}"`;
    if (!(0,types/* onlyWidens */.FN)(from, to)) {
        return {
            rule: entry.rule,
            hit: { ...entry.hit, message: `${entry.hit.message} The migration history has ${where} as ${from}.` },
        };
    }
    return {
        rule: entry.rule,
        hit: {
            ...entry.hit,
            severity: 'notice',
            class: 'expand',
            message: `Safe: this only widens ${where} from ${from} to ${to} (its type in the migration history): Postgres changes the catalog without rewriting or scanning the table, and every value the previous release writes still fits.`,
            help: `Nothing to change. Without the history this would be: ${entry.hit.message}`,
        },
    };
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
function missedRewrite(table, column, from, to) {
    return {
        message: `Changing the type of column "${column}" of existing table "${table}" from ${from} (its type in the migration history) to ${to} rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
        help: `Add a new ${to} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
        column: { table, name: column },
    };
}

;// CONCATENATED MODULE: ./src/compat/fallback.ts








/**
 * The live release for the PR check: the newest release tag (under the tagging scheme) that is an
 * ancestor of the base, else the base itself. A small function on purpose: it is swapped for the
 * deployment ledger (src/github/ledger-read.ts) when that can say what production runs.
 */
async function findLiveRelease(git, base, tagging) {
    const tags = await git.listTags();
    const byName = new Map(tags.map((t) => [t.name, t]));
    const releases = (0,schemes/* releasesIn */.yI)((0,schemes/* schemeFromConfig */._6)(tagging), [...byName.keys()], tagging['allow-prerelease']);
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
    const sources = await (0,compat_sources/* readReleaseExpectations */.zR)((0,compat_sources/* gitTree */.$G)(input.git, input.fallbackRef), {
        ...(input.schemaSources ? { schemaSources: input.schemaSources } : {}),
    });
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
 * history (`touches`, type-history.ts), then add the compatibility hits made there.
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
        const contracts = ruleHits.map((entry) => refineContractHit(entry, ctx, evidence));
        const refined = evidence.touches ? reviewTypeChanges(contracts, ctx, evidence.touches) : contracts;
        const key = (0,schema_model_model/* statementKey */.v7)({ file: ctx.file.path, line: ctx.statement.line, column: ctx.statement.column });
        const extra = (byStatement.get(key) ?? []).map((hit) => ({
            rule: COMPAT_RULES[hit.rule],
            hit: { message: hit.message, help: hit.help, severity: hit.severity, class: hit.class },
        }));
        return [...refined, ...extra];
    };
}


/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ readMigrationTree),
/* harmony export */   Uu: () => (/* binding */ replayHistory),
/* harmony export */   eH: () => (/* binding */ replayTree),
/* harmony export */   fI: () => (/* binding */ parseTreeFiles),
/* harmony export */   uQ: () => (/* binding */ sqlReader)
/* harmony export */ });
/* unused harmony export replayHistoryAt */
/* harmony import */ var _gates_migrations_discover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8153);
/* harmony import */ var _gates_migrations_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6952);
/* harmony import */ var _gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1602);
/* harmony import */ var _schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1255);
/* harmony import */ var _schema_model_replay_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1192);





/**
 * Replay a migration history in run order. Files already parsed (the change's own) are reused; files
 * that cannot be read or decoded are skipped (the migrations gate reports them).
 */
async function replayHistory(files, read, alreadyParsed = []) {
    await (0,_gates_migrations_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureParser */ ._U)();
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
            ordered.push((0,_gates_migrations_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMigration */ .mo)(file, text));
    }
    ordered.push(...parsed.values()); // explicit files outside the discovered layouts run last
    return (0,_schema_model_replay_js__WEBPACK_IMPORTED_MODULE_4__/* .replayMigrations */ .fM)(ordered);
}
/**
 * A read function over a tree that fetches all its SQL files at once when the tree can (one git process
 * instead of one per migration); other paths, and trees without batch reads, are read one by one.
 */
async function sqlReader(tree, paths) {
    const sql = paths.filter((p) => p.endsWith('.sql'));
    const prefetched = tree.readMany ? await tree.readMany(sql, _gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MIGRATION_BYTES */ .a5) : undefined;
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
    const blobs = await git.readBlobsByOid(sql, _gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MIGRATION_BYTES */ .a5);
    const sources = new Map();
    for (const [path, oid] of oids) {
        const blob = blobs.get(oid);
        if (!blob)
            continue;
        sources.set(path, 'bytes' in blob ? (0,_gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeSource */ .E4)(blob.bytes) : { problem: (0,_gates_migrations_read_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tooLargeProblem */ .zc)(blob.size) });
    }
    const text = (path) => {
        const source = sources.get(path);
        return source && 'text' in source ? source.text : undefined;
    };
    const discovery = await (0,_gates_migrations_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverMigrations */ .l)(entries.map((e) => e.path), config, async (path) => text(path));
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
 * added; unreadable ones are left out (the caller reports them).
 */
async function parseTreeFiles(tree, files, parsed) {
    if (files.some((f) => !parsed.has(f.path)))
        await (0,_gates_migrations_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureParser */ ._U)();
    for (const file of files) {
        if (parsed.has(file.path))
            continue;
        const source = tree.source(file.path);
        if (source && 'text' in source)
            parsed.set(file.path, (0,_gates_migrations_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMigration */ .mo)(file, source.text));
    }
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
    const key = (0,_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .replayCacheKey */ .LC)(readable.map((f) => ({
        path: f.path,
        layout: f.layout,
        direction: f.direction,
        oid: tree.oid(f.path), // every readable file came from a blob of the tree
    })));
    const cached = cache?.get(key);
    if (cached)
        return cached;
    await parseTreeFiles(tree, readable, parsed);
    const schema = (0,_schema_model_replay_js__WEBPACK_IMPORTED_MODULE_4__/* .replayMigrations */ .fM)(readable.flatMap((f) => parsed.get(f.path) ?? []));
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

/***/ 4604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $G: () => (/* binding */ gitTree),
  zR: () => (/* binding */ readReleaseExpectations)
});

// UNUSED EXPORTS: LIMITS, blobText, drizzleConfigGlobs

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/compat/declared-types.ts
var declared_types = __webpack_require__(8982);
;// CONCATENATED MODULE: ./src/compat/ts-scanner.ts
/**
 * A small tokenizer for TypeScript and JavaScript source: enough to find `pgTable(...)` calls, the
 * generated Supabase `Database` type and SQL in string literals, with line numbers. It is not a parser
 * (the TypeScript compiler is a dev dependency only): comments are skipped, strings and template
 * literals become one token each, regular expressions are skipped, everything else is an identifier,
 * a number or one punctuation character (`=>`, `...` and `?.` are kept together).
 */
/** Stands for a `${…}` substitution inside a template token's value. */
const TEMPLATE_HOLE = '\u0000';
const IDENT_START = /[A-Za-z_$]/;
const IDENT_PART = /[\w$]/;
/** After these, a `/` divides; after anything else it starts a regular expression. */
const VALUE_END_KEYWORDS = new Set(['this', 'super', 'null', 'true', 'false', 'undefined']);
const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
function tokenize(source) {
    return new Scanner(source).all();
}
class Scanner {
    src;
    pos = 0;
    line = 1;
    sawNewline = true;
    tokens = [];
    constructor(src) {
        this.src = src;
    }
    all() {
        this.scanUntil(undefined);
        return this.tokens;
    }
    /** Scan tokens until the end, or until the `}` that closes a template substitution (consumed). */
    scanUntil(closeBrace, out = this.tokens) {
        let depth = 0;
        const src = this.src;
        while (this.pos < src.length) {
            const ch = src[this.pos];
            if (ch === '\n') {
                this.line += 1;
                this.sawNewline = true;
                this.pos += 1;
            }
            else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
                this.pos += 1;
            }
            else if (ch === '/' && src[this.pos + 1] === '/') {
                while (this.pos < src.length && src[this.pos] !== '\n')
                    this.pos += 1;
            }
            else if (ch === '/' && src[this.pos + 1] === '*') {
                const end = src.indexOf('*/', this.pos + 2);
                const stop = end === -1 ? src.length : end + 2;
                this.countLines(this.pos, stop);
                this.pos = stop;
            }
            else if (ch === '"' || ch === "'") {
                const line = this.line;
                this.push(out, 'string', this.readString(ch), line);
            }
            else if (ch === '`') {
                const line = this.line;
                this.push(out, 'template', this.readTemplate(), line);
            }
            else if (IDENT_START.test(ch) || ch === '#') {
                const start = this.pos;
                this.pos += 1;
                while (this.pos < src.length && IDENT_PART.test(src[this.pos]))
                    this.pos += 1;
                this.push(out, 'ident', src.slice(start, this.pos));
            }
            else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[this.pos + 1] ?? ''))) {
                const start = this.pos;
                while (this.pos < src.length && /[\w.]/.test(src[this.pos]))
                    this.pos += 1;
                this.push(out, 'number', src.slice(start, this.pos));
            }
            else if (ch === '/' && this.regexAllowed(out)) {
                this.skipRegex();
            }
            else {
                if (closeBrace && ch === '{')
                    depth += 1;
                if (closeBrace && ch === '}') {
                    if (depth === 0) {
                        this.pos += 1;
                        return;
                    }
                    depth -= 1;
                }
                const three = src.slice(this.pos, this.pos + 3);
                const two = src.slice(this.pos, this.pos + 2);
                const text = three === '...' ? three : two === '=>' || two === '?.' ? two : ch;
                this.pos += text.length;
                this.push(out, 'punct', text);
            }
        }
    }
    push(out, kind, value, line = this.line) {
        out.push({ kind, value, line, newline: this.sawNewline });
        this.sawNewline = false;
    }
    countLines(from, to) {
        for (let i = from; i < to; i++)
            if (this.src[i] === '\n')
                this.line += 1;
    }
    /** A quoted string; an unterminated one ends at the line break (JSX text with an apostrophe must not swallow the file). */
    readString(quote) {
        let value = '';
        this.pos += 1;
        while (this.pos < this.src.length) {
            const ch = this.src[this.pos];
            if (ch === quote) {
                this.pos += 1;
                break;
            }
            if (ch === '\n')
                break;
            if (ch === '\\') {
                const next = this.src[this.pos + 1] ?? '';
                if (next === '\n')
                    this.line += 1;
                value += ESCAPES[next] ?? next;
                this.pos += 2;
                continue;
            }
            value += ch;
            this.pos += 1;
        }
        return value;
    }
    readTemplate() {
        let value = '';
        this.pos += 1;
        while (this.pos < this.src.length) {
            const ch = this.src[this.pos];
            if (ch === '`') {
                this.pos += 1;
                break;
            }
            if (ch === '\\') {
                const next = this.src[this.pos + 1] ?? '';
                if (next === '\n')
                    this.line += 1;
                value += ESCAPES[next] ?? next;
                this.pos += 2;
                continue;
            }
            if (ch === '$' && this.src[this.pos + 1] === '{') {
                this.pos += 2;
                const saved = this.sawNewline;
                this.scanUntil('template', []);
                this.sawNewline = saved;
                value += TEMPLATE_HOLE;
                continue;
            }
            if (ch === '\n')
                this.line += 1;
            value += ch;
            this.pos += 1;
        }
        return value;
    }
    regexAllowed(out) {
        const prev = out[out.length - 1];
        if (!prev)
            return true;
        if (prev.kind === 'number' || prev.kind === 'string' || prev.kind === 'template')
            return false;
        if (prev.kind === 'ident')
            return !VALUE_END_KEYWORDS.has(prev.value) && isKeyword(prev.value);
        return !(prev.value === ')' || prev.value === ']' || prev.value === '}');
    }
    skipRegex() {
        let inClass = false;
        this.pos += 1;
        while (this.pos < this.src.length) {
            const ch = this.src[this.pos];
            if (ch === '\n')
                return; // not a regex after all: leave the rest of the line to the tokenizer
            if (ch === '\\')
                this.pos += 2;
            else {
                if (ch === '[')
                    inClass = true;
                else if (ch === ']')
                    inClass = false;
                else if (ch === '/' && !inClass) {
                    this.pos += 1;
                    while (this.pos < this.src.length && /[a-z]/i.test(this.src[this.pos]))
                        this.pos += 1;
                    return;
                }
                this.pos += 1;
            }
        }
    }
}
const KEYWORDS = new Set([
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await',
    'export',
    'default',
    'extends',
]);
function isKeyword(word) {
    return KEYWORDS.has(word);
}
/** The index of the bracket that closes the one at `open` (`(`, `[` or `{`), or tokens.length when unbalanced. */
function matchingClose(tokens, open) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let i = open; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'punct')
            continue;
        const close = pairs[t.value];
        if (close)
            stack.push(close);
        else if (t.value === ')' || t.value === ']' || t.value === '}') {
            // tolerate a stray closer of another kind: pop until it matches
            while (stack.length && stack[stack.length - 1] !== t.value)
                stack.pop();
            stack.pop();
            if (!stack.length)
                return i;
        }
    }
    return tokens.length;
}
/** Split tokens[start, end) at top-level commas (brackets nest). */
function splitTopLevel(tokens, start, end, separator = ',') {
    const parts = [];
    let current = [];
    for (let i = start; i < end; i++) {
        const t = tokens[i];
        if (t.kind === 'punct' && (t.value === '(' || t.value === '[' || t.value === '{')) {
            const close = Math.min(matchingClose(tokens, i), end - 1);
            current.push(...tokens.slice(i, close + 1));
            i = close;
        }
        else if (t.kind === 'punct' && t.value === separator) {
            parts.push(current);
            current = [];
        }
        else
            current.push(t);
    }
    if (current.length)
        parts.push(current);
    return parts;
}
const isPunct = (t, value) => t?.kind === 'punct' && t.value === value;
const isIdent = (t, value) => t?.kind === 'ident' && (value === undefined || t.value === value);
/** A string literal, or a template without substitutions: a name written in code. */
const isLiteral = (t) => t?.kind === 'string' || (t?.kind === 'template' && !t.value.includes(TEMPLATE_HOLE));

;// CONCATENATED MODULE: ./src/compat/drizzle-schema.ts


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
        if ((isIdent(tokens[i], 'const') || isIdent(tokens[i], 'let')) &&
            tokens[i + 1].kind === 'ident' &&
            isPunct(tokens[i + 2], '=')) {
            found.set(tokens[i + 1].value, i + 3);
        }
    }
    return found;
}
function parseDrizzleSchema(text, file, options = {}) {
    const tokens = tokenize(text);
    const consts = constants(tokens);
    const schema = { file, tables: [], enums: [] };
    const schemaVars = new Map();
    const creators = new Map([['pgTable', TEMPLATE_HOLE]]);
    for (const [name, start] of consts) {
        if (isIdent(tokens[start], 'pgSchema') && isLiteral(tokens[start + 2]))
            schemaVars.set(name, tokens[start + 2].value);
        if (isIdent(tokens[start], 'pgTableCreator')) {
            const close = matchingClose(tokens, start + 1);
            const template = tokens.slice(start + 1, close).find((t) => t.kind === 'template');
            if (template)
                creators.set(name, template.value);
        }
    }
    const variableAt = (i) => isPunct(tokens[i - 1], '=') && tokens[i - 2]?.kind === 'ident' ? tokens[i - 2].value : undefined;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'ident')
            continue;
        // mySchema.table('x', …) / mySchema.enum('x', […])
        const viaSchema = schemaVars.get(t.value) !== undefined && isPunct(tokens[i + 1], '.') ? tokens[i + 2] : undefined;
        const callee = viaSchema ? viaSchema.value : t.value;
        const open = viaSchema ? i + 3 : i + 1;
        if (!isPunct(tokens[open], '(') || isPunct(tokens[i - 1], '.'))
            continue;
        const prefix = viaSchema ? `${schemaVars.get(t.value)}.` : '';
        const qualify = (name) => (prefix === 'public.' ? name : `${prefix}${name}`);
        const close = matchingClose(tokens, open);
        const args = splitTopLevel(tokens, open + 1, close);
        const name = args[0]?.[0];
        if ((callee === 'pgEnum' || (viaSchema && callee === 'enum')) && isLiteral(name)) {
            const variable = variableAt(i);
            schema.enums.push({
                name: qualify(name.value),
                ...(variable ? { variable } : {}),
                line: t.line,
                values: enumValues(tokens, args[1] ?? [], consts),
            });
        }
        else if ((creators.has(callee) && !viaSchema) || (viaSchema && callee === 'table')) {
            if (!isLiteral(name))
                continue;
            const tableName = viaSchema ? name.value : creators.get(callee).replace(TEMPLATE_HOLE, name.value);
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
        list = isPunct(tokens[start], '[') ? tokens.slice(start, matchingClose(tokens, start) + 1) : [];
    }
    return list.filter(isLiteral).map((t) => t.value);
}
/** The columns object: `{ … }`, or the arrow function returning it. Spreads of same-file constants are followed. */
function columnsOf(tokens, arg, consts, options, depth = 0) {
    // `{ … }` itself, or `(t) => ({ … })`: the first brace after the arrow
    const arrow = isPunct(arg[0], '{') ? -1 : arg.findIndex((t) => isPunct(t, '=>'));
    const brace = arrow === -1 ? (isPunct(arg[0], '{') ? 0 : -1) : arg.findIndex((t, k) => k > arrow && isPunct(t, '{'));
    if (brace === -1)
        return [];
    const close = matchingClose(arg, brace);
    const columns = [];
    for (const member of splitTopLevel(arg, brace + 1, close)) {
        if (isPunct(member[0], '...') && member[1]?.kind === 'ident' && depth < 3) {
            const start = consts.get(member[1].value);
            if (start !== undefined && isPunct(tokens[start], '{')) {
                columns.push(...columnsOf(tokens, tokens.slice(start, matchingClose(tokens, start) + 1), consts, options, depth + 1));
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
    if (!key || (key.kind !== 'ident' && !isLiteral(key)) || !isPunct(member[1], ':'))
        return undefined;
    const value = member.slice(2);
    const open = value.findIndex((t) => isPunct(t, '('));
    if (open < 1 || value[open - 1].kind !== 'ident')
        return undefined;
    const builder = value[open - 1].value;
    let close = matchingClose(value, open);
    const args = splitTopLevel(value, open + 1, close);
    const methods = [];
    while (isPunct(value[close + 1], '.') && value[close + 2]?.kind === 'ident') {
        let next = close + 3;
        if (isPunct(value[next], '<')) {
            let angle = 0;
            for (; next < value.length; next++) {
                if (isPunct(value[next], '<'))
                    angle += 1;
                if (isPunct(value[next], '>') && --angle === 0)
                    break;
            }
            next += 1;
        }
        if (!isPunct(value[next], '('))
            break;
        methods.push(value[close + 2].value);
        close = matchingClose(value, next);
    }
    const nameArg = args[0]?.[0];
    const keyName = key.value;
    const name = isLiteral(nameArg) && args[0].length === 1
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
                const declared = (0,declared_types/* drizzleDeclaredType */.vw)(c.builder, c.array, enumByVariable.get(c.builder)?.name);
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

;// CONCATENATED MODULE: ./src/compat/prisma-schema.ts

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
const prisma_schema_CLIENT_DEFAULT = /^(uuid|cuid|nanoid|ulid)\s*\(/;
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
                const declared = (0,declared_types/* prismaDeclaredType */.xn)(f.type, f.list, f.native, enums.get(f.type)?.dbName);
                if (declared)
                    out.push({ kind: 'decodes-type', detail, declared, ...at });
                if (model.kind === 'view')
                    continue;
                const clientFilled = f.updatedAt || (f.default !== undefined && prisma_schema_CLIENT_DEFAULT.test(f.default));
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

;// CONCATENATED MODULE: ./src/compat/sql-strings.ts

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
/** Tables and columns a SQL string names. */
function sqlUsages(sql, file, line) {
    const text = sql.split(TEMPLATE_HOLE).join('?');
    if (!LOOKS_LIKE_SQL.test(text))
        return [];
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
        if (!isPunct(tokens[i], '.') || !isIdent(tokens[i + 1], 'from') || !isPunct(tokens[i + 2], '('))
            continue;
        const name = tokens[i + 3];
        if (!isLiteral(name) || !isPunct(tokens[i + 4], ')') || isIdent(tokens[i - 1], 'storage'))
            continue;
        const table = name.value;
        const detail = `supabase-js .from("${table}")`;
        const read = (line, column) => out.push({ kind: 'reads', table, ...(column ? { column } : {}), detail, file, line, source: 'sql' });
        read(name.line);
        let j = i + 5;
        while (isPunct(tokens[j], '.') && tokens[j + 1]?.kind === 'ident' && isPunct(tokens[j + 2], '(')) {
            const method = tokens[j + 1].value;
            const close = matchingClose(tokens, j + 2);
            const first = tokens[j + 3];
            if (method === 'select' && isLiteral(first))
                postgrestColumns(first.value).forEach((c) => read(first.line, c));
            else if (FILTERS.has(method) && isLiteral(first))
                read(first.line, first.value.replace(/^.*\./, ''));
            else if (method === 'insert' || method === 'upsert' || method === 'update') {
                const brace = isPunct(first, '{')
                    ? j + 3
                    : isPunct(first, '[') && isPunct(tokens[j + 4], '{')
                        ? j + 4
                        : -1;
                if (brace !== -1) {
                    const keys = splitTopLevel(tokens, brace + 1, matchingClose(tokens, brace)).flatMap((member) => {
                        const key = member[0];
                        return key &&
                            (key.kind === 'ident' || isLiteral(key)) &&
                            (member.length === 1 || isPunct(member[1], ':'))
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

;// CONCATENATED MODULE: ./src/compat/supabase-types.ts



/** Members of a type literal `{ a: T; b?: U }`; generated files separate them by line breaks without semicolons. */
function typeMembers(tokens, open) {
    const close = matchingClose(tokens, open);
    const members = [];
    let i = open + 1;
    const startsMember = (k) => {
        const t = tokens[k];
        if (!t || (t.kind !== 'ident' && !isLiteral(t)))
            return false;
        return isPunct(tokens[k + 1], ':') || (isPunct(tokens[k + 1], '?') && isPunct(tokens[k + 2], ':'));
    };
    while (i < close) {
        if (!startsMember(i)) {
            i += 1;
            continue;
        }
        const name = tokens[i];
        const optional = isPunct(tokens[i + 1], '?');
        let k = i + (optional ? 3 : 2);
        const value = [];
        while (k < close) {
            const t = tokens[k];
            if (isPunct(t, ';') || isPunct(t, ',')) {
                k += 1;
                break;
            }
            const last = value[value.length - 1];
            const continues = last && (isPunct(last, '|') || isPunct(last, '&'));
            if (value.length && t.newline && !continues && !isPunct(t, '|') && !isPunct(t, '&') && startsMember(k))
                break;
            if (isPunct(t, '{') || isPunct(t, '[') || isPunct(t, '(') || isPunct(t, '<')) {
                const end = isPunct(t, '<') ? angleClose(tokens, k) : matchingClose(tokens, k);
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
        if (isPunct(tokens[k], '<'))
            depth += 1;
        if (isPunct(tokens[k], '>') && --depth === 0)
            return k;
    }
    return tokens.length - 1;
}
const objectOf = (m) => (m && isPunct(m.value[0], '{') ? m.value : undefined);
const find = (members, name) => members.find((m) => m.name === name);
const typeText = (tokens) => tokens
    .map((t) => (t.kind === 'string' ? JSON.stringify(t.value) : t.value))
    .join(' ')
    .replace(/\s*\[\s*/g, '[')
    .replace(/\s*\]/g, ']');
function parseSupabaseTypes(text, file) {
    const tokens = tokenize(text);
    const result = { file, tables: [], enums: [] };
    const start = tokens.findIndex((t, i) => t.kind === 'ident' &&
        t.value === 'Database' &&
        ((tokens[i - 1]?.value === 'type' && isPunct(tokens[i + 1], '=') && isPunct(tokens[i + 2], '{')) ||
            (tokens[i - 1]?.value === 'interface' && isPunct(tokens[i + 1], '{'))));
    if (start === -1)
        return result;
    const open = isPunct(tokens[start + 1], '{') ? start + 1 : start + 2;
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
                values: e.value.filter(isLiteral).map((t) => t.value),
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
                const declared = (0,declared_types/* supabaseDeclaredType */.zn)(column.type);
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

;// CONCATENATED MODULE: ./src/compat/sources.ts






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
const isSupabaseTypes = (text) => /\bTables\s*:/.test(text) && /\bRow\s*:/.test(text);
const isDrizzle = (text) => /\bpg(Table|Enum|Schema|TableCreator)\s*\(/.test(text);
/** `schema: './src/db/schema.ts'` (or a list, or a folder) in drizzle.config.*, as globs from the repository root. */
function drizzleConfigGlobs(configPath, text) {
    const dir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/') + 1) : '';
    const tokens = tokenize(text);
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
    const all = (await tree.list()).filter((p) => !IGNORED_DIRS.test(p)).sort();
    const result = {
        files: [],
        expectations: [],
        authoritative: false,
        codeFiles: 0,
        truncated: false,
        prisma: [],
        drizzle: [],
        supabase: [],
    };
    let candidates;
    let casing;
    if (options.schemaSources?.length) {
        const match = picomatch_default()([...options.schemaSources], { dot: true });
        candidates = all.filter((p) => match(p));
    }
    else {
        const globs = [...DEFAULT_GLOBS.prisma, ...DEFAULT_GLOBS.drizzle, ...DEFAULT_GLOBS.supabase];
        for (const config of (await readAll(tree, all.filter((p) => DRIZZLE_CONFIG.test(p)), LIMITS.schemaFileBytes)).files) {
            globs.push(...drizzleConfigGlobs(config.path, config.text));
            if (/casing\s*:\s*['"]snake_case['"]/.test(config.text))
                casing = 'snake_case';
        }
        const match = picomatch_default()(globs, { dot: true });
        candidates = all.filter((p) => match(p) && !NOT_SCHEMA_HOME.test(p));
    }
    for (const { path, text } of (await readAll(tree, candidates, LIMITS.schemaFileBytes)).files) {
        if (path.endsWith('.prisma')) {
            const schema = parsePrismaSchema(text, path);
            if (!schema.models.length && !schema.enums.length)
                continue;
            result.prisma.push(schema);
            result.files.push({ path, kind: 'prisma' });
        }
        else if (isSupabaseTypes(text)) {
            const types = parseSupabaseTypes(text, path);
            if (!types.tables.length)
                continue;
            result.supabase.push(types);
            result.files.push({ path, kind: 'supabase-types' });
        }
        else if (isDrizzle(text)) {
            const schema = parseDrizzleSchema(text, path, casing ? { casing } : {});
            if (!schema.tables.length && !schema.enums.length)
                continue;
            result.drizzle.push(schema);
            result.files.push({ path, kind: 'drizzle' });
        }
    }
    result.authoritative = result.files.length > 0;
    result.expectations.push(...prismaExpectations(result.prisma), ...drizzleExpectations(result.drizzle));
    const schemaPaths = new Set(result.files.map((f) => f.path));
    const code = all.filter((p) => CODE.test(p) && !NOT_APP_CODE.test(p) && !schemaPaths.has(p));
    const usage = new FirstUse();
    if (options.scanCode !== false) {
        const { files, stopped } = await readAll(tree, code.slice(0, LIMITS.codeFiles), LIMITS.codeFileBytes, LIMITS.codeBytes);
        result.truncated = stopped || code.length > LIMITS.codeFiles;
        result.codeFiles = files.length;
        for (const { path, text } of files) {
            const tokens = tokenize(text);
            usage.add(path, tokens);
            result.expectations.push(...scanSqlStrings(tokens, path));
        }
    }
    result.expectations.push(...supabaseExpectations(result.supabase, usage));
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

/***/ 7508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ primaryKeyColumns),
/* harmony export */   Ks: () => (/* binding */ isNullConstant),
/* harmony export */   Q_: () => (/* binding */ columnFromDef)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5414);

function constraintsOf(def) {
    return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}
/** `DEFAULT NULL` is no default at all. */
function isNullConstant(expr) {
    return !!expr && 'A_Const' in expr && expr.A_Const.isnull === true;
}
/** A column as CREATE TABLE or ADD COLUMN defines it, with its inline constraints applied. */
function columnFromDef(def) {
    const constraints = constraintsOf(def);
    const has = (type) => constraints.some((c) => c.contype === type);
    const serial = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isSerial */ .pY)(def.typeName);
    const defaultExpr = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
    const identity = has('CONSTR_IDENTITY');
    const generated = has('CONSTR_GENERATED');
    const column = {
        name: def.colname ?? '',
        type: (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeType */ .AZ)(def.typeName),
        notNull: serial || identity || has('CONSTR_NOTNULL') || has('CONSTR_PRIMARY'),
        hasDefault: serial || (!!defaultExpr && !isNullConstant(defaultExpr)),
    };
    if (identity)
        column.generated = 'identity';
    else if (generated)
        column.generated = 'stored';
    return column;
}
/** The column names of a table-level `PRIMARY KEY (a, b)` constraint: they become NOT NULL. */
function primaryKeyColumns(node) {
    if (!node || !('Constraint' in node) || node.Constraint.contype !== 'CONSTR_PRIMARY')
        return [];
    return (node.Constraint.keys ?? []).flatMap((k) => 'String' in k && k.String.sval ? [k.String.sval] : []);
}


/***/ }),

/***/ 3482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ emptyModel),
/* harmony export */   RB: () => (/* binding */ enumKey),
/* harmony export */   f: () => (/* binding */ isRemoval),
/* harmony export */   gx: () => (/* binding */ isRequired),
/* harmony export */   ih: () => (/* binding */ tableKey),
/* harmony export */   l9: () => (/* binding */ columnObjectKey),
/* harmony export */   v7: () => (/* binding */ statementKey)
/* harmony export */ });
/**
 * The database schema as the migration history leaves it: tables and their columns, enums and their
 * values. Names are canonical as in src/gates/migrations/names.ts (`public.` dropped, unquoted names
 * folded to lower case by the parser, quoted names kept as written).
 */
const tableKey = (table) => `table:${table}`;
const columnObjectKey = (table, column) => `column:${table}.${column}`;
const enumKey = (name) => `enum:${name}`;
function emptyModel() {
    return { tables: new Map(), enums: new Map() };
}
/** An INSERT that leaves the column out fails. */
function isRequired(column) {
    return !!column && column.notNull && !column.hasDefault && !column.generated;
}
function isRemoval(touch) {
    return touch?.kind === 'drop' || touch?.kind === 'rename-away';
}
function statementKey(at) {
    return `${at.file}:${at.line}:${at.column}`;
}


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ replayCacheKey),
/* harmony export */   oD: () => (/* binding */ openReplayCache)
/* harmony export */ });
/* unused harmony exports REPLAY_FORMAT, PARSER_VERSION, replayCacheDir, encodeEntry, decodeEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(121);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7508);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1192);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5414);








/** Bump when the replay (src/schema-model/replay.ts) or this format changes what it produces. */
const REPLAY_FORMAT = 1;
/** The Postgres parser the ASTs come from (package.json pins it; a test keeps the two equal). */
const PARSER_VERSION = 'libpg-query@18.1.5';
/** Entries larger than this are not read (a replayed schema of thousands of tables is far smaller). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/**
 * The replay's own code is part of the key too: an edit to it (in development, before REPLAY_FORMAT is
 * bumped) must never be answered by entries the old code wrote.
 */
let codeFingerprint;
function replayCode() {
    codeFingerprint ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([_replay_js__WEBPACK_IMPORTED_MODULE_5__/* .SchemaReplay */ .zF, _columns_js__WEBPACK_IMPORTED_MODULE_4__/* .columnFromDef */ .Q_, _types_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeType */ .AZ].map((f) => f.toString()).join('\0'))
        .digest('hex');
    return codeFingerprint;
}
function replayCacheKey(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(`${_core_tool_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_VERSION */ .wr}\0${PARSER_VERSION}\0${REPLAY_FORMAT}\0${replayCode()}\0`);
    for (const f of files)
        hash.update(`${f.path}\0${f.layout}\0${f.direction}\0${f.oid}\n`);
    return hash.digest('hex');
}
/** The cache folder for this environment, or undefined when caching is off or there is no home. */
function replayCacheDir(env = process.env) {
    if (/^(off|0|false|no)$/i.test(env.ROLLBACK_READY_CACHE ?? ''))
        return undefined;
    if (env.ROLLBACK_READY_CACHE_DIR)
        return env.ROLLBACK_READY_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.XDG_CACHE_HOME, 'rollback-ready');
    let home = env.HOME;
    if (!home) {
        try {
            home = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
        }
        catch {
            return undefined;
        }
    }
    return home ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cache', 'rollback-ready') : undefined;
}
function openReplayCache(env = process.env) {
    const root = replayCacheDir(env);
    return root ? new DiskReplayCache((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, `replay-v${REPLAY_FORMAT}`)) : undefined;
}
class DiskReplayCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get(key) {
        if (!/^[0-9a-f]{64}$/.test(key))
            return undefined;
        let text;
        try {
            const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, `${key}.json`));
            if (bytes.length > MAX_ENTRY_BYTES)
                return undefined;
            text = bytes.toString('utf8');
        }
        catch {
            return undefined; // not cached yet (or unreadable: rebuilt and rewritten)
        }
        return decodeEntry(text, key);
    }
    /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
    set(key, schema) {
        if (!/^[0-9a-f]{64}$/.test(key))
            return;
        const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, `.${key}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(this.dir, { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, encodeEntry(key, schema), { mode: 0o600 });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, `${key}.json`)); // atomic: a reader sees the old entry or the new one
        }
        catch {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        }
    }
}
function encodeEntry(key, schema) {
    const payload = JSON.stringify({
        // Map keys are written next to the values: a rename may leave a key that differs from the name.
        tables: [...schema.model.tables].map(([key, t]) => [
            key,
            { name: t.name, kind: t.kind, opaque: t.opaque, columns: [...t.columns] },
        ]),
        enums: [...schema.model.enums],
        touches: [...schema.touches],
        files: schema.files,
        statements: schema.statements,
    });
    return JSON.stringify({ key, sha256: sha256(payload), payload });
}
/** The entry's schema, or undefined for anything but a well-formed entry written under this key. */
function decodeEntry(text, key) {
    try {
        const entry = JSON.parse(text);
        if (entry.key !== key || typeof entry.payload !== 'string' || entry.sha256 !== sha256(entry.payload))
            return undefined;
        return readPayload(JSON.parse(entry.payload));
    }
    catch {
        return undefined;
    }
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
class Invalid extends Error {
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function str(v) {
    if (typeof v !== 'string')
        throw new Invalid();
    return v;
}
function nat(v) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        throw new Invalid();
    return v;
}
function list(v) {
    if (!Array.isArray(v))
        throw new Invalid();
    return v;
}
function obj(v) {
    if (!isObject(v))
        throw new Invalid();
    return v;
}
const TOUCH_KINDS = new Set([
    'create',
    'drop',
    'rename-away',
    'rename-to',
    'alter-type',
    'set-not-null',
    'drop-not-null',
    'set-default',
    'drop-default',
    'drop-identity',
    'add-value',
    'rename-value',
]);
/** Rebuild the schema field by field (only known fields, checked types): nothing else is carried over. */
function readPayload(raw) {
    const p = obj(raw);
    const tables = new Map();
    for (const pair of list(p.tables)) {
        const [tableKey, rawTable] = list(pair);
        const t = obj(rawTable);
        const kind = t.kind === 'view' ? 'view' : t.kind === 'table' ? 'table' : undefined;
        if (!kind || typeof t.opaque !== 'boolean')
            throw new Invalid();
        const columns = new Map();
        for (const columnPair of list(t.columns)) {
            const [columnKey, rawColumn] = list(columnPair);
            const c = obj(rawColumn);
            if (typeof c.notNull !== 'boolean' || typeof c.hasDefault !== 'boolean')
                throw new Invalid();
            if (c.generated !== undefined && c.generated !== 'identity' && c.generated !== 'stored')
                throw new Invalid();
            const column = {
                name: str(c.name),
                type: str(c.type),
                notNull: c.notNull,
                hasDefault: c.hasDefault,
            };
            if (c.generated)
                column.generated = c.generated;
            columns.set(str(columnKey), column);
        }
        tables.set(str(tableKey), { name: str(t.name), kind, opaque: t.opaque, columns });
    }
    const enums = new Map();
    for (const pair of list(p.enums)) {
        const [enumKey, rawEnum] = list(pair);
        const e = obj(rawEnum);
        enums.set(str(enumKey), { name: str(e.name), values: list(e.values).map(str) });
    }
    const touches = new Map();
    for (const pair of list(p.touches)) {
        const [key, entries] = list(pair);
        touches.set(str(key), list(entries).map(readTouch));
    }
    return { model: { tables, enums }, touches, files: nat(p.files), statements: nat(p.statements) };
}
function readTouch(raw) {
    const t = obj(raw);
    const at = obj(t.at);
    if (!TOUCH_KINDS.has(t.kind))
        throw new Invalid();
    const touch = {
        kind: t.kind,
        at: { file: str(at.file), line: nat(at.line), column: nat(at.column) },
    };
    if (t.from !== undefined)
        touch.from = str(t.from);
    if (t.to !== undefined)
        touch.to = str(t.to);
    if (t.madeRequired !== undefined) {
        if (typeof t.madeRequired !== 'boolean')
            throw new Invalid();
        touch.madeRequired = t.madeRequired;
    }
    return touch;
}


/***/ }),

/***/ 1192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fM: () => (/* binding */ replayMigrations),
/* harmony export */   vy: () => (/* binding */ touchesSchema),
/* harmony export */   zF: () => (/* binding */ SchemaReplay)
/* harmony export */ });
/* unused harmony export REPLAYED_KINDS */
/* harmony import */ var _gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8256);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7508);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3482);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5414);




const RELATION_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
const RELATION_RENAMES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
/** The statement kinds `SchemaReplay.apply` learns from; it counts every other statement and ignores it. */
const REPLAYED_KINDS = new Set([
    'CreateStmt',
    'CreateTableAsStmt',
    'ViewStmt',
    'AlterTableStmt',
    'RenameStmt',
    'AlterObjectSchemaStmt',
    'DropStmt',
    'CreateEnumStmt',
    'AlterEnumStmt',
]);
/**
 * Whether replaying these files can touch any object: a statement of a replayed kind, or a part that did
 * not parse (which might hold one).
 */
function touchesSchema(files) {
    return files.some((f) => f.errors.length > 0 || f.statements.some((s) => REPLAYED_KINDS.has(s.kind)));
}
/**
 * Replays migration statements, in the order they run, into a SchemaModel, and records which statement
 * created, dropped, renamed or tightened each object. Statements it does not model are ignored. Pure.
 */
class SchemaReplay {
    model = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyModel */ .$Q)();
    touches = new Map();
    files = 0;
    statements = 0;
    /** Replay every statement of a file (its up direction, as parsed). */
    applyFile(parsed) {
        this.files += 1;
        for (const s of parsed.statements)
            this.apply(s.node, { file: parsed.file.path, line: s.line, column: s.column });
    }
    apply(node, at) {
        this.statements += 1;
        if ('CreateStmt' in node)
            this.createTable(node.CreateStmt, at);
        else if ('CreateTableAsStmt' in node) {
            const s = node.CreateTableAsStmt;
            this.putRelation((0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.into?.rel), s.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', true, at, !!s.if_not_exists);
        }
        else if ('ViewStmt' in node)
            this.putRelation((0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(node.ViewStmt.view), 'view', true, at, false);
        else if ('AlterTableStmt' in node)
            this.alterTable(node.AlterTableStmt, at);
        else if ('RenameStmt' in node)
            this.rename(node.RenameStmt, at);
        else if ('AlterObjectSchemaStmt' in node) {
            const s = node.AlterObjectSchemaStmt;
            if (s.objectType === 'OBJECT_TABLE' && s.relation?.relname && s.newschema) {
                const to = s.newschema === 'public' ? s.relation.relname : `${s.newschema}.${s.relation.relname}`;
                this.renameRelation((0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.relation), to, at);
            }
        }
        else if ('DropStmt' in node)
            this.drop(node, at);
        else if ('CreateEnumStmt' in node) {
            const name = (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(node.CreateEnumStmt.typeName);
            const values = (node.CreateEnumStmt.vals ?? []).flatMap((v) => 'String' in v && v.String.sval !== undefined ? [v.String.sval] : []);
            this.model.enums.set(name, { name, values });
            this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .enumKey */ .RB)(name), { kind: 'create', at });
        }
        else if ('AlterEnumStmt' in node)
            this.alterEnum(node, at);
    }
    result() {
        return { model: this.model, touches: this.touches, files: this.files, statements: this.statements };
    }
    touch(key, touch) {
        const list = this.touches.get(key);
        if (list)
            list.push(touch);
        else
            this.touches.set(key, [touch]);
    }
    createTable(s, at) {
        const name = (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.relation);
        if (!name || (s.if_not_exists && this.model.tables.has(name)))
            return;
        const table = {
            name,
            kind: 'table',
            columns: new Map(),
            opaque: !!s.partbound || !!s.inhRelations?.length || !!s.ofTypename,
        };
        const primary = [];
        for (const element of s.tableElts ?? []) {
            if ('ColumnDef' in element) {
                const column = (0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .columnFromDef */ .Q_)(element.ColumnDef);
                if (column.name)
                    table.columns.set(column.name, column);
            }
            else if ('Constraint' in element)
                primary.push(...(0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .primaryKeyColumns */ .H)(element));
            else
                table.opaque = true; // LIKE other_table: columns not known here
        }
        for (const key of primary) {
            const column = table.columns.get(key);
            if (column)
                column.notNull = true;
        }
        this.model.tables.set(name, table);
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tableKey */ .ih)(name), { kind: 'create', at });
        for (const column of table.columns.values()) {
            this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(name, column.name), {
                kind: 'create',
                at,
                ...((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isRequired */ .gx)(column) ? { madeRequired: true } : {}),
            });
        }
    }
    putRelation(name, kind, opaque, at, ifNotExists) {
        if (!name || (ifNotExists && this.model.tables.has(name)))
            return;
        const existing = this.model.tables.get(name);
        // CREATE OR REPLACE VIEW keeps what was known about the relation
        if (!existing || existing.kind !== kind)
            this.model.tables.set(name, { name, kind, columns: new Map(), opaque });
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tableKey */ .ih)(name), { kind: 'create', at });
    }
    alterTable(s, at) {
        const objtype = s.objtype ?? 'OBJECT_TABLE';
        if (objtype !== 'OBJECT_TABLE' && objtype !== 'OBJECT_FOREIGN_TABLE')
            return;
        const name = (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(s.relation);
        if (!name)
            return;
        for (const cmd of s.cmds ?? []) {
            if ('AlterTableCmd' in cmd)
                this.alterColumn(name, cmd.AlterTableCmd, at);
        }
    }
    /** One ALTER TABLE sub-command. Columns of a table the history does not know are tracked by touches only. */
    alterColumn(tableName, c, at) {
        const table = this.model.tables.get(tableName);
        const known = table && !table.opaque;
        if (c.subtype === 'AT_AddColumn') {
            const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
            if (!def?.colname || (c.missing_ok && table?.columns.has(def.colname)))
                return;
            const column = (0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .columnFromDef */ .Q_)(def);
            table?.columns.set(column.name, column);
            this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(tableName, column.name), {
                kind: 'create',
                at,
                ...((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isRequired */ .gx)(column) ? { madeRequired: true } : {}),
            });
            return;
        }
        if (c.subtype === 'AT_AddConstraint') {
            for (const key of (0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .primaryKeyColumns */ .H)(c.def))
                this.changeColumn(tableName, key, 'set-not-null', at, (col) => (col.notNull = true));
            return;
        }
        const columnName = c.name;
        if (!columnName)
            return;
        switch (c.subtype) {
            case 'AT_DropColumn':
                if (c.missing_ok && known && !table.columns.has(columnName))
                    return;
                table?.columns.delete(columnName);
                this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(tableName, columnName), { kind: 'drop', at });
                return;
            case 'AT_SetNotNull':
                return this.changeColumn(tableName, columnName, 'set-not-null', at, (col) => (col.notNull = true));
            case 'AT_DropNotNull':
                return this.changeColumn(tableName, columnName, 'drop-not-null', at, (col) => (col.notNull = false));
            case 'AT_ColumnDefault': {
                const set = !!c.def && !(0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isNullConstant */ .Ks)(c.def);
                return this.changeColumn(tableName, columnName, set ? 'set-default' : 'drop-default', at, (col) => (col.hasDefault = set));
            }
            case 'AT_AlterColumnType': {
                const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
                const to = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeType */ .AZ)(def?.typeName);
                if (!to)
                    return;
                const from = table?.columns.get(columnName)?.type;
                return this.changeColumn(tableName, columnName, 'alter-type', at, (col) => (col.type = to), {
                    ...(from ? { from } : {}),
                    to,
                });
            }
            case 'AT_AddIdentity':
                return this.changeColumn(tableName, columnName, 'set-default', at, (col) => ((col.generated = 'identity'), (col.notNull = true)));
            case 'AT_DropIdentity':
            case 'AT_DropExpression':
                return this.changeColumn(tableName, columnName, 'drop-identity', at, (col) => delete col.generated);
        }
    }
    changeColumn(table, name, kind, at, change, extra = {}) {
        const column = this.model.tables.get(table)?.columns.get(name);
        const before = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isRequired */ .gx)(column);
        if (column)
            change(column);
        const madeRequired = !!column && !before && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isRequired */ .gx)(column);
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(table, name), {
            kind,
            at,
            ...extra,
            ...(madeRequired ? { madeRequired } : {}),
        });
    }
    rename(r, at) {
        if (!r.newname)
            return;
        if (RELATION_RENAMES.has(r.renameType ?? '')) {
            const schema = schemaPrefix(r.relation);
            this.renameRelation((0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(r.relation), `${schema}${r.newname}`, at);
        }
        else if (r.renameType === 'OBJECT_COLUMN' && r.subname) {
            this.renameColumn((0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .relationKey */ .Yb)(r.relation), r.subname, r.newname, at);
        }
        else if (r.renameType === 'OBJECT_TYPE' && r.object && 'List' in r.object) {
            const from = (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(r.object.List.items);
            const dot = from.lastIndexOf('.');
            this.renameEnum(from, dot === -1 ? r.newname : `${from.slice(0, dot)}.${r.newname}`, at);
        }
    }
    renameRelation(from, to, at) {
        if (!from || from === to)
            return;
        const table = this.model.tables.get(from);
        if (table) {
            this.model.tables.delete(from);
            this.model.tables.set(to, { ...table, name: to });
        }
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tableKey */ .ih)(from), { kind: 'rename-away', at, to });
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tableKey */ .ih)(to), { kind: 'rename-to', at, from });
    }
    renameColumn(tableName, from, to, at) {
        const table = this.model.tables.get(tableName);
        const column = table?.columns.get(from);
        if (table && column) {
            // keep definition order: rebuild the map with the new key in place
            table.columns = new Map([...table.columns].map(([k, v]) => (k === from ? [to, { ...v, name: to }] : [k, v])));
        }
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(tableName, from), { kind: 'rename-away', at, to });
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(tableName, to), { kind: 'rename-to', at, from });
    }
    renameEnum(from, to, at) {
        const e = this.model.enums.get(from);
        if (e) {
            this.model.enums.delete(from);
            this.model.enums.set(to, { ...e, name: to });
        }
        for (const table of this.model.tables.values()) {
            for (const column of table.columns.values()) {
                const { base, array } = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .splitType */ .Xq)(column.type);
                if (base === from)
                    column.type = `${to}${array ? '[]' : ''}`;
            }
        }
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .enumKey */ .RB)(from), { kind: 'rename-away', at, to });
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .enumKey */ .RB)(to), { kind: 'rename-to', at, from });
    }
    drop(node, at) {
        const s = node.DropStmt;
        const targets = (s.objects ?? []).map((o) => {
            if ('List' in o)
                return (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(o.List.items);
            if ('TypeName' in o)
                return (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(o.TypeName.names);
            return (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)([o]);
        });
        for (const name of targets.filter(Boolean)) {
            if (RELATION_DROPS.has(s.removeType ?? '')) {
                const table = this.model.tables.get(name);
                if (!table && s.missing_ok && this.touches.get((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tableKey */ .ih)(name))?.at(-1)?.kind === 'drop')
                    continue;
                this.model.tables.delete(name);
                this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tableKey */ .ih)(name), { kind: 'drop', at });
                for (const column of table?.columns.keys() ?? [])
                    this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .columnObjectKey */ .l9)(name, column), { kind: 'drop', at });
            }
            else if (s.removeType === 'OBJECT_TYPE' || s.removeType === 'OBJECT_DOMAIN') {
                if (!this.model.enums.delete(name) && s.missing_ok)
                    continue;
                this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .enumKey */ .RB)(name), { kind: 'drop', at });
            }
        }
    }
    alterEnum(node, at) {
        const s = node.AlterEnumStmt;
        const name = (0,_gates_migrations_names_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedName */ .OL)(s.typeName);
        if (!name || s.newVal === undefined)
            return;
        const e = this.model.enums.get(name);
        if (s.oldVal !== undefined) {
            if (e)
                e.values = e.values.map((v) => (v === s.oldVal ? s.newVal : v));
            this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .enumKey */ .RB)(name), { kind: 'rename-value', at, from: s.oldVal, to: s.newVal });
            return;
        }
        if (e?.values.includes(s.newVal))
            return;
        if (e) {
            const neighbour = s.newValNeighbor === undefined ? -1 : e.values.indexOf(s.newValNeighbor);
            if (neighbour === -1)
                e.values.push(s.newVal);
            else
                e.values.splice(s.newValIsAfter ? neighbour + 1 : neighbour, 0, s.newVal);
        }
        this.touch((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .enumKey */ .RB)(name), { kind: 'add-value', at, to: s.newVal });
    }
}
function schemaPrefix(rel) {
    return rel?.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
}
/** Replay parsed migration files (up direction, in run order) into the schema they leave behind. */
function replayMigrations(files) {
    const replay = new SchemaReplay();
    for (const parsed of files)
        if (parsed.file.direction === 'up')
            replay.applyFile(parsed);
    return replay.result();
}


/***/ })

};
