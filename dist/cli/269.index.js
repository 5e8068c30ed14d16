import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 269;
export const ids = [269];
export const modules = {

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   n6: () => (/* binding */ describeIssue)
/* harmony export */ });
/* unused harmony export show */
/** Render a zod issue as "what is wrong and what is allowed", naming the offending value. */
function describeIssue(issue, value) {
    switch (issue.code) {
        case 'unrecognized_keys': {
            const keys = issue.keys.map((k) => `"${k}"`).join(', ');
            return `unknown key ${keys}`;
        }
        case 'invalid_value':
            return `got ${show(value)}; allowed: ${issue.values.map((v) => String(v)).join(', ')}`;
        case 'invalid_type':
            return value === undefined
                ? `missing; expected ${issue.expected}`
                : `got ${show(value)}; expected ${issue.expected}`;
        case 'invalid_key': {
            // A record key failed its own schema: quote the key, not the value stored under it.
            const key = issue.path[issue.path.length - 1];
            const expected = issue.issues[0]?.message ?? 'a valid key';
            return `key ${show(typeof key === 'symbol' ? String(key) : key)} is not allowed; expected ${expected}`;
        }
        case 'too_small':
        case 'too_big':
            return `got ${show(value)}; ${issue.message.replace(/^Too (small|big): expected /i, 'expected ')}`;
        default:
            return `got ${show(value)}; expected ${issue.message}`;
    }
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Follow a path into plain data, for quoting the bad value in a message. */
function valueAt(data, path) {
    let cur = data;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** The closest allowed name, to suggest for a typo (edit distance ≤ 3). */
function closest(word, candidates) {
    let best;
    let bestDistance = 4;
    for (const c of candidates) {
        const d = editDistance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readEntryText),
/* harmony export */   t: () => (/* binding */ writeEntryText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The files of an on-disk content cache (the parse store, the replay cache: docs/caching.md): one
 * `<sha256>.json` per entry. What an entry holds and how it is checked is the caller's; this module only
 * keeps reads bounded and writes atomic, so both caches treat a bad disk the same way.
 */
const KEY = /^[0-9a-f]{64}$/;
/** The entry's text, or undefined when it is missing, unreadable, too large or the key is not a hash. */
function readEntryText(dir, key, maxBytes) {
    if (!KEY.test(key))
        return undefined;
    try {
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${key}.json`));
        return bytes.length > maxBytes ? undefined : bytes.toString('utf8');
    }
    catch {
        return undefined; // not stored yet (or unreadable: computed again and rewritten)
    }
}
/** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
function writeEntryText(dir, key, text) {
    if (!KEY.test(key))
        return;
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${key}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, text, { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${key}.json`)); // atomic: a reader sees the old entry or the new one
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        }
        catch {
            // the folder itself is unusable (not a folder, no access): nothing was left behind
        }
    }
}


/***/ }),

/***/ 4025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ nat),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   ee: () => (/* binding */ InvalidEntry),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mB: () => (/* binding */ payloadSha256),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reading a content-cache entry back (the parse store, the replay cache, the expectation store:
 * docs/caching.md): every field is checked for its type as it is read, and the first one that is not
 * what was written throws `InvalidEntry`, which the reader turns into "not stored" (the entry is rebuilt,
 * never trusted).
 */
class InvalidEntry extends Error {
}
function obj(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new InvalidEntry();
    return v;
}
function list(v) {
    if (!Array.isArray(v))
        throw new InvalidEntry();
    return v;
}
function str(v) {
    if (typeof v !== 'string')
        throw new InvalidEntry();
    return v;
}
/** A non-negative safe integer (a count, an offset, a line). */
function nat(v) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        throw new InvalidEntry();
    return v;
}
function bool(v) {
    if (typeof v !== 'boolean')
        throw new InvalidEntry();
    return v;
}
function oneOf(v, allowed) {
    if (!allowed.includes(v))
        throw new InvalidEntry();
    return v;
}
/** The hex SHA-256 of an entry's payload, stored beside it and compared on read. */
function payloadSha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 1982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iX: () => (/* binding */ KNOWN_RULE_IDS),
  VI: () => (/* binding */ MigrationLinter),
  fs: () => (/* reexport */ tool/* ruleDocsUrl */.hS),
  QX: () => (/* binding */ lintParsedFiles)
});

// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
// EXTERNAL MODULE: ./src/sql/names.ts
var sql_names = __webpack_require__(792);
// EXTERNAL MODULE: ./src/gates/migrations/rules/ast.ts
var ast = __webpack_require__(2380);
;// CONCATENATED MODULE: ./src/gates/migrations/classify.ts


/** Statement kinds that only add: the previous release keeps working after them. */
const ADDITIVE = new Set([
    'CreateStmt',
    'CreateTableAsStmt',
    'IndexStmt',
    'CreateEnumStmt',
    'CompositeTypeStmt',
    'CreateDomainStmt',
    'CreateSeqStmt',
    'CreateSchemaStmt',
    'CreateExtensionStmt',
    'CreateFunctionStmt',
    'CreateTrigStmt',
    'CreatePolicyStmt',
    'ViewStmt',
    'CommentStmt',
    'GrantStmt',
    'GrantRoleStmt',
    'VariableSetStmt',
    'TransactionStmt',
    'InsertStmt',
    'SelectStmt',
    'DoStmt',
    'AlterEnumStmt',
    'AlterSeqStmt',
    'AlterOwnerStmt',
    'AlterDefaultPrivilegesStmt',
    'CreateRoleStmt',
    'RefreshMatViewStmt',
]);
/** ALTER TABLE sub-commands that only add or relax nothing the previous release relies on. */
const ADDITIVE_ALTER = new Set([
    'AT_AddColumn',
    'AT_AddConstraint',
    'AT_ValidateConstraint',
    'AT_ColumnDefault',
    'AT_AddIndex',
    'AT_AddIndexConstraint',
    'AT_EnableRowSecurity',
    'AT_ForceRowSecurity',
    'AT_SetStatistics',
    'AT_SetStorage',
    'AT_ChangeOwner',
    'AT_ReplicaIdentity',
    'AT_EnableTrig',
    'AT_AddIdentity',
    'AT_SetIdentity',
]);
/**
 * Renames of objects the previous release's queries never name, so it keeps working after them. Checked on
 * PostgreSQL 15: a column default or identity refers to its sequence by OID (nextval keeps working after
 * ALTER SEQUENCE … RENAME), and renaming a PRIMARY KEY/UNIQUE constraint's index renames the constraint
 * too (and RENAME CONSTRAINT renames its index): the one query that names either is
 * `ON CONFLICT ON CONSTRAINT name`, which neither Prisma nor Drizzle emits. Tables, columns, types,
 * schemas and enum values are renamed under their own contract rules.
 */
const INVISIBLE_RENAMES = new Set([
    'OBJECT_INDEX',
    'OBJECT_TABCONSTRAINT',
    'OBJECT_SEQUENCE',
    'OBJECT_TRIGGER',
    'OBJECT_POLICY',
    'OBJECT_STATISTIC_EXT',
]);
/**
 * A statement's class before rules speak: `expand` for what only adds (or renames what no query names),
 * `unknown` otherwise. A rule hit of class `contract` overrides it (see the engine).
 */
function baseClass(statement) {
    if (ADDITIVE.has(statement.kind))
        return 'expand';
    if (statement.kind === 'RenameStmt') {
        const { node } = statement;
        return 'RenameStmt' in node && INVISIBLE_RENAMES.has(node.RenameStmt.renameType ?? '')
            ? 'expand'
            : 'unknown';
    }
    if (statement.kind !== 'AlterTableStmt')
        return 'unknown';
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    if ('AlterTableStmt' in node) {
        const cmds = node.AlterTableStmt.cmds ?? [];
        const additive = cmds.every((c) => 'AlterTableCmd' in c && ADDITIVE_ALTER.has(c.AlterTableCmd.subtype ?? ''));
        return cmds.length && additive ? 'expand' : 'unknown';
    }
    return 'unknown';
}
/**
 * Parts of a statement whose only concern is whether the fallback release still uses the object: when
 * the review proved that for every such hit (`RuleHit.safe`), nothing else in the statement is in doubt.
 */
const PROVABLE_ALTER = new Set([
    ...ADDITIVE_ALTER,
    'AT_DropColumn',
    'AT_DropNotNull',
    // Their rules also speak of locks, but a lock does not decide a class (lock rules are expand): once the
    // review proved the release never had the table (fallback/new-since-release.ts) or the type change only
    // widens (fallback/type-history.ts), nothing the release relies on is in doubt.
    'AT_SetNotNull',
    'AT_AlterColumnType',
    'AT_DropConstraint',
]);
function onlyProvableParts(statement) {
    const { node } = statement;
    if ('AlterTableStmt' in node) {
        const cmds = node.AlterTableStmt.cmds ?? [];
        return (cmds.length > 0 &&
            cmds.every((c) => 'AlterTableCmd' in c && PROVABLE_ALTER.has(c.AlterTableCmd.subtype ?? '')));
    }
    // DROP INDEX: proven safe only for an index that repeats the primary key (fallback/key-duplicates.ts).
    if ('DropStmt' in node)
        return (node.DropStmt.removeType === 'OBJECT_TABLE' ||
            (node.DropStmt.removeType === 'OBJECT_INDEX' && node.DropStmt.behavior !== 'DROP_CASCADE'));
    if ('RenameStmt' in node)
        return node.RenameStmt.renameType === 'OBJECT_COLUMN' || node.RenameStmt.renameType === 'OBJECT_TABLE';
    return false;
}
/**
 * A statement's class once its rule hits are reviewed — the one decision every output reads (the
 * finding's `class`, the file's class, the gate's summary, `rollback plan`'s `migrationsSince`):
 * - `contract` when a hit of class contract stands (not proven safe by the review);
 * - `expand` when the statement only adds, or when every hit about it was proven safe and it has no
 *   other part in doubt (a DROP COLUMN the fallback release does not use);
 * - `unknown` otherwise.
 */
function statementClass(statement, hits, created = NOTHING_CREATED) {
    if (hits.some(({ rule, hit }) => !hit.safe && (hit.class ?? rule.class) === 'contract'))
        return 'contract';
    const base = baseClass(statement);
    if (base === 'expand')
        return base;
    // A backfill of columns this change added (UPDATE … SET "new" = … WHERE …): the previous release never
    // reads or writes them. A rule that leaves the class to the data (an UPDATE of every row) keeps it.
    if (backfillsOnlyNew(statement, created) && !hits.some(({ hit }) => hit.class === 'unknown'))
        return 'expand';
    // A table or index created earlier in the same change: the previous release never had it.
    const tables = tablesOf(statement);
    if (tables.length && tables.every((t) => created.isNewTable(t)))
        return 'expand';
    const indexes = 'DropStmt' in statement.node && statement.node.DropStmt.removeType === 'OBJECT_INDEX'
        ? (0,ast/* dropTargetNames */.DW)(statement.node).map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
        : [];
    if (indexes.length && indexes.every((i) => created.isNewIndex(i)))
        return 'expand';
    if (!hits.some(({ hit }) => hit.safe))
        return base;
    return onlyProvableParts(statement) ? 'expand' : base;
}
const NOTHING_CREATED = { isNewTable: () => false, isNewIndex: () => false, isNewColumn: () => false };
/** An UPDATE that sets only columns created earlier in this change (or rows of a table it created). */
function backfillsOnlyNew(statement, created) {
    const { node } = statement;
    if (!('UpdateStmt' in node))
        return false;
    const update = node.UpdateStmt;
    const table = (0,sql_names/* relationKey */.Yb)(update.relation);
    const targets = update.targetList ?? [];
    if (!table || !targets.length || update.withClause)
        return false;
    return targets.every((t) => 'ResTarget' in t && !!t.ResTarget.name && created.isNewColumn(table, t.ResTarget.name));
}
/** The tables an ALTER TABLE, DROP TABLE or table/column RENAME works on (none for other statements). */
function tablesOf(statement) {
    const { node } = statement;
    if ('AlterTableStmt' in node)
        return (node.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE'
            ? [(0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation)]
            : [];
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE')
        return (node.DropStmt.objects ?? []).map((o) => (0,sql_names/* qualifiedName */.OL)('List' in o ? o.List.items : [o]));
    if ('RenameStmt' in node &&
        (node.RenameStmt.renameType === 'OBJECT_COLUMN' || node.RenameStmt.renameType === 'OBJECT_TABLE'))
        return [(0,sql_names/* relationKey */.Yb)(node.RenameStmt.relation)];
    return [];
}
const RANK = { expand: 0, unknown: 1, contract: 2 };
/** The worse of two classes: a file is as risky as its riskiest statement. */
function worseClass(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}

// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(1012);
;// CONCATENATED MODULE: ./src/gates/migrations/ignore.ts

const DIRECTIVE = /^\s*--\s*rollback-ready-ignore(-file)?\b(.*)$/;
/**
 * Read `-- rollback-ready-ignore <rule>[, <rule>]: <reason>` and `-- rollback-ready-ignore-file …`.
 * A reason is required (copied migrations must not carry silent exemptions along), and an unknown
 * rule id is an error so a typo never suppresses everything.
 */
function readIgnoreDirectives(text, path, knownRules) {
    const directives = [];
    const findings = [];
    // Most files have none: do not split them into lines to find out.
    if (!text.includes('rollback-ready-ignore'))
        return { directives, findings };
    const lines = text.split(/\r?\n/);
    lines.forEach((lineText, index) => {
        const m = DIRECTIVE.exec(lineText);
        if (!m)
            return;
        const line = index + 1;
        const scope = m[1] ? 'file' : 'statement';
        const rest = m[2] ?? '';
        const colon = rest.indexOf(':');
        const ruleText = (colon === -1 ? rest : rest.slice(0, colon)).trim();
        const reason = colon === -1 ? '' : rest.slice(colon + 1).trim();
        const rules = ruleText.split(/[\s,]+/).filter(Boolean);
        const problem = (message) => findings.push({
            gate: 'migrations',
            rule: 'invalid-ignore',
            severity: 'error',
            file: path,
            line,
            column: 1,
            message,
            help: 'Write it as: -- rollback-ready-ignore <rule-id>: <why this is safe here>',
        });
        if (rules.length === 0)
            return problem('this ignore comment names no rule, so it suppresses nothing');
        const unknown = rules.filter((r) => !knownRules.has(r));
        if (unknown.length)
            return problem(`unknown rule id ${unknown.map((r) => `"${r}"${hint(r, knownRules)}`).join(', ')} in an ignore comment`);
        if (!reason)
            return problem(`the ignore for ${rules.join(', ')} has no reason; say why it is safe after a colon`);
        directives.push({ scope, rules, reason, line, used: new Set() });
    });
    return { directives, findings };
}
/**
 * The directive that suppresses `rule` for a statement starting at `statementLine`: a file directive,
 * or a statement directive whose next statement is this one.
 */
function findSuppression(directives, rule, statementLine, previousStatementEndLine) {
    return directives.find((d) => d.rules.includes(rule) &&
        (d.scope === 'file' || (d.line < statementLine && d.line > previousStatementEndLine)));
}
function unusedIgnoreFindings(directives, path) {
    const findings = [];
    for (const d of directives) {
        const unused = d.rules.filter((r) => !d.used.has(r));
        if (!unused.length)
            continue;
        findings.push({
            gate: 'migrations',
            rule: 'unused-ignore',
            severity: 'warning',
            file: path,
            line: d.line,
            column: 1,
            message: `this ignore for ${unused.join(', ')} suppresses nothing`,
            help: 'Remove the comment, or move it to the line just above the statement it is meant for.',
        });
    }
    return findings;
}
/** " (did you mean x?)" when a known rule id is a few edits from a misspelt one. */
function hint(id, known) {
    const near = (0,issues/* closest */.kp)(id, [...known]);
    return near ? ` (did you mean ${near}?)` : '';
}

// EXTERNAL MODULE: ./src/gates/migrations/fallback/rule-ids.ts
var rule_ids = __webpack_require__(8190);
;// CONCATENATED MODULE: ./src/gates/migrations/rules/affected-objects.ts

/*
 * What a contract statement takes away from the previous release, for rules whose whole concern is that
 * the previous release still uses it (Rule.affects). Objects this change created itself are left out:
 * nothing released uses them.
 */
/** ALTER TABLE … DROP COLUMN of an existing column. */
function droppedColumns({ statement: { node }, state }) {
    if (!('AlterTableStmt' in node))
        return [];
    const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    return (node.AlterTableStmt.cmds ?? []).flatMap((c) => 'AlterTableCmd' in c &&
        c.AlterTableCmd.subtype === 'AT_DropColumn' &&
        c.AlterTableCmd.name &&
        !state.isNewColumn(table, c.AlterTableCmd.name)
        ? [{ table, column: c.AlterTableCmd.name }]
        : []);
}
/** ALTER TABLE … ALTER COLUMN … DROP NOT NULL of an existing column. */
function nullableColumns({ statement: { node }, state }) {
    if (!('AlterTableStmt' in node))
        return [];
    const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    return (node.AlterTableStmt.cmds ?? []).flatMap((c) => 'AlterTableCmd' in c &&
        c.AlterTableCmd.subtype === 'AT_DropNotNull' &&
        c.AlterTableCmd.name &&
        !state.isNewColumn(table, c.AlterTableCmd.name)
        ? [{ table, column: c.AlterTableCmd.name }]
        : []);
}
/** DROP TABLE of existing tables. */
function droppedTables({ statement: { node }, state }) {
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE')
        return [];
    return (node.DropStmt.objects ?? [])
        .map((o) => (0,sql_names/* qualifiedName */.OL)('List' in o ? o.List.items : [o]))
        .filter((table) => table && !state.isNewTable(table))
        .map((table) => ({ table }));
}
/** ALTER TABLE … RENAME COLUMN: the old name goes away. */
function renamedColumn({ statement: { node } }) {
    return 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_COLUMN' && node.RenameStmt.subname
        ? [{ table: (0,sql_names/* relationKey */.Yb)(node.RenameStmt.relation), column: node.RenameStmt.subname }]
        : [];
}
/** ALTER TABLE … RENAME TO: the old name goes away. */
function renamedTable({ statement: { node } }) {
    return 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE'
        ? [{ table: (0,sql_names/* relationKey */.Yb)(node.RenameStmt.relation) }]
        : [];
}

// EXTERNAL MODULE: ./src/schema-model/types.ts
var types = __webpack_require__(5414);
;// CONCATENATED MODULE: ./src/gates/migrations/rules/dropped-column.ts



/** The columns a statement adds to `table` (none for another table or another statement). */
function addedColumns(statement, table) {
    const alter = (0,ast/* nodeOf */.E7)(statement, 'AlterTableStmt');
    if (!alter || (0,sql_names/* relationKey */.Yb)(alter.relation) !== table)
        return [];
    return (0,ast/* alterCommands */.$f)(statement.node).flatMap((c) => {
        const def = c.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(c) : undefined;
        if (!def?.colname)
            return [];
        const type = (0,sql_names/* typeNameText */.vB)(def.typeName);
        return [{ name: def.colname, type, readable: (0,types/* normalizeType */.AZ)(def.typeName) || type, line: statement.line }];
    });
}
/**
 * `column` added again to `table` by the dropping statement itself (Prisma's `DROP COLUMN "x", ADD
 * COLUMN "x" INTEGER`) or a later one of the file: the old column's values are gone, not converted.
 */
function readdedColumn(table, column, statement, following) {
    for (const s of [statement, ...following]) {
        const again = addedColumns(s, table).find((a) => a.name === column);
        if (again)
            return again;
    }
    return undefined;
}
/**
 * Columns of `table` that an UPDATE before the drop fills from `column` (`SET email = user_id`): its
 * values were moved there, not lost.
 */
function copiedInto(table, column, previous) {
    const targets = new Set();
    for (const s of previous) {
        const update = (0,ast/* nodeOf */.E7)(s, 'UpdateStmt');
        if (!update || (0,sql_names/* relationKey */.Yb)(update.relation) !== table)
            continue;
        for (const t of update.targetList ?? []) {
            if (!('ResTarget' in t) || !t.ResTarget.name || t.ResTarget.name === column)
                continue;
            const reads = (0,ast/* findNodes */.zM)(t.ResTarget.val, 'ColumnRef').some((ref) => {
                const fields = ref.fields ?? [];
                return (0,sql_names/* stringValue */.r$)(fields[fields.length - 1]) === column;
            });
            if (reads)
                targets.add(t.ResTarget.name);
        }
    }
    return [...targets];
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-column.ts




const banDropColumn = {
    id: 'ban-drop-column',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a column breaks the previous release, which still reads and writes it, and deletes its data.',
    kinds: ['AlterTableStmt'],
    affects: droppedColumns,
    deletesData: true,
    check({ statement, state, previous, following }) {
        if (!('AlterTableStmt' in statement.node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(statement.node.AlterTableStmt.relation);
        return (0,ast/* alterCommands */.$f)(statement.node)
            .filter((c) => c.subtype === 'AT_DropColumn' && c.name && !state.isNewColumn(table, c.name))
            .map((c) => {
            const column = c.name;
            const copied = copiedInto(table, column, previous);
            const kept = copied.length
                ? ` Its values were copied into ${copied.map((n) => `"${n}"`).join(', ')} first, so the data survives there, but not under "${column}".`
                : '';
            const again = readdedColumn(table, column, statement, following);
            if (again)
                return readded(table, column, again, kept);
            return {
                message: `Dropping column "${column}" of "${table}" breaks the previous release: its queries still name the column, and a rollback cannot bring ${copied.length ? 'it' : 'the data'} back.${kept}`,
                help: 'Contract in a later release: first ship a release that no longer reads or writes the column, then drop it once that release is the rollback target.',
            };
        });
    },
};
/**
 * DROP + ADD of the same name: a type change (or a reset) that converts nothing. The one story of the
 * statement; drop-add-rename stays silent on it (dropped-column.ts).
 */
function readded(table, column, again, kept) {
    const as = again.readable ? ` as ${again.readable}` : '';
    return {
        message: `Dropping column "${column}" of "${table}" and adding it again${as} (line ${again.line}) changes it by DROP + ADD, which converts nothing: every value in "${column}" is deleted and each row gets the new column's default or NULL, and the previous release, which still reads and writes "${column}" as it was, meets the new column after the migration and after a rollback.${kept}`,
        help: `Keep "${column}" while the previous release uses it: add a column of the new type under another name, backfill it from "${column}" in batches, switch the code to it in a release, and drop "${column}" once the release you would roll back to no longer uses it.`,
    };
}

// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var layouts = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/gates/migrations/transaction.ts
var transaction = __webpack_require__(5716);
;// CONCATENATED MODULE: ./src/gates/migrations/rules/outside-transaction.ts


/**
 * Why a statement runs inside a transaction block, and the one step that gets it out of one with this
 * layout's runner (`Layout.outsideTransaction`): shared by ban-concurrent-index-in-transaction and the
 * rules that advise CONCURRENTLY. Every step here is one the migrations gate then passes
 * (__tests__/rules/outside-transaction.test.ts).
 */
function transactionAdvice(ctx, operation) {
    const { file, statement, previous, following } = ctx;
    const runner = (0,transaction/* runnerJudging */.nv)(file);
    const statements = previous.length + following.length + 1;
    const layout = (0,layouts/* layoutById */.X_)(file.layout);
    if (statement.inExplicitTransaction)
        return {
            why: 'the file wraps it in its own BEGIN … COMMIT',
            how: `Move it out of the BEGIN … COMMIT block. ${runner ? layout.outsideTransaction(runner, operation).how : ''}`.trim(),
        };
    if (!runner)
        return {
            why: 'migrations.transaction is per-file, so each migration file runs in a transaction',
            how: 'Run it in a migration of its own, outside any transaction, or set migrations.transaction to match your runner.',
        };
    const advice = layout.outsideTransaction(runner, operation);
    const why = runner.transaction === 'implicit'
        ? `${runner.label} sends the file to Postgres as one query, and Postgres runs a query of ${statements} statements as one implicit transaction`
        : advice.why;
    return { why, how: advice.how };
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-concurrent-index-creation.ts


/** CONCURRENTLY, said the way this layout's runner can run it (outside a transaction). */
function helpFor(ctx) {
    if (!runsInTransaction(ctx))
        return 'Use CREATE INDEX CONCURRENTLY IF NOT EXISTS.';
    return `Use CREATE INDEX CONCURRENTLY, outside a transaction: ${transactionAdvice(ctx, 'CREATE INDEX CONCURRENTLY').how}`;
}
/** Would a CONCURRENTLY version of this statement run outside a transaction where it stands? */
function runsInTransaction(ctx) {
    if (ctx.statement.inExplicitTransaction)
        return true;
    switch (ctx.transactionModel) {
        case 'none':
            return false;
        case 'per-file-standalone':
            return false; // the runner takes CREATE INDEX CONCURRENTLY out of the file's transaction
        case 'implicit':
            return ctx.previous.length + ctx.following.length > 0;
        default:
            return true;
    }
}
const requireConcurrentIndexCreation = {
    id: 'require-concurrent-index-creation',
    severity: 'error',
    class: 'expand',
    summary: 'CREATE INDEX without CONCURRENTLY blocks every write to an existing table until the index is built.',
    kinds: ['IndexStmt'],
    check(ctx) {
        const { statement, state } = ctx;
        if (!('IndexStmt' in statement.node))
            return [];
        const index = statement.node.IndexStmt;
        const table = (0,sql_names/* relationKey */.Yb)(index.relation);
        if (index.concurrent || state.isNewTable(table))
            return [];
        // CREATE INDEX ON ONLY <partitioned parent> builds nothing: it creates an invalid parent index that
        // per-partition CONCURRENTLY builds plus ALTER INDEX … ATTACH PARTITION complete.
        if (index.relation && !index.relation.inh)
            return [];
        return [
            {
                message: `Building index${index.idxname ? ` "${index.idxname}"` : ''} on existing table "${table}" without CONCURRENTLY blocks all writes (INSERT, UPDATE, DELETE) to it for the whole build.`,
                help: helpFor(ctx),
                locks: [table],
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-database.ts

const banDropDatabase = {
    id: 'ban-drop-database',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a database from a migration deletes everything in it; no rollback brings it back.',
    kinds: ['DropdbStmt'],
    check({ statement, previous }) {
        const { node } = statement;
        if (!('DropdbStmt' in node) || !node.DropdbStmt.dbname)
            return [];
        const name = node.DropdbStmt.dbname;
        if (previous.some((s) => (0,ast/* nodeOf */.E7)(s, 'CreatedbStmt')?.dbname === name))
            return [];
        return [
            {
                message: `Dropping database "${name}" deletes every table in it: the previous release loses all of its data, and a rollback cannot restore it.`,
                help: 'Never drop a database from an application migration; retire it by hand, after a verified backup, once no release connects to it.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-function.ts


const KINDS = {
    OBJECT_FUNCTION: 'function',
    OBJECT_PROCEDURE: 'procedure',
    OBJECT_ROUTINE: 'routine',
};
const banDropFunction = {
    id: 'ban-drop-function',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a function or procedure breaks the previous release and the triggers, policies and RPC calls that use it.',
    kinds: ['DropStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('DropStmt' in node))
            return [];
        const kind = KINDS[node.DropStmt.removeType ?? ''];
        if (!kind)
            return [];
        // DROP then CREATE of the same name later in the file replaces the function (e.g. to change its return type).
        const recreated = new Set(following.flatMap((s) => {
            const fn = (0,ast/* nodeOf */.E7)(s, 'CreateFunctionStmt');
            return fn ? [(0,sql_names/* qualifiedName */.OL)(fn.funcname)] : [];
        }));
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
            .filter((name) => name && !state.isNewFunction(name) && !recreated.has(name))
            .map((name) => ({
            message: `Dropping ${kind} "${name}" breaks the previous release: its calls (SQL, RPC, triggers, defaults) fail with "function does not exist", after the migration and after a rollback` +
                `${cascade ? '; CASCADE also drops the triggers and policies built on it' : ''}.`,
            help: `Replace it in place (CREATE OR REPLACE, or DROP and CREATE ${name} in the same migration), or drop it in a later release once the rollback target no longer calls it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/null-writes.ts


/**
 * Where the migration itself makes NULLs appear in `table.column` — read from the SQL, not guessed from
 * code: a foreign key on the column with ON DELETE / ON UPDATE SET NULL (Postgres writes the NULL when
 * the referenced row goes; declared anywhere in the file, or in the statement itself), an UPDATE that sets
 * it to NULL, an INSERT that lists NULL for it (both after the statement: before it they would fail).
 */
function nullWritesInto(table, column, statement, previous, following) {
    const writes = [];
    for (const s of [...previous, statement])
        writes.push(...foreignKeyWrites(s, table, column));
    for (const s of following)
        writes.push(...nullWritesBy(s, table, column));
    return writes;
}
/**
 * Every way one statement makes NULLs appear in `table.column` once the column is nullable (a statement
 * after the DROP NOT NULL, in the same migration or a later one of the change).
 */
function nullWritesBy(s, table, column) {
    const writes = foreignKeyWrites(s, table, column);
    if (s.kind === 'UpdateStmt' && updatesToNull(s.node, table, column))
        writes.push({ line: s.line, how: `UPDATE … SET "${column}" = NULL` });
    if (s.kind === 'InsertStmt' && insertsNull(s.node, table, column))
        writes.push({ line: s.line, how: `INSERT … NULL into "${column}"` });
    return writes;
}
function foreignKeyWrites(s, table, column) {
    const fk = setNullForeignKey(s, table, column);
    return fk ? [{ line: s.line, how: fk }] : [];
}
function setNullForeignKey(s, table, column) {
    if (s.kind !== 'AlterTableStmt')
        return undefined;
    const { node } = s; // read only now: a statement's AST is parsed on first read
    if (!('AlterTableStmt' in node) || (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation) !== table)
        return undefined;
    for (const cmd of (0,ast/* alterCommands */.$f)(node)) {
        const c = cmd.subtype === 'AT_AddConstraint' ? (0,ast/* constraintOf */.vY)(cmd.def) : undefined;
        if (!c || c.contype !== 'CONSTR_FOREIGN' || !names(c.fk_attrs).includes(column))
            continue;
        const onDelete = c.fk_del_action === 'n' && setsColumn(c, column);
        if (onDelete || c.fk_upd_action === 'n')
            return `foreign key${c.conname ? ` "${c.conname}"` : ''} ON ${onDelete ? 'DELETE' : 'UPDATE'} SET NULL`;
    }
    return undefined;
}
/** `ON DELETE SET NULL (a)` (Postgres 15+) sets only the listed columns; without a list, all of them. */
function setsColumn(c, column) {
    const only = names(c.fk_del_set_cols);
    return only.length === 0 || only.includes(column);
}
function updatesToNull(node, table, column) {
    if (!('UpdateStmt' in node) || (0,sql_names/* relationKey */.Yb)(node.UpdateStmt.relation) !== table)
        return false;
    return (node.UpdateStmt.targetList ?? []).some((t) => 'ResTarget' in t && t.ResTarget.name === column && isNull(t.ResTarget.val));
}
function insertsNull(node, table, column) {
    if (!('InsertStmt' in node) || (0,sql_names/* relationKey */.Yb)(node.InsertStmt.relation) !== table)
        return false;
    const cols = (node.InsertStmt.cols ?? []).map((c) => ('ResTarget' in c ? c.ResTarget.name : undefined));
    const at = cols.indexOf(column);
    const select = node.InsertStmt.selectStmt;
    if (at < 0 || !select || !('SelectStmt' in select))
        return false;
    return (select.SelectStmt.valuesLists ?? []).some((row) => 'List' in row && isNull(row.List.items?.[at]));
}
function isNull(value) {
    if (!value)
        return false;
    const inner = 'TypeCast' in value ? value.TypeCast.arg : value;
    return !!inner && 'A_Const' in inner && inner.A_Const.isnull === true;
}
function names(list) {
    return (list ?? []).flatMap((n) => (0,sql_names/* stringValue */.r$)(n) ?? []);
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-not-null.ts




const banDropNotNull = {
    id: 'ban-drop-not-null',
    severity: 'warning',
    class: 'contract',
    summary: 'Dropping NOT NULL lets the new release write NULLs the previous release does not expect, and makes the column hard to tighten again.',
    kinds: ['AlterTableStmt'],
    affects: nullableColumns,
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        return (0,ast/* alterCommands */.$f)(node)
            .filter((c) => c.subtype === 'AT_DropNotNull' && c.name && !state.isNewColumn(table, c.name))
            .map((c) => {
            // Alone, DROP NOT NULL is the usual first step of expand/contract: nothing writes NULL yet. When
            // the same migration makes NULLs appear, the previous release meets them after a rollback.
            const writes = nullWritesInto(table, c.name, statement, previous, following);
            return writes.length ? writesNull(table, c.name, writes) : dropOnly(table, c.name);
        });
    },
    // A later migration of the same change that writes NULLs there is the same story as one in this file.
    laterInChange(hit, later, file) {
        if (!hit.column || hit.severity === 'error')
            return undefined;
        const { table, name } = hit.column;
        const writes = nullWritesBy(later, table, name).map((w) => ({ ...w, file: file.path }));
        return writes.length ? writesNull(table, name, writes) : undefined;
    },
};
function dropOnly(table, column) {
    return {
        message: `Dropping NOT NULL on "${table}"."${column}" lets the new release write NULLs that the previous release does not expect (its types say the value is always set), and once NULLs exist, restoring SET NOT NULL on rollback fails.`,
        help: 'Keep the column NOT NULL and write a sentinel or default value instead, or add a new nullable column and move to it (expand/contract).',
        column: { table, name: column },
    };
}
function writesNull(table, column, writes) {
    const how = writes.map((w) => `${w.how} (${w.file ? `${w.file}:` : 'line '}${w.line})`).join(', ');
    const who = writes.some((w) => w.file) ? 'a later migration of this change' : 'this migration itself';
    return {
        severity: 'error',
        message: `Dropping NOT NULL on "${table}"."${column}", and ${who} makes NULLs appear there: ${how}. The previous release's types say the value is always set, so after a rollback it meets rows it cannot read as it expects, and SET NOT NULL cannot be restored while they exist.`,
        help: `Ship DROP NOT NULL alone first (nothing writes NULL yet, so it does not block), and add the ${writes[0].how} in a later release, once the release you would roll back to handles NULL in "${column}".`,
        column: { table, name: column },
    };
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-role.ts
function roleNames(roles) {
    return (roles ?? []).flatMap((r) => 'RoleSpec' in r ? [r.RoleSpec.rolename ?? r.RoleSpec.roletype?.replace(/^ROLESPEC_/, '') ?? ''] : []);
}
/** DROP ROLE and DROP OWNED BY for roles that existed before the change (docs/ddl-audit.md). */
const banDropRole = {
    id: 'ban-drop-role',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a role, or everything a role owns, breaks the previous release when it connects as that role or uses those objects.',
    kinds: ['DropRoleStmt', 'DropOwnedStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if ('DropRoleStmt' in node) {
            return roleNames(node.DropRoleStmt.roles)
                .filter((role) => role && !state.isNewRole(role))
                .map((role) => ({
                message: `Dropping role "${role}" breaks the previous release if it connects or sets its role as "${role}": after the migration and after a rollback it cannot log in, and grants to it are gone.`,
                help: `Move the application to its new role first and keep "${role}" (NOLOGIN once unused) until the contract release, once the rollback target no longer uses it.`,
            }));
        }
        if ('DropOwnedStmt' in node) {
            return roleNames(node.DropOwnedStmt.roles)
                .filter((role) => role && !state.isNewRole(role))
                .map((role) => ({
                message: `DROP OWNED BY "${role}" drops every table, view, function, type and sequence "${role}" owns in this database, with their data, and revokes its grants: the previous release breaks on every one it uses, and a rollback cannot bring the data back.`,
                help: `REASSIGN OWNED BY "${role}" TO another role first, then retire the objects one at a time, each in a release after the code stopped using it.`,
            }));
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-schema.ts

const banDropSchema = {
    id: 'ban-drop-schema',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a schema deletes every table, view and function in it, which the previous release may still use.',
    kinds: ['DropStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_SCHEMA')
            return [];
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (node.DropStmt.objects ?? [])
            .map(sql_names/* stringValue */.r$)
            .filter((schema) => schema !== undefined && !state.isNewSchema(schema))
            .map((schema) => ({
            message: `Dropping schema "${schema}" breaks the previous release: ${cascade ? 'CASCADE deletes every table, view and function in it' : 'it fails unless the schema is empty, and once it succeeds nothing in it can be queried'}, ` +
                'and a rollback cannot bring the data back.',
            help: 'Move or retire the objects one at a time, each in a release after the code stopped using it; drop the empty schema last, without CASCADE.',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-sequence.ts


/** DROP SEQUENCE of a sequence that existed before the change (docs/ddl-audit.md). */
const banDropSequence = {
    id: 'ban-drop-sequence',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a sequence breaks the previous release where it calls nextval on it, or (with CASCADE) inserts rows that need its default.',
    kinds: ['DropStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_SEQUENCE')
            return [];
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
            .filter((name) => name && !state.isNewSequence(name))
            .map((name) => ({
            message: `Dropping sequence "${name}" breaks the previous release: its nextval('${name}') calls fail, after the migration and after a rollback` +
                (cascade
                    ? '; CASCADE also drops every column default that draws from it, so its inserts that leave the id out fail.'
                    : ' (without CASCADE the drop fails while a column default still uses it, stopping the deploy).'),
            help: `Keep "${name}" until the contract release, once the rollback target no longer uses it; then drop it without CASCADE.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-table.ts



const banDropTable = {
    id: 'ban-drop-table',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a table breaks the previous release, which still queries it, and deletes its data.',
    kinds: ['DropStmt'],
    affects: droppedTables,
    deletesData: true,
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE')
            return [];
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
            .filter((table) => table && !state.isNewTable(table))
            .map((table) => ({
            message: `Dropping table "${table}" breaks the previous release: every query it still makes on the table fails, ` +
                `and a rollback cannot bring the rows back${cascade ? '; CASCADE also drops the views and foreign keys that depend on it' : ''}.`,
            help: 'Contract in a later release: first ship a release that no longer reads or writes the table, then drop it once that release is the rollback target (check it is empty or archived first).',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-trigger.ts


const banDropTrigger = {
    id: 'ban-drop-trigger',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a trigger removes behaviour the previous release relies on (timestamps, audit rows, derived or synced columns).',
    kinds: ['DropStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TRIGGER')
            return [];
        // DROP TRIGGER IF EXISTS … ; CREATE TRIGGER … of the same name on the same table is a replace.
        const recreated = new Set(following.flatMap((s) => {
            const trigger = (0,ast/* nodeOf */.E7)(s, 'CreateTrigStmt');
            return trigger?.trigname ? [`${(0,sql_names/* relationKey */.Yb)(trigger.relation)}:${trigger.trigname}`] : [];
        }));
        return (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => ({ table: (0,sql_names/* qualifiedName */.OL)(parts.slice(0, -1)), trigger: (0,sql_names/* qualifiedName */.OL)(parts.slice(-1)) }))
            .filter(({ table, trigger }) => trigger &&
            !state.isNewTrigger(table, trigger) &&
            !state.isNewTable(table) &&
            !recreated.has(`${table}:${trigger}`))
            .map(({ table, trigger }) => ({
            message: `Dropping trigger "${trigger}" on "${table}" breaks the previous release: it still relies on what the trigger does (timestamps, audit rows, derived or synced columns), and rows written without it stay wrong after a rollback.`,
            help: `Replace it in place (CREATE OR REPLACE TRIGGER, or DROP and CREATE "${trigger}" in the same migration), or drop it in a later release once the rollback target no longer depends on it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-type.ts


const ban_drop_type_KINDS = { OBJECT_TYPE: 'type', OBJECT_DOMAIN: 'domain' };
/** The type a later statement of the file creates again (Prisma recreates an enum to change its values). */
function createdTypeName(statement) {
    const { node } = statement;
    if ('CreateEnumStmt' in node)
        return (0,sql_names/* qualifiedName */.OL)(node.CreateEnumStmt.typeName ?? []);
    if ('CreateDomainStmt' in node)
        return (0,sql_names/* qualifiedName */.OL)(node.CreateDomainStmt.domainname ?? []);
    if ('CompositeTypeStmt' in node) {
        const r = node.CompositeTypeStmt.typevar;
        return r?.relname ? (r.schemaname ? `${r.schemaname}.${r.relname}` : r.relname) : '';
    }
    return '';
}
/** `ALTER TYPE old RENAME TO new` as [old, new], schema-qualified like dropTargetNames' names. */
function typeRename(statement) {
    const rename = (0,ast/* nodeOf */.E7)(statement, 'RenameStmt');
    if (!rename || rename.renameType !== 'OBJECT_TYPE' || !rename.newname || !rename.object)
        return undefined;
    const parts = 'List' in rename.object ? (rename.object.List.items ?? []) : [rename.object];
    const old = (0,sql_names/* qualifiedName */.OL)(parts);
    const schema = old.includes('.') ? `${old.slice(0, old.lastIndexOf('.'))}.` : '';
    return [old, `${schema}${rename.newname}`];
}
/**
 * Prisma changes an enum's values by building `Role_new`, renaming `Role` to `Role_old`, `Role_new` to
 * `Role`, and dropping `Role_old`: the name the previous release casts to is there all along.
 */
function replacedUnderItsName(name, statements) {
    const renames = statements.flatMap((s) => s.kind === 'RenameStmt' ? [typeRename(s)].filter((r) => r !== undefined) : []);
    const original = renames.find(([, to]) => to === name)?.[0];
    return original !== undefined && renames.some(([, to]) => to === original);
}
/** DROP TYPE / DROP DOMAIN of a type that existed before the change (docs/ddl-audit.md). */
const banDropType = {
    id: 'ban-drop-type',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a type or domain breaks the previous release, which still casts its values to it.',
    kinds: ['DropStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('DropStmt' in node))
            return [];
        const kind = ban_drop_type_KINDS[node.DropStmt.removeType ?? ''];
        if (!kind)
            return [];
        const recreated = new Set(following
            .filter((s) => ['CreateEnumStmt', 'CreateDomainStmt', 'CompositeTypeStmt'].includes(s.kind))
            .map(createdTypeName));
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
            .filter((name) => name && !state.isNewType(name) && !recreated.has(name))
            .filter((name) => !replacedUnderItsName(name, [...previous, ...following]))
            .map((name) => ({
            message: `Dropping ${kind} "${name}" breaks the previous release: its queries that cast to "${name}" (Prisma casts every enum value it writes) fail, after the migration and after a rollback` +
                `${cascade ? '; CASCADE also drops every column of that type, with its data' : ''}.`,
            help: `Keep "${name}" until the contract release, once the rollback target no longer uses it; to change an enum, add values with ALTER TYPE … ADD VALUE instead of recreating it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-view.ts


const ban_drop_view_KINDS = { OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view' };
const banDropView = {
    id: 'ban-drop-view',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a view or materialized view breaks the previous release, which still queries it.',
    kinds: ['DropStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('DropStmt' in node))
            return [];
        const kind = ban_drop_view_KINDS[node.DropStmt.removeType ?? ''];
        if (!kind)
            return [];
        // DROP VIEW then CREATE VIEW of the same name later in the file is a replace (e.g. to remove a column).
        const recreated = new Set(following.map(createdViewName).filter((name) => name));
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return ((0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
            // ChangeObjects counts a materialized view as a table too (CREATE MATERIALIZED VIEW is a CreateTableAsStmt).
            .filter((name) => name && !state.isNewView(name) && !state.isNewTable(name) && !recreated.has(name))
            .map((name) => ({
            message: `Dropping ${kind} "${name}" breaks the previous release: every query it makes on "${name}" fails, after the migration and after a rollback` +
                `${cascade ? '; CASCADE also drops the views built on it' : ''}.`,
            help: `Redefine it in place (CREATE OR REPLACE VIEW, or DROP and CREATE "${name}" in the same migration), or drop it in a later release once the rollback target no longer queries it.`,
        })));
    },
};
function createdViewName(statement) {
    if (statement.kind !== 'ViewStmt' && statement.kind !== 'CreateTableAsStmt')
        return '';
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    if ('ViewStmt' in node)
        return (0,sql_names/* relationKey */.Yb)(node.ViewStmt.view);
    if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW')
        return (0,sql_names/* relationKey */.Yb)(node.CreateTableAsStmt.into?.rel);
    return '';
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-truncate.ts

const banTruncate = {
    id: 'ban-truncate',
    severity: 'error',
    class: 'contract',
    summary: 'TRUNCATE deletes every row of an existing table (and, with CASCADE, of every table referencing it); no rollback brings them back.',
    kinds: ['TruncateStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('TruncateStmt' in node))
            return [];
        const cascade = node.TruncateStmt.behavior === 'DROP_CASCADE';
        return (node.TruncateStmt.relations ?? [])
            .map((r) => ('RangeVar' in r ? (0,sql_names/* relationKey */.Yb)(r.RangeVar) : ''))
            .filter((table) => table && !state.isNewTable(table))
            .map((table) => ({
            message: `TRUNCATE deletes every row of "${table}"` +
                `${cascade ? ', and CASCADE silently empties every table with a foreign key to it as well' : ''}: ` +
                'the previous release loses that data, a rollback cannot restore it, and the ACCESS EXCLUSIVE lock blocks all reads and writes meanwhile.',
            help: 'Delete only the rows you mean to, in batches with a WHERE clause (after archiving them), and name each table explicitly instead of using CASCADE.',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/drop-add-rename.ts



const dropAddRename = {
    id: 'drop-add-rename',
    severity: 'error',
    class: 'contract',
    summary: 'DROP COLUMN plus ADD COLUMN on the same table in one migration is usually a rename generated by an ORM: the data is lost.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        const dropped = (0,ast/* alterCommands */.$f)(node).flatMap((c) => c.subtype === 'AT_DropColumn' && c.name && !state.isNewColumn(table, c.name) ? [c.name] : []);
        if (!dropped.length)
            return [];
        // The dropped column's type is not known without the base schema, so every column added to the table counts.
        const added = [...previous, statement, ...following].flatMap((s) => addedColumns(s, table));
        return dropped.flatMap((old) => {
            // Added again under its own name: a type change, not a rename; ban-drop-column says so.
            if (readdedColumn(table, old, statement, following))
                return [];
            // A column filled from the dropped one before the drop holds its values: moved, not lost.
            const moved = new Set(copiedInto(table, old, previous));
            const candidates = added.filter((a) => a.name !== old && !moved.has(a.name));
            if (!candidates.length)
                return [];
            const names = candidates.map((a) => `"${a.name}"${a.type ? ` (${a.type})` : ''}`).join(', ');
            return [
                {
                    message: `Dropping "${old}" of "${table}" while adding ${names} in the same migration looks like a rename generated as DROP + ADD (Prisma and drizzle-kit do this): every value in "${old}" is deleted, not moved, and the previous release still reads "${old}".`,
                    help: `If it is a rename, keep "${old}": add the new column, copy the data over (UPDATE in batches, or a trigger for new writes), switch the code, and drop "${old}" in a later release.`,
                    // Which dropped column the hit is about: the fallback review (fallback/refine.ts) judges it.
                    column: { table, name: old },
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/enable-rls-without-policy.ts


const enableRlsWithoutPolicy = {
    id: 'enable-rls-without-policy',
    severity: 'error',
    class: 'contract',
    summary: 'Enabling row level security on an existing table with no policy hides every row from every role that is not the owner or BYPASSRLS.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        if (!table || state.isNewTable(table))
            return [];
        if (!(0,ast/* alterCommands */.$f)(node).some((c) => c.subtype === 'AT_EnableRowSecurity'))
            return [];
        const hasPolicy = [...previous, ...following].some((s) => {
            const policy = (0,ast/* nodeOf */.E7)(s, 'CreatePolicyStmt');
            return !!policy && (0,sql_names/* relationKey */.Yb)(policy.table) === table;
        });
        if (hasPolicy || state.hasNewPolicy(table))
            return [];
        return [
            {
                message: `Enabling row level security on "${table}" with no CREATE POLICY for it in this migration makes every row invisible to non-owner roles (Supabase's anon and authenticated): the previous release's reads return nothing and its writes fail.`,
                help: `Create the policies for "${table}" in the same migration as ENABLE ROW LEVEL SECURITY (CREATE POLICY … ON ${table} …), so the table is never enabled without them.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-column.ts


const RELATIONS = {
    OBJECT_TABLE: 'table',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'materialized view',
};
const renamingColumn = {
    id: 'renaming-column',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming a column breaks the previous release, which still uses the old name.',
    kinds: ['RenameStmt'],
    affects: renamedColumn,
    check({ statement, state }) {
        const { node } = statement;
        if (!('RenameStmt' in node))
            return [];
        const r = node.RenameStmt;
        const kind = RELATIONS[r.relationType ?? ''];
        if (r.renameType !== 'OBJECT_COLUMN' || !kind || !r.subname || !r.newname)
            return [];
        const relation = (0,sql_names/* relationKey */.Yb)(r.relation);
        if (state.isNewColumn(relation, r.subname) || state.isNewView(relation))
            return [];
        return [
            {
                message: `Renaming column "${r.subname}" of ${kind} "${relation}" to "${r.newname}" breaks the previous release: every query it makes that names "${r.subname}" fails after the migration, and after a rollback.`,
                help: `Expand/contract instead: add "${r.newname}", write both columns (or sync them with a trigger) and backfill, move reads to "${r.newname}", and drop "${r.subname}" in a later release.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-enum-value.ts

const renamingEnumValue = {
    id: 'renaming-enum-value',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming an enum value breaks the previous release, which still writes and filters on the old label.',
    kinds: ['AlterEnumStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('AlterEnumStmt' in node))
            return [];
        const e = node.AlterEnumStmt;
        if (e.oldVal === undefined || e.newVal === undefined)
            return [];
        const type = (0,sql_names/* qualifiedName */.OL)(e.typeName);
        if (state.isNewType(type))
            return [];
        return [
            {
                message: `Renaming value '${e.oldVal}' of enum "${type}" to '${e.newVal}' breaks the previous release: every query that writes or filters on '${e.oldVal}' fails with "invalid input value for enum", after the migration and after a rollback.`,
                help: `Add the new label instead (ALTER TYPE ${type} ADD VALUE IF NOT EXISTS '${e.newVal}'), migrate rows and code to it, and stop writing '${e.oldVal}'; enum values cannot be dropped, so never rename one in place.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-schema.ts

/** ALTER SCHEMA … RENAME TO: every schema-qualified name the previous release uses stops resolving. */
const renamingSchema = {
    id: 'renaming-schema',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming a schema breaks the previous release, which still names its tables, views and functions by the old schema.',
    kinds: ['RenameStmt'],
    check({ statement, state }) {
        const rename = (0,ast/* nodeOf */.E7)(statement, 'RenameStmt');
        if (!rename || rename.renameType !== 'OBJECT_SCHEMA' || !rename.subname || !rename.newname)
            return [];
        if (state.isNewSchema(rename.subname))
            return [];
        return [
            {
                message: `Renaming schema "${rename.subname}" to "${rename.newname}" breaks the previous release: every query that names "${rename.subname}".… (or finds it on its search_path) fails after the migration, and after a rollback.`,
                help: `Create the new schema beside the old one and move objects over release by release, keeping views under "${rename.subname}" until the previous release no longer uses them.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-table.ts



const renamingTable = {
    id: 'renaming-table',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming a table breaks the previous release, which still queries the old name (unless a view keeps it).',
    kinds: ['RenameStmt', 'AlterObjectSchemaStmt'],
    affects: renamedTable,
    check({ statement, state, previous, following }) {
        const { node } = statement;
        const move = (0,ast/* nodeOf */.E7)(statement, 'AlterObjectSchemaStmt');
        if (move) {
            // ALTER TABLE … SET SCHEMA moves the table away from the name the previous release queries.
            if (move.objectType !== 'OBJECT_TABLE' || !move.newschema)
                return [];
            const table = (0,sql_names/* relationKey */.Yb)(move.relation);
            if (!table || state.isNewTable(table))
                return [];
            if ([...previous, ...following].some((s) => createsViewNamed(s, table)))
                return [];
            const moved = sqlName(`${move.newschema}.${move.relation?.relname ?? ''}`);
            return [
                {
                    message: `Moving table "${table}" to schema "${move.newschema}" breaks the previous release: every query it makes on "${table}" fails after the migration, and after a rollback.`,
                    help: `Keep the old name working in the same migration: CREATE VIEW ${sqlName(table)} AS SELECT * FROM ${moved}; (a simple view is updatable), and drop the view in a later release.`,
                },
            ];
        }
        if (!('RenameStmt' in node))
            return [];
        const r = node.RenameStmt;
        if (r.renameType !== 'OBJECT_TABLE' || !r.newname)
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(r.relation);
        if (!table || state.isNewTable(table))
            return [];
        // A view under the old name keeps the previous release's queries (and simple writes) working.
        if ([...previous, ...following].some((s) => createsViewNamed(s, table)))
            return [];
        return [
            {
                message: `Renaming table "${table}" to "${r.newname}" breaks the previous release: every query it makes on "${table}" fails after the migration, and after a rollback.`,
                help: `Keep the old name working in the same migration: CREATE VIEW ${sqlName(table)} AS SELECT * FROM ${sqlName(renamedKey(table, r.newname))}; (a simple view is updatable), and drop the view in a later release.`,
            },
        ];
    },
};
/**
 * A table key (`Conversation`, `app.users`) as SQL that names exactly it: quoted, so a mixed-case Prisma
 * name is not folded to lower case and the advised view is the one this rule looks for.
 */
function sqlName(key) {
    return key
        .split('.')
        .map((part) => `"${part.replace(/"/g, '""')}"`)
        .join('.');
}
/** RENAME TO keeps the table in its schema. */
function renamedKey(table, newname) {
    const dot = table.lastIndexOf('.');
    return dot < 0 ? newname : `${table.slice(0, dot + 1)}${newname}`;
}
function createsViewNamed(statement, key) {
    return 'ViewStmt' in statement.node && (0,sql_names/* relationKey */.Yb)(statement.node.ViewStmt.view) === key;
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-type.ts


/** `ALTER TYPE old RENAME TO new` as [old, new] (new in old's schema). */
function renaming_type_typeRename(statement) {
    const rename = (0,ast/* nodeOf */.E7)(statement, 'RenameStmt');
    if (!rename || rename.renameType !== 'OBJECT_TYPE' || !rename.newname || !rename.object)
        return undefined;
    const old = (0,sql_names/* qualifiedName */.OL)('List' in rename.object ? (rename.object.List.items ?? []) : [rename.object]);
    const schema = old.includes('.') ? `${old.slice(0, old.lastIndexOf('.'))}.` : '';
    return [old, `${schema}${rename.newname}`];
}
/**
 * Prisma changes an enum's values by renaming `Role` to `Role_old` and a new `Role_new` to `Role`: the name
 * the previous release casts to exists again once the file ran, so that rename breaks nothing.
 */
function nameTakenBack(name, statements) {
    return statements.some((s) => renaming_type_typeRename(s)?.[1] === name);
}
/** ALTER TYPE … RENAME TO / RENAME ATTRIBUTE / SET SCHEMA of a type that existed before the change. */
const renamingType = {
    id: 'renaming-type',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming a type or one of its attributes, or moving it to another schema, breaks the previous release, which still names the old one.',
    kinds: ['RenameStmt', 'AlterObjectSchemaStmt'],
    check({ statement, state, following }) {
        const renamed = renaming_type_typeRename(statement);
        if (renamed) {
            const [old, to] = renamed;
            if (state.isNewType(old) || nameTakenBack(old, following))
                return [];
            return [
                {
                    message: `Renaming type "${old}" to "${to}" breaks the previous release: its casts to "${old}" (Prisma casts every enum value it writes) and functions that name it fail, after the migration and after a rollback.`,
                    help: `Keep "${old}"; create the new type beside it if the name must change, move columns over in later releases, and drop "${old}" once the rollback target no longer uses it.`,
                },
            ];
        }
        const rename = (0,ast/* nodeOf */.E7)(statement, 'RenameStmt');
        if (rename?.renameType === 'OBJECT_ATTRIBUTE' && rename.subname && rename.newname) {
            const type = (0,sql_names/* relationKey */.Yb)(rename.relation);
            if (state.isNewType(type))
                return [];
            return [
                {
                    message: `Renaming attribute "${rename.subname}" of type "${type}" to "${rename.newname}" breaks the previous release: its queries that read (value)."${rename.subname}" fail, after the migration and after a rollback.`,
                    help: `Add the new attribute beside the old one (ALTER TYPE ${type} ADD ATTRIBUTE …), move code to it, and drop "${rename.subname}" once the rollback target no longer uses it.`,
                },
            ];
        }
        const moved = (0,ast/* nodeOf */.E7)(statement, 'AlterObjectSchemaStmt');
        if (moved &&
            (moved.objectType === 'OBJECT_TYPE' || moved.objectType === 'OBJECT_DOMAIN') &&
            moved.object) {
            const name = (0,sql_names/* qualifiedName */.OL)('List' in moved.object ? (moved.object.List.items ?? []) : [moved.object]);
            if (!name || state.isNewType(name))
                return [];
            const kind = moved.objectType === 'OBJECT_DOMAIN' ? 'domain' : 'type';
            return [
                {
                    message: `Moving ${kind} "${name}" to schema "${moved.newschema}" breaks the previous release: its casts to "${name}" stop resolving, after the migration and after a rollback.`,
                    help: `Keep "${name}" where it is; if it must move, create it in "${moved.newschema}" beside the old one and switch columns over release by release.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/detaching-partition.ts


/** ALTER TABLE parent DETACH PARTITION child (docs/ddl-audit.md). */
const detachingPartition = {
    id: 'detaching-partition',
    severity: 'warning',
    // Whether hidden rows break the previous release depends on whether it reads them: unknown, a warning.
    class: 'unknown',
    summary: "Detaching a partition hides its rows from the previous release's queries of the parent; without CONCURRENTLY it locks the parent against reads and writes.",
    kinds: ['AlterTableStmt'],
    check({ statement, state, pgVersion }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const parent = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        if (state.isNewTable(parent))
            return [];
        return (0,ast/* alterCommands */.$f)(node)
            .filter((cmd) => cmd.subtype === 'AT_DetachPartition')
            .flatMap((cmd) => {
            const part = cmd.def && 'PartitionCmd' in cmd.def ? cmd.def.PartitionCmd : undefined;
            const child = (0,sql_names/* relationKey */.Yb)(part?.name);
            const rows = {
                message: `The previous release's queries of "${parent}" stop seeing the rows of "${child}" (they stay in "${child}", no longer part of "${parent}"), after the migration and after a rollback.`,
                help: `Detach only partitions whose rows no release you may roll back to reads through "${parent}" (retention), or attach it again (ALTER TABLE ${parent} ATTACH PARTITION …) before rolling back.`,
            };
            if (part?.concurrent)
                return [rows];
            // The lock is a deploy-time problem of its own: an error, separate from the rows' warning.
            return [
                rows,
                {
                    severity: 'error',
                    message: `Detaching "${child}" without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on "${parent}", blocking every read and write of it until the transaction ends.`,
                    help: pgVersion >= 14
                        ? 'Use DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+) in a migration file that holds only that statement, for a runner that does not wrap it in a transaction; it takes only SHARE UPDATE EXCLUSIVE.'
                        : 'On PostgreSQL 14+ DETACH PARTITION … CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE; before that, detach at a quiet time with a short lock_timeout.',
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/unbounded-data-change.ts

const unboundedDataChange = {
    id: 'unbounded-data-change',
    severity: 'error',
    class: 'contract',
    summary: 'DELETE or UPDATE without WHERE on an existing table changes every row: data a rollback cannot restore, under a lock on every row.',
    kinds: ['DeleteStmt', 'UpdateStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if ('DeleteStmt' in node) {
            const table = (0,sql_names/* relationKey */.Yb)(node.DeleteStmt.relation);
            if (node.DeleteStmt.whereClause || !table || state.isNewTable(table))
                return [];
            return [
                {
                    message: `DELETE without WHERE removes every row of "${table}": the previous release loses that data, and a rollback cannot bring it back.`,
                    help: 'Delete only the rows you mean to, with a WHERE clause and in batches, after archiving them (or keep the rows and filter them out in code).',
                },
            ];
        }
        if ('UpdateStmt' in node) {
            const u = node.UpdateStmt;
            const table = (0,sql_names/* relationKey */.Yb)(u.relation);
            if (u.whereClause || !table || state.isNewTable(table))
                return [];
            const columns = (u.targetList ?? []).flatMap((t) => 'ResTarget' in t && t.ResTarget.name ? [t.ResTarget.name] : []);
            const overwrites = columns.filter((c) => !state.isNewColumn(table, c));
            const list = columns.map((c) => `"${c}"`).join(', ');
            return [
                {
                    // The schema contract does not change, so the class is left to the data: unknown.
                    class: 'unknown',
                    message: `UPDATE without WHERE rewrites every row of "${table}" (${list}) in one transaction, locking each row against writes until it commits` +
                        `${overwrites.length ? ` and overwriting values of ${overwrites.map((c) => `"${c}"`).join(', ')} that a rollback cannot restore` : ''}.`,
                    help: 'Backfill in a separate migration or job, in batches of a few thousand rows keyed by primary key (UPDATE … WHERE id BETWEEN …), each committed on its own.',
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-exclusion-constraint.ts


/** ADD CONSTRAINT … EXCLUDE on an existing table: no NOT VALID and no CONCURRENTLY form exist for it. */
const addingExclusionConstraint = {
    id: 'adding-exclusion-constraint',
    severity: 'error',
    class: 'contract',
    summary: 'ADD CONSTRAINT … EXCLUDE builds its index under an ACCESS EXCLUSIVE lock, and starts rejecting writes the previous release makes.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!(0,ast/* isTableAlter */.fF)(node) || !('AlterTableStmt' in node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return (0,ast/* alterCommands */.$f)(node)
            .filter((c) => c.subtype === 'AT_AddConstraint' && (0,ast/* constraintOf */.vY)(c.def)?.contype === 'CONSTR_EXCLUSION')
            .map((c) => {
            const name = (0,ast/* constraintOf */.vY)(c.def)?.conname;
            return {
                message: `Adding exclusion constraint${name ? ` "${name}"` : ''} to existing table "${table}" builds its index while holding an ACCESS EXCLUSIVE lock (no reads or writes until it is built), fails on rows that already overlap, and then rejects the previous release's writes that overlap.`,
                help: 'Exclusion constraints have no NOT VALID or CONCURRENTLY form: add it to a new table, or in a maintenance window once the previous release never writes overlapping rows; until then enforce the rule in the application.',
                locks: [table],
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-primary-key.ts

const HELP = 'Make the columns NOT NULL safely first (CHECK … NOT VALID, VALIDATE, SET NOT NULL), run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.';
const addingPrimaryKey = {
    id: 'adding-primary-key',
    severity: 'error',
    class: 'expand',
    kinds: ['AlterTableStmt'],
    summary: 'ADD PRIMARY KEY builds its index and checks NOT NULL under an ACCESS EXCLUSIVE lock, and fails on duplicates or NULLs.',
    check({ statement, state }) {
        return (0,ast/* indexBuildsOnExistingTable */._b)(statement.node, state, 'CONSTR_PRIMARY').map((build) => build.via === 'constraint'
            ? {
                message: `Adding a primary key on ${build.columns || 'columns'} of existing table "${build.table}" builds its unique index and sets the columns NOT NULL under an ACCESS EXCLUSIVE lock: no reads or writes until the build and scan finish, and it fails on duplicates or NULLs.`,
                help: HELP,
                locks: [build.table],
            }
            : {
                message: `Adding column "${build.column}" as the PRIMARY KEY of existing table "${build.table}" fills and indexes every row under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
                help: `Add "${build.column}" as a plain column, backfill it in batches, then follow the safe sequence: ${HELP}`,
                locks: [build.table],
            });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-required-field.ts


/** Identity, generated and serial columns are filled by Postgres, so existing rows and old INSERTs get a value. */
function fillsItself(def) {
    if ((0,ast/* isSerialType */.sD)(def.typeName))
        return true;
    return (0,ast/* columnConstraints */.zD)(def).some((c) => c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
}
function isRequired(def) {
    const required = (0,ast/* columnConstraints */.zD)(def).some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
    return required && !(0,ast/* columnDefault */.s1)(def) && !fillsItself(def);
}
const addingRequiredField = {
    id: 'adding-required-field',
    severity: 'error',
    class: 'contract',
    summary: 'ADD COLUMN … NOT NULL without a DEFAULT fails on existing rows, and the previous release’s INSERTs that omit the column fail.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        if (!(0,ast/* isTableAlter */.fF)(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return (0,ast/* alterCommands */.$f)(statement.node)
            .filter((c) => c.subtype === 'AT_AddColumn')
            .flatMap((c) => {
            const def = (0,ast/* columnDefOf */.lF)(c);
            return def?.colname && isRequired(def) ? [def.colname] : [];
        })
            .map((column) => ({
            message: `Adding required column "${column}" to existing table "${table}" without a DEFAULT fails as soon as the table has a row, and the previous release's INSERTs, which do not name "${column}", fail with a NOT NULL violation.`,
            help: 'Add the column as nullable (or with a constant DEFAULT), backfill it, and tighten it to NOT NULL in a later release once the previous release no longer inserts rows without it.',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-table-rewriting-column.ts


/** What makes Postgres fill the new column row by row, or undefined when it does not. */
function rewriteCause(def) {
    if ((0,ast/* isSerialType */.sD)(def.typeName))
        return `of type ${(0,sql_names/* typeNameText */.vB)(def.typeName)} (a sequence default)`;
    for (const c of (0,ast/* columnConstraints */.zD)(def)) {
        if (c.contype === 'CONSTR_IDENTITY')
            return 'as an identity column';
        // Postgres 18 VIRTUAL generated columns are computed on read: no rewrite.
        if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 's')
            return 'as a STORED generated column';
    }
    return undefined;
}
const addingTableRewritingColumn = {
    id: 'adding-table-rewriting-column',
    severity: 'error',
    class: 'expand',
    summary: 'ADD COLUMN of a serial, identity or STORED generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        if (!(0,ast/* isTableAlter */.fF)(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return (0,ast/* alterCommands */.$f)(statement.node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            const cause = def && rewriteCause(def);
            if (!def?.colname || !cause)
                return [];
            return [
                {
                    message: `Adding column "${def.colname}" ${cause} to existing table "${table}" computes a value for every existing row, rewriting the whole table and its indexes under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
                    help: `Add "${def.colname}" as a plain nullable column, fill new rows with a trigger or a SET DEFAULT, and backfill existing rows in batches; for an id on a big table, consider a new table.`,
                    locks: [table],
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-volatile-default.ts


/**
 * Built-in and extension functions that are VOLATILE, matched on the unqualified name (Supabase installs
 * extensions in the `extensions` schema). now(), CURRENT_TIMESTAMP, auth.uid() and friends are STABLE.
 */
const VOLATILE = new Set([
    'random',
    'random_normal',
    'gen_random_uuid',
    'uuidv4',
    'uuidv7',
    'uuid_generate_v1',
    'uuid_generate_v1mc',
    'uuid_generate_v4',
    'gen_random_bytes',
    'gen_salt',
    'clock_timestamp',
    'timeofday',
    'nextval',
    'setval',
    'currval',
    'lastval',
    'txid_current',
    'pg_current_xact_id',
]);
/** Volatility of a function created earlier in this file (VOLATILE unless it says otherwise). */
function volatileInFile(name, previous) {
    const created = previous.flatMap((s) => {
        const fn = (0,ast/* nodeOf */.E7)(s, 'CreateFunctionStmt');
        return fn && (0,sql_names/* qualifiedName */.OL)(fn.funcname) === name ? [fn] : [];
    });
    const last = created[created.length - 1];
    if (!last)
        return false;
    const option = (last.options ?? []).find((o) => 'DefElem' in o && o.DefElem.defname === 'volatility');
    const value = option && 'DefElem' in option ? (0,sql_names/* stringValue */.r$)(option.DefElem.arg) : undefined;
    return value === undefined || value === 'volatile';
}
/** The first volatile function the default calls, e.g. `gen_random_uuid()`. */
function volatileCall(expr, previous) {
    for (const call of (0,ast/* findNodes */.zM)(expr, 'FuncCall')) {
        const name = (0,sql_names/* qualifiedName */.OL)(call.funcname);
        const base = name.slice(name.lastIndexOf('.') + 1);
        if (VOLATILE.has(base) || volatileInFile(name, previous))
            return `${name}()`;
    }
    return undefined;
}
const addingVolatileDefault = {
    id: 'adding-volatile-default',
    severity: 'error',
    class: 'expand',
    summary: 'ADD COLUMN with a volatile DEFAULT (or any DEFAULT before Postgres 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, pgVersion }) {
        if (!(0,ast/* isTableAlter */.fF)(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return (0,ast/* alterCommands */.$f)(statement.node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            const expr = def && (0,ast/* columnDefault */.s1)(def);
            if (!def?.colname || !expr)
                return [];
            const lock = `rewrites every row of existing table "${table}" under an ACCESS EXCLUSIVE lock`;
            const wait = 'no reads or writes until the rewrite finishes';
            const call = volatileCall(expr, previous);
            if (call) {
                return [
                    {
                        message: `Adding column "${def.colname}" with the volatile default ${call} ${lock}, because Postgres must compute a value for each existing row: ${wait}.`,
                        help: `Add "${def.colname}" without a default, then ALTER COLUMN … SET DEFAULT ${call} (new rows only), and backfill existing rows in batches.`,
                        locks: [table],
                    },
                ];
            }
            if (pgVersion >= 11)
                return [];
            return [
                {
                    message: `On Postgres ${pgVersion}, adding column "${def.colname}" with a DEFAULT ${lock} (only Postgres 11+ stores a constant default without touching the rows): ${wait}.`,
                    help: `Add "${def.colname}" without a default, then SET DEFAULT in a second statement and backfill existing rows in batches; or raise migrations.pg-version if production runs 11+.`,
                    locks: [table],
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-concurrent-index-in-transaction.ts


function concurrentOperation(node) {
    if ('IndexStmt' in node && node.IndexStmt.concurrent)
        return 'CREATE INDEX CONCURRENTLY';
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX' && node.DropStmt.concurrent)
        return 'DROP INDEX CONCURRENTLY';
    if ((0,ast/* isConcurrentReindex */.H)(node))
        return 'REINDEX CONCURRENTLY';
    return undefined;
}
const banConcurrentIndexInTransaction = {
    id: 'ban-concurrent-index-in-transaction',
    severity: 'error',
    class: 'unknown',
    kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
    summary: 'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY fail inside a transaction block, so the deploy stops at this migration.',
    check(ctx) {
        const operation = concurrentOperation(ctx.statement.node);
        if (!operation || !ctx.inTransaction)
            return [];
        const { why, how } = transactionAdvice(ctx, operation);
        return [
            {
                message: `${operation} cannot run inside a transaction block, but ${why}: Postgres rejects it and the deploy fails at this migration.`,
                help: how,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/gates/migrations/rules/changing-column-type.ts
var changing_column_type = __webpack_require__(7949);
// EXTERNAL MODULE: ./src/sql/pg-parser.ts
var pg_parser = __webpack_require__(6403);
;// CONCATENATED MODULE: ./src/sql/plpgsql.ts

/** A dollar-quote tag the body does not contain, so the body is passed on exactly as written. */
function quoteTag(body) {
    let tag = '$rr$';
    for (let i = 0; body.includes(tag); i++)
        tag = `$rr${i}$`;
    return tag;
}
/**
 * The SQL statements of a `DO $$ [DECLARE …] BEGIN … [EXCEPTION …] END $$` block, in order, when its
 * main block is a flat list of SQL statements; undefined when the body does not parse or does more
 * (IF, loops, assignments, nested blocks): such a body is not a simple list of DDL.
 */
function flatDoBlockSql(body) {
    const tag = quoteTag(body);
    let parsed;
    try {
        parsed = (0,pg_parser/* parsePlPgSql */.xL)(`DO ${tag}${body}${tag}`);
    }
    catch (error) {
        if (error instanceof pg_parser/* ParserNotLoadedError */.ew)
            throw error;
        return undefined;
    }
    // The parser ends the body with an implicit RETURN; a block with an EXCEPTION clause stays a block of
    // its own inside the function's block, one without is merged into it.
    let list = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function?.action?.PLpgSQL_stmt_block?.body ?? [];
    if (list.at(-1)?.PLpgSQL_stmt_return)
        list = list.slice(0, -1);
    const inner = list.length === 1 ? list[0]?.PLpgSQL_stmt_block : undefined;
    if (inner)
        list = inner.body ?? [];
    const queries = [];
    for (const statement of list) {
        const query = statement.PLpgSQL_stmt_execsql?.sqlstmt?.PLpgSQL_expr?.query;
        if (query === undefined)
            return undefined;
        queries.push(query);
    }
    return queries;
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/constraint-missing-not-valid.ts




const isScanned = (c) => (c?.contype === 'CONSTR_FOREIGN' || c?.contype === 'CONSTR_CHECK') && !c.skip_validation;
function scanHit(table, c, inline) {
    const name = c.conname ? ` "${c.conname}"` : '';
    const what = inline
        ? `column "${inline}" with an inline ${c.contype === 'CONSTR_FOREIGN' ? 'REFERENCES' : 'CHECK'}`
        : `constraint${name}`;
    const fix = inline
        ? `Add "${inline}" without the constraint, then ADD CONSTRAINT … NOT VALID, and VALIDATE CONSTRAINT in a later migration.`
        : 'Add it with NOT VALID (checked for new writes at once, instantly), then VALIDATE CONSTRAINT in a later migration: validation only blocks schema changes.';
    if (c.contype === 'CONSTR_FOREIGN') {
        const parent = (0,sql_names/* relationKey */.Yb)(c.pktable);
        // A self-reference (parent_id → id) scans one table: "both X and X" would read as two.
        const against = parent === table
            ? `checks every row against "${table}" itself while holding a lock that blocks writes to it`
            : `checks every row against "${parent}" while holding locks that block writes to both "${table}" and "${parent}"`;
        return {
            message: `Adding ${what} to existing table "${table}" ${against} until the scan finishes.`,
            help: fix,
            locks: parent === table ? [table] : [table, parent],
        };
    }
    return {
        message: `Adding ${what} to existing table "${table}" scans every row while holding an ACCESS EXCLUSIVE lock: reads and writes of "${table}" wait until the scan finishes.`,
        help: fix,
        locks: [table],
    };
}
/** Statements that ran earlier in the same transaction as this one. */
function sameTransaction({ statement, previous }) {
    if (!statement.inExplicitTransaction)
        return previous;
    const begin = previous.findLastIndex((s) => s.kind === 'TransactionStmt');
    return previous.slice(begin + 1);
}
/** Names of constraints added NOT VALID to `table` earlier in the transaction. */
function addedNotValid(statements, table) {
    const names = statements
        .filter((s) => s.kind === 'AlterTableStmt' &&
        'AlterTableStmt' in s.node &&
        (0,sql_names/* relationKey */.Yb)(s.node.AlterTableStmt.relation) === table)
        .flatMap((s) => (0,ast/* alterCommands */.$f)(s.node).map((c) => (0,ast/* constraintOf */.vY)(c.def)))
        .flatMap((c) => (c?.skip_validation && c.conname ? [c.conname] : []));
    return new Set(names);
}
/**
 * The statements of a `DO $$ BEGIN … [EXCEPTION …] END $$` block: Drizzle wraps its foreign keys in one
 * to ignore duplicate_object. Anything more complex than a flat list of statements is left alone.
 */
function doBlockStatements(node) {
    if (!('DoStmt' in node))
        return [];
    const options = (node.DoStmt.args ?? []).flatMap((a) => ('DefElem' in a ? [a.DefElem] : []));
    const language = options.find((o) => o.defname === 'language')?.arg;
    if (language && 'String' in language && language.String.sval !== 'plpgsql')
        return [];
    const body = options.find((o) => o.defname === 'as')?.arg;
    const queries = body && 'String' in body ? flatDoBlockSql(body.String.sval ?? '') : undefined;
    try {
        return (queries ?? []).flatMap((q) => ((0,pg_parser/* parseSql */.eg)(q).stmts ?? []).flatMap((s) => (s.stmt ? [s.stmt] : [])));
    }
    catch (error) {
        if (error instanceof pg_parser/* ParserNotLoadedError */.ew)
            throw error; // never read a missing parser as "no statements"
        return [];
    }
}
function checkAlter(ctx, node) {
    if (!(0,ast/* isTableAlter */.fF)(node) || !('AlterTableStmt' in node))
        return [];
    const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
    if (ctx.state.isNewTable(table))
        return [];
    const cmds = (0,ast/* alterCommands */.$f)(node);
    // Only a VALIDATE needs the NOT VALID constraints added earlier in its transaction (a backward scan).
    const notValid = ctx.inTransaction && cmds.some((c) => c.subtype === 'AT_ValidateConstraint')
        ? addedNotValid([...sameTransaction(ctx), ctx.statement], table)
        : new Set();
    return cmds.flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const c = (0,ast/* constraintOf */.vY)(cmd.def);
            return isScanned(c) ? [scanHit(table, c)] : [];
        }
        if (cmd.subtype === 'AT_AddColumn') {
            const def = (0,ast/* columnDefOf */.lF)(cmd);
            return def
                ? (0,ast/* columnConstraints */.zD)(def)
                    .filter(isScanned)
                    .map((c) => scanHit(table, c, def.colname))
                : [];
        }
        if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name && notValid.has(cmd.name)) {
            return [
                {
                    message: `VALIDATE CONSTRAINT "${cmd.name}" runs in the same transaction that added it NOT VALID, so the lock taken by the ADD is held for the whole validation scan of "${table}": NOT VALID buys nothing.`,
                    help: 'Move VALIDATE CONSTRAINT to a later migration (its own transaction): alone it takes a SHARE UPDATE EXCLUSIVE lock that lets reads and writes continue.',
                    locks: [table],
                },
            ];
        }
        return [];
    });
}
/**
 * ALTER DOMAIN … ADD CONSTRAINT (without NOT VALID) and SET NOT NULL check every column of the domain in
 * every table, holding a SHARE lock on each: no writes to any of them until the scan ends.
 */
function checkDomain(ctx, domain) {
    const name = (domain.typeName ?? []).map(sql_names/* stringValue */.r$).join('.');
    if (ctx.state.isNewType(name))
        return [];
    const c = domain.subtype === 'C' ? (0,ast/* constraintOf */.vY)(domain.def) : undefined;
    const scans = domain.subtype === 'O' || (c?.contype === 'CONSTR_CHECK' && !c.skip_validation);
    if (!scans)
        return [];
    const what = domain.subtype === 'O'
        ? 'SET NOT NULL on'
        : `adding check constraint${c?.conname ? ` "${c.conname}"` : ''} to`;
    return [
        {
            message: `ALTER DOMAIN ${what} domain "${name}" checks every value of the domain in every table that uses it, holding a SHARE lock that blocks writes to each of those tables until the scan finishes.`,
            help: `Add it as a CHECK constraint with NOT VALID (${domain.subtype === 'O' ? 'CHECK (VALUE IS NOT NULL) NOT VALID' : 'instant, enforced for new values'}), then ALTER DOMAIN … VALIDATE CONSTRAINT in a later migration: validation does not block writes.`,
        },
    ];
}
const constraintMissingNotValid = {
    id: 'constraint-missing-not-valid',
    severity: 'error',
    class: 'expand',
    kinds: ['AlterTableStmt', 'DoStmt', 'AlterDomainStmt'],
    summary: 'Adding a FOREIGN KEY or CHECK constraint without NOT VALID scans the whole table under a lock that blocks writes.',
    check(ctx) {
        const domain = (0,ast/* nodeOf */.E7)(ctx.statement, 'AlterDomainStmt');
        if (domain)
            return checkDomain(ctx, domain);
        const { node } = ctx.statement;
        return [node, ...doBlockStatements(node)].flatMap((n) => checkAlter(ctx, n));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/disallowed-unique-constraint.ts

const disallowedUniqueConstraint = {
    id: 'disallowed-unique-constraint',
    severity: 'error',
    class: 'expand',
    kinds: ['AlterTableStmt'],
    summary: 'ADD CONSTRAINT … UNIQUE builds its index under an ACCESS EXCLUSIVE lock and fails on existing duplicates.',
    check({ statement, state }) {
        return (0,ast/* indexBuildsOnExistingTable */._b)(statement.node, state, 'CONSTR_UNIQUE').map((build) => build.via === 'constraint'
            ? {
                message: `Adding UNIQUE constraint${build.constraint.conname ? ` "${build.constraint.conname}"` : ''} on ${build.columns || 'columns'} of existing table "${build.table}" builds its index under an ACCESS EXCLUSIVE lock (no reads or writes until the build finishes), and fails if existing rows hold duplicates.`,
                help: 'Run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … UNIQUE USING INDEX, which is instant.',
                locks: [build.table],
            }
            : {
                message: `Adding column "${build.column}" with an inline UNIQUE to existing table "${build.table}" builds a unique index over every row under an ACCESS EXCLUSIVE lock: no reads or writes until the build finishes.`,
                help: `Add "${build.column}" without UNIQUE, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … UNIQUE USING INDEX.`,
                locks: [build.table],
            });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-concurrent-index-deletion.ts


const requireConcurrentIndexDeletion = {
    id: 'require-concurrent-index-deletion',
    severity: 'error',
    class: 'expand',
    summary: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index’s table, blocking its reads and writes.',
    kinds: ['DropStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX' || node.DropStmt.concurrent)
            return [];
        const existing = (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => (0,sql_names/* qualifiedName */.OL)(parts))
            .filter((name) => name && !state.isNewIndex(name));
        if (!existing.length)
            return [];
        const names = existing.map((n) => `"${n}"`).join(', ');
        return [
            {
                message: `Dropping index ${names} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: every read and write of the table waits, and the lock itself queues behind running queries.`,
                help: existing.length > 1 || node.DropStmt.behavior === 'DROP_CASCADE'
                    ? 'Use DROP INDEX CONCURRENTLY IF EXISTS, one index per statement and without CASCADE, in a migration that runs outside a transaction.'
                    : 'Use DROP INDEX CONCURRENTLY IF EXISTS in a migration of its own that runs outside a transaction.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-concurrent-reindex.ts


const WHAT = {
    REINDEX_OBJECT_INDEX: 'index',
    REINDEX_OBJECT_TABLE: 'table',
    REINDEX_OBJECT_SCHEMA: 'schema',
    REINDEX_OBJECT_SYSTEM: 'system catalogs',
    REINDEX_OBJECT_DATABASE: 'database',
};
const requireConcurrentReindex = {
    id: 'require-concurrent-reindex',
    severity: 'error',
    class: 'expand',
    summary: 'REINDEX without CONCURRENTLY blocks writes to the table, and reads through the index, until the rebuild finishes.',
    kinds: ['ReindexStmt'],
    check({ statement, state, pgVersion }) {
        const { node } = statement;
        if (!('ReindexStmt' in node) || (0,ast/* isConcurrentReindex */.H)(node))
            return [];
        const reindex = node.ReindexStmt;
        const kind = reindex.kind ?? 'REINDEX_OBJECT_INDEX';
        const name = reindex.relation ? (0,sql_names/* relationKey */.Yb)(reindex.relation) : (reindex.name ?? '');
        if (kind === 'REINDEX_OBJECT_TABLE' && state.isNewTable(name))
            return [];
        if (kind === 'REINDEX_OBJECT_INDEX' && state.isNewIndex(name))
            return [];
        const target = `${WHAT[kind] ?? 'object'}${name ? ` "${name}"` : ''}`;
        return [
            {
                message: `REINDEX of ${target} without CONCURRENTLY blocks every write to the table(s) and every read that uses the index being rebuilt, for the whole rebuild.`,
                help: pgVersion >= 12
                    ? 'Use REINDEX … CONCURRENTLY (Postgres 12+) in a migration of its own that runs outside a transaction.'
                    : `Postgres ${pgVersion} has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one and rename the new one.`,
                ...(kind === 'REINDEX_OBJECT_TABLE' && name ? { locks: [name] } : {}),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-if-not-exists.ts


const SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt', 'TransactionStmt']);
/** More than one statement that changes something: a failure part-way leaves the earlier ones applied. */
function canStopHalfWay({ previous, following }) {
    return [...previous, ...following].some((s) => !SESSION_ONLY.has(s.kind));
}
const RERUN = 'it runs outside a transaction, so if the migration fails after it, re-running the file fails here with "already exists"';
const requireIfNotExists = {
    id: 'require-if-not-exists',
    severity: 'warning',
    class: 'expand',
    kinds: ['IndexStmt', 'CreateStmt', 'AlterTableStmt'],
    summary: 'Outside a transaction a migration can be half-applied; IF NOT EXISTS lets it be re-run.',
    check(ctx) {
        if (ctx.inTransaction)
            return [];
        const { node } = ctx.statement;
        if ('IndexStmt' in node) {
            const index = node.IndexStmt;
            if (index.if_not_exists || (!index.concurrent && !canStopHalfWay(ctx)))
                return [];
            const table = (0,sql_names/* relationKey */.Yb)(index.relation);
            const kind = index.concurrent ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX';
            if (!index.idxname) {
                return [
                    {
                        message: `${kind} on "${table}" has no name, so it cannot say IF NOT EXISTS: ${index.concurrent ? 'after a failed build' : 'when the migration is re-run after a failure'} a re-run builds a second copy of the index.`,
                        help: `Name the index and write ${kind} IF NOT EXISTS <name>.`,
                    },
                ];
            }
            return [
                {
                    message: index.concurrent
                        ? `CREATE INDEX CONCURRENTLY "${index.idxname}" on "${table}" has no IF NOT EXISTS: a build that fails or is cancelled leaves an INVALID index behind, and re-running the migration then fails with "already exists".`
                        : `CREATE INDEX "${index.idxname}" on "${table}" has no IF NOT EXISTS: ${RERUN}.`,
                    help: index.concurrent
                        ? 'Write CREATE INDEX CONCURRENTLY IF NOT EXISTS (and after a failed build, DROP INDEX CONCURRENTLY IF EXISTS the invalid index before re-running).'
                        : 'Write CREATE INDEX IF NOT EXISTS so a re-run skips what already exists.',
                },
            ];
        }
        if (!canStopHalfWay(ctx))
            return [];
        if ('CreateStmt' in node) {
            if (node.CreateStmt.if_not_exists)
                return [];
            return [
                {
                    message: `CREATE TABLE "${(0,sql_names/* relationKey */.Yb)(node.CreateStmt.relation)}" has no IF NOT EXISTS: ${RERUN}.`,
                    help: 'Write CREATE TABLE IF NOT EXISTS, or run the file in a transaction.',
                },
            ];
        }
        if (!(0,ast/* isTableAlter */.fF)(node) || !('AlterTableStmt' in node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        return (0,ast/* alterCommands */.$f)(node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok ? (0,ast/* columnDefOf */.lF)(cmd) : undefined;
            if (!def?.colname)
                return [];
            return [
                {
                    message: `ADD COLUMN "${def.colname}" to "${table}" has no IF NOT EXISTS: ${RERUN}.`,
                    help: 'Write ADD COLUMN IF NOT EXISTS, or run the file in a transaction.',
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-lock-timeout.ts


/** ALTER TABLE sub-commands that take a weaker lock than ACCESS EXCLUSIVE. */
const WEAK_ALTER = new Set([
    'AT_ValidateConstraint',
    'AT_SetStatistics',
    'AT_SetOptions',
    'AT_ResetOptions',
    'AT_SetRelOptions',
    'AT_ResetRelOptions',
    'AT_ClusterOn',
    'AT_DropCluster',
    'AT_AttachPartition',
    'AT_EnableTrig',
    'AT_EnableAlwaysTrig',
    'AT_EnableReplicaTrig',
    'AT_DisableTrig',
    'AT_EnableTrigAll',
    'AT_DisableTrigAll',
    'AT_EnableTrigUser',
    'AT_DisableTrigUser',
]);
function takesAccessExclusive(node) {
    return (0,ast/* alterCommands */.$f)(node).some((c) => {
        if (c.subtype === 'AT_AddConstraint')
            return (0,ast/* constraintOf */.vY)(c.def)?.contype !== 'CONSTR_FOREIGN'; // FKs take SHARE ROW EXCLUSIVE
        if (c.subtype === 'AT_DetachPartition')
            return !c.def || !('PartitionCmd' in c.def) || !c.def.PartitionCmd.concurrent;
        return !WEAK_ALTER.has(c.subtype ?? '');
    });
}
/** The statement kinds that can take an ACCESS EXCLUSIVE lock on a table (see accessExclusiveTarget). */
const LOCKING_KINDS = [
    'AlterTableStmt',
    'DropStmt',
    'TruncateStmt',
    'RenameStmt',
    'ClusterStmt',
    'VacuumStmt',
];
/** The existing table a statement locks ACCESS EXCLUSIVE, or undefined. */
function accessExclusiveTarget(statement, state) {
    if (!LOCKING_KINDS.includes(statement.kind))
        return undefined;
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    const existing = (tables) => tables.find((t) => t && !state.isNewTable(t));
    if ((0,ast/* isTableAlter */.fF)(node) && 'AlterTableStmt' in node) {
        return takesAccessExclusive(node) ? existing([(0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation)]) : undefined;
    }
    if ('DropStmt' in node) {
        const names = (0,ast/* dropTargetNames */.DW)(node).map((parts) => (0,sql_names/* qualifiedName */.OL)(parts));
        if (node.DropStmt.removeType === 'OBJECT_TABLE')
            return existing(names);
        if (node.DropStmt.removeType === 'OBJECT_INDEX' && !node.DropStmt.concurrent) {
            const index = names.find((n) => n && !state.isNewIndex(n));
            return index ? `the table of index "${index}"` : undefined;
        }
        return undefined;
    }
    if ('TruncateStmt' in node) {
        return existing((node.TruncateStmt.relations ?? []).map((r) => ('RangeVar' in r ? (0,sql_names/* relationKey */.Yb)(r.RangeVar) : '')));
    }
    if ('RenameStmt' in node &&
        ['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT'].includes(node.RenameStmt.renameType ?? '')) {
        return existing([(0,sql_names/* relationKey */.Yb)(node.RenameStmt.relation)]);
    }
    if ('ClusterStmt' in node)
        return existing([(0,sql_names/* relationKey */.Yb)(node.ClusterStmt.relation)]);
    if ('VacuumStmt' in node &&
        (node.VacuumStmt.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full')) {
        return existing((node.VacuumStmt.rels ?? []).map((r) => 'VacuumRelation' in r ? (0,sql_names/* relationKey */.Yb)(r.VacuumRelation.relation) : ''));
    }
    return undefined;
}
/** `SET lock_timeout = 0` turns the timeout off. */
function isEnabled(setting) {
    const value = setting?.match(/(?:=|\bto\b)\s*(.+?)\s*$/i)?.[1]?.replace(/^['"]|['"]$/g, '');
    return !!value && !/^0+\s*(us|ms|s|min|h|d)?$/i.test(value);
}
/** `SELECT set_config('lock_timeout', '2s', …)`, the function form of SET. */
const SET_CONFIG = /\bset_config\s*\(\s*'lock_timeout'\s*,\s*'(?!0+\s*(?:us|ms|s|min|h|d)?')/i;
const requireLockTimeout = {
    id: 'require-lock-timeout',
    severity: 'warning',
    class: 'unknown',
    kinds: LOCKING_KINDS,
    summary: 'A statement that takes an ACCESS EXCLUSIVE lock with no lock_timeout can queue every query on the table behind it.',
    check({ statement, state, previous, settings }) {
        if (isEnabled(settings.get('lock_timeout')))
            return [];
        const target = accessExclusiveTarget(statement, state);
        if (!target)
            return [];
        // Once per file: the first such statement is where SET lock_timeout belongs. Checked after the
        // cheap test above, so a long file is not scanned backwards for every statement.
        if (previous.some((s) => SET_CONFIG.test(s.text) || accessExclusiveTarget(s, state)))
            return [];
        const table = target.startsWith('the table') ? target : `existing table "${target}"`;
        return [
            {
                message: `This statement takes an ACCESS EXCLUSIVE lock on ${table} and no lock_timeout is set earlier in the file: while it waits behind a long-running query, every read and write of the table queues behind it, which looks like an outage.`,
                help: "Start the migration with SET lock_timeout = '2s' (SET LOCAL inside a transaction) so it gives up instead of stalling traffic, and retry the deploy when it times out.",
                ...(target.startsWith('the table') ? {} : { locks: [target] }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/rewriting-table.ts


/** ALTER TABLE forms that copy the whole table into a new file while holding ACCESS EXCLUSIVE. */
const REWRITING_ALTERS = {
    AT_SetTableSpace: 'SET TABLESPACE',
    AT_SetAccessMethod: 'SET ACCESS METHOD',
    AT_SetLogged: 'SET LOGGED',
    AT_SetUnLogged: 'SET UNLOGGED',
    AT_SetExpression: 'ALTER COLUMN … SET EXPRESSION', // Postgres 17+: recomputes the stored column
};
const WHY = 'copies every row into a new file under an ACCESS EXCLUSIVE lock: no reads or writes of it until the copy finishes';
/** CLUSTER, VACUUM FULL and the ALTER TABLE forms that rewrite an existing table (docs/ddl-audit.md). */
const rewritingTable = {
    id: 'rewriting-table',
    severity: 'error',
    class: 'expand',
    summary: 'CLUSTER, VACUUM FULL, SET TABLESPACE / ACCESS METHOD / LOGGED / UNLOGGED rewrite a table under an ACCESS EXCLUSIVE lock.',
    kinds: ['ClusterStmt', 'VacuumStmt', 'AlterTableStmt'],
    check({ statement, state }) {
        const cluster = (0,ast/* nodeOf */.E7)(statement, 'ClusterStmt');
        if (cluster) {
            const table = (0,sql_names/* relationKey */.Yb)(cluster.relation);
            if (table && state.isNewTable(table))
                return [];
            return [
                {
                    message: `CLUSTER ${table ? `"${table}"` : '(every clustered table)'} ${WHY}.`,
                    help: 'Leave physical ordering to a maintenance window outside the deploy, or use pg_repack, which reorders a table without the long lock.',
                    ...(table ? { locks: [table] } : {}),
                },
            ];
        }
        const vacuum = (0,ast/* nodeOf */.E7)(statement, 'VacuumStmt');
        if (vacuum) {
            const full = (vacuum.options ?? []).some((o) => 'DefElem' in o &&
                o.DefElem.defname === 'full' &&
                !/^(false|off|0)$/i.test(String(o.DefElem.arg?.String?.sval ?? 'true')));
            if (!full)
                return [];
            const tables = (vacuum.rels ?? []).flatMap((r) => 'VacuumRelation' in r ? [(0,sql_names/* relationKey */.Yb)(r.VacuumRelation.relation)] : []);
            if (tables.length && tables.every((t) => state.isNewTable(t)))
                return [];
            return [
                {
                    message: `VACUUM FULL ${tables.length ? tables.map((t) => `"${t}"`).join(', ') : '(every table)'} ${WHY}.`,
                    help: 'Plain VACUUM (without FULL) reclaims space for reuse without blocking reads or writes; to shrink a table, use pg_repack outside the deploy.',
                    ...(tables.length ? { locks: tables } : {}),
                },
            ];
        }
        const { node } = statement;
        if (!(0,ast/* isTableAlter */.fF)(node) || !('AlterTableStmt' in node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return (0,ast/* alterCommands */.$f)(node).flatMap((cmd) => {
            const form = REWRITING_ALTERS[cmd.subtype ?? ''];
            if (!form)
                return [];
            return [
                {
                    message: `ALTER TABLE "${table}" ${form} ${WHY}.`,
                    help: 'Do it in a maintenance window outside the deploy, or build a new table beside it, copy in batches and swap names.',
                    locks: [table],
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/setting-not-null.ts


/** ALTER TABLE sub-commands on `table` in the statements before this one. */
function earlierCommands(previous, table) {
    return previous.flatMap((s) => s.kind === 'AlterTableStmt' &&
        (0,ast/* isTableAlter */.fF)(s.node) &&
        'AlterTableStmt' in s.node &&
        (0,sql_names/* relationKey */.Yb)(s.node.AlterTableStmt.relation) === table
        ? (0,ast/* alterCommands */.$f)(s.node)
        : []);
}
/** `CHECK (column IS NOT NULL)`. */
function checksNotNull(c, column) {
    const test = c?.contype === 'CONSTR_CHECK' && c.raw_expr && 'NullTest' in c.raw_expr ? c.raw_expr.NullTest : undefined;
    const ref = test?.arg && 'ColumnRef' in test.arg ? test.arg.ColumnRef.fields : undefined;
    return test?.nulltesttype === 'IS_NOT_NULL' && (0,sql_names/* stringValue */.r$)(ref?.[ref.length - 1]) === column;
}
/**
 * A validated `CHECK (column IS NOT NULL)` earlier in the file: added without NOT VALID, or validated by
 * VALIDATE CONSTRAINT. A VALIDATE of a constraint added by an earlier migration counts when its name mentions the column.
 */
function hasValidatedCheck(cmds, column) {
    const checks = cmds.map((c) => (0,ast/* constraintOf */.vY)(c.def)).filter((c) => checksNotNull(c, column));
    if (checks.some((c) => !c.skip_validation))
        return true;
    const added = new Set(cmds.flatMap((c) => (0,ast/* constraintOf */.vY)(c.def)?.conname ?? []));
    const notValid = new Set(checks.flatMap((c) => c.conname ?? []));
    return cmds.some((c) => c.subtype === 'AT_ValidateConstraint' &&
        !!c.name &&
        (notValid.has(c.name) || (!added.has(c.name) && c.name.includes(column))));
}
function hasDefault(cmds, column) {
    return cmds.some((c) => {
        if (c.subtype === 'AT_ColumnDefault')
            return c.name === column && !!c.def;
        const def = c.subtype === 'AT_AddColumn' ? (0,ast/* columnDefOf */.lF)(c) : undefined;
        return def?.colname === column && !!(0,ast/* columnDefault */.s1)(def);
    });
}
const setting_not_null_HELP = 'Once the previous release never writes NULL: add CHECK ("col" IS NOT NULL) NOT VALID in one migration; in a later one, VALIDATE CONSTRAINT it, then SET NOT NULL (Postgres 12+ skips the scan thanks to the validated check) and drop the check.';
const settingNotNull = {
    id: 'setting-not-null',
    severity: 'error',
    class: 'contract',
    summary: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, and the previous release’s writes of NULL start failing.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, pgVersion }) {
        if (!(0,ast/* isTableAlter */.fF)(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        const cmds = (0,ast/* alterCommands */.$f)(statement.node);
        // Only SET NOT NULL matters; look back through the file only then (a long file would go quadratic).
        if (!cmds.some((c) => c.subtype === 'AT_SetNotNull'))
            return [];
        const before = earlierCommands(previous, table);
        return cmds.flatMap((cmd) => {
            const column = cmd.subtype === 'AT_SetNotNull' ? cmd.name : undefined;
            if (!column)
                return [];
            const scan = `takes an ACCESS EXCLUSIVE lock on existing table "${table}" and scans every row to check it: reads and writes wait for the whole scan`;
            if (hasValidatedCheck([...before, ...cmds], column)) {
                if (pgVersion >= 12)
                    return [];
                return [
                    {
                        message: `Setting "${column}" of "${table}" to NOT NULL ${scan} — Postgres ${pgVersion} does not use the validated CHECK constraint to skip it (12+ does).`,
                        help: 'On Postgres before 12 keep the validated CHECK (col IS NOT NULL) constraint instead of SET NOT NULL, or run SET NOT NULL in a quiet window.',
                        class: 'expand',
                    },
                ];
            }
            const addedHere = cmds.some((c) => c.subtype === 'AT_AddColumn' && (0,ast/* columnDefOf */.lF)(c)?.colname === column);
            if (addedHere || state.isNewColumn(table, column)) {
                const inline = `Declare "${column}" NOT NULL with a constant DEFAULT in its ADD COLUMN instead (instant on Postgres 11+)`;
                if (hasDefault([...before, ...cmds], column)) {
                    return [
                        {
                            message: `Setting new column "${column}" of "${table}" to NOT NULL ${scan}.`,
                            help: `${inline}.`,
                            class: 'expand',
                        },
                    ];
                }
                return [
                    {
                        message: `Setting new column "${column}" of "${table}" to NOT NULL ${scan}. It has no DEFAULT, so the previous release's INSERTs, which do not name "${column}", fail.`,
                        help: `${inline}, or tighten it in a later release once the previous release no longer inserts rows without it.`,
                    },
                ];
            }
            return [
                {
                    message: `Setting "${column}" of "${table}" to NOT NULL ${scan}. The previous release's writes that leave "${column}" NULL start failing too.`,
                    help: setting_not_null_HELP,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-constraint.ts


/** The constraint's kind and what the previous release loses, guessed from Postgres, Prisma and Drizzle naming. */
const ban_drop_constraint_KINDS = [
    {
        pattern: /(_fkey|_fk)$|^fk_/,
        kind: 'foreign key',
        loss: 'rows pointing at missing parents (orphans) appear and its ON DELETE behaviour stops, and re-adding the foreign key on rollback fails on those orphans',
    },
    {
        pattern: /_pkey$|^pk_/,
        kind: 'primary key',
        loss: 'its ON CONFLICT (…) upserts fail, duplicate ids can appear, and on a published table (Supabase Realtime, logical replication) UPDATEs and DELETEs fail for want of a replica identity',
    },
    {
        pattern: /(_key|_unique|_uniq|_excl)$|^(uq|uk|ux)_/,
        kind: 'unique constraint',
        loss: 'its ON CONFLICT (…) upserts fail with "there is no unique or exclusion constraint matching the ON CONFLICT specification", and duplicates appear that make re-adding it on rollback fail',
    },
    {
        pattern: /(_check|_chk)$|^(ck|chk)_/,
        kind: 'check constraint',
        loss: 'values it never expects get written, and re-adding the check on rollback fails on them',
    },
    { pattern: /_not_null$/, kind: 'not-null constraint', loss: 'it reads NULLs it never expects' },
];
const GENERAL = {
    kind: 'constraint',
    loss: 'the references, uniqueness or values it guaranteed stop holding, rows it would reject get written, ON CONFLICT upserts that target it fail, and re-adding it on rollback fails on those rows',
};
const SUFFIX = /_(fkey|fk|pkey|key|unique|uniq|excl|check|chk|not_null)$/;
/** `orders_user_id_fkey` on `orders` → `user_id`: the column a Postgres/Prisma-named constraint is on. */
function columnOfName(relname, name) {
    if (!name.startsWith(`${relname}_`) || !SUFFIX.test(name))
        return undefined;
    return name.slice(relname.length + 1).replace(SUFFIX, '') || undefined;
}
function addedConstraints(statement, table) {
    if (statement.kind !== 'AlterTableStmt')
        return [];
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    if (!('AlterTableStmt' in node) || (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation) !== table)
        return [];
    return (0,ast/* alterCommands */.$f)(node).flatMap((c) => c.subtype === 'AT_AddConstraint' ? [(0,ast/* constraintOf */.vY)(c.def)?.conname ?? ''] : []);
}
function renamedConstraint(statement, table) {
    const r = (0,ast/* nodeOf */.E7)(statement, 'RenameStmt');
    return r && r.renameType === 'OBJECT_TABCONSTRAINT' && (0,sql_names/* relationKey */.Yb)(r.relation) === table && r.newname
        ? [r.newname]
        : [];
}
/** Columns and tables a later statement drops anyway (Prisma drops a column's or table's foreign keys first). */
function droppedLater(statements, table) {
    const tables = new Set();
    const columns = new Set();
    for (const statement of statements) {
        if (statement.kind !== 'DropStmt' && statement.kind !== 'AlterTableStmt')
            continue;
        const { node } = statement; // read only now: a statement's AST is parsed on first read
        if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE')
            (0,ast/* dropTargetNames */.DW)(node).forEach((p) => tables.add((0,sql_names/* qualifiedName */.OL)(p)));
        if ('AlterTableStmt' in node && (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation) === table) {
            (0,ast/* alterCommands */.$f)(node).forEach((c) => c.subtype === 'AT_DropColumn' && c.name && columns.add(c.name));
        }
    }
    return { tables, columns };
}
/**
 * `<table>_<column>_not_null` dropped after SET NOT NULL on that column earlier in the file: the column's
 * own NOT NULL now enforces what the check did (the setting-not-null recipe's last step).
 */
function replacedByNotNull(name, relname, table, earlier) {
    if (!/_not_null$/i.test(name))
        return false;
    const column = columnOfName(relname, name);
    return earlier.some((s) => {
        if (s.kind !== 'AlterTableStmt' || !('AlterTableStmt' in s.node))
            return false;
        if ((0,sql_names/* relationKey */.Yb)(s.node.AlterTableStmt.relation) !== table)
            return false;
        return (0,ast/* alterCommands */.$f)(s.node).some((c) => c.subtype === 'AT_SetNotNull' && (!column || c.name === column));
    });
}
const banDropConstraint = {
    id: 'ban-drop-constraint',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a constraint takes away a guarantee the previous release relies on (foreign key, unique, primary key, check).',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node) || !(0,ast/* isTableAlter */.fF)(node))
            return [];
        const rel = node.AlterTableStmt.relation;
        const table = (0,sql_names/* relationKey */.Yb)(rel);
        if (!table || state.isNewTable(table))
            return [];
        if (!(0,ast/* alterCommands */.$f)(node).some((c) => c.subtype === 'AT_DropConstraint'))
            return [];
        const later = [statement, ...following];
        const readded = new Set(later.flatMap((s) => [...addedConstraints(s, table), ...renamedConstraint(s, table)]));
        const createdEarlier = new Set(previous.flatMap((s) => addedConstraints(s, table)));
        const dropped = droppedLater(later, table);
        if (dropped.tables.has(table))
            return [];
        return (0,ast/* alterCommands */.$f)(node)
            .filter((c) => c.subtype === 'AT_DropConstraint' && c.name && !readded.has(c.name) && !createdEarlier.has(c.name))
            .filter((c) => {
            const column = columnOfName(rel?.relname ?? '', c.name);
            return !column || (!state.isNewColumn(table, column) && !dropped.columns.has(column));
        })
            .filter((c) => !replacedByNotNull(c.name, rel?.relname ?? '', table, [...previous, statement]))
            .map((c) => {
            const name = c.name;
            const { kind, loss } = ban_drop_constraint_KINDS.find((k) => k.pattern.test(name.toLowerCase())) ?? GENERAL;
            if (kind === 'foreign key')
                // The previous release's queries run the same without it: losing it is a data-quality risk
                // (orphans that stop a rollback from re-adding it), not a broken release.
                return {
                    message: `Dropping foreign key "${name}" on "${table}" does not break the previous release's queries, but from now on ${loss}.`,
                    help: `Keep "${name}" until the contract release if a rollback may need it back; to change it (e.g. its ON DELETE), drop and re-add it in the same migration, adding it NOT VALID and then VALIDATE CONSTRAINT.`,
                    severity: 'warning',
                    class: 'expand',
                };
            return {
                message: `Dropping ${kind} "${name}" on "${table}" breaks the previous release, which relies on it: ${loss}.`,
                help: `Keep "${name}" until the contract release, once the rollback target no longer relies on it; to change it (e.g. its ON DELETE), drop and re-add "${name}" in the same migration, adding a foreign key or check NOT VALID and then VALIDATE CONSTRAINT.`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-default.ts


/**
 * `ALTER COLUMN c DROP DEFAULT`, `SET DEFAULT NULL`, which is the same thing, or `DROP IDENTITY`, which
 * takes away the value an identity column gave every INSERT that left it out (the NOT NULL stays).
 */
function dropsDefault(c) {
    if (c.subtype === 'AT_DropIdentity' && c.name)
        return true;
    if (c.subtype !== 'AT_ColumnDefault' || !c.name)
        return false;
    return !c.def || ('A_Const' in c.def && c.def.A_Const.isnull === true);
}
/** Columns a later statement gives a default again, or drops (ban-drop-column's concern), as `table.column`. */
function settledLater(statements) {
    const keys = new Set();
    for (const statement of statements) {
        if (statement.kind !== 'DropStmt' && statement.kind !== 'AlterTableStmt')
            continue;
        const { node } = statement; // read only now: a statement's AST is parsed on first read
        if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
            (0,ast/* dropTargetNames */.DW)(node).forEach((p) => keys.add(`${(0,sql_names/* qualifiedName */.OL)(p)}.*`));
        }
        if (!('AlterTableStmt' in node))
            continue;
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        for (const c of (0,ast/* alterCommands */.$f)(node)) {
            if (!c.name)
                continue;
            if (c.subtype === 'AT_DropColumn' || (c.subtype === 'AT_ColumnDefault' && !dropsDefault(c)))
                keys.add((0,sql_names/* columnKey */.qN)(table, c.name));
        }
    }
    return keys;
}
const banDropDefault = {
    id: 'ban-drop-default',
    severity: 'error',
    class: 'contract',
    summary: "Dropping a column's default breaks the previous release's INSERTs that leave the column out.",
    kinds: ['AlterTableStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node) || !(0,ast/* isTableAlter */.fF)(node))
            return [];
        const table = (0,sql_names/* relationKey */.Yb)(node.AlterTableStmt.relation);
        if (!table || !(0,ast/* alterCommands */.$f)(node).some(dropsDefault))
            return [];
        // Prisma changes an enum column's type between DROP DEFAULT and SET DEFAULT: that is a replace.
        const settled = settledLater([statement, ...following]);
        if (settled.has(`${table}.*`))
            return [];
        return (0,ast/* alterCommands */.$f)(node)
            .filter((c) => dropsDefault(c) && !state.isNewColumn(table, c.name) && !settled.has((0,sql_names/* columnKey */.qN)(table, c.name)))
            .map((c) => ({
            message: `Dropping the default of "${c.name}" on "${table}" breaks the previous release: its INSERTs that leave "${c.name}" out now store NULL, or fail with a not-null violation if the column is NOT NULL, after the migration and after a rollback.`,
            help: `Keep the default until the contract release, once the rollback target always sets "${c.name}"; if the value must change, SET DEFAULT to the new value instead of dropping it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-policy.ts


const banDropPolicy = {
    id: 'ban-drop-policy',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a row level security policy silently hides rows from, or rejects writes by, the roles the previous release uses.',
    kinds: ['DropStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_POLICY')
            return [];
        const file = [...previous, ...following];
        // DROP POLICY … ; CREATE POLICY … ON the same table later in the file is a replace (names often change with it).
        const recreatedOn = new Set(following.flatMap((s) => {
            const policy = (0,ast/* nodeOf */.E7)(s, 'CreatePolicyStmt');
            return policy ? [(0,sql_names/* relationKey */.Yb)(policy.table)] : [];
        }));
        const createdEarlier = new Set(previous.flatMap((s) => {
            const policy = (0,ast/* nodeOf */.E7)(s, 'CreatePolicyStmt');
            return policy ? [`${(0,sql_names/* relationKey */.Yb)(policy.table)}:${policy.policy_name}`] : [];
        }));
        // Policies do nothing on a table whose RLS the file turns off, or that it drops (ban-drop-table's concern).
        const unprotected = new Set(file.flatMap((s) => {
            if (s.kind === 'DropStmt' && 'DropStmt' in s.node && s.node.DropStmt.removeType === 'OBJECT_TABLE')
                return (0,ast/* dropTargetNames */.DW)(s.node).map((p) => (0,sql_names/* qualifiedName */.OL)(p));
            if (s.kind !== 'AlterTableStmt' || !('AlterTableStmt' in s.node))
                return [];
            const off = (0,ast/* alterCommands */.$f)(s.node).some((c) => c.subtype === 'AT_DisableRowSecurity');
            return off ? [(0,sql_names/* relationKey */.Yb)(s.node.AlterTableStmt.relation)] : [];
        }));
        return (0,ast/* dropTargetNames */.DW)(node)
            .map((parts) => ({ table: (0,sql_names/* qualifiedName */.OL)(parts.slice(0, -1)), policy: (0,sql_names/* qualifiedName */.OL)(parts.slice(-1)) }))
            .filter(({ table, policy }) => policy &&
            !state.isNewTable(table) &&
            !recreatedOn.has(table) &&
            !createdEarlier.has(`${table}:${policy}`) &&
            !unprotected.has(table))
            .map(({ table, policy }) => ({
            message: `Dropping policy "${policy}" on "${table}" silently changes what the previous release can do: with row level security on, the rows only this policy allowed become invisible to its roles and their writes are rejected, so Supabase's anon and authenticated requests get empty results (no error) or RLS violations, after the migration and after a rollback.`,
            help: `Replace it in the same migration (DROP POLICY and CREATE POLICY on "${table}" in one file, or ALTER POLICY to change its USING / WITH CHECK), or drop it in a later release once the rollback target no longer relies on it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-revoke.ts


const ban_revoke_KINDS = {
    OBJECT_TABLE: 'table',
    OBJECT_SEQUENCE: 'sequence',
    OBJECT_FUNCTION: 'function',
    OBJECT_PROCEDURE: 'procedure',
    OBJECT_ROUTINE: 'routine',
    OBJECT_SCHEMA: 'schema',
};
/** Privileges applications do not use: revoking only these (a common Supabase hardening) breaks nothing. */
const UNUSED_PRIVILEGES = new Set(['truncate', 'references', 'trigger', 'maintain']);
const SUPABASE_ROLES = new Set(['anon', 'authenticated', 'service_role']);
function objectName(obj) {
    if ('RangeVar' in obj)
        return (0,sql_names/* relationKey */.Yb)(obj.RangeVar);
    if ('ObjectWithArgs' in obj)
        return (0,sql_names/* qualifiedName */.OL)(obj.ObjectWithArgs.objname);
    return (0,sql_names/* stringValue */.r$)(obj) ?? '';
}
/** A sequence of a table created in this change (`orders_id_seq` for a serial or identity column). */
function isNewSequence(name, state, created) {
    if (created.has(name))
        return true;
    const parts = name.replace(/_seq$/, '').split('_');
    return parts.some((_, i) => i > 0 && state.isNewTable(parts.slice(0, i).join('_')));
}
function isNewObject(grant, name, state, sequences) {
    if (grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA' || grant.objtype === 'OBJECT_SCHEMA')
        return state.isNewSchema(name);
    if (grant.objtype === 'OBJECT_TABLE')
        return state.isNewTable(name) || state.isNewView(name);
    if (grant.objtype === 'OBJECT_SEQUENCE')
        return isNewSequence(name, state, sequences);
    return state.isNewFunction(name);
}
function granteeNames(grant) {
    return (grant.grantees ?? []).flatMap((g) => {
        if (!('RoleSpec' in g))
            return [];
        const r = g.RoleSpec;
        if (r.roletype === 'ROLESPEC_PUBLIC')
            return ['PUBLIC'];
        if (r.roletype === 'ROLESPEC_CSTRING')
            return [r.rolename ?? ''];
        return [r.roletype === 'ROLESPEC_CURRENT_USER' ? 'CURRENT_USER' : 'SESSION_USER'];
    });
}
/** `kind:object:grantee` for each privilege a GRANT gives back. */
function grantKeys(grant) {
    const objects = (grant.objects ?? []).map(objectName);
    return objects.flatMap((o) => granteeNames(grant).map((g) => `${grant.targtype}:${grant.objtype}:${o}:${g}`));
}
const banRevoke = {
    id: 'ban-revoke',
    severity: 'error',
    class: 'contract',
    summary: 'Revoking a privilege from a role the previous release connects as makes its queries fail with "permission denied".',
    kinds: ['GrantStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('GrantStmt' in node))
            return [];
        const grant = node.GrantStmt;
        const kind = ban_revoke_KINDS[grant.objtype ?? ''];
        // REVOKE GRANT OPTION FOR keeps the privilege itself.
        if (grant.is_grant || grant.grant_option || !kind)
            return [];
        const privileges = (grant.privileges ?? []).flatMap((p) => 'AccessPriv' in p ? [p.AccessPriv.priv_name ?? ''] : []);
        if (privileges.length && privileges.every((p) => UNUSED_PRIVILEGES.has(p)))
            return [];
        // REVOKE ALL … then GRANT … back to the same role later in the file resets the privileges.
        const regranted = new Set(following.flatMap((s) => {
            const grant = (0,ast/* nodeOf */.E7)(s, 'GrantStmt');
            return grant?.is_grant ? grantKeys(grant) : [];
        }));
        const sequences = new Set(previous.flatMap((s) => {
            const sequence = (0,ast/* nodeOf */.E7)(s, 'CreateSeqStmt');
            return sequence ? [(0,sql_names/* relationKey */.Yb)(sequence.sequence)] : [];
        }));
        // Supabase's `db diff` revokes every privilege on a table before dropping it: the drop is the story
        // (ban-drop-table), and the previous release's queries fail for want of the table, not of a privilege.
        const droppedLater = grant.objtype === 'OBJECT_TABLE' && grant.targtype !== 'ACL_TARGET_ALL_IN_SCHEMA'
            ? new Set(following.flatMap((s) => {
                const drop = (0,ast/* nodeOf */.E7)(s, 'DropStmt');
                return drop?.removeType === 'OBJECT_TABLE'
                    ? (0,ast/* dropTargetNames */.DW)(s.node).map((p) => (0,sql_names/* qualifiedName */.OL)(p))
                    : [];
            }))
            : new Set();
        const grantees = granteeNames(grant);
        const allIn = grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA';
        const what = privileges.length ? privileges.map((p) => p.toUpperCase()).join(', ') : 'ALL';
        return (grant.objects ?? [])
            .map(objectName)
            .filter((name) => name && !isNewObject(grant, name, state, sequences) && !droppedLater.has(name))
            .flatMap((name) => {
            const lost = grantees.filter((g) => !regranted.has(`${grant.targtype}:${grant.objtype}:${name}:${g}`));
            if (!lost.length)
                return [];
            const target = allIn ? `every ${kind} in schema "${name}"` : `${kind} "${name}"`;
            const roles = lost
                .map((g) => (g === 'PUBLIC' ? 'PUBLIC (every role without a grant of its own)' : `"${g}"`))
                .join(', ');
            const supabase = lost.some((g) => SUPABASE_ROLES.has(g))
                ? ' On Supabase, anon and authenticated are the roles every PostgREST / supabase-js request runs as, and service_role the server-side key.'
                : '';
            return [
                {
                    message: `Revoking ${what} on ${target} from ${roles} breaks the previous release wherever it connects as ${lost.length > 1 ? 'one of those roles' : 'that role'}: its queries fail with "permission denied", after the migration and after a rollback.${supabase}`,
                    help: 'Revoke in a later release, once the rollback target no longer uses the privilege; to narrow access now, replace it in the same migration (REVOKE then GRANT the privileges that stay).',
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/index.ts



// imports: removals and renames




















// imports: locks and tightening















// imports: grants, policies, constraints and defaults




/** Every statement rule, one file each; docs/rules/<id>.md documents each. */
const RULES = [
    banDropColumn,
    requireConcurrentIndexCreation,
    // rules: removals and renames
    banDropTable,
    banDropSchema,
    banDropDatabase,
    renamingColumn,
    renamingTable,
    renamingSchema,
    renamingEnumValue,
    banDropFunction,
    banDropTrigger,
    banDropView,
    banDropType,
    renamingType,
    banDropSequence,
    banDropRole,
    detachingPartition,
    banTruncate,
    unboundedDataChange,
    enableRlsWithoutPolicy,
    dropAddRename,
    banDropNotNull,
    // rules: locks and tightening
    addingRequiredField,
    settingNotNull,
    changing_column_type/* changingColumnType */.s,
    addingVolatileDefault,
    addingTableRewritingColumn,
    requireConcurrentIndexDeletion,
    requireConcurrentReindex,
    banConcurrentIndexInTransaction,
    constraintMissingNotValid,
    disallowedUniqueConstraint,
    addingPrimaryKey,
    addingExclusionConstraint,
    rewritingTable,
    requireLockTimeout,
    requireIfNotExists,
    // rules: grants, policies, constraints and defaults
    banDropConstraint,
    banDropPolicy,
    banRevoke,
    banDropDefault,
];
/** Rules reported by the engine itself rather than by statement checks. */
const META_RULE_IDS = [
    'syntax-error',
    'invalid-ignore',
    'unused-ignore',
    'edited-shipped-migration',
    'deleted-shipped-migration',
    'skipped-migration-file',
    'duplicate-migration-version',
    'unreadable-file',
    'sql-outside-migrations',
    'migration-not-sql',
    // the fallback release's code against the replayed schema (../fallback)
    ...rule_ids/* COMPAT_RULE_IDS */.J,
];

// EXTERNAL MODULE: ./src/schema-model/replay.ts + 1 modules
var replay = __webpack_require__(1297);
;// CONCATENATED MODULE: ./src/schema-model/change-objects.ts


/**
 * Objects a change creates, in the order its migrations run: the migrations linter's "created by this
 * change", told by the one interpreter of DDL (replay.ts) as it replays the change's own statements.
 * An object created earlier in the same change is new and empty, and the previous release never used
 * it: indexing it, constraining it or dropping it again is safe. The linter asks for every statement,
 * so the answers are kept as plain sets, and the replay it listens to keeps no column shapes.
 *
 * "New" stays true after the object is dropped again (the statement that drops it is the one asking),
 * and follows renames: renamed away, the old name is no longer new; renamed to, the new name is new
 * exactly when the old one was.
 */
class ChangeObjects {
    shapes = false;
    everyObject = true;
    /** Made on the first statement it learns from: `lint FILES…` over a history starts one per file. */
    replay;
    // Each set starts as the shared empty NONE and is made on its first name: `lint FILES…` over a
    // history starts one ChangeObjects per file, and most files create only a few kinds of object.
    /** Tables, and materialized views (DROP TABLE rules see them as tables too). */
    tables = NONE;
    /** Views and materialized views. */
    views = NONE;
    /** `table.column` (names.ts columnKey) of columns added to a table that is not new. */
    columns = NONE;
    /** Enums, composite types and domains. */
    types = NONE;
    indexes = NONE;
    functions = NONE;
    /** `table:trigger`. */
    triggers = NONE;
    schemas = NONE;
    sequences = NONE;
    roles = NONE;
    /**
     * Tables that got a policy in this change, or in an earlier deploy of the same run (`afterDeploy`):
     * the earlier deploy's set is shared until this change adds one.
     */
    policies;
    ownPolicies = false;
    constructor(policies = NONE) {
        this.policies = policies;
    }
    isNewTable(table) {
        return this.tables.has(table);
    }
    /** A column added by this change (to a new or an existing table). */
    isNewColumn(table, column) {
        return this.tables.has(table) || this.columns.has((0,sql_names/* columnKey */.qN)(table, column));
    }
    isNewIndex(name) {
        return this.indexes.has(name);
    }
    isNewType(name) {
        return this.types.has(name);
    }
    isNewView(name) {
        return this.views.has(name);
    }
    isNewFunction(name) {
        return this.functions.has(name);
    }
    isNewTrigger(table, name) {
        return this.triggers.has(`${table}:${name}`);
    }
    isNewSchema(name) {
        return this.schemas.has(name);
    }
    isNewSequence(name) {
        return this.sequences.has(name);
    }
    isNewRole(name) {
        return this.roles.has(name);
    }
    hasNewPolicy(table) {
        return this.policies.has(table);
    }
    /**
     * The state after this change shipped: nothing it created is new any more (it exists and holds rows,
     * and the release running then uses it). What stays true of old objects carries on: a table that got a
     * policy still has it.
     */
    afterDeploy() {
        this.ownPolicies = false; // shared from now on: whichever adds one next copies first
        return new ChangeObjects(this.policies);
    }
    /**
     * `afterDeploy` in place, for a linter that carries one state through a history of deploys (`lint
     * FILES…`): a new state per deploy copied the policies each time, quadratic in the files. The sets
     * of what was created start empty again, and so does the replay of the change; policies carry on.
     */
    ship() {
        this.replay = undefined;
        this.tables = this.views = this.columns = this.types = this.indexes = NONE;
        this.functions = this.triggers = this.schemas = this.sequences = this.roles = NONE;
    }
    /** Learn from a statement after it ran. */
    apply(statement) {
        // The kind first: a statement's AST is parsed on first read, and most statements create nothing.
        if (!LEARNS_FROM.has(statement.kind))
            return;
        (this.replay ??= new replay/* SchemaReplay */.zF(this)).apply(statement.node, NOWHERE, statement.kind);
    }
    created(kind, name) {
        switch (kind) {
            case 'table':
                this.tables = add(this.tables, name);
                return;
            case 'matview':
                this.tables = add(this.tables, name);
                this.views = add(this.views, name);
                return;
            case 'view':
                this.views = add(this.views, name);
                return;
            case 'column':
                this.columns = add(this.columns, name);
                return;
            case 'enum':
            case 'type':
                this.types = add(this.types, name);
                return;
            case 'index':
                this.indexes = add(this.indexes, name);
                return;
            case 'function':
                this.functions = add(this.functions, name);
                return;
            case 'trigger':
                this.triggers = add(this.triggers, name);
                return;
            case 'schema':
                this.schemas = add(this.schemas, name);
                return;
            case 'sequence':
                this.sequences = add(this.sequences, name);
                return;
            case 'role':
                this.roles = add(this.roles, name);
                return;
            case 'policy':
                if (!this.ownPolicies)
                    this.policies = new Set(this.policies);
                this.ownPolicies = true;
                this.policies = add(this.policies, name);
                return;
        }
    }
    renamed(kind, from, to) {
        if (kind === 'table') {
            this.tables = move(this.tables, from, to);
            this.views = move(this.views, from, to);
        }
        else if (kind === 'enum')
            this.types = move(this.types, from, to);
    }
    renamedColumn(table, from, to) {
        this.columns = move(this.columns, (0,sql_names/* columnKey */.qN)(table, from), (0,sql_names/* columnKey */.qN)(table, to));
    }
    /** Still new: a later statement about the name is judged against what this change made of it. */
    dropped() { }
    /** Never told: without shapes the replay reports no change to what stays. */
    changed() { }
}
const LEARNS_FROM = (0,replay/* replayedKinds */.mL)(true);
/** The linter asks what exists, never where it came from. */
const NOWHERE = Object.freeze({ file: '', line: 0, column: 0 });
/** Shared by every set not yet needed; never added to (`add` makes a set of its own first). */
const NONE = new Set();
/** The set with the name added: a new set in place of NONE, else the same set. */
function add(set, name) {
    if (set === NONE)
        return new Set().add(name);
    set.add(name);
    return set;
}
/** A rename: the new name is new exactly when the old one was, and the old one is new no more. */
function move(set, from, to) {
    if (set === NONE)
        return set;
    const owned = set;
    if (owned.delete(from))
        owned.add(to);
    else
        owned.delete(to);
    return set;
}

;// CONCATENATED MODULE: ./src/gates/migrations/statement-object.ts


/** `OBJECT_MATVIEW` → `materialized view`; the words people use for the kinds that have a short name. */
const WORDS = {
    OBJECT_MATVIEW: 'materialized view',
    OBJECT_FOREIGN_TABLE: 'foreign table',
    OBJECT_TABCONSTRAINT: 'table',
    OBJECT_DOMCONSTRAINT: 'domain',
    OBJECT_COLUMN: 'table',
};
function word(objectType, fallback) {
    if (typeof objectType !== 'string' || !objectType.startsWith('OBJECT_'))
        return fallback;
    return WORDS[objectType] ?? objectType.slice('OBJECT_'.length).toLowerCase().replace(/_/g, ' ');
}
function named(kind, name) {
    return name ? `${kind} "${name}"` : undefined;
}
function rangeVarOf(node) {
    if (!node || typeof node !== 'object')
        return undefined;
    if ('RangeVar' in node)
        return node.RangeVar;
    return 'relname' in node ? node : undefined;
}
/** The statement's object, or undefined when it has none or several (`DROP TABLE a, b`). */
function statementObject(statement) {
    const body = statement.node[statement.kind];
    if (!body || typeof body !== 'object')
        return undefined;
    const fields = body;
    if (statement.kind === 'DropStmt') {
        const targets = (0,ast/* dropTargetNames */.DW)(statement.node);
        if (targets.length !== 1)
            return undefined;
        return named(word(fields.removeType, 'object'), (0,sql_names/* qualifiedName */.OL)(targets[0]));
    }
    // The table (or view, index) the statement is on: ALTER TABLE, CREATE INDEX, CREATE TABLE, triggers,
    // rules, CLUSTER, RENAME of a relation or of one of its columns, policies.
    const relation = rangeVarOf(fields.relation) ?? rangeVarOf(fields.table);
    if (relation) {
        const objectType = fields.objtype ?? fields.renameType ?? fields.relationType;
        const isRelationKind = [
            'OBJECT_TABLE',
            'OBJECT_VIEW',
            'OBJECT_MATVIEW',
            'OBJECT_INDEX',
            'OBJECT_SEQUENCE',
        ];
        const kind = isRelationKind.includes(String(objectType)) ? word(objectType, 'table') : 'table';
        return named(kind, (0,sql_names/* relationKey */.Yb)(relation));
    }
    // TRUNCATE a (one table), VACUUM FULL a.
    const relations = (fields.relations ?? fields.rels);
    if (Array.isArray(relations) && relations.length === 1) {
        const only = relations[0];
        const rel = rangeVarOf(only) ?? rangeVarOf(only.VacuumRelation?.relation);
        if (rel)
            return named('table', (0,sql_names/* relationKey */.Yb)(rel));
    }
    // ALTER TYPE … ADD/RENAME VALUE, ALTER DOMAIN, CREATE TYPE … AS ENUM.
    if (Array.isArray(fields.typeName)) {
        const kind = statement.kind.includes('Domain') ? 'domain' : 'type';
        return named(kind, (0,sql_names/* qualifiedName */.OL)(fields.typeName));
    }
    // RENAME of a schema, type or other object without a relation.
    if (statement.kind === 'RenameStmt' &&
        typeof fields.subname === 'string' &&
        fields.renameType === 'OBJECT_SCHEMA')
        return named('schema', fields.subname);
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/migrations/later-in-change.ts
/**
 * Hits that a later file of the same change can make worse (`Rule.laterInChange`): a DROP NOT NULL in
 * one migration and the foreign key ON DELETE SET NULL that writes NULLs in the next are one change, so
 * they get the finding they would get in one file. Files are linted one at a time (one AST alive), so
 * the earlier finding is rewritten in place when a later statement settles it. A deploy boundary
 * (`lint FILES…` over shipped files) ends what a file can make worse.
 */
class LaterInChange {
    watched = [];
    /** Keep a finding just made, when its rule may have more to say after later files; not a hit proven safe. */
    watch(rule, hit, finding) {
        if (rule.laterInChange && !hit.safe)
            this.watched.push({ rule: rule, hit, finding });
    }
    /** A statement of `file`: rewrite the findings of earlier files it settles, with their severity as configured. */
    see(statement, file, severityOf) {
        if (!this.watched.length)
            return;
        this.watched = this.watched.filter((w) => {
            if (w.finding.file === file.path)
                return true;
            const next = w.rule.laterInChange(w.hit, statement, file);
            if (!next)
                return true;
            w.finding.severity = severityOf(w.rule, next);
            w.finding.message = next.message;
            if (next.help)
                w.finding.help = next.help;
            return false;
        });
    }
    /** A new deploy: what shipped before it is judged as it was. */
    clear() {
        this.watched = [];
    }
}

;// CONCATENATED MODULE: ./src/gates/migrations/engine.ts








/** Every id a user may name in an ignore comment or in `migrations.rules`. */
const KNOWN_RULE_IDS = new Set([...RULES.map((r) => r.id), ...META_RULE_IDS]);
/** Kept for the gate's own modules; the address is built in core (ruleDocsUrl). */

/**
 * Lint parsed files in the order they run, sharing one ChangeObjects so objects created by an earlier
 * file of the change count as new in later ones. Pure: no I/O.
 */
function lintParsedFiles(files, options) {
    const linter = new MigrationLinter(options);
    return files.map((parsed) => linter.lint(parsed));
}
/** Lints files one at a time, in the order they run, carrying the change's ChangeObjects from file to file. */
class MigrationLinter {
    options;
    current;
    rules;
    byKind = new Map();
    later = new LaterInChange();
    constructor(options, current = new ChangeObjects()) {
        this.options = options;
        this.current = current;
        this.rules = (options.rules ?? RULES).filter((r) => options.config.rules[r.id] !== 'off');
    }
    get state() {
        return this.current;
    }
    /**
     * The files linted so far have shipped (a deploy of their own, `lint FILES…` over a committed history):
     * what they created now exists and holds rows, so the next file is judged against it as an old object.
     */
    startDeploy() {
        this.current.ship();
        this.later.clear();
    }
    lint(parsed) {
        return lintFile(parsed, this.rulesFor, this.current, this.options.config, this.later, this.options.review);
    }
    /** The rules that look at this kind of statement (`Rule.kinds`), in registry order. */
    rulesFor = (kind) => {
        let rules = this.byKind.get(kind);
        if (!rules) {
            rules = this.rules.filter((r) => !r.kinds || r.kinds.includes(kind));
            this.byKind.set(kind, rules);
        }
        return rules;
    };
}
function lintFile(parsed, rulesFor, state, config, later, review) {
    const { file } = parsed;
    const findings = [];
    const severityOf = (rule, hit) => {
        const override = config.rules[rule.id];
        return override && override !== 'off' ? override : (hit.severity ?? rule.severity);
    };
    for (const error of parsed.errors) {
        findings.push({
            gate: 'migrations',
            rule: 'syntax-error',
            severity: 'error',
            file: file.path,
            line: error.line,
            column: error.column,
            message: `Postgres cannot parse this migration: ${error.message}`,
            help: 'Fix the SQL; the database would reject this file and stop the deploy half-way.',
            docs: (0,tool/* ruleDocsUrl */.hS)('syntax-error'),
            class: 'unknown',
        });
    }
    const { directives, findings: directiveFindings } = readIgnoreDirectives(parsed.text, file.path, KNOWN_RULE_IDS);
    findings.push(...directiveFindings);
    let fileClass = parsed.errors.length ? 'unknown' : 'expand';
    const model = (0,transaction/* transactionModelOf */.JG)(parsed, config);
    const settings = new Map();
    const statements = parsed.statements;
    const fileContext = {
        statements,
        file,
        state,
        settings,
        transactionModel: model,
        pgVersion: config['pg-version'],
    };
    statements.forEach((statement, index) => {
        const ctx = new StatementContext(fileContext, index, (0,transaction/* runsInTransaction */.G)(statement, parsed, model));
        const previousEnd = index > 0 ? statements[index - 1].endLine : 0;
        // Down migrations undo what their up did: they are parsed (and rehearsed), not held to expand/contract rules.
        const active = file.direction === 'down' ? [] : rulesFor(statement.kind);
        // A loop, not flatMap + map: most checks return no hit, and two arrays per rule per statement were
        // a good part of the linter's garbage (--heap-prof over the bench corpus).
        const ruleHits = [];
        for (const rule of active)
            for (const hit of rule.check(ctx))
                ruleHits.push({ rule, hit });
        const hits = review && file.direction !== 'down'
            ? review(ruleHits, ctx).filter(({ rule }) => config.rules[rule.id] !== 'off')
            : ruleHits;
        const cls = statementClass(statement, hits, state);
        if (file.direction !== 'down')
            later.see(statement, file, severityOf);
        for (const { rule, hit } of hits) {
            const suppression = findSuppression(directives, rule.id, statement.line, previousEnd);
            if (suppression) {
                suppression.used.add(rule.id);
                continue;
            }
            const finding = toFinding(rule, severityOf(rule, hit), hit, statement, file, cls);
            later.watch(rule, hit, finding);
            findings.push(finding);
        }
        fileClass = worseClass(fileClass, cls);
        trackSetting(statement, settings);
        state.apply(statement);
    });
    findings.push(...unusedIgnoreFindings(directives, file.path));
    return { file, class: fileClass, statements: statements.length, findings };
}
/**
 * What a rule sees of one statement. A class, not an object literal with getters: literal getters are new
 * closures per statement, each giving the object a hidden class of its own that holds the file's statements
 * until the next full GC. On 2,000 files that made the young-generation GCs ~8x slower (measured).
 */
class StatementContext {
    shared;
    index;
    inTransaction;
    statement;
    before = undefined;
    after = undefined;
    constructor(shared, index, inTransaction) {
        this.shared = shared;
        this.index = index;
        this.inTransaction = inTransaction;
        this.statement = shared.statements[index];
    }
    get file() {
        return this.shared.file;
    }
    get state() {
        return this.shared.state;
    }
    get transactionModel() {
        return this.shared.transactionModel;
    }
    get pgVersion() {
        return this.shared.pgVersion;
    }
    get settings() {
        return this.shared.settings;
    }
    // Sliced on demand, once per statement: few rules look around, and copying for every statement is
    // quadratic in a long file.
    get previous() {
        return (this.before ??= this.shared.statements.slice(0, this.index));
    }
    get following() {
        return (this.after ??= this.shared.statements.slice(this.index + 1));
    }
}
function toFinding(rule, severity, { message, help }, statement, file, cls) {
    return {
        gate: 'migrations',
        rule: rule.id,
        severity,
        file: file.path,
        line: statement.line,
        column: statement.column,
        ...(statement.endLine !== statement.line ? { endLine: statement.endLine } : {}),
        message,
        ...(help ? { help } : {}),
        docs: (0,tool/* ruleDocsUrl */.hS)(rule.id),
        class: cls,
        ...objectOf(statement),
    };
}
/** Found once per statement, for all its findings (a statement with no hits never asks). */
const objects = new WeakMap();
function objectOf(statement) {
    let found = objects.get(statement);
    if (!found) {
        const object = statementObject(statement);
        found = object ? { object } : {};
        objects.set(statement, found);
    }
    return found;
}
function trackSetting(statement, settings) {
    if (statement.kind !== 'VariableSetStmt' || !('VariableSetStmt' in statement.node))
        return;
    const set = statement.node.VariableSetStmt;
    if (!set.name)
        return;
    const name = set.name.toLowerCase();
    if (set.kind === 'VAR_RESET' || set.kind === 'VAR_SET_DEFAULT')
        settings.delete(name);
    else
        settings.set(name, statement.text);
}


/***/ }),

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ COMPAT_RULE_IDS)
/* harmony export */ });
/**
 * The ids of the findings the fallback-release check makes (compare.ts). A module of its
 * own so the migrations rule registry can list them without loading the check.
 */
const COMPAT_RULE_IDS = [
    'fallback-reads-missing-table',
    'fallback-reads-missing-column',
    'fallback-insert-not-null',
    'fallback-type-changed',
    'fallback-unknown-enum-value',
];


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ migrationSource),
/* harmony export */   m: () => (/* binding */ parseMigration)
/* harmony export */ });
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4159);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3449);


/**
 * The SQL the parser sees of a migration, as its layout lays the file out (Layout.parserSource: dbmate
 * keeps up and down as sections of one file), without a BOM. The parser itself (sql/parse.ts) knows no
 * layout: every parse of a migration file goes through here.
 */
function migrationSource(file, rawText, section = file.direction) {
    const text = rawText.replace(/^\uFEFF/, '');
    const parsed = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_1__/* .layoutById */ .X_)(file.layout).parserSource?.(text, section);
    return { text, ...(parsed ?? { source: text, transactionDisabled: false }) };
}
/** Parse a migration file (sql/parse.ts) as its layout lays it out; `section` is the direction to read. */
function parseMigration(file, rawText, section = file.direction, options = {}) {
    return (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMigrationSource */ .v$)(file, migrationSource(file, rawText, section), options);
}


/***/ }),

/***/ 4875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ migrationName),
/* harmony export */   IM: () => (/* binding */ blobOid),
/* harmony export */   _m: () => (/* binding */ migrationIdentitiesAt),
/* harmony export */   wH: () => (/* binding */ ranByRelease)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8153);


/** The name a runner records a migration under: the folder of a `migration.sql` (Prisma, Drizzle), else the file name. */
function migrationName(path) {
    const parts = path.split('/');
    const base = parts[parts.length - 1];
    return base === 'migration.sql' && parts.length > 1 ? parts[parts.length - 2] : base;
}
/**
 * Which files of a later tree the release already ran: the same path; or, for a release migration
 * that is no longer at its path (moved to another folder), the same content or the same migration name.
 */
function ranByRelease(release, laterPaths) {
    const paths = new Set(release.map((f) => f.path));
    const moved = release.filter((f) => !laterPaths.has(f.path));
    const oids = new Set(moved.flatMap((f) => (f.oid ? [f.oid] : [])));
    const names = new Set(moved.map((f) => migrationName(f.path)));
    return (file) => paths.has(file.path) || (!!file.oid && oids.has(file.oid)) || names.has(migrationName(file.path));
}
/** The up migrations of the tree at `ref`, with their blob ids: one git process, plus the few config files discovery reads. */
async function migrationIdentitiesAt(git, ref, config) {
    const entries = (await git.listTreeAt(ref)).filter((e) => e.type === 'blob');
    const oids = new Map(entries.map((e) => [e.path, e.oid]));
    // Every path, as discovery needs them (migration_lock.toml, prisma.config.*, package.json name Prisma
    // folders), and those few files read; SQL is not read: a plain file cannot be told from a dbmate one
    // without it, and both keep their path, which is all this needs.
    const discovery = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverMigrations */ .l)([...oids.keys()], config, async (path) => path.endsWith('.sql') ? undefined : git.readFileAt(ref, path));
    return discovery.files
        .filter((f) => f.direction === 'up')
        .map((f) => ({ path: f.path, ...(oids.has(f.path) ? { oid: oids.get(f.path) } : {}) }));
}
/** The git blob id of a text, as `git hash-object` computes it (SHA-1, or SHA-256 in a repository that uses it). */
function blobOid(text, likeOid) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(likeOid?.length === 64 ? 'sha256' : 'sha1')
        .update(`blob ${bytes.length}\0`)
        .update(bytes)
        .digest('hex');
}


/***/ }),

/***/ 4667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PZ: () => (/* binding */ parseMigrations),
/* harmony export */   fE: () => (/* binding */ parseStoreBeside),
/* harmony export */   qA: () => (/* binding */ parseStoreKey),
/* harmony export */   t4: () => (/* binding */ openParseStore)
/* harmony export */ });
/* unused harmony exports PARSE_FORMAT, encodeParseEntry, decodeParseEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_content_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2160);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(121);
/* harmony import */ var _schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1255);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4159);
/* harmony import */ var _layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6598);
/* harmony import */ var _sql_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1832);
/* harmony import */ var _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4025);









/** Bump when parse.ts or positions.ts change what a parse produces. */
const PARSE_FORMAT = 1;
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
let codeFingerprint;
function parseCode() {
    codeFingerprint ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(_sql_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PARSE_CODE */ .mg.map((f) => String(f)).join('\0'))
        .digest('hex');
    return codeFingerprint;
}
/** The key of one set of parser inputs, in order. */
function parseStoreKey(sources) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(`${_core_tool_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .wr}\0${_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .PARSER_VERSION */ .L9}\0${PARSE_FORMAT}\0${parseCode()}\0${sources.length}\0`);
    for (const source of sources)
        hash.update(`${Buffer.byteLength(source)}\0`).update(source);
    return hash.digest('hex');
}
/** The store under the cache folder of docs/caching.md, or undefined when caching is off. */
function openParseStore(env = process.env) {
    const root = (0,_schema_model_replay_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .replayCacheDir */ .rw)(env);
    return root ? new DiskParseStore((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, `parse-v${PARSE_FORMAT}`)) : undefined;
}
/** The store next to a replay cache (`<root>/replay-v1` → `<root>/parse-v1`): one setting decides both. */
function parseStoreBeside(cache) {
    return new DiskParseStore((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cache.dir), `parse-v${PARSE_FORMAT}`));
}
/**
 * Parse these migrations (each as its direction runs): from `store` when the same texts were parsed
 * together before, else with the parser, which is loaded only then, and stored for the next run. Either
 * way the parses join the process's parse cache (parse-cache.ts), so a later `parseMigration` of the same
 * text does not parse it again.
 */
async function parseMigrations(items, store) {
    if (!items.length)
        return [];
    const inputs = items.map(({ file, text }) => ({ file, ...(0,_layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_5__/* .migrationSource */ .S)(file, text) }));
    const key = store ? parseStoreKey(inputs.map((i) => i.source)) : '';
    const stored = store?.get(key, inputs.length);
    if (stored) {
        const files = inputs.map(({ file, text, source, transactionDisabled }, i) => {
            const { statements, errors } = (0,_sql_parse_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .rememberParse */ .vN)(source, stored[i]);
            return { file, text, statements, errors, transactionDisabled };
        });
        // A rule re-parses DO bodies while linting (constraint-missing-not-valid): have the parser ready.
        if (files.some((f) => f.statements.some((s) => s.kind === 'DoStmt')))
            await (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureParser */ ._U)();
        return files;
    }
    await (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureParser */ ._U)();
    const files = items.map(({ file, text }) => (0,_layouts_parse_migration_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMigration */ .m)(file, text));
    store?.set(key, files.map(({ statements, errors }) => ({ statements, errors })));
    return files;
}
class DiskParseStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get(key, count) {
        const text = (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readEntryText */ .M)(this.dir, key, MAX_ENTRY_BYTES);
        if (text === undefined)
            return undefined;
        const parsed = decodeParseEntry(text, key);
        return parsed && parsed.length === count ? parsed : undefined;
    }
    /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
    set(key, parsed) {
        (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeEntryText */ .t)(this.dir, key, encodeParseEntry(key, parsed));
    }
    setSerialised(key, parsed) {
        (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeEntryText */ .t)(this.dir, key, encodePayload(key, `[${parsed.join(',')}]`));
    }
}
function encodeParseEntry(key, parsed) {
    return encodePayload(key, JSON.stringify(parsed));
}
/** `payload` is the JSON of the parses in order: `[` + each parse's JSON joined by `,` + `]` is that JSON. */
function encodePayload(key, payload) {
    return JSON.stringify({ key, sha256: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .payloadSha256 */ .mB)(payload), payload });
}
/** The entry's parses, or undefined for anything but a well-formed entry written under this key. */
function decodeParseEntry(text, key) {
    try {
        const entry = JSON.parse(text);
        if (entry.key !== key ||
            typeof entry.payload !== 'string' ||
            entry.sha256 !== (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .payloadSha256 */ .mB)(entry.payload))
            return undefined;
        const raw = JSON.parse(entry.payload);
        if (!Array.isArray(raw))
            return undefined;
        return raw.map(readSource);
    }
    catch {
        return undefined;
    }
}
/** Field by field, in the order parse.ts builds them (statements serialise as they always have). */
function readSource(raw) {
    const s = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .obj */ .WL)(raw);
    const statements = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(s.statements).map((item) => {
        const st = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .obj */ .WL)(item);
        const node = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .obj */ .WL)(st.node);
        const kind = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(st.kind);
        if (kind !== (Object.keys(node)[0] ?? 'Unknown'))
            throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidEntry */ .ee();
        if (typeof st.inExplicitTransaction !== 'boolean')
            throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidEntry */ .ee();
        return {
            node,
            kind,
            text: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(st.text),
            line: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .nat */ .CK)(st.line),
            column: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .nat */ .CK)(st.column),
            endLine: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .nat */ .CK)(st.endLine),
            inExplicitTransaction: st.inExplicitTransaction,
        };
    });
    const errors = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(s.errors).map((item) => {
        const e = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .obj */ .WL)(item);
        return { message: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(e.message), line: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .nat */ .CK)(e.line), column: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_7__/* .nat */ .CK)(e.column) };
    });
    return { statements, errors };
}


/***/ }),

/***/ 1602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   _p: () => (/* binding */ whyUnreadable),
/* harmony export */   a5: () => (/* binding */ MAX_MIGRATION_BYTES),
/* harmony export */   qJ: () => (/* binding */ readHeadSource),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1099);




/** A migration larger than this is not linted (it is almost certainly a data dump, not a migration). */
const MAX_MIGRATION_BYTES = 5 * 1024 * 1024;
/** Read a file as the change has it: from the work tree for local runs, from the head commit otherwise. */
async function readHeadSource(ctx, path) {
    let buffer;
    if (ctx.worktree) {
        // A symlink (of the file or a folder on its way) that leads out of the checkout is exit 2, not a read.
        // The folder is resolved once per folder; the file is opened without following a symlink, and
        // only a file that is one pays for the full check.
        if (NO_FOLLOW)
            (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertFolderInsideRepo */ .dt)(ctx.git.root, path, path);
        else
            (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRepo */ .$2)(ctx.git.root, path, path);
        let read = readWorktreeFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.git.root, path), NO_FOLLOW);
        if (read === 'symlink') {
            const found = (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRepo */ .$2)(ctx.git.root, path, path);
            if (!('real' in found))
                return undefined;
            read = readWorktreeFile(found.real, 0);
        }
        if (read === 'symlink')
            return undefined;
        if (read === undefined)
            return undefined;
        if ('tooLarge' in read)
            return { problem: tooLargeProblem(read.size) };
        buffer = read.bytes;
    }
    else {
        // Never buffer a huge blob: git stops streaming past the cap and only its size is read.
        const read = await ctx.git.readBytesCapped(ctx.head, path, MAX_MIGRATION_BYTES);
        if (read === undefined)
            return undefined;
        if ('tooLarge' in read)
            return { problem: tooLargeProblem(read.size) };
        buffer = read.bytes;
    }
    return decodeSource(buffer);
}
/**
 * Why a migration listed as changed gave no bytes, in words that say what to do. Only called on the
 * (rare) failure path, so the stat calls cost nothing on ordinary runs.
 */
function whyUnreadable(ctx, path) {
    if (!ctx.worktree)
        return `git could not read it at ${ctx.head.slice(0, 12)} (a submodule, or contents this clone lacks: a partial or damaged clone); make it a regular file in the commit, or check out the full history with its contents (actions/checkout with fetch-depth: 0 and no filter) and re-run`;
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.git.root, path);
    try {
        const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        if (link.isSymbolicLink()) {
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(full);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
            }
            catch {
                return `it is a symbolic link to ${target}, which does not exist; commit the migration itself, not a link`;
            }
        }
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
        if (stat.isDirectory())
            return 'it is a folder, not a file (a submodule or a folder named like a migration)';
        if (!stat.isFile())
            return 'it is not a regular file (a FIFO, socket or device); commit the migration as a file';
        return 'permission denied reading it; make it readable (chmod a+r) and re-run';
    }
    catch (error) {
        const code = error.code;
        if (code === 'EACCES')
            return 'permission denied reading it; make it readable (chmod a+r) and re-run';
        return `it is listed as changed but is gone from the work tree (${code ?? 'unknown error'}); restore it or commit the deletion`;
    }
}
/** Where the platform has it (not Windows), open refuses a final symlink with ELOOP. */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
/** Where small files are read; most migrations fit, and only their text outlives the read. */
let scratch = Buffer.allocUnsafe(64 * 1024);
/**
 * A work-tree file's bytes, at most MAX_MIGRATION_BYTES of them; undefined when it is not a readable
 * regular file. Synchronous (2,000 async reads cost more in bookkeeping than in I/O) and without a stat:
 * open, read until the end, close. A folder fails the read (EISDIR); a FIFO, opened non-blocking, ends
 * at once or fails (EAGAIN) instead of waiting for a writer; an empty read is checked with fstat.
 * The bytes are valid until the next call: decode them first.
 */
function readWorktreeFile(full, flags) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(full, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | flags);
    }
    catch (error) {
        return error.code === 'ELOOP' && flags ? 'symlink' : undefined;
    }
    try {
        let length = 0;
        for (;;) {
            if (length === scratch.length) {
                if (length > MAX_MIGRATION_BYTES)
                    return { tooLarge: true, size: Math.max((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size, length) };
                const grown = Buffer.allocUnsafe(Math.min(scratch.length * 2, MAX_MIGRATION_BYTES + 1));
                scratch.copy(grown, 0, 0, length);
                scratch = grown;
            }
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, length, scratch.length - length, null);
            // Nothing at all: an empty file, or a FIFO without a writer (non-blocking reads see its end).
            if (n === 0)
                return length || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile() ? { bytes: scratch.subarray(0, length) } : undefined;
            length += n;
        }
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Text, or why it cannot be SQL: binary content or bytes that are not UTF-8. A leading BOM is dropped, as
 * a TextDecoder does; `isUtf8` + `toString` decode 2,000 migrations in a fraction of the time a fatal
 * TextDecoder takes (--cpu-prof of `lint` over the bench corpus).
 */
function decodeSource(buffer) {
    if (buffer.length > MAX_MIGRATION_BYTES)
        return { problem: tooLargeProblem(buffer.length) };
    if (buffer.includes(0))
        return { problem: 'the file contains NUL bytes: it is binary, not SQL' };
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(buffer))
        return { problem: 'the file is not valid UTF-8; Postgres would reject it. Re-save it as UTF-8' };
    const text = buffer.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
/** Why a file over MAX_MIGRATION_BYTES is not linted, and what to do. */
function tooLargeProblem(size) {
    return `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_MIGRATION_BYTES / 1024 / 1024} MB limit for a migration; split it, or exclude it with migrations.exclude if it is seed data`;
}


/***/ }),

/***/ 7949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ changingColumnType)
/* harmony export */ });
/* harmony import */ var _schema_model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5414);
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2380);



/**
 * Targets that only widen what a column of the same family already holds, so Postgres changes the
 * catalog without a rewrite: varchar(n) → varchar / text, numeric(p,s) → numeric, cidr → inet,
 * bit varying(n) → bit varying. (The column's current type is not in the migration; when the change is
 * checked against its base, fallback/type-history.ts reads it from the migration history.)
 */
function isUnboundedWidening(target, mods) {
    if (target === 'text' || target === 'inet')
        return true;
    return BOUNDED.has(target) && mods.length === 0;
}
/** Bounded targets: metadata-only when they widen the current type, a rewrite that can fail when they narrow it. */
const BOUNDED = new Set(['varchar', 'numeric', 'varbit']);
/** `USING "col"` or `USING "col"::target` changes nothing Postgres would not do by itself. */
function trivialUsing(using, column) {
    if (!using)
        return true;
    const expr = 'TypeCast' in using ? using.TypeCast.arg : using;
    const fields = expr && 'ColumnRef' in expr ? (expr.ColumnRef.fields ?? []) : [];
    return fields.length > 0 && (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)(fields[fields.length - 1]) === column;
}
const UTC_NAMES = new Set([
    'utc',
    'gmt',
    'uct',
    'zulu',
    'universal',
    'etc/utc',
    'etc/gmt',
    'etc/uct',
    'etc/universal',
    'etc/zulu',
    '0',
    '+00',
    '+00:00',
]);
/** The value of `SET timezone = 'UTC'` / `SET TIME ZONE 'UTC'`, as the engine kept its text. */
function isUtc(setting) {
    const value = setting?.match(/(?:=|\bto\b|\bzone\b)\s*(.+?)\s*$/i)?.[1];
    return !!value && UTC_NAMES.has(value.replace(/^['"]|['"]$/g, '').toLowerCase());
}
function assess(ctx, table, column, def) {
    const target = (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .typeBaseName */ .ZX)(def.typeName);
    const mods = (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .typeModifiers */ .Dr)(def.typeName);
    const array = !!def.typeName?.arrayBounds?.length;
    const text = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .typeNameText */ .vB)(def.typeName).replace(/^(int2|int4|int8|float4|float8|bool)\b/, _schema_model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .readableTypeName */ .a$);
    const where = `column "${column}" of existing table "${table}"`;
    if (!trivialUsing(def.raw_default, column)) {
        return {
            message: `Changing the type of ${where} to ${text} with a USING expression rewrites the whole table under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
            help: `Add a new ${text} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
            column: { table, name: column, anyTypeBefore: true },
        };
    }
    if (!array && isUnboundedWidening(target, mods))
        return undefined;
    if (!array && target === 'timestamptz') {
        if (ctx.pgVersion >= 12 && isUtc(ctx.settings.get('timezone')))
            return undefined;
        return {
            message: `Changing ${where} to ${text} rewrites the whole table under an ACCESS EXCLUSIVE lock unless it converts timestamp to timestamptz with the session TimeZone set to UTC on Postgres 12+; existing values are reinterpreted in the session time zone.`,
            help: "If the column is timestamp and holds UTC, run SET timezone = 'UTC' earlier in this migration (Postgres 12+ then skips the rewrite); otherwise add a new column and backfill it in batches.",
            class: 'unknown',
        };
    }
    if (!array && BOUNDED.has(target)) {
        const widening = target === 'numeric' ? `numeric(p,${mods[1] ?? 0}) with a smaller p` : `shorter ${target}`;
        return {
            message: `Changing ${where} to ${text}: if this narrows the current type or changes its family (text → ${text}), Postgres rewrites the whole table under an ACCESS EXCLUSIVE lock and fails on values that no longer fit, which the previous release keeps writing; only widening a ${widening} is metadata-only.`,
            help: `If the current type is a ${widening}, this only widens: say so in an ignore comment. To narrow, enforce the limit with a CHECK constraint NOT VALID, VALIDATE it in a later migration, and keep the check instead of changing the type.`,
            class: 'unknown',
        };
    }
    return {
        message: `Changing the type of ${where} to ${text} rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
        help: `Add a new ${text} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
    };
}
const changingColumnType = {
    id: 'changing-column-type',
    severity: 'error',
    class: 'contract',
    summary: 'ALTER COLUMN … TYPE rewrites the table under an ACCESS EXCLUSIVE lock, and the previous release may not handle the new type.',
    kinds: ['AlterTableStmt'],
    check(ctx) {
        const { node } = ctx.statement;
        if (!(0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .isTableAlter */ .fF)(node) || !('AlterTableStmt' in node))
            return [];
        const table = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(node.AlterTableStmt.relation);
        return (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .alterCommands */ .$f)(node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AlterColumnType' ? (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .columnDefOf */ .lF)(cmd) : undefined;
            if (!def || !cmd.name || ctx.state.isNewTable(table))
                return [];
            // A column added earlier in this change still sits in a table full of rows: the type change
            // rewrites all of them. The previous release does not use the column, so it is no contract change.
            if (ctx.state.isNewColumn(table, cmd.name)) {
                const hit = assess(ctx, table, cmd.name, def);
                return hit
                    ? [
                        {
                            ...hit,
                            message: hit.message.replace(`column "${cmd.name}"`, `column "${cmd.name}" (added earlier in this change)`),
                            class: 'expand',
                        },
                    ]
                    : [];
            }
            const hit = assess(ctx, table, cmd.name, def);
            return hit ? [{ column: { table, name: cmd.name }, ...hit }] : [];
        });
    },
};


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runsInTransaction),
/* harmony export */   JG: () => (/* binding */ transactionModelOf),
/* harmony export */   mv: () => (/* binding */ runnerOf),
/* harmony export */   nv: () => (/* binding */ runnerJudging)
/* harmony export */ });
/* unused harmony export isNonTransactional */
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3449);
/* harmony import */ var _rules_ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2380);
/* harmony import */ var _runners_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8911);



/** Statements Postgres refuses inside a transaction block. */
function isNonTransactional(statement) {
    const { kind } = statement;
    if (kind === 'VacuumStmt' || kind === 'CreatedbStmt' || kind === 'DropdbStmt' || kind === 'AlterSystemStmt')
        return true;
    if (kind !== 'IndexStmt' && kind !== 'DropStmt' && kind !== 'ReindexStmt')
        return false;
    const { node } = statement; // read only now: a statement's AST is parsed on first read
    if ('IndexStmt' in node)
        return Boolean(node.IndexStmt.concurrent);
    if ('DropStmt' in node)
        return Boolean(node.DropStmt.concurrent);
    return (0,_rules_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .isConcurrentReindex */ .H)(node);
}
/**
 * Flyway's own test (PostgreSQLParser.detectCanExecuteInTransaction, by the statement's text): CREATE/DROP
 * [UNIQUE] INDEX CONCURRENTLY, VACUUM, REINDEX SCHEMA/DATABASE/SYSTEM, CREATE/DROP DATABASE, ALTER SYSTEM.
 * REINDEX INDEX/TABLE … CONCURRENTLY is not on its list: Flyway runs it in a transaction, where it fails.
 */
function flywayNonTransactional(statement) {
    if (statement.kind !== 'ReindexStmt')
        return isNonTransactional(statement);
    return /^REINDEX(\s*\([^)]*\))?(\s+VERBOSE)?\s+(SCHEMA|DATABASE|SYSTEM)\b/i.test(statement.text);
}
const SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt']);
/** The runner that applies this file: the layout's, with dbmate's per-file `transaction:false`. */
function runnerOf(parsed, config) {
    if (parsed.transactionDisabled)
        return _runners_js__WEBPACK_IMPORTED_MODULE_2__/* .DBMATE_NO_TRANSACTION */ .be;
    // One model per layout and config: a layout's runner reads the runner's version from the config and
    // compares it with semver, which per file was ~1% of linting 2,000 files (--cpu-prof).
    let byLayout = runnersByConfig.get(config);
    if (!byLayout)
        runnersByConfig.set(config, (byLayout = new Map()));
    const layout = parsed.file.layout;
    let runner = byLayout.get(layout);
    if (!runner)
        byLayout.set(layout, (runner = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(layout).runner(config)));
    return runner;
}
const runnersByConfig = new WeakMap();
/** The runner each file was last judged by, so runsInTransaction can ask it without the config. */
const runnerByFile = new WeakMap();
const runnerByMigration = new WeakMap();
/** The runner the file being linted was judged by (rules see the MigrationFile, not the config). */
function runnerJudging(file) {
    return runnerByMigration.get(file);
}
function transactionModelOf(parsed, config) {
    if (config.transaction === 'per-file')
        return 'per-file';
    if (config.transaction === 'none')
        return 'none';
    const runner = runnerOf(parsed, config);
    runnerByFile.set(parsed, runner);
    runnerByMigration.set(parsed.file, runner);
    return runner.transaction;
}
const onlyNonTransactional = new WeakMap();
/** Flyway's test, once per file: are all statements (besides SET/SHOW) ones it runs outside a transaction? */
function fileIsNonTransactional(parsed) {
    let answer = onlyNonTransactional.get(parsed);
    if (answer === undefined) {
        answer = parsed.statements.filter((s) => !SESSION_ONLY.has(s.kind)).every(flywayNonTransactional);
        onlyNonTransactional.set(parsed, answer);
    }
    return answer;
}
/** Does this statement run inside a transaction block, as the layout's runner executes the file? */
function runsInTransaction(statement, parsed, model) {
    if (statement.inExplicitTransaction)
        return true;
    switch (model) {
        case 'per-file':
            return true;
        case 'per-file-standalone':
            return !runnerByFile.get(parsed)?.standalone?.(statement);
        case 'none':
            return false;
        case 'implicit':
            // One query string with several statements is one implicit transaction.
            return parsed.statements.length > 1;
        case 'flyway':
            return !fileIsNonTransactional(parsed);
    }
}


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ alterColumn),
/* harmony export */   p: () => (/* binding */ changeColumn)
/* harmony export */ });
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(792);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7508);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3482);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5414);




/** One ALTER TABLE sub-command. Columns of a table the history does not know are reported all the same. */
function alterColumn(replay, tableName, c, at) {
    const table = replay.model.tables.get(tableName);
    const known = table && !table.opaque;
    if (c.subtype === 'AT_AddColumn') {
        const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
        if (!def?.colname || (c.missing_ok && table?.columns.has(def.colname)))
            return;
        if (!replay.shapes)
            return replay.sink.created('column', (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .columnKey */ .qN)(tableName, def.colname), at, false);
        const column = (0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .columnFromDef */ .Q_)(def);
        table?.columns.set(column.name, column);
        return replay.sink.created('column', (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .columnKey */ .qN)(tableName, column.name), at, (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isRequired */ .gx)(column));
    }
    // Without shapes only a column that goes away matters: the rest changes a column that stays.
    if (!replay.shapes && c.subtype !== 'AT_DropColumn')
        return;
    if (c.subtype === 'AT_AddConstraint') {
        for (const key of (0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .primaryKeyColumns */ .H)(c.def))
            changeColumn(replay, tableName, key, 'set-not-null', at, (col) => (col.notNull = true));
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
            return replay.sink.dropped('column', (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .columnKey */ .qN)(tableName, columnName), at);
        case 'AT_SetNotNull':
            return changeColumn(replay, tableName, columnName, 'set-not-null', at, (col) => (col.notNull = true));
        case 'AT_DropNotNull':
            return changeColumn(replay, tableName, columnName, 'drop-not-null', at, (col) => (col.notNull = false));
        case 'AT_ColumnDefault': {
            const set = !!c.def && !(0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isNullConstant */ .Ks)(c.def);
            return changeColumn(replay, tableName, columnName, set ? 'set-default' : 'drop-default', at, (col) => (col.hasDefault = set));
        }
        case 'AT_AlterColumnType': {
            const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
            const to = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeType */ .AZ)(def?.typeName);
            if (!to)
                return;
            const from = table?.columns.get(columnName)?.type;
            return changeColumn(replay, tableName, columnName, 'alter-type', at, (col) => (col.type = to), from || undefined, to);
        }
        case 'AT_AddIdentity':
            return changeColumn(replay, tableName, columnName, 'set-default', at, (col) => ((col.generated = 'identity'), (col.notNull = true)));
        case 'AT_DropIdentity':
        case 'AT_DropExpression':
            return changeColumn(replay, tableName, columnName, 'drop-identity', at, (col) => delete col.generated);
    }
}
/** A change to a column that stays; exported for the replay cache's code fingerprint only. */
function changeColumn(replay, table, name, kind, at, change, from, to) {
    const column = replay.model.tables.get(table)?.columns.get(name);
    const before = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isRequired */ .gx)(column);
    if (column)
        change(column);
    const madeRequired = !!column && !before && (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isRequired */ .gx)(column);
    replay.sink.changed('column', (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_2__/* .columnKey */ .qN)(table, name), kind, at, from, to, madeRequired);
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

/***/ 4909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ alterEnum),
/* harmony export */   W: () => (/* binding */ createEnum)
/* harmony export */ });
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

/** CREATE TYPE … AS ENUM. */
function createEnum(replay, s, at) {
    const name = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL)(s.typeName);
    // Without shapes the labels are not read: only that the enum exists.
    const values = replay.shapes
        ? (s.vals ?? []).flatMap((v) => 'String' in v && v.String.sval !== undefined ? [v.String.sval] : [])
        : [];
    replay.model.enums.set(name, { name, values });
    replay.sink.created('enum', name, at, false);
}
/** ALTER TYPE … ADD VALUE / RENAME VALUE: a change to an enum that stays (only with shapes). */
function alterEnum(replay, s, at) {
    const name = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_0__/* .qualifiedName */ .OL)(s.typeName);
    if (!replay.shapes || !name || s.newVal === undefined)
        return;
    const e = replay.model.enums.get(name);
    if (s.oldVal !== undefined) {
        if (e)
            e.values = e.values.map((v) => (v === s.oldVal ? s.newVal : v));
        return replay.sink.changed('enum', name, 'rename-value', at, s.oldVal, s.newVal, false);
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
    replay.sink.changed('enum', name, 'add-value', at, undefined, s.newVal, false);
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
 * values. Names are canonical as in src/sql/names.ts (`public.` dropped, unquoted names
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

/***/ 2288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YX: () => (/* binding */ renameObject),
/* harmony export */   ZK: () => (/* binding */ renameColumn),
/* harmony export */   k2: () => (/* binding */ renameEnum),
/* harmony export */   n2: () => (/* binding */ renameRelation)
/* harmony export */ });
/* harmony import */ var _sql_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(792);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5414);


const RELATION_RENAMES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
/** ALTER … RENAME of a relation, a column or a type; other renames change nothing the model keeps. */
function renameObject(replay, r, at) {
    if (!r.newname)
        return;
    if (RELATION_RENAMES.has(r.renameType ?? '')) {
        const schema = schemaPrefix(r.relation);
        renameRelation(replay, (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(r.relation), `${schema}${r.newname}`, at);
    }
    else if (r.renameType === 'OBJECT_COLUMN' && r.subname) {
        renameColumn(replay, (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(r.relation), r.subname, r.newname, at);
    }
    else if (r.renameType === 'OBJECT_TYPE' && r.object && 'List' in r.object) {
        const from = (0,_sql_names_js__WEBPACK_IMPORTED_MODULE_1__/* .qualifiedName */ .OL)(r.object.List.items);
        const dot = from.lastIndexOf('.');
        renameEnum(replay, from, dot === -1 ? r.newname : `${from.slice(0, dot)}.${r.newname}`, at);
    }
}
/** ALTER TABLE … RENAME TO, or SET SCHEMA (a move is a rename of the qualified name). */
function renameRelation(replay, from, to, at) {
    if (!from || from === to)
        return;
    const table = replay.model.tables.get(from);
    if (table) {
        replay.model.tables.delete(from);
        replay.model.tables.set(to, { ...table, name: to });
    }
    replay.revive(from);
    replay.revive(to);
    replay.sink.renamed('table', from, to, at);
}
function renameColumn(replay, tableName, from, to, at) {
    const table = replay.model.tables.get(tableName);
    const column = table?.columns.get(from);
    if (table && column) {
        // keep definition order: rebuild the map with the new key in place
        table.columns = new Map([...table.columns].map(([k, v]) => (k === from ? [to, { ...v, name: to }] : [k, v])));
    }
    replay.sink.renamedColumn(tableName, from, to, at);
}
function renameEnum(replay, from, to, at) {
    const e = replay.model.enums.get(from);
    if (e) {
        replay.model.enums.delete(from);
        replay.model.enums.set(to, { ...e, name: to });
    }
    // Without shapes no column has a type to follow the rename.
    for (const table of replay.model.tables.values()) {
        for (const column of table.columns.values()) {
            const { base, array } = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .splitType */ .Xq)(column.type);
            if (base === from)
                column.type = `${to}${array ? '[]' : ''}`;
        }
    }
    replay.sink.renamed('enum', from, to, at);
}
function schemaPrefix(rel) {
    return rel?.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
}


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ PARSER_VERSION),
/* harmony export */   LC: () => (/* binding */ replayCacheKey),
/* harmony export */   oD: () => (/* binding */ openReplayCache),
/* harmony export */   rw: () => (/* binding */ replayCacheDir)
/* harmony export */ });
/* unused harmony exports REPLAY_FORMAT, encodeEntry, decodeEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_cache_folder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1070);
/* harmony import */ var _core_content_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2160);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(121);
/* harmony import */ var _alter_column_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5834);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7508);
/* harmony import */ var _enums_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4909);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1297);
/* harmony import */ var _renames_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2288);
/* harmony import */ var _touch_recorder_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4075);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5414);
/* harmony import */ var _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4025);













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
        .update([
        _replay_js__WEBPACK_IMPORTED_MODULE_6__/* .SchemaReplay */ .zF,
        _touch_recorder_js__WEBPACK_IMPORTED_MODULE_10__/* .TouchRecorder */ .y,
        _alter_column_js__WEBPACK_IMPORTED_MODULE_4__/* .alterColumn */ .H,
        _alter_column_js__WEBPACK_IMPORTED_MODULE_4__/* .changeColumn */ .p,
        _enums_js__WEBPACK_IMPORTED_MODULE_11__/* .createEnum */ .W,
        _enums_js__WEBPACK_IMPORTED_MODULE_11__/* .alterEnum */ .K,
        _renames_js__WEBPACK_IMPORTED_MODULE_7__/* .renameObject */ .YX,
        _renames_js__WEBPACK_IMPORTED_MODULE_7__/* .renameRelation */ .n2,
        _renames_js__WEBPACK_IMPORTED_MODULE_7__/* .renameColumn */ .ZK,
        _renames_js__WEBPACK_IMPORTED_MODULE_7__/* .renameEnum */ .k2,
        _columns_js__WEBPACK_IMPORTED_MODULE_5__/* .columnFromDef */ .Q_,
        _types_js__WEBPACK_IMPORTED_MODULE_8__/* .normalizeType */ .AZ,
    ]
        .map((f) => f.toString())
        .join('\0'))
        .digest('hex');
    return codeFingerprint;
}
function replayCacheKey(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(`${_core_tool_js__WEBPACK_IMPORTED_MODULE_12__/* .TOOL_VERSION */ .wr}\0${PARSER_VERSION}\0${REPLAY_FORMAT}\0${replayCode()}\0`);
    for (const f of files)
        hash.update(`${f.path}\0${f.layout}\0${f.direction}\0${f.oid}\n`);
    return hash.digest('hex');
}
/** The cache folder for this environment, or undefined when caching is off or there is no home. */
const replayCacheDir = _core_cache_folder_js__WEBPACK_IMPORTED_MODULE_2__/* .contentCacheDir */ .F;
function openReplayCache(env = process.env) {
    const root = replayCacheDir(env);
    return root ? new DiskReplayCache((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, `replay-v${REPLAY_FORMAT}`)) : undefined;
}
class DiskReplayCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get(key) {
        const text = (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readEntryText */ .M)(this.dir, key, MAX_ENTRY_BYTES);
        if (text === undefined)
            return undefined;
        return decodeEntry(text, key);
    }
    /** Best effort: a read-only or full disk costs the next run time, never this run's verdict. */
    set(key, schema) {
        (0,_core_content_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeEntryText */ .t)(this.dir, key, encodeEntry(key, schema));
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
    return JSON.stringify({ key, sha256: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadSha256 */ .mB)(payload), payload });
}
/** The entry's schema, or undefined for anything but a well-formed entry written under this key. */
function decodeEntry(text, key) {
    try {
        const entry = JSON.parse(text);
        if (entry.key !== key ||
            typeof entry.payload !== 'string' ||
            entry.sha256 !== (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadSha256 */ .mB)(entry.payload))
            return undefined;
        return readPayload(JSON.parse(entry.payload));
    }
    catch {
        return undefined;
    }
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
    const p = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .obj */ .WL)(raw);
    const tables = new Map();
    for (const pair of (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(p.tables)) {
        const [tableKey, rawTable] = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(pair);
        const t = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .obj */ .WL)(rawTable);
        const kind = t.kind === 'view' ? 'view' : t.kind === 'table' ? 'table' : undefined;
        if (!kind || typeof t.opaque !== 'boolean')
            throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .InvalidEntry */ .ee();
        const columns = new Map();
        for (const columnPair of (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(t.columns)) {
            const [columnKey, rawColumn] = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(columnPair);
            const c = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .obj */ .WL)(rawColumn);
            if (typeof c.notNull !== 'boolean' || typeof c.hasDefault !== 'boolean')
                throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .InvalidEntry */ .ee();
            if (c.generated !== undefined && c.generated !== 'identity' && c.generated !== 'stored')
                throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .InvalidEntry */ .ee();
            const column = {
                name: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(c.name),
                type: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(c.type),
                notNull: c.notNull,
                hasDefault: c.hasDefault,
            };
            if (c.generated)
                column.generated = c.generated;
            columns.set((0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(columnKey), column);
        }
        tables.set((0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(tableKey), { name: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(t.name), kind, opaque: t.opaque, columns });
    }
    const enums = new Map();
    for (const pair of (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(p.enums)) {
        const [enumKey, rawEnum] = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(pair);
        const e = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .obj */ .WL)(rawEnum);
        enums.set((0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(enumKey), { name: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(e.name), values: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(e.values).map(_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx) });
    }
    const touches = new Map();
    for (const pair of (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(p.touches)) {
        const [key, entries] = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(pair);
        touches.set((0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(key), (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(entries).map(readTouch));
    }
    return { model: { tables, enums }, touches, files: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .nat */ .CK)(p.files), statements: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .nat */ .CK)(p.statements) };
}
function readTouch(raw) {
    const t = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .obj */ .WL)(raw);
    const at = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .obj */ .WL)(t.at);
    if (!TOUCH_KINDS.has(t.kind))
        throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .InvalidEntry */ .ee();
    const touch = {
        kind: t.kind,
        at: { file: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(at.file), line: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .nat */ .CK)(at.line), column: (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .nat */ .CK)(at.column) },
    };
    if (t.from !== undefined)
        touch.from = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(t.from);
    if (t.to !== undefined)
        touch.to = (0,_core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(t.to);
    if (t.madeRequired !== undefined) {
        if (typeof t.madeRequired !== 'boolean')
            throw new _core_entry_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .InvalidEntry */ .ee();
        touch.madeRequired = t.madeRequired;
    }
    return touch;
}


/***/ }),

/***/ 1297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zF: () => (/* binding */ SchemaReplay),
  fM: () => (/* binding */ replayMigrations),
  mL: () => (/* binding */ replayedKinds),
  vy: () => (/* binding */ touchesSchema)
});

// UNUSED EXPORTS: REPLAYED_KINDS

// EXTERNAL MODULE: ./src/sql/names.ts
var names = __webpack_require__(792);
// EXTERNAL MODULE: ./src/schema-model/columns.ts
var columns = __webpack_require__(7508);
// EXTERNAL MODULE: ./src/schema-model/model.ts
var model = __webpack_require__(3482);
// EXTERNAL MODULE: ./src/schema-model/alter-column.ts
var alter_column = __webpack_require__(5834);
// EXTERNAL MODULE: ./src/schema-model/enums.ts
var enums = __webpack_require__(4909);
;// CONCATENATED MODULE: ./src/schema-model/objects.ts

/**
 * The statement kinds that create objects the schema model does not hold (indexes, composite types,
 * domains, functions, triggers, schemas, sequences, roles, policies): a replay reports them only to a
 * sink that asks for `everyObject` (the migrations linter's "created by this change").
 */
const OBJECT_KINDS = new Set([
    'IndexStmt',
    'CompositeTypeStmt',
    'CreateDomainStmt',
    'CreateFunctionStmt',
    'CreateTrigStmt',
    'CreateSchemaStmt',
    'CreateSeqStmt',
    'CreateRoleStmt',
    'CreatePolicyStmt',
]);
/** Report what a statement of one of OBJECT_KINDS creates; `inside` is its node's content. */
function reportObject(kind, inside, at, sink) {
    switch (kind) {
        case 'IndexStmt': {
            const n = inside;
            if (n.idxname)
                sink.created('index', schemaOf(n.relation?.schemaname) + n.idxname, at, false);
            return;
        }
        case 'CompositeTypeStmt':
            return sink.created('type', (0,names/* relationKey */.Yb)(inside.typevar), at, false);
        case 'CreateDomainStmt':
            return sink.created('type', (0,names/* qualifiedName */.OL)(inside.domainname), at, false);
        case 'CreateFunctionStmt':
            return sink.created('function', (0,names/* qualifiedName */.OL)(inside.funcname), at, false);
        case 'CreateTrigStmt': {
            const n = inside;
            if (n.trigname)
                sink.created('trigger', `${(0,names/* relationKey */.Yb)(n.relation)}:${n.trigname}`, at, false);
            return;
        }
        case 'CreateSchemaStmt': {
            const name = inside.schemaname;
            if (name)
                sink.created('schema', name, at, false);
            return;
        }
        case 'CreateSeqStmt':
            return sink.created('sequence', (0,names/* relationKey */.Yb)(inside.sequence), at, false);
        case 'CreateRoleStmt': {
            const role = inside.role;
            if (role)
                sink.created('role', role, at, false);
            return;
        }
        case 'CreatePolicyStmt':
            return sink.created('policy', (0,names/* relationKey */.Yb)(inside.table), at, false);
    }
}
/**
 * Columns added to a relation that is not a table (`ALTER TYPE … ADD ATTRIBUTE` is an ALTER TABLE on a
 * composite type): the model keeps no such columns, but they are new all the same.
 */
function reportOtherColumns(s, at, sink) {
    const relation = (0,names/* relationKey */.Yb)(s.relation);
    for (const cmd of s.cmds ?? []) {
        if (!('AlterTableCmd' in cmd))
            continue;
        const c = cmd.AlterTableCmd;
        if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname)
            sink.created('column', (0,names/* columnKey */.qN)(relation, c.def.ColumnDef.colname), at, false);
    }
}
function schemaOf(schema) {
    return schema && schema !== 'public' ? `${schema}.` : '';
}

// EXTERNAL MODULE: ./src/schema-model/renames.ts
var renames = __webpack_require__(2288);
// EXTERNAL MODULE: ./src/schema-model/touch-recorder.ts
var touch_recorder = __webpack_require__(4075);
;// CONCATENATED MODULE: ./src/schema-model/replay.ts








const RELATION_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
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
 * The one interpreter of DDL: replays migration statements, in the order they run, into a SchemaModel,
 * and tells its sink (sink.ts) which statement created, dropped, renamed or changed each object.
 * Statements it does not model are ignored. Pure.
 *
 * Two sinks follow it: the history's `TouchRecorder` (the default; `rollback plan` and the fallback
 * review read its touches) and the migrations linter's `ChangeObjects` (what this change created). A
 * sink without `shapes` gets only what exists: column definitions are not read, the model's tables are
 * opaque, and changes to columns and enums that stay are not reported.
 */
class SchemaReplay {
    model = (0,model/* emptyModel */.$Q)();
    shapes;
    kinds;
    /** Relations whose last event was a drop: `DROP … IF EXISTS` of one again drops nothing. */
    gone; // made on the first drop: most changes drop nothing
    /** The history's recorder, when no other sink was given. */
    recorder;
    sink;
    files = 0;
    statements = 0;
    constructor(sink) {
        this.recorder = sink ? undefined : new touch_recorder/* TouchRecorder */.y();
        this.sink = sink ?? this.recorder;
        this.shapes = this.sink.shapes;
        this.kinds = replayedKinds(this.sink.everyObject);
    }
    /** Whether a statement of this kind can change anything; a caller may skip the rest unread. */
    learnsFrom(kind) {
        return this.kinds.has(kind);
    }
    /** Replay every statement of a file (its up direction, as parsed). */
    applyFile(parsed) {
        this.files += 1;
        for (const s of parsed.statements)
            this.apply(s.node, { file: parsed.file.path, line: s.line, column: s.column }, s.kind);
    }
    /** Replay one statement; `kind` is its node's type name (ParsedStatement.kind). */
    apply(node, at, kind = nodeKind(node)) {
        this.statements += 1;
        if (!this.kinds.has(kind))
            return;
        const inside = node[kind];
        switch (kind) {
            case 'CreateStmt':
                return this.createTable(inside, at);
            case 'CreateTableAsStmt': {
                const s = inside;
                const matview = s.objtype === 'OBJECT_MATVIEW';
                const name = (0,names/* relationKey */.Yb)(s.into?.rel);
                return this.putRelation(name, matview ? 'view' : 'table', matview ? 'matview' : 'table', at, !!s.if_not_exists);
            }
            case 'ViewStmt':
                return this.putRelation((0,names/* relationKey */.Yb)(inside.view), 'view', 'view', at, false);
            case 'AlterTableStmt':
                return this.alterTable(inside, at);
            case 'RenameStmt':
                return (0,renames/* renameObject */.YX)(this, inside, at);
            case 'AlterObjectSchemaStmt': {
                const s = inside;
                if (s.objectType === 'OBJECT_TABLE' && s.relation?.relname && s.newschema) {
                    const to = s.newschema === 'public' ? s.relation.relname : `${s.newschema}.${s.relation.relname}`;
                    (0,renames/* renameRelation */.n2)(this, (0,names/* relationKey */.Yb)(s.relation), to, at);
                }
                return;
            }
            case 'DropStmt':
                return this.drop(inside, at);
            case 'CreateEnumStmt':
                return (0,enums/* createEnum */.W)(this, inside, at);
            case 'AlterEnumStmt':
                return (0,enums/* alterEnum */.K)(this, inside, at);
            default:
                return reportObject(kind, inside, at, this.sink);
        }
    }
    /** The model and the history's touches (none when another sink was given: it kept what it needed). */
    result() {
        const touches = this.recorder?.touches ?? new Map();
        return { model: this.model, touches, files: this.files, statements: this.statements };
    }
    createTable(s, at) {
        const name = (0,names/* relationKey */.Yb)(s.relation);
        if (!name || (s.if_not_exists && this.model.tables.has(name)))
            return;
        this.gone?.delete(name);
        if (!this.shapes) {
            // Its columns are as new as the table: whoever asks without shapes asks about the table first.
            this.model.tables.set(name, { name, kind: 'table', columns: new Map(), opaque: true });
            return this.sink.created('table', name, at, false);
        }
        const table = {
            name,
            kind: 'table',
            columns: new Map(),
            opaque: !!s.partbound || !!s.inhRelations?.length || !!s.ofTypename,
        };
        const primary = [];
        for (const element of s.tableElts ?? []) {
            if ('ColumnDef' in element) {
                const column = (0,columns/* columnFromDef */.Q_)(element.ColumnDef);
                if (column.name)
                    table.columns.set(column.name, column);
            }
            else if ('Constraint' in element)
                primary.push(...(0,columns/* primaryKeyColumns */.H)(element));
            else
                table.opaque = true; // LIKE other_table: columns not known here
        }
        for (const key of primary) {
            const column = table.columns.get(key);
            if (column)
                column.notNull = true;
        }
        this.model.tables.set(name, table);
        this.sink.created('table', name, at, false);
        for (const column of table.columns.values())
            this.sink.created('column', (0,names/* columnKey */.qN)(name, column.name), at, (0,model/* isRequired */.gx)(column));
    }
    /** `kind`: the model's; `reported`: what the sink is told (a materialized view is a view to the model). */
    putRelation(name, kind, reported, at, ifNotExists) {
        if (!name || (ifNotExists && this.model.tables.has(name)))
            return;
        this.gone?.delete(name);
        const existing = this.model.tables.get(name);
        // CREATE OR REPLACE VIEW keeps what was known about the relation
        if (!existing || existing.kind !== kind)
            this.model.tables.set(name, { name, kind, columns: new Map(), opaque: true });
        this.sink.created(reported, name, at, false);
    }
    alterTable(s, at) {
        const objtype = s.objtype ?? 'OBJECT_TABLE';
        if (objtype !== 'OBJECT_TABLE' && objtype !== 'OBJECT_FOREIGN_TABLE') {
            if (this.sink.everyObject)
                reportOtherColumns(s, at, this.sink);
            return;
        }
        const name = (0,names/* relationKey */.Yb)(s.relation);
        if (!name)
            return;
        for (const cmd of s.cmds ?? []) {
            if ('AlterTableCmd' in cmd)
                (0,alter_column/* alterColumn */.H)(this, name, cmd.AlterTableCmd, at);
        }
    }
    /** A relation renamed to or from `name` is no longer "dropped" under it (renames.ts). */
    revive(name) {
        this.gone?.delete(name);
    }
    drop(s, at) {
        const targets = (s.objects ?? []).map((o) => {
            if ('List' in o)
                return (0,names/* qualifiedName */.OL)(o.List.items);
            if ('TypeName' in o)
                return (0,names/* qualifiedName */.OL)(o.TypeName.names);
            return (0,names/* qualifiedName */.OL)([o]);
        });
        for (const name of targets.filter(Boolean)) {
            if (RELATION_DROPS.has(s.removeType ?? '')) {
                const table = this.model.tables.get(name);
                if (!table && s.missing_ok && this.gone?.has(name))
                    continue;
                this.model.tables.delete(name);
                (this.gone ??= new Set()).add(name);
                this.sink.dropped('table', name, at);
                for (const column of table?.columns.keys() ?? [])
                    this.sink.dropped('column', (0,names/* columnKey */.qN)(name, column), at);
            }
            else if (s.removeType === 'OBJECT_TYPE' || s.removeType === 'OBJECT_DOMAIN') {
                if (!this.model.enums.delete(name) && s.missing_ok)
                    continue;
                this.sink.dropped('enum', name, at);
            }
        }
    }
}
const EVERY_OBJECT_KINDS = new Set([...REPLAYED_KINDS, ...OBJECT_KINDS]);
/**
 * The statement kinds a replay learns from for a sink with or without `everyObject`: a statement of any
 * other kind changes nothing, so a caller can skip it without reading its AST (parsed on first read).
 */
function replayedKinds(everyObject) {
    return everyObject ? EVERY_OBJECT_KINDS : REPLAYED_KINDS;
}
/** `CreateStmt` for `{ CreateStmt: {…} }`: a node has one key, its type. */
function nodeKind(node) {
    for (const key in node)
        return key;
    return '';
}
/** Replay parsed migration files (up direction, in run order) into the schema they leave behind. */
function replayMigrations(files) {
    const replay = new SchemaReplay();
    for (const parsed of files)
        if (parsed.file.direction === 'up')
            replay.applyFile(parsed);
    return replay.result();
}


/***/ }),

/***/ 4075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ TouchRecorder)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3482);

/**
 * The history's sink: every statement's effect on each table, column and enum, as `Touch` records in
 * history order (what `rollback plan` and the fallback review read, and the replay cache keeps).
 * Objects the model does not hold are not asked for.
 */
class TouchRecorder {
    shapes = true;
    everyObject = false;
    touches = new Map();
    created(kind, name, at, required) {
        const touch = { kind: 'create', at };
        if (required)
            touch.madeRequired = true;
        this.add(keyOf(kind, name), touch);
    }
    renamed(kind, from, to, at) {
        this.add(keyOf(kind, from), { kind: 'rename-away', at, to });
        this.add(keyOf(kind, to), { kind: 'rename-to', at, from });
    }
    renamedColumn(table, from, to, at) {
        this.add((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .columnObjectKey */ .l9)(table, from), { kind: 'rename-away', at, to });
        this.add((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .columnObjectKey */ .l9)(table, to), { kind: 'rename-to', at, from });
    }
    dropped(kind, name, at) {
        this.add(keyOf(kind, name), { kind: 'drop', at });
    }
    changed(kind, name, change, at, from, to, madeRequired) {
        const touch = { kind: change, at };
        if (from !== undefined)
            touch.from = from;
        if (to !== undefined)
            touch.to = to;
        if (madeRequired)
            touch.madeRequired = true;
        this.add(keyOf(kind, name), touch);
    }
    add(key, touch) {
        const list = this.touches.get(key);
        if (list)
            list.push(touch);
        else
            this.touches.set(key, [touch]);
    }
}
/** model.ts's keys: `table:notes` (views too), `column:notes.author_email` (the name is table.column), `enum:status`. */
function keyOf(kind, name) {
    if (kind === 'column')
        return `column:${name}`;
    if (kind === 'enum')
        return `enum:${name}`;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .tableKey */ .ih)(name);
}


/***/ }),

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ normalizeType),
/* harmony export */   FN: () => (/* binding */ onlyWidens),
/* harmony export */   OE: () => (/* binding */ lengthLimit),
/* harmony export */   Xq: () => (/* binding */ splitType),
/* harmony export */   a$: () => (/* binding */ readableTypeName),
/* harmony export */   jp: () => (/* binding */ typeFamily),
/* harmony export */   pY: () => (/* binding */ isSerial)
/* harmony export */ });
/** Internal Postgres names → the names people write (and Prisma and drizzle-kit emit). */
const READABLE = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    float4: 'real',
    float8: 'double precision',
    bool: 'boolean',
    bpchar: 'char',
    decimal: 'numeric',
    serial: 'integer',
    serial4: 'integer',
    serial2: 'smallint',
    smallserial: 'smallint',
    serial8: 'bigint',
    bigserial: 'bigint',
};
/** The name people write for a Postgres internal type name (`int4` → `integer`); others as given. */
function readableTypeName(name) {
    return READABLE[name] ?? name;
}
const SERIALS = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
function nameParts(type) {
    return (type?.names ?? []).flatMap((n) => 'String' in n && n.String.sval !== undefined ? [n.String.sval] : []);
}
function modifiers(type) {
    return (type.typmods ?? []).flatMap((m) => {
        if ('A_Const' in m) {
            const c = m.A_Const;
            if (c.ival)
                return [String(c.ival.ival ?? 0)];
            if (c.sval?.sval !== undefined)
                return [c.sval.sval];
        }
        if ('ColumnRef' in m)
            return []; // interval fields and the like: not part of the comparable type
        return [];
    });
}
/**
 * A column type as comparable text: `pg_catalog.int4` → `integer`, `varchar(50)`, `timestamp(3)`,
 * `"Status"[]` → `Status[]`, `myschema.mood`. Serial types become their integer type (their default is
 * recorded on the column).
 */
function normalizeType(type) {
    const parts = nameParts(type);
    if (!type || !parts.length)
        return '';
    if (parts[0] === 'pg_catalog' || parts[0] === 'public')
        parts.shift();
    const base = parts.length === 1 ? readableTypeName(parts[0]) : parts.join('.');
    // interval's typmod is a field bitmask, not something a reader decodes differently
    const mods = base === 'interval' ? [] : modifiers(type);
    const array = type.arrayBounds?.length ? '[]' : '';
    return `${base}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}
/** `serial`, `bigserial`…: the column gets a sequence default and NOT NULL. */
function isSerial(type) {
    const parts = nameParts(type);
    return parts.length === 1 && SERIALS.has(parts[0]) && !type?.arrayBounds?.length;
}
/** `varchar(50)` → { base: 'varchar', mods: [50], array: false }. */
function splitType(type) {
    const array = type.endsWith('[]');
    const bare = array ? type.slice(0, -2) : type;
    const m = /^(.*?)(?:\(([^)]*)\))?$/.exec(bare);
    const mods = (m[2] ?? '')
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isFinite(n) && m[2] !== undefined);
    return { base: m[1], mods, array };
}
const FAMILIES = {
    text: 'text',
    varchar: 'text',
    char: 'text',
    citext: 'text',
    name: 'text',
    smallint: 'integer',
    integer: 'integer',
    bigint: 'bigint',
    numeric: 'numeric',
    money: 'numeric',
    real: 'float',
    'double precision': 'float',
    boolean: 'boolean',
    timestamp: 'timestamp',
    timestamptz: 'timestamp',
    date: 'date',
    time: 'time',
    timetz: 'time',
    interval: 'interval',
    json: 'json',
    jsonb: 'json',
    uuid: 'uuid',
    bytea: 'bytea',
    inet: 'inet',
    cidr: 'inet',
};
/**
 * What a client decodes a value of this type into, as a family name: `text` (text, varchar, char),
 * `integer` (smallint, integer), `bigint`, `numeric`, `float`, `timestamp` (with or without time
 * zone), `json`, `enum:<name>` for known enums, the base name otherwise; `[]` appended for arrays.
 * A change within one family (varchar(20) → text) decodes the same; across families it does not.
 */
function typeFamily(type, enums = new Set()) {
    const { base, array } = splitType(type);
    const family = FAMILIES[base] ?? (enums.has(base) ? `enum:${base}` : base);
    return array ? `${family}[]` : family;
}
/** The length limit of a bounded character type (`varchar(50)` → 50); undefined when unbounded. */
function lengthLimit(type) {
    const { base, mods, array } = splitType(type);
    if (array || (base !== 'varchar' && base !== 'char'))
        return undefined;
    return mods[0];
}
/** Types whose limit (the first modifier) Postgres can raise in the catalog alone. */
const LIMITED = new Set(['varchar', 'varbit']);
/**
 * Whether ALTER COLUMN … TYPE from `from` to `to` only widens one type, so Postgres changes the catalog
 * without rewriting or scanning the table and every value the old type holds still fits:
 * varchar(n) → varchar(m ≥ n), varchar or text; text → unbounded varchar; varbit(n) → varbit(m ≥ n) or
 * varbit; numeric(p,s) → numeric(q ≥ p,s) or numeric; cidr → inet; the same for arrays of them.
 * Anything else (a narrower limit, another scale, another type) may rewrite the table or fail on
 * existing values.
 */
function onlyWidens(from, to) {
    const a = splitType(from);
    const b = splitType(to);
    if (a.array !== b.array)
        return false;
    if (a.base === 'cidr' && b.base === 'inet' && !b.mods.length)
        return true;
    if (a.base === 'text' && (b.base === 'text' || b.base === 'varchar') && !b.mods.length)
        return true;
    if (LIMITED.has(a.base) && (b.base === a.base || (a.base === 'varchar' && b.base === 'text'))) {
        if (!b.mods.length)
            return true; // unlimited
        return a.mods.length > 0 && b.mods[0] >= a.mods[0];
    }
    if (a.base === 'numeric' && b.base === 'numeric') {
        if (!b.mods.length)
            return true; // any precision and scale
        if (!a.mods.length)
            return false;
        return b.mods[0] >= a.mods[0] && (b.mods[1] ?? 0) === (a.mods[1] ?? 0);
    }
    return false;
}


/***/ }),

/***/ 1832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WR: () => (/* binding */ cachedParse),
/* harmony export */   vN: () => (/* binding */ rememberParse)
/* harmony export */ });
/* unused harmony exports clearParseCache, parseCacheSize */
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
/**
 * Put a parse read from the disk store (parse-store.ts) into the cache; when the same SQL was parsed in
 * this run already, that parse is kept and returned, so every reader shares one set of statements.
 */
function rememberParse(source, parsed) {
    return cachedParse(source, () => parsed);
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


/***/ }),

/***/ 4159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   _U: () => (/* binding */ ensureParser),
/* harmony export */   mg: () => (/* binding */ PARSE_CODE),
/* harmony export */   v$: () => (/* binding */ parseMigrationSource)
/* harmony export */ });
/* harmony import */ var _parse_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1832);
/* harmony import */ var _pg_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6403);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(512);



/** Load the WASM Postgres parser (imported and compiled on the first call). */
function ensureParser() {
    return (0,_pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .loadParser */ .qd)();
}
/**
 * Parse one migration file with the real Postgres parser. Positions are exact (line/column of each
 * statement's first token). When the file does not parse, the statements around the error are still
 * returned, so one typo does not hide every other finding.
 *
 * The same SQL is parsed once per process (parse-cache.ts): the lint, the history replay and the
 * fallback checks of one run share the statements, which nothing may modify.
 */
function parseMigrationSource(file, { text, source, transactionDisabled }, options = {}) {
    const { statements, errors } = (0,_parse_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedParse */ .WR)(source, parseSource, options);
    return { file, text, statements, errors, transactionDisabled };
}
/** The statements of the SQL the parser sees, and where parts of it did not parse. */
function parseSource(source) {
    const positions = new _positions_js__WEBPACK_IMPORTED_MODULE_2__/* .SourcePositions */ .k(source);
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
        stmts = (0,_pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSql */ .eg)(source).stmts ?? [];
    }
    catch (error) {
        if (error instanceof _pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .ParserNotLoadedError */ .ew)
            throw error; // a caller's bug, not a property of the SQL
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
        boundaries = (0,_pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .scanSql */ .C4)(source)
            .filter((t) => t.text === ';')
            .map((t) => t.end);
    }
    catch (error) {
        if (error instanceof _pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .ParserNotLoadedError */ .ew)
            throw error;
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
            stmts = (0,_pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSql */ .eg)(chunk).stmts ?? [];
        }
        catch (error) {
            errors.push(failureAt(new _positions_js__WEBPACK_IMPORTED_MODULE_2__/* .SourcePositions */ .k(chunk), chunkStart, error, positions));
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
    const cursor = error instanceof _pg_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .PgSyntaxError */ .dL ? error.cursorPosition : undefined;
    const byte = cursor !== undefined && cursor >= 0
        ? chunkStartByte + local.byteOfCharIndex(cursor)
        : chunkStartByte + local.skipTrivia(0);
    const { line, column } = whole.at(byte);
    return { message, line, column };
}
/** The code a parse's result depends on: part of the disk store's key (parse-store.ts). */
const PARSE_CODE = [
    parseSource,
    parseAll,
    toRaw,
    parseByChunks,
    failureAt,
    _positions_js__WEBPACK_IMPORTED_MODULE_2__/* .SourcePositions */ .k,
];


/***/ }),

/***/ 6403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ scanSql),
/* harmony export */   dL: () => (/* binding */ PgSyntaxError),
/* harmony export */   eg: () => (/* binding */ parseSql),
/* harmony export */   ew: () => (/* binding */ ParserNotLoadedError),
/* harmony export */   qd: () => (/* binding */ loadParser),
/* harmony export */   xL: () => (/* binding */ parsePlPgSql)
/* harmony export */ });
/* unused harmony export parserLoaded */
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
/**
 * The parser was called before `loadParser()` resolved: a bug in the caller, never a property of the SQL,
 * so code that treats a parse failure as "not SQL" must let it through rather than read it as a verdict.
 */
class ParserNotLoadedError extends Error {
    constructor() {
        super('the Postgres parser was used before it was loaded (await loadParser() first)');
        this.name = 'ParserNotLoadedError';
    }
}
let lib;
let loading;
/** Resolves once the parser can be called; the first call imports and compiles it. */
function loadParser() {
    loading ??= __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23)).then(async (module) => {
        await module.loadModule();
        lib = module;
    });
    return loading;
}
/** Whether the parser has been loaded in this process (tests, and the content cache's promise to skip it). */
function parserLoaded() {
    return lib !== undefined;
}
function loaded() {
    if (!lib)
        throw new ParserNotLoadedError();
    return lib;
}
/**
 * Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. Empty text is no
 * statements (libpg-query refuses an empty string rather than parse it).
 */
function parseSql(sql) {
    if (sql === '')
        return { version: 0, stmts: [] };
    const pg = loaded();
    try {
        return pg.parseSync(sql);
    }
    catch (error) {
        if (!(error instanceof pg.SqlError))
            throw error;
        // libpg-query reports "no position" as 0, like a syntax error at the first character: either way
        // the error is placed at the first token.
        const cursor = error.sqlDetails?.cursorPosition;
        throw new PgSyntaxError(error.message, cursor ? cursor : undefined);
    }
}
/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
function scanSql(sql) {
    return sql === '' ? [] : (loaded().scanSync(sql).tokens ?? []);
}
/**
 * A PL/pgSQL body (a DO block or CREATE FUNCTION … LANGUAGE plpgsql) through libpg-query's PL/pgSQL
 * parser, as its JSON tree; throws when it does not parse.
 */
function parsePlPgSql(sql) {
    return loaded().parsePlPgSQLSync(sql);
}


/***/ }),

/***/ 512:
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
