import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 382;
export const ids = [382];
export const modules = {

/***/ 892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ openDatabase),
  Z: () => (/* binding */ openLocal)
});

// EXTERNAL MODULE: ./src/db/cleanup.ts
var cleanup = __webpack_require__(162);
// EXTERNAL MODULE: ./src/db/database.ts
var database = __webpack_require__(4257);
// EXTERNAL MODULE: ./src/db/find-binaries.ts
var find_binaries = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/db/local-server.ts + 1 modules
var local_server = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/db/apply-role.ts
var apply_role = __webpack_require__(1571);
// EXTERNAL MODULE: ./src/db/pg-client.ts
var pg_client = __webpack_require__(6617);
// EXTERNAL MODULE: ./src/db/pglite-server.ts + 1 modules
var pglite_server = __webpack_require__(389);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/db/url-database.ts





/** Every scratch database we create starts with this, so a leftover is recognisable as ours. */
const SCRATCH_PREFIX = 'rr_rehearsal_';
/**
 * A fresh scratch database on the server the user named (e.g. a Postgres service container). The
 * database in the URL is only used to run CREATE/DROP DATABASE; existing databases are never touched.
 * The pull request's SQL runs as the URL's role only when that role is unprivileged; otherwise as a
 * role made for this run (dropped afterwards), and when none can be made the rehearsal refuses.
 */
async function openUrlDatabase(url) {
    const started = Date.now();
    const shown = (0,database/* redactUrl */.BO)(url);
    let admin;
    try {
        admin = await (0,pg_client/* connectPg */.Q)({ connectionString: url });
    }
    catch (error) {
        throw new database/* DatabaseUnavailableError */.MP(`cannot connect to database-url ${shown}: ${error.message}`);
    }
    const suffix = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const name = `${SCRATCH_PREFIX}${suffix}`;
    let role;
    let setup;
    let session;
    let unregister = () => { };
    const drop = async () => {
        await Promise.all([session?.end(), setup?.end()]);
        await admin
            .exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
            .catch(() => admin.exec(`DROP DATABASE IF EXISTS ${name}`));
        if (role)
            await admin.exec(`DROP ROLE IF EXISTS ${role}`);
    };
    try {
        const [{ server_version: version } = { server_version: '' }] = await admin.query('SHOW server_version');
        const [{ user, superuser } = { user: '', superuser: false }] = await admin.query('SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
        const problem = await (0,apply_role/* privilegeProblem */.no)(admin);
        unregister = (0,cleanup/* registerCleanup */.q)({
            async: async () => {
                await drop().catch(() => { });
                await admin.end();
            },
            // Nothing synchronous can drop a database; the name prefix marks a leftover as ours.
            sync: () => { },
        });
        const target = new URL(url);
        target.pathname = `/${name}`;
        if (problem) {
            const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
            role = `${SCRATCH_PREFIX}${suffix}`;
            await admin
                .exec(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`)
                .catch((error) => {
                role = undefined;
                throw refusal(shown, problem, `it cannot create one (${error.message})`);
            });
            // A CREATEROLE user must be a member to hand the database over.
            if (!superuser)
                await admin.exec(`GRANT ${role} TO "${user.replace(/"/g, '""')}"`);
            await admin.exec(`CREATE DATABASE ${name} OWNER ${role}`);
            setup = await (0,pg_client/* connectPg */.Q)({ connectionString: target.toString() });
            await (0,apply_role/* prepareApplyRole */.M$)(setup, { role, database: name, create: false, helper: superuser });
            const asRole = new URL(target);
            asRole.username = role;
            asRole.password = password;
            session = await (0,pg_client/* connectPg */.Q)({ connectionString: asRole.toString() }).catch((error) => {
                throw refusal(shown, problem, `it created ${role} but cannot log in as it (${error.message})`);
            });
        }
        else {
            await admin.exec(`CREATE DATABASE ${name}`);
            session = await (0,pg_client/* connectPg */.Q)({ connectionString: target.toString() });
            setup = session;
        }
        const stillPrivileged = await (0,apply_role/* privilegeProblem */.no)(session);
        if (stillPrivileged)
            throw refusal(shown, stillPrivileged, 'the role it logged in as is privileged');
        const major = (0,pg_client/* majorOf */.D)(version);
        const [s, a] = [session, setup];
        const applyRole = role ?? user;
        let closed;
        return {
            kind: 'database-url',
            label: `PostgreSQL ${version} (database-url)`,
            majorVersion: major,
            startupMs: Date.now() - started,
            applyRole,
            describe: () => `the database-url server (PostgreSQL ${version}, ${shown}), scratch database ${name}, migrations applied as the unprivileged role ${applyRole}`,
            exec: (sql) => s.exec(sql),
            query: (sql, params) => s.query(sql, params),
            setup: (sql) => a.exec(sql),
            close() {
                closed ??= (async () => {
                    try {
                        await drop();
                    }
                    finally {
                        await admin.end();
                        unregister();
                    }
                })();
                return closed;
            },
        };
    }
    catch (error) {
        await drop().catch(() => { });
        await admin.end();
        unregister();
        if (error instanceof database/* DatabaseUnavailableError */.MP)
            throw error;
        throw new database/* DatabaseUnavailableError */.MP(`cannot create a scratch database on database-url ${shown}: ${error.message}`);
    }
}
/** Never silently apply as a privileged role: say why, and what URL to pass instead. */
function refusal(shown, problem, why) {
    return new database/* DatabaseUnavailableError */.MP(`database-url ${shown} logs in as a privileged role (${problem}); the rehearsal applies a pull request's SQL only as an unprivileged role, and ${why}. Pass a database-url for a role that is not a superuser and has CREATEDB (docs/rehearsal.md)`);
}

;// CONCATENATED MODULE: ./src/db/connect.ts








const INSTALL_HINT = "install PostgreSQL (e.g. `sudo apt-get install postgresql`; GitHub's Ubuntu runners have it), " +
    'or pass database-url (e.g. a Postgres service container), or install the npm package @electric-sql/pglite';
/**
 * A throwaway database, from the first source that works: `database-url` when given; else a local
 * server from the machine's PostgreSQL binaries; else the embedded PGlite. `engine` pins one source.
 * The caller must `close()` it (in `finally`); signals and process exit are covered too.
 */
async function openDatabase(options) {
    const { log } = options;
    if (options.databaseUrl) {
        if (options.engine !== 'auto')
            log.info(`database-url is set, so engine "${options.engine}" is not used`);
        return openUrlDatabase(options.databaseUrl);
    }
    const find = options.findBinaries ?? find_binaries/* findPostgresBinaries */.S6;
    if (options.engine === 'pglite')
        return (0,pglite_server/* openPglite */.i)();
    const binaries = await find(options.preferMajor);
    if (options.engine === 'local') {
        if (!binaries)
            throw new database/* DatabaseUnavailableError */.MP(`engine "local" needs the PostgreSQL binaries initdb and postgres, found neither on PATH nor under /usr/lib/postgresql/*/bin; ${INSTALL_HINT}`);
        return openLocal(binaries);
    }
    const reasons = [];
    if (binaries) {
        try {
            return await openLocal(binaries);
        }
        catch (error) {
            if ((0,cleanup/* interrupted */.V)())
                throw error; // Ctrl-C while starting: no fallback, just stop
            reasons.push(error.message);
            log.warn(`${error.message}\nfalling back to the embedded PGlite`);
        }
    }
    else {
        reasons.push('no PostgreSQL binaries (initdb, postgres) on PATH or under /usr/lib/postgresql/*/bin');
    }
    try {
        return await (0,pglite_server/* openPglite */.i)();
    }
    catch (error) {
        reasons.push(error.message);
        throw new database/* DatabaseUnavailableError */.MP(`no Postgres to rehearse on: ${reasons.join('; ')}. To fix: ${INSTALL_HINT}`);
    }
}
/**
 * A cluster from the local binaries, connected over its unix socket twice: as its superuser for the
 * tool's own setup, and as the unprivileged role `postgres` that owns the database for everything else.
 */
async function openLocal(binaries) {
    const started = Date.now();
    let server;
    try {
        server = await (0,local_server/* startLocalServer */.P)(binaries, { superuser: apply_role/* LOCAL_SUPERUSER */.n8 });
    }
    catch (error) {
        throw new database/* DatabaseUnavailableError */.MP(`the local PostgreSQL ${binaries.version} (${binaries.binDir}) did not start: ${error.message}`);
    }
    let admin;
    let session;
    try {
        const socket = { host: server.socketDir, port: server.port, database: 'postgres' };
        admin = await (0,pg_client/* connectPg */.Q)({ ...socket, user: server.superuser });
        await (0,apply_role/* prepareApplyRole */.M$)(admin, { role: apply_role/* LOCAL_APPLY_ROLE */.Si, database: 'postgres', create: true });
        session = await (0,pg_client/* connectPg */.Q)({ ...socket, user: apply_role/* LOCAL_APPLY_ROLE */.Si });
        const problem = await (0,apply_role/* privilegeProblem */.no)(session);
        if (problem)
            throw new Error(`refusing to apply migrations: ${problem}`);
        const s = server;
        const [a, apply] = [admin, session];
        let closed;
        return {
            server: s,
            kind: 'local',
            label: `local PostgreSQL ${binaries.version}`,
            majorVersion: (0,pg_client/* majorOf */.D)(binaries.version),
            startupMs: Date.now() - started,
            applyRole: apply_role/* LOCAL_APPLY_ROLE */.Si,
            describe: () => `a local PostgreSQL ${binaries.version} (${binaries.binDir}) running as ${s.runsAs} in ${s.dir}, migrations applied as the unprivileged role ${apply_role/* LOCAL_APPLY_ROLE */.Si}`,
            exec: (sql) => apply.exec(sql),
            query: (sql, params) => apply.query(sql, params),
            setup: (sql) => a.exec(sql),
            close() {
                closed ??= (async () => {
                    await Promise.all([apply.end(), a.end()]);
                    await s.stop();
                })();
                return closed;
            },
        };
    }
    catch (error) {
        await Promise.all([session?.end(), admin?.end()]);
        await server.stop();
        throw new database/* DatabaseUnavailableError */.MP(`cannot prepare the local PostgreSQL ${binaries.version}: ${error.message}`);
    }
}


/***/ }),

/***/ 1523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q$: () => (/* binding */ applyParsed),
  V2: () => (/* binding */ failure),
  y7: () => (/* binding */ isConnectionLoss),
  wD: () => (/* binding */ resetSession),
  dU: () => (/* binding */ rollback),
  dF: () => (/* binding */ setSessionDefaults)
});

// UNUSED EXPORTS: positionIn

// EXTERNAL MODULE: ./src/db/apply-role.ts
var apply_role = __webpack_require__(1571);
// EXTERNAL MODULE: ./src/db/database.ts
var database = __webpack_require__(4257);
// EXTERNAL MODULE: ./src/sql/positions.ts
var sql_positions = __webpack_require__(512);
// EXTERNAL MODULE: ./src/gates/migrations/transaction.ts
var transaction = __webpack_require__(5716);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var layouts = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/gates/rehearsal/findings.ts
var findings = __webpack_require__(9752);
;// CONCATENATED MODULE: ./src/gates/rehearsal/extension-objects.ts
const KNOWN = {
    'uuid-ossp': {
        names: ['uuid_nil', 'uuid_ns_dns', 'uuid_ns_url', 'uuid_ns_oid', 'uuid_ns_x500'],
        prefixes: ['uuid_generate_'],
    },
    pgcrypto: {
        names: [
            'crypt',
            'gen_salt',
            'digest',
            'hmac',
            'gen_random_bytes',
            'gen_random_uuid',
            'encrypt',
            'decrypt',
        ],
        prefixes: ['pgp_', 'armor', 'dearmor', 'encrypt_', 'decrypt_'],
    },
    citext: { names: ['citext'] },
    hstore: {
        names: ['hstore', 'akeys', 'avals', 'skeys', 'svals', 'populate_record'],
        prefixes: ['hstore_'],
    },
    pg_trgm: {
        names: [
            'similarity',
            'word_similarity',
            'strict_word_similarity',
            'show_trgm',
            'show_limit',
            'set_limit',
        ],
        prefixes: ['gin_trgm', 'gist_trgm'],
    },
    ltree: {
        names: [
            'ltree',
            'lquery',
            'ltxtquery',
            'nlevel',
            'subltree',
            'subpath',
            'text2ltree',
            'ltree2text',
            'lca',
        ],
        prefixes: ['gist_ltree', 'ltree_'],
    },
    btree_gin: { names: ['gin'] },
    btree_gist: { names: ['gist'] },
    fuzzystrmatch: {
        names: ['soundex', 'difference', 'metaphone', 'dmetaphone', 'dmetaphone_alt', 'daitch_mokotoff'],
        prefixes: ['levenshtein'],
    },
    unaccent: { names: ['unaccent'] },
    postgis: {
        names: [
            'geometry',
            'geography',
            'box2d',
            'box3d',
            'spatial_ref_sys',
            'geometry_columns',
            'geography_columns',
        ],
        prefixes: ['st_', 'postgis_', '_st_'],
    },
    postgis_topology: { names: ['topology', 'topogeometry'] },
    postgis_raster: { names: ['raster'], prefixes: ['st_'] },
    vector: {
        names: [
            'vector',
            'halfvec',
            'sparsevec',
            'ivfflat',
            'hnsw',
            'l2_distance',
            'cosine_distance',
            'inner_product',
        ],
        prefixes: ['vector_', 'halfvec_', 'sparsevec_'],
    },
    pg_stat_statements: { names: [], prefixes: ['pg_stat_statements'] },
    moddatetime: { names: ['moddatetime'] },
    pg_cron: { names: ['cron'] },
    pg_net: { names: ['net'] },
    http: { names: ['http', 'urlencode'], prefixes: ['http_'] },
    pgjwt: { names: ['sign', 'verify', 'url_encode', 'url_decode', 'algorithm_sign'] },
    pgsodium: { names: ['pgsodium'] },
    supabase_vault: { names: ['vault'] },
    pg_graphql: { names: ['graphql'] },
    // Supabase's package manager: pg_tle installs packages into its schema `pgtle`, and database.dev's
    // `supabase-dbdev` package (installed through it) keeps its functions in schema `dbdev` (basejump).
    pg_tle: { names: ['pgtle'] },
    'supabase-dbdev': { names: ['dbdev'] },
    pg_jsonschema: { names: ['json_matches_schema', 'jsonb_matches_schema', 'jsonschema_is_valid'] },
    pg_hashids: { names: ['id_encode', 'id_decode', 'id_decode_once'] },
    cube: { names: ['cube'], prefixes: ['cube_'] },
    earthdistance: { names: ['earth', 'll_to_earth', 'earth_distance', 'earth_box', 'gc_to_sec', 'sec_to_gc'] },
    intarray: {
        names: ['icount', 'sort_asc', 'sort_desc', 'uniq', 'idx', 'subarray', 'intset'],
        prefixes: ['gin__int', 'gist__int'],
    },
    isn: { names: ['isbn', 'isbn13', 'ean13', 'issn', 'issn13', 'ismn', 'ismn13', 'upc'] },
    tablefunc: { names: ['crosstab', 'normal_rand', 'connectby'], prefixes: ['crosstab'] },
    timescaledb: {
        names: ['create_hypertable', 'time_bucket', 'timescaledb_information'],
        prefixes: ['add_retention_policy', 'add_compression_policy', 'add_continuous_aggregate_policy'],
    },
    pg_partman: { names: ['partman', 'create_parent'] },
    dblink: { names: [], prefixes: ['dblink'] },
    rum: { names: ['rum'], prefixes: ['rum_'] },
};
function objectsOf(extension) {
    const known = KNOWN[extension];
    // An extension we know nothing about: only its own name (a language, a wrapper, a schema) counts.
    return {
        names: [extension, ...(known?.names ?? [])],
        prefixes: known?.prefixes ?? [`${extension}_`],
    };
}
function belongs(name, objects) {
    return objects.names.includes(name) || (objects.prefixes ?? []).some((p) => name.startsWith(p));
}
/** The names a "does not exist" message is about: quoted names, a function's name, an operator's types. */
function namesInError(message) {
    const names = [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const fn = /function ([\w.]+)\(/.exec(message);
    if (fn)
        names.push(fn[1]);
    const op = /operator does not exist: (.*)$/.exec(message);
    if (op)
        names.push(...(op[1].match(/[A-Za-z_][\w.]*/g) ?? []));
    // Schema-qualified names count by both parts: `cron.schedule` belongs to pg_cron through `cron`.
    return names.flatMap((n) => n.toLowerCase().split('.'));
}
function wordsOf(text) {
    return text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [];
}
/**
 * The missing extension a failed statement depends on, or undefined when it is the statement's own
 * error. The error's subject decides when the message names one; otherwise the statement must name an
 * object of the extension.
 */
function missingDependency(statementText, errorMessage, missing) {
    if (!missing.size)
        return undefined;
    const subjects = namesInError(errorMessage);
    const candidates = subjects.length ? subjects : wordsOf(statementText);
    for (const extension of missing) {
        const objects = objectsOf(extension);
        if (candidates.some((name) => belongs(name, objects)))
            return extension;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/likely-cause.ts
/**
 * The likely cause of a failed statement, by SQLSTATE. The rehearsal seeds existing rows (NULLs,
 * duplicates) on purpose, so data errors mean production data of the same shape breaks the deploy.
 */
function likelyCause(error, kind) {
    switch (error.code) {
        case '23502':
            return {
                cause: 'existing rows hold NULL in this column (the rehearsal seeded one, as rows written before this change may)',
                fix: 'backfill first (UPDATE … SET col = … WHERE col IS NULL), or add the column with a DEFAULT; on a big table add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL',
            };
        case '23505':
            return {
                cause: 'existing rows hold duplicate values for the new unique index or constraint (the rehearsal seeded a duplicate)',
                fix: 'de-duplicate the rows first in the same or an earlier migration, or make the index partial, then add the unique index',
            };
        case '23503':
            return {
                cause: 'existing rows reference rows that do not exist in the referenced table',
                fix: 'clean up or backfill the orphaned rows first, or add the foreign key NOT VALID and VALIDATE it after the cleanup',
            };
        case '23514':
            return {
                cause: 'existing rows violate the new CHECK constraint',
                fix: 'fix the rows first, or add the constraint NOT VALID and VALIDATE it once the data is clean',
            };
        case '22P02':
        case '22003':
        case '22001':
        case '42804':
            return {
                cause: 'existing values cannot be converted to the new type or do not fit it',
                fix: 'convert with an explicit USING expression, or add a new column, backfill it and switch over in a later release',
            };
        case '42601':
            return {
                cause: 'the server rejects the syntax: a typo, or a feature of a newer PostgreSQL than the one rehearsed on',
                fix: 'fix the statement; check that it is valid on the Postgres version production runs (migrations.pg-version)',
            };
        case '42P01':
        case '42703':
        case '42883':
        case '42704':
        case '3F000':
            return {
                cause: 'the statement refers to an object that does not exist at this point: a missing or misordered earlier migration, or a typo',
                fix: 'create the object in an earlier migration (check file name ordering), or fix the name',
            };
        case '42P07':
        case '42701':
        case '42710':
        case '42P06':
        case '42723':
            return {
                cause: 'the object already exists: this migration repeats an earlier one, or the base already has the object',
                fix: 'drop the duplicate statement, or guard it (IF NOT EXISTS / CREATE OR REPLACE) if the repetition is intended',
            };
        case '25001':
            return {
                cause: `${kind === 'IndexStmt' || kind === 'DropStmt' ? 'CONCURRENTLY' : 'this statement'} cannot run inside a transaction block, and the layout's runner runs this file in one (a query of several statements is one implicit transaction)`,
                fix: 'run it the way ban-concurrent-index-in-transaction says for this runner: alone in a migration file of its own (Prisma before 7.4.0, golang-migrate), with -- migrate:up transaction:false (dbmate), in a file of only non-transactional statements (Flyway), or with Supabase CLI 2.109.0+',
            };
        case '2BP01':
            return {
                cause: 'other objects depend on the object being dropped or changed',
                fix: 'drop or change the dependent objects first (listed in the detail), or use CASCADE only after checking what it removes',
            };
        case '42501':
            return {
                cause: 'the unprivileged rehearsal role lacks a privilege the migration needs',
                fix: 'keep superuser, file and program work out of migrations; grant the migration role what it needs in an earlier, reviewed migration',
            };
        case '55P03':
        case '57014':
            return {
                cause: 'the statement waited for a lock or ran past a timeout set in the migration',
                fix: 'keep lock_timeout, but make the statement cheaper (CONCURRENTLY, NOT VALID, batches)',
            };
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/send.ts




/**
 * Apply a file the way a runner that does not go statement by statement sends it: the whole file as one
 * simple query (Prisma before 7.4.0, golang-migrate, dbmate), or each `--> statement-breakpoint` chunk as
 * one query inside one transaction (Drizzle). Postgres then decides what runs in an implicit transaction,
 * exactly as in production. A failure is placed by the server's position, else by replaying the
 * statements inside a transaction that is rolled back, to find the one that fails.
 */
async function applyGrouped(parsed, ctx, runner, started) {
    const { db } = ctx;
    const findings = [];
    const done = (ok) => ({
        ok,
        ms: Date.now() - started,
        statements: parsed.statements.length,
        findings,
    });
    const chunks = runner.send === 'per-chunk' ? breakpointChunks(parsed) : [wholeFile(parsed)];
    const wrap = runner.send === 'per-chunk' && !parsed.statements.some((s) => s.kind === 'TransactionStmt');
    try {
        if (wrap)
            await db.exec('BEGIN');
        for (const chunk of chunks) {
            if (!chunk.text.trim())
                continue;
            ctx.deadline.check();
            try {
                await db.exec(chunk.text);
            }
            catch (raw) {
                ctx.deadline.check();
                const error = (0,database/* toServerError */.Nn)(raw);
                if (isConnectionLoss(error))
                    throw error;
                await rollback(db);
                const culprit = await locate(parsed, ctx, chunk, error);
                findings.push(failure(parsed, culprit.statement, error, ctx, culprit.position ?? 0));
                return done(false);
            }
        }
        if (wrap)
            await db.exec('COMMIT');
        return done(true);
    }
    finally {
        await resetSession(db);
    }
}
function wholeFile(parsed) {
    // dbmate's file holds both sections: send the up (or down) section's statements, as dbmate does.
    if ((0,layouts/* layoutById */.X_)(parsed.file.layout).down?.sectionMarker)
        return { text: parsed.statements.map((s) => `${s.text};`).join('\n'), offset: undefined };
    return { text: parsed.text, offset: 0 };
}
/** drizzle-orm's readMigrationFiles: `query.split('--> statement-breakpoint')`. */
function breakpointChunks(parsed) {
    const chunks = [];
    let offset = 0;
    for (const text of parsed.text.split('--> statement-breakpoint')) {
        chunks.push({ text, offset });
        offset += text.length + '--> statement-breakpoint'.length;
    }
    return chunks;
}
/** The statement that failed: the one holding the server's position, else the first to fail on a replay. */
async function locate(parsed, ctx, chunk, error) {
    const statements = parsed.statements;
    if (error.position && chunk.offset !== undefined) {
        const positions = new sql_positions/* SourcePositions */.k(parsed.text);
        const at = positions.at(positions.byteOfCharIndex(chunk.offset + error.position - 1));
        const holder = [...statements]
            .reverse()
            .find((s) => s.line < at.line || (s.line === at.line && s.column <= at.column));
        if (holder)
            return { statement: holder, position: relativePosition(holder, at) };
    }
    try {
        await ctx.db.exec('BEGIN');
        for (const statement of statements) {
            if (statement.kind === 'TransactionStmt')
                continue;
            try {
                await ctx.db.exec(statement.text);
            }
            catch {
                return { statement };
            }
        }
    }
    catch {
        // the replay is only a way to point at a line; the error itself is already known
    }
    finally {
        await rollback(ctx.db);
    }
    return { statement: statements[0] };
}
/** The server's position as a 1-based character offset into the statement's own text. */
function relativePosition(statement, at) {
    const lines = statement.text.split('\n');
    const index = at.line - statement.line;
    if (index < 0 || index >= lines.length)
        return undefined;
    const before = lines.slice(0, index).reduce((n, l) => n + [...l].length + 1, 0);
    const column = index === 0 ? at.column - statement.column : at.column - 1;
    return before + column + 1;
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/apply.ts









/** insufficient_privilege: what the unprivileged apply role gets for superuser-only statements. */
const PRIVILEGE = '42501';
/** SQLSTATEs of CREATE EXTENSION when the server does not have the extension (or may not create it). */
const EXTENSION_UNAVAILABLE = new Set(['58P01', '0A000', '42501']);
/** What a statement that needed a skipped extension fails with. */
const MISSING_OBJECT = new Set(['42704', '42883', '42P01', '42703', '3F000']);
/**
 * Apply one file as the layout's runner does: one transaction for the file, or none, statement by
 * statement so a failure points at its statement (and at the exact line when the server gives a
 * position). Session settings made by the file are reset afterwards.
 */
async function applyParsed(parsed, ctx) {
    const started = Date.now();
    const { db } = ctx;
    const findings = [];
    let skipped = 0;
    const done = (ok, extra = {}) => ({
        ok,
        ms: Date.now() - started,
        statements: parsed.statements.length,
        findings,
        ...(skipped ? { skipped } : {}),
        ...extra,
    });
    if (parsed.errors.length)
        return applyUnparsed(parsed, ctx, started);
    // The runner's own grouping (one query per file or per breakpoint chunk), unless an extension may have
    // to be skipped: that needs the statements one by one, each in its own savepoint.
    const runner = ctx.config.transaction === 'auto' ? (0,transaction/* runnerOf */.mv)(parsed, ctx.config) : undefined;
    const extensions = parsed.statements.some((s) => s.kind === 'CreateExtensionStmt') || ctx.missingExtensions.size > 0;
    if (runner && runner.send !== 'per-statement' && !extensions)
        return applyGrouped(parsed, ctx, runner, started);
    const model = (0,transaction/* transactionModelOf */.JG)(parsed, ctx.config);
    const hasOwnTransaction = parsed.statements.some((s) => s.kind === 'TransactionStmt');
    const wrap = !hasOwnTransaction && parsed.statements.some((s) => (0,transaction/* runsInTransaction */.G)(s, parsed, model));
    try {
        if (wrap)
            await db.exec('BEGIN');
        for (const statement of parsed.statements) {
            ctx.deadline.check();
            const extension = extensionName(statement);
            if (extension === undefined && refersToMissingExtension(statement, ctx.missingExtensions)) {
                skipped += 1;
                continue;
            }
            // Supabase CLI 2.109.0+ commits the batch so far, runs this statement on its own, then batches again.
            const alone = wrap && runner?.standalone?.(statement) === true;
            if (alone)
                await db.exec('COMMIT');
            const inTransaction = (wrap && !alone) || statement.inExplicitTransaction;
            if (extension !== undefined && inTransaction)
                await db.exec('SAVEPOINT rr_extension');
            try {
                await db.exec(statement.text);
                if (alone)
                    await db.exec('BEGIN');
            }
            catch (raw) {
                ctx.deadline.check();
                let error = (0,database/* toServerError */.Nn)(raw);
                if (isConnectionLoss(error))
                    throw error;
                if (extension !== undefined && error.code === PRIVILEGE) {
                    // Not trusted, so only a superuser may create it: the tool does, for a harmless one.
                    if (inTransaction)
                        await db.exec('ROLLBACK TO SAVEPOINT rr_extension');
                    const created = await createOnBehalf(db, statement, extension);
                    if (created === true)
                        continue;
                    if (inTransaction)
                        await db.exec('ROLLBACK TO SAVEPOINT rr_extension');
                    error = created;
                }
                if (extension !== undefined && error.code && EXTENSION_UNAVAILABLE.has(error.code)) {
                    if (inTransaction)
                        await db.exec('ROLLBACK TO SAVEPOINT rr_extension');
                    ctx.missingExtensions.add(extension);
                    findings.push(extensionSkipped(parsed, statement, extension, error, db));
                    skipped += 1;
                    continue;
                }
                await rollback(db);
                const needed = error.code !== undefined && MISSING_OBJECT.has(error.code)
                    ? missingDependency(statement.text, error.message, ctx.missingExtensions)
                    : undefined;
                findings.push(needed !== undefined
                    ? needsExtension(parsed, statement, error, needed, ctx)
                    : error.code === PRIVILEGE
                        ? notPermitted(parsed, statement, error, ctx)
                        : failure(parsed, statement, error, ctx));
                return done(false, needed !== undefined ? { environmental: true } : {});
            }
        }
        if (wrap)
            await db.exec('COMMIT');
        return done(true);
    }
    finally {
        await resetSession(db);
    }
}
/** A file the parser cannot split: send it whole and place the server's error by its position. */
async function applyUnparsed(parsed, ctx, started) {
    const first = parsed.errors[0];
    const result = (ok, findings) => ({
        ok,
        ms: Date.now() - started,
        statements: 0,
        findings,
    });
    if ((0,layouts/* layoutById */.X_)(parsed.file.layout).down?.sectionMarker) {
        // The up and down sections share the file; without a parse there is no safe way to send one of them.
        return result(false, [
            (0,findings/* rehearsalFinding */.l)(ctx.failureRule, 'error', {
                file: parsed.file.path,
                line: first.line,
                column: first.column,
                message: `The ${ctx.what} cannot be rehearsed: Postgres cannot parse it: ${first.message}.`,
                help: 'Fix the SQL; the migrations gate reports the same syntax error.',
            }),
        ]);
    }
    const model = (0,transaction/* transactionModelOf */.JG)(parsed, ctx.config);
    // One query string already runs as one implicit transaction; only runners that send BEGIN are wrapped.
    const wrap = (model === 'per-file' || model === 'per-file-standalone' || model === 'flyway') &&
        !/^\s*(begin|start\s+transaction)\b/im.test(parsed.text);
    const text = parsed.text.replace(/^\uFEFF/, '');
    try {
        ctx.deadline.check();
        if (wrap)
            await ctx.db.exec('BEGIN');
        await ctx.db.exec(text);
        if (wrap)
            await ctx.db.exec('COMMIT');
        return result(true, []);
    }
    catch (raw) {
        ctx.deadline.check();
        const error = (0,database/* toServerError */.Nn)(raw);
        if (isConnectionLoss(error))
            throw error;
        await rollback(ctx.db);
        const positions = new sql_positions/* SourcePositions */.k(text);
        const at = error.position
            ? positions.at(positions.byteOfCharIndex(error.position - 1))
            : { line: first.line, column: first.column };
        if (error.code === PRIVILEGE)
            return result(false, [
                (0,findings/* rehearsalFinding */.l)('statement-not-permitted', 'error', {
                    file: parsed.file.path,
                    line: at.line,
                    column: at.column,
                    message: notPermittedMessage(error, ctx, excerptAt(text, error.position)),
                    help: NOT_PERMITTED_HELP,
                }),
            ]);
        return result(false, [
            (0,findings/* rehearsalFinding */.l)(ctx.failureRule, 'error', {
                file: parsed.file.path,
                line: at.line,
                column: at.column,
                message: failureMessage(error, ctx, 'Unknown'),
                help: helpFor(error, 'Unknown'),
            }),
        ]);
    }
    finally {
        await resetSession(ctx.db);
    }
}
/** `position`: the server's, relative to the statement's text (the default); 0 for the statement's start. */
function failure(parsed, statement, error, ctx, position = error.position) {
    const at = positionIn(statement, position);
    return (0,findings/* rehearsalFinding */.l)(ctx.failureRule, 'error', {
        file: parsed.file.path,
        line: at.line,
        column: at.column,
        ...(statement.endLine > at.line ? { endLine: statement.endLine } : {}),
        message: failureMessage(error, ctx, statement.kind),
        help: helpFor(error, statement.kind),
    });
}
function failureMessage(error, ctx, kind) {
    const cause = likelyCause(error, kind);
    const detail = error.detail ? ` (${error.detail.replace(/\.$/, '')})` : '';
    const likely = cause ? ` Likely cause: ${cause.cause}.` : '';
    return `This ${ctx.what} fails on ${ctx.db.label}: ${error.message}${detail}.${likely}`;
}
function helpFor(error, kind) {
    const cause = likelyCause(error, kind);
    const parts = [
        cause ? capitalize(cause.fix) : 'Fix the statement so it applies on a database with existing data',
    ];
    if (error.hint)
        parts.push(`Server hint: ${error.hint}`);
    return parts.map((p) => p.replace(/\.$/, '')).join('. ') + '.';
}
function extensionSkipped(parsed, statement, extension, error, db) {
    const why = error.code === PRIVILEGE
        ? `could not be created: only a superuser may create it, the rehearsal applies pull-request SQL as an unprivileged role, and "${extension}" is not one of the extensions it creates on a migration's behalf (${error.message})`
        : `is not available on ${db.label} (${error.message})`;
    return (0,findings/* rehearsalFinding */.l)('extension-unavailable', 'notice', {
        file: parsed.file.path,
        line: statement.line,
        column: statement.column,
        message: `Extension "${extension}" ${why}; the statement was skipped, and only statements that use the extension are excused.`,
        help: 'To rehearse objects that use it, pass database-url pointing at a Postgres server that has the extension (docs/rehearsal.md lists the extensions the rehearsal creates).',
    });
}
function needsExtension(parsed, statement, error, extension, ctx) {
    const at = positionIn(statement, error.position);
    return (0,findings/* rehearsalFinding */.l)('extension-unavailable', 'warning', {
        file: parsed.file.path,
        line: at.line,
        column: at.column,
        message: `The rehearsal stopped here: ${error.message}; this statement uses extension "${extension}", which could not be created on ${ctx.db.label}. Later migrations were not rehearsed.`,
        help: 'Pass database-url pointing at a Postgres server with the extension to rehearse these migrations.',
    });
}
const NOT_PERMITTED_HELP = "The rehearsal applies pull-request SQL only as a role that is not a superuser and cannot reach the server's files or programs (docs/rehearsal.md). Migrations should not need that: move file, program or superuser work out of the migration (an operator runs it once, by hand), or grant the migration role only the privilege it needs in an earlier, reviewed migration.";
function notPermitted(parsed, statement, error, ctx) {
    const at = positionIn(statement, error.position);
    return (0,findings/* rehearsalFinding */.l)('statement-not-permitted', 'error', {
        file: parsed.file.path,
        line: at.line,
        column: at.column,
        ...(statement.endLine > at.line ? { endLine: statement.endLine } : {}),
        message: notPermittedMessage(error, ctx, excerptAt(statement.text, 1)),
        help: NOT_PERMITTED_HELP,
    });
}
function notPermittedMessage(error, ctx, excerpt) {
    const role = ctx.db.applyRole ? `the unprivileged role ${ctx.db.applyRole}` : 'the rehearsal role';
    return `This ${ctx.what} needs a privilege the rehearsal does not give: \`${excerpt}\` was refused for ${role} (${error.message}); it was not run, so the ${ctx.what} was not rehearsed.`;
}
/** The first line of a statement (from the server's 1-based character position), shortened. */
function excerptAt(text, position) {
    const from = position && position <= text.length ? position - 1 : 0;
    const line = text.slice(from).trimStart().split('\n')[0].trim();
    return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
/**
 * Ask the setup helper (src/db/apply-role.ts) to create an untrusted extension on the list; true when
 * it did, else the reason as a ServerError (42501 / 58P01 are read as "unavailable" by the caller).
 */
async function createOnBehalf(db, statement, extension) {
    if (!db.applyRole)
        return (0,database/* toServerError */.Nn)({ message: 'no setup helper', code: PRIVILEGE });
    try {
        await db.query(`SELECT ${apply_role/* HELPER_SCHEMA */.pg}.create_extension($1, coalesce($2, current_schema()))`, [
            extension,
            extensionSchema(statement) ?? null,
        ]);
        return true;
    }
    catch (raw) {
        const error = (0,database/* toServerError */.Nn)(raw);
        if (isConnectionLoss(error))
            throw error;
        // No helper here (an unprivileged database-url role): the extension is simply not available.
        return error.code === '42883' || error.code === '3F000'
            ? (0,database/* toServerError */.Nn)({ message: `permission denied to create extension "${extension}"`, code: PRIVILEGE })
            : error;
    }
}
function extensionSchema(statement) {
    const node = statement.node;
    const option = node.CreateExtensionStmt?.options?.find((o) => o.DefElem?.defname === 'schema');
    return option?.DefElem?.arg?.String?.sval;
}
/** Where in the file the server's error points: the statement's start, moved by the 1-based character position. */
function positionIn(statement, position) {
    if (!position || position > statement.text.length + 1)
        return { line: statement.line, column: statement.column };
    const before = [...statement.text.slice(0, position - 1)].join('');
    const newlines = before.split('\n');
    if (newlines.length === 1)
        return { line: statement.line, column: statement.column + [...before].length };
    return {
        line: statement.line + newlines.length - 1,
        column: [...newlines[newlines.length - 1]].length + 1,
    };
}
function extensionName(statement) {
    const node = statement.node;
    return node.CreateExtensionStmt ? (node.CreateExtensionStmt.extname ?? '') : undefined;
}
/** COMMENT ON / ALTER EXTENSION for an extension that was skipped. */
function refersToMissingExtension(statement, missing) {
    if (!missing.size)
        return false;
    const node = statement.node;
    const name = node.AlterExtensionStmt?.extname ??
        node.AlterExtensionContentsStmt?.extname ??
        (node.CommentStmt?.objtype === 'OBJECT_EXTENSION' ? node.CommentStmt.object?.String?.sval : undefined);
    return name !== undefined && missing.has(name);
}
/**
 * The server went away (stopped on Ctrl-C or at the time box, or crashed): not the migration's
 * fault, so not a finding. No SQLSTATE, connection exceptions (08…) and operator intervention (57P…).
 */
function isConnectionLoss(error) {
    return !error.code || error.code.startsWith('08') || error.code.startsWith('57P');
}
async function rollback(db) {
    await db.exec('ROLLBACK').catch(() => { });
}
// What a session of the platform starts with (the Supabase stand-in's search_path): RESET ALL goes back
// to the settings of the connection's login, which was opened before the stand-in existed.
const sessionDefaults = new WeakMap();
/** Settings every statement of the rehearsal starts from on `db`, set now and after each reset. */
async function setSessionDefaults(db, sql) {
    sessionDefaults.set(db, sql);
    await db.exec(sql);
}
/** A file's SET search_path / SET ROLE must not leak into the next file or the schema snapshot. */
async function resetSession(db) {
    const defaults = sessionDefaults.get(db);
    await db.exec(`RESET ALL; RESET ROLE${defaults ? `; ${defaults}` : ''}`).catch(() => { });
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   h: () => (/* binding */ RehearsalTimeout)
/* harmony export */ });
/** The rehearsal ran past `rehearsal.timeout`. */
class RehearsalTimeout extends Error {
    name = 'RehearsalTimeout';
}
/**
 * Time-boxes the whole rehearsal. When it expires, `onExpire` interrupts the work in flight (closing
 * the database aborts a running statement), and `check()` stops whatever comes next.
 */
class Deadline {
    ms;
    expired = false;
    timer;
    constructor(ms, onExpire) {
        this.ms = ms;
        this.timer = setTimeout(() => {
            this.expired = true;
            onExpire();
        }, ms);
    }
    check() {
        if (this.expired)
            throw new RehearsalTimeout(`the rehearsal took longer than ${Math.round(this.ms / 1000)} s`);
    }
    clear() {
        clearTimeout(this.timer);
    }
}


/***/ }),

/***/ 9752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ rehearsalFinding)
/* harmony export */ });
/* unused harmony export REHEARSAL_RULES */
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(121);

/** Rule ids of the rehearsal gate; each has a page under docs/rules/. */
const REHEARSAL_RULES = (/* unused pure expression or super */ null && ([
    'migration-failed',
    'statement-not-permitted',
    'nothing-rehearsed',
    'table-not-seeded',
    'server-version-mismatch',
    'base-migration-failed',
    'down-migration-mismatch',
    'missing-down-migration',
    'seed-failed',
    'extension-unavailable',
    'database-unavailable',
    'rehearsal-timeout',
    'schema-changes',
]));
function rehearsalFinding(rule, severity, fields) {
    return { gate: 'rehearsal', rule, severity, ...fields, docs: (0,_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocsUrl */ .hS)(rule) };
}


/***/ }),

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ createRehearsalGate),
  N: () => (/* binding */ rehearsalGate)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/db/cleanup.ts
var cleanup = __webpack_require__(162);
// EXTERNAL MODULE: ./src/db/connect.ts + 1 modules
var connect = __webpack_require__(892);
// EXTERNAL MODULE: ./src/db/database.ts
var database = __webpack_require__(4257);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var migrations_layouts = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/gates/migrations/runner-config.ts + 1 modules
var runner_config = __webpack_require__(6661);
// EXTERNAL MODULE: ./src/sql/parse.ts
var parse = __webpack_require__(4159);
// EXTERNAL MODULE: ./src/gates/migrations/read-source.ts
var read_source = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/gates/rehearsal/deadline.ts
var rehearsal_deadline = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/gates/rehearsal/findings.ts
var rehearsal_findings = __webpack_require__(9752);
// EXTERNAL MODULE: ./src/gates/migrations/discover.ts
var discover = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/gates/migrations/select.ts
var migrations_select = __webpack_require__(1778);
;// CONCATENATED MODULE: ./src/gates/rehearsal/plan.ts





/**
 * Base migrations come from the base commit (what production ran); added migrations are the head's
 * migrations whose path the base does not have. Without a base, every migration counts as added.
 */
async function planRehearsal(ctx) {
    const config = ctx.settings.config.migrations;
    // The whole head tree: an added up migration's down file may sit anywhere in it (Flyway U files).
    const discovery = await (0,migrations_select/* discoverHeadMigrations */.r)(ctx);
    const problems = [];
    const base = ctx.base;
    const baseFiles = base
        ? (await (0,discover/* discoverMigrations */.l)(await ctx.git.listFilesAt(base), config, (p) => ctx.git.readFileAt(base, p)))
            .files
        : [];
    const basePaths = new Set(baseFiles.map((f) => f.path));
    const readHead = async (file, section) => {
        const source = await (0,read_source/* readHeadSource */.qJ)(ctx, file.path);
        if (!source)
            return undefined;
        if ('problem' in source) {
            problems.push((0,rehearsal_findings/* rehearsalFinding */.l)('migration-failed', 'error', {
                file: file.path,
                message: `Cannot rehearse this migration: ${source.problem}.`,
            }));
            return undefined;
        }
        return { file, text: source.text, section };
    };
    const layouts = [];
    for (const layoutId of discovery.layouts) {
        const layout = (0,migrations_layouts/* layoutById */.X_)(layoutId);
        const headOfLayout = discovery.files.filter((f) => f.layout === layoutId);
        const addedFiles = headOfLayout.filter((f) => f.direction === 'up' && !basePaths.has(f.path));
        if (!addedFiles.length)
            continue;
        const plan = {
            layout: layoutId,
            base: [],
            added: [],
            hasDown: layout.down !== undefined,
            downs: new Map(),
        };
        for (const file of baseFiles.filter((f) => f.layout === layoutId && f.direction === 'up')) {
            const text = await ctx.git.readFileAt(base, file.path);
            if (text !== undefined)
                plan.base.push({ file, text, section: 'up' });
        }
        for (const file of addedFiles) {
            const source = await readHead(file, 'up');
            if (!source)
                continue;
            plan.added.push(source);
            if (!layout.down)
                continue;
            const downFile = layout.down.fileOf(file, headOfLayout);
            plan.downs.set(file.path, downFile ? await readHead(downFile, 'down') : undefined);
        }
        if (plan.added.length)
            layouts.push(plan);
    }
    return { layouts, problems, discovered: discovery.layouts };
}

;// CONCATENATED MODULE: ./src/db/schema-snapshot.ts

/** One round trip: every category as one JSON document (works on PostgreSQL 12+ and PGlite). */
const SNAPSHOT_SQL = `
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
), ext AS (
  SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), rel AS (
  SELECT c.oid, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, n.nspname
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
)
SELECT json_build_object(
  'schemas', (SELECT coalesce(json_agg(nspname ORDER BY nspname), '[]') FROM ns
    WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_namespace'::regclass AND ext.objid = ns.oid)),
  'extensions', (SELECT coalesce(json_agg(extname ORDER BY extname), '[]') FROM pg_extension WHERE extname <> 'plpgsql'),
  'tables', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname, json_build_object(
      'kind', CASE r.relkind WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table' ELSE 'table' END,
      'rowSecurity', r.relrowsecurity,
      'forceRowSecurity', r.relforcerowsecurity,
      'columns', (SELECT coalesce(json_object_agg(a.attname, json_build_object(
          'type', format_type(a.atttypid, a.atttypmod),
          'notNull', a.attnotnull,
          'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
          'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
          'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END)), '{}')
        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped))), '{}')
    FROM rel r WHERE r.relkind IN ('r', 'p', 'f')),
  'views', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname,
      CASE r.relkind WHEN 'm' THEN 'materialized view: ' ELSE 'view: ' END || pg_get_viewdef(r.oid, true)), '{}')
    FROM rel r WHERE r.relkind IN ('v', 'm')),
  'sequences', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname, format('%s increment %s start %s min %s max %s%s',
      format_type(s.seqtypid, NULL), s.seqincrement, s.seqstart, s.seqmin, s.seqmax, CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END)), '{}')
    FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
    WHERE r.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d
      WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0)),
  'indexes', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname, pg_get_indexdef(i.indexrelid)), '{}')
    FROM pg_index i JOIN rel r ON r.oid = i.indexrelid
    WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con
      WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))),
  'constraints', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname || '.' || con.conname, pg_get_constraintdef(con.oid)), '{}')
    FROM pg_constraint con JOIN rel r ON r.oid = con.conrelid WHERE con.contype <> 'n'),
  'enums', (SELECT coalesce(json_object_agg(k, labels), '{}') FROM (
      SELECT n.nspname || '.' || t.typname AS k, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN ns n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
      GROUP BY 1) en),
  'types', (SELECT coalesce(json_object_agg(n.nspname || '.' || t.typname, CASE t.typtype
      WHEN 'd' THEN format('domain %s%s%s%s', format_type(t.typbasetype, t.typtypmod),
        CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END,
        coalesce(' DEFAULT ' || t.typdefault, ''),
        coalesce((SELECT ' ' || string_agg(con.conname || ' ' || pg_get_constraintdef(con.oid), ' ' ORDER BY con.conname)
          FROM pg_constraint con WHERE con.contypid = t.oid), ''))
      ELSE format('composite (%s)', (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
          FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)) END), '{}')
    FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
    WHERE (t.typtype = 'd' OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
      AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)),
  'functions', (SELECT coalesce(json_object_agg(n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
      CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE pg_get_functiondef(p.oid) END), '{}')
    FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)),
  'triggers', (SELECT coalesce(json_object_agg(r.nspname || '.' || r.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)), '{}')
    FROM pg_trigger t JOIN rel r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal),
  'policies', (SELECT coalesce(json_object_agg(p.schemaname || '.' || p.tablename || '.' || p.policyname,
      concat(p.permissive, ' FOR ', p.cmd, ' TO ', array_to_string(p.roles, ', '),
        ' USING (' || p.qual || ')', ' WITH CHECK (' || p.with_check || ')')), '{}')
    FROM pg_policies p JOIN ns n ON n.nspname = p.schemaname)
)::text AS snapshot`;
/** Read the schema of the current database as a normalised, exactly comparable snapshot. */
async function takeSnapshot(db) {
    const [row] = await db.query(SNAPSHOT_SQL);
    const raw = JSON.parse(row?.snapshot ?? '{}');
    const tables = {};
    for (const [name, value] of sortedEntries(raw.tables)) {
        const t = value;
        const columns = {};
        for (const [column, c] of sortedEntries(t.columns)) {
            const shape = c;
            columns[column] = {
                type: shape.type,
                notNull: shape.notNull,
                ...(shape.default ? { default: shape.default } : {}),
                ...(shape.identity ? { identity: shape.identity } : {}),
                ...(shape.generated ? { generated: shape.generated } : {}),
            };
        }
        tables[name] = {
            kind: t.kind,
            rowSecurity: t.rowSecurity,
            forceRowSecurity: t.forceRowSecurity,
            columns,
        };
    }
    return {
        schemas: [...(raw.schemas ?? [])].sort(),
        extensions: [...(raw.extensions ?? [])].sort(),
        tables,
        views: sortedRecord(raw.views),
        sequences: sortedRecord(raw.sequences),
        indexes: sortedRecord(raw.indexes),
        constraints: sortedRecord(raw.constraints),
        enums: sortedRecord(raw.enums),
        types: sortedRecord(raw.types),
        functions: sortedRecord(raw.functions),
        triggers: sortedRecord(raw.triggers),
        policies: sortedRecord(raw.policies),
    };
}
function sortedEntries(value) {
    if (!value || typeof value !== 'object')
        return [];
    return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
function sortedRecord(value) {
    return Object.fromEntries(sortedEntries(value));
}

;// CONCATENATED MODULE: ./src/db/snapshot-diff.ts
/**
 * Every difference from `a` to `b`. Columns, indexes and constraints of a table that exists on only one
 * side are folded into that table's entry, so a dropped table is one difference, not fifty.
 */
function diffSnapshots(a, b) {
    const out = [];
    diffSet('schema', a.schemas, b.schemas, out);
    diffSet('extension', a.extensions, b.extensions, out);
    for (const name of union(a.tables, b.tables)) {
        const before = a.tables[name];
        const after = b.tables[name];
        if (!before || !after) {
            out.push({
                kind: 'table',
                object: name,
                change: before ? 'removed' : 'added',
                ...side('before', before && tableText(before)),
                ...side('after', after && tableText(after)),
            });
            continue;
        }
        diffTable(name, before, after, out);
    }
    // Objects on a table that exists on one side only are part of that table's difference.
    const tableOnBothSides = (table) => !table || (table in a.tables && table in b.tables) || !(table in a.tables || table in b.tables);
    const onBothSides = (key) => tableOnBothSides(tableOf(key));
    diffRecord('view', a.views, b.views, out);
    diffRecord('sequence', a.sequences, b.sequences, out);
    diffRecord('index', a.indexes, b.indexes, out, (_key, def) => tableOnBothSides(indexTable(def)));
    diffRecord('constraint', a.constraints, b.constraints, out, onBothSides);
    diffRecord('enum', mapValues(a.enums, (l) => l.join(', ')), mapValues(b.enums, (l) => l.join(', ')), out);
    diffRecord('type', a.types, b.types, out);
    diffRecord('function', a.functions, b.functions, out);
    diffRecord('trigger', a.triggers, b.triggers, out, onBothSides);
    diffRecord('policy', a.policies, b.policies, out, onBothSides);
    return out;
}
function diffTable(name, before, after, out) {
    if (before.kind !== after.kind)
        out.push({
            kind: 'table',
            object: name,
            change: 'changed',
            aspect: 'kind',
            before: before.kind,
            after: after.kind,
        });
    const rls = (t) => t.rowSecurity ? (t.forceRowSecurity ? 'enabled, forced' : 'enabled') : 'disabled';
    if (rls(before) !== rls(after))
        out.push({
            kind: 'row security',
            object: name,
            change: 'changed',
            before: rls(before),
            after: rls(after),
        });
    for (const column of union(before.columns, after.columns)) {
        const x = before.columns[column];
        const y = after.columns[column];
        const object = `${name}.${column}`;
        if (!x || !y) {
            out.push({
                kind: 'column',
                object,
                change: x ? 'removed' : 'added',
                ...side('before', x && columnText(x)),
                ...side('after', y && columnText(y)),
            });
            continue;
        }
        if (x.type !== y.type)
            out.push({ kind: 'column', object, change: 'changed', aspect: 'type', before: x.type, after: y.type });
        if (x.notNull !== y.notNull) {
            out.push({
                kind: 'column',
                object,
                change: 'changed',
                aspect: 'nullability',
                before: nullability(x),
                after: nullability(y),
            });
        }
        for (const aspect of ['default', 'identity', 'generated']) {
            if (x[aspect] !== y[aspect])
                out.push({
                    kind: 'column',
                    object,
                    change: 'changed',
                    aspect,
                    ...side('before', x[aspect]),
                    ...side('after', y[aspect]),
                });
        }
    }
}
function diffSet(kind, a, b, out) {
    for (const name of a)
        if (!b.includes(name))
            out.push({ kind, object: name, change: 'removed' });
    for (const name of b)
        if (!a.includes(name))
            out.push({ kind, object: name, change: 'added' });
}
function diffRecord(kind, a, b, out, include = () => true) {
    for (const key of union(a, b)) {
        const x = a[key];
        const y = b[key];
        if (x === y || !include(key, (x ?? y)))
            continue;
        out.push({
            kind,
            object: key,
            change: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
            ...side('before', x),
            ...side('after', y),
        });
    }
}
/** One line a person can read: "column public.users.email: NULL → NOT NULL". */
function describeDifference(d) {
    const what = `${d.kind} ${d.object}`;
    if (d.change === 'added')
        return `${what} added${d.after && !isLong(d.after) ? ` (${d.after})` : ''}`;
    if (d.change === 'removed')
        return `${what} removed${d.before && !isLong(d.before) ? ` (was ${d.before})` : ''}`;
    const aspect = d.aspect ? ` ${d.aspect}` : '';
    if (isLong(d.before) || isLong(d.after))
        return `${what}:${aspect} definition differs`;
    return `${what}:${aspect} ${d.before ?? 'none'} → ${d.after ?? 'none'}`;
}
function isLong(text) {
    return text !== undefined && (text.length > 160 || text.includes('\n'));
}
function columnText(c) {
    const parts = [c.type, nullability(c)];
    if (c.default)
        parts.push(`DEFAULT ${c.default}`);
    if (c.identity)
        parts.push(`GENERATED ${c.identity.toUpperCase()} AS IDENTITY`);
    if (c.generated)
        parts.push(`GENERATED ALWAYS AS (${c.generated})`);
    return parts.join(' ');
}
function tableText(t) {
    const count = Object.keys(t.columns).length;
    return `${count} column${count === 1 ? '' : 's'}: ${Object.keys(t.columns).join(', ')}`;
}
const nullability = (c) => (c.notNull ? 'NOT NULL' : 'NULL');
function side(name, value) {
    return value === undefined ? {} : { [name]: value };
}
function union(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
function mapValues(record, f) {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
/** `public.users.users_pkey` → `public.users`. */
function tableOf(key) {
    const parts = key.split('.');
    return parts.length >= 3 ? parts.slice(0, -1).join('.') : undefined;
}
/** The table an index is on, from its definition: `CREATE INDEX i ON public.users USING btree (…)`. */
function indexTable(definition) {
    const match = / ON (?:ONLY )?([^\s(]+) USING /.exec(definition);
    return match ? match[1].replace(/"/g, '') : undefined;
}

// EXTERNAL MODULE: ./src/gates/migrations/layouts/parse-migration.ts
var parse_migration = __webpack_require__(6598);
// EXTERNAL MODULE: ./src/gates/rehearsal/apply.ts + 3 modules
var apply = __webpack_require__(1523);
;// CONCATENATED MODULE: ./src/gates/rehearsal/down.ts





/**
 * Each added migration's down, as its layout names it: a missing one, or one with nothing but
 * comments, is reported (severity from `rehearsal.require-down`; `off` reports nothing).
 */
function missingDownFindings(plan, severity) {
    if (!plan.hasDown || severity === 'off')
        return [];
    const findings = [];
    for (const up of plan.added) {
        const down = plan.downs.get(up.file.path);
        const parsed = down ? parseDown(down) : undefined;
        if (parsed && parsed.statements.length)
            continue;
        const downs = (0,migrations_layouts/* layoutById */.X_)(up.file.layout).down;
        const expected = downs?.expected(up.file) ?? '';
        // A down that is a section of the up file (dbmate) is empty only when its marker is there.
        const marker = downs?.sectionMarker;
        const empty = down && (!marker || marker.test(down.text));
        if (!empty && downs?.optional) {
            findings.push(optionalDownNotice(up.file.path, expected, downs.optional, severity));
            continue;
        }
        findings.push((0,rehearsal_findings/* rehearsalFinding */.l)('missing-down-migration', severity, {
            file: empty && down ? down.file.path : up.file.path,
            line: empty && down && marker ? lineOf(down.text, marker) : 1,
            message: empty
                ? `The down migration of ${up.file.path} has no statements (only comments or nothing), so this change cannot be rolled back with the migration tool.`
                : `${up.file.path} has no down migration (${expected}), so this change cannot be rolled back with the migration tool.`,
            help: `Write ${expected} that undoes exactly what the up migration does; the rehearsal applies it and checks that the schema returns to where it was.`,
        }));
    }
    return findings;
}
/**
 * No down where the runner most teams use never runs one (Flyway Community ignores U files): asking for
 * the file would be a step that changes nothing there. Said as a notice, unless `require-down: error`
 * asks for them (a team on Flyway Teams), with what a rollback does instead.
 */
function optionalDownNotice(up, expected, why, severity) {
    return (0,rehearsal_findings/* rehearsalFinding */.l)('missing-down-migration', severity === 'error' ? 'error' : 'notice', {
        file: up,
        line: 1,
        message: `${up} has no undo migration (${expected}). ${why}, so there a rollback of this release redeploys the previous release on the schema this migration leaves: the migrations gate checks that the previous release can live with it, and the backup is the way back from what it cannot.`,
        help: `With Flyway Teams or Enterprise, write ${expected} that undoes exactly what the up migration does; the rehearsal applies it and checks that the schema returns to where it was. With Flyway Community there is nothing to write${severity === 'error' ? ' (set rehearsal.require-down: warning or off)' : ' (rehearsal.require-down: off hides this notice)'}.`,
    });
}
/**
 * Apply the down migrations newest first and compare the schema after each with the schema before its
 * up migration: any difference is a finding on that down migration listing exactly what differs.
 * The pass stops at the first down that is missing or fails, as the migration tool would.
 */
async function checkDownMigrations(db, plan, applied, ctx) {
    const result = { findings: [], runs: [], checked: 0 };
    // Differences a later down already left behind are not blamed again on the earlier ones.
    let inherited = new Set();
    for (const { source, before } of [...applied].reverse()) {
        const down = plan.downs.get(source.file.path);
        const parsed = down ? parseDown(down) : undefined;
        if (!down || !parsed || !parsed.statements.length)
            break;
        const outcome = await (0,apply/* applyParsed */.q$)(parsed, ctx);
        result.runs.push({
            file: down.file.path,
            status: outcome.ok ? 'applied' : 'failed',
            ms: outcome.ms,
            statements: outcome.statements,
        });
        result.findings.push(...outcome.findings);
        if (!outcome.ok)
            break;
        const differences = diffSnapshots(before, await takeSnapshot(db));
        const keys = new Set(differences.map(differenceKey));
        const fresh = differences.filter((d) => !inherited.has(differenceKey(d)));
        inherited = keys;
        result.checked += 1;
        if (fresh.length)
            result.findings.push(mismatchFinding(parsed, source, fresh));
    }
    return result;
}
function mismatchFinding(down, up, differences) {
    const first = down.statements[0];
    const listed = differences.slice(0, 20).map(describeLeftover);
    const more = differences.length > listed.length ? `; and ${differences.length - listed.length} more` : '';
    return (0,rehearsal_findings/* rehearsalFinding */.l)('down-migration-mismatch', 'error', {
        file: down.file.path,
        line: first?.line ?? 1,
        column: first?.column ?? 1,
        message: `This down migration does not undo ${up.file.path}: after it, the schema differs from before the up migration: ${listed.join('; ')}${more}.`,
        help: 'Make the down migration reverse every change of the up migration (drop what it created, restore what it dropped or altered), then re-run the rehearsal.',
    });
}
/** A difference seen from the down migration's side: what it left behind, failed to restore, or changed. */
function describeLeftover(d) {
    const what = `${d.kind} ${d.object}`;
    if (d.change === 'added')
        return `${what} is still there${d.after && d.after.length < 120 ? ` (${d.after})` : ''}`;
    if (d.change === 'removed')
        return `${what} is missing${d.before && d.before.length < 120 ? ` (was ${d.before})` : ''}`;
    const aspect = d.aspect ? `${d.aspect} ` : 'definition ';
    if ((d.before?.length ?? 0) > 120 || (d.after?.length ?? 0) > 120)
        return `${what}: ${aspect}is not restored`;
    return `${what}: ${aspect}is ${d.after ?? 'none'}, was ${d.before ?? 'none'}`;
}
function differenceKey(d) {
    return `${d.kind}|${d.object}|${d.change}|${d.aspect ?? ''}|${d.after ?? ''}`;
}
function parseDown(down) {
    return (0,parse_migration/* parseMigration */.m)(down.file, down.text, 'down');
}
function lineOf(text, pattern) {
    const match = pattern.exec(text);
    return match ? text.slice(0, match.index).split('\n').length : 1;
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/schema-diff.ts

/**
 * Whether the previous release keeps working with each change: additions are `expand`; removals and
 * tightenings (a NOT NULL, a new unique or check constraint, a changed type) are `contract`; a changed
 * function, view, trigger or policy body is `unknown` — only reading it tells.
 */
function classifyChange(d) {
    switch (d.kind) {
        case 'column':
            if (d.change === 'added')
                return /NOT NULL/.test(d.after ?? '') && !/DEFAULT|IDENTITY|GENERATED/.test(d.after ?? '')
                    ? 'contract'
                    : 'expand';
            if (d.change === 'removed')
                return 'contract';
            if (d.aspect === 'nullability')
                return d.after === 'NOT NULL' ? 'contract' : 'expand';
            if (d.aspect === 'default')
                return d.after === undefined ? 'contract' : 'expand';
            return 'contract';
        case 'constraint':
            if (d.change === 'added')
                return 'contract';
            // Dropping a primary key or unique constraint breaks ON CONFLICT in the previous release.
            if (d.change === 'removed')
                return /^(PRIMARY KEY|UNIQUE)/.test(d.before ?? '') ? 'contract' : 'expand';
            return 'contract';
        case 'index':
            if (d.change === 'added')
                return /^CREATE UNIQUE/.test(d.after ?? '') ? 'contract' : 'expand';
            if (d.change === 'removed')
                return /^CREATE UNIQUE/.test(d.before ?? '') ? 'contract' : 'expand';
            return 'unknown';
        case 'enum':
            if (d.change === 'changed')
                return keepsOrder(d.before ?? '', d.after ?? '') ? 'expand' : 'contract';
            return d.change === 'added' ? 'expand' : 'contract';
        case 'row security':
            return d.after === 'disabled' ? 'expand' : 'contract';
        case 'function':
        case 'view':
        case 'trigger':
        case 'policy':
        case 'type':
            return d.change === 'added' ? 'expand' : d.change === 'removed' ? 'contract' : 'unknown';
        default:
            return d.change === 'added' ? 'expand' : 'contract';
    }
}
/** Enum labels only added (none removed or renamed): `a, b` → `a, b, c`. */
function keepsOrder(before, after) {
    const next = after.split(', ');
    return before.split(', ').every((label) => next.includes(label));
}
function classifyChanges(differences) {
    return differences.map((d) => ({ ...d, class: classifyChange(d), description: describeDifference(d) }));
}
/** For the PR comment: contract changes first, then unknown, then expand, each a short line. */
function summarizeChanges(changes, maxChars = 1_500) {
    const groups = [
        ['contract', 'contract (the previous release may break)'],
        ['unknown', 'changed definitions (check them)'],
        ['expand', 'expand'],
    ];
    const parts = [];
    for (const [cls, title] of groups) {
        const items = changes.filter((c) => c.class === cls).map((c) => c.description);
        if (items.length)
            parts.push(`${title}: ${items.join('; ')}`);
    }
    const text = parts.join('. ');
    return text.length > maxChars
        ? `${text.slice(0, maxChars - 1)}… (${changes.length} changes in all; the JSON report lists each)`
        : text;
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/seed.ts
const TABLE_SQL = `
SELECT json_build_object(
  'columns', (SELECT coalesce(json_agg(json_build_object(
      'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull, 'hasDefault', a.atthasdef,
      'identity', a.attidentity, 'generated', a.attgenerated, 'base', bt.typname, 'category', bt.typcategory,
      'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = bt.oid)) ORDER BY a.attnum), '[]')
    FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'foreignKeys', (SELECT coalesce(json_agg(json_build_object(
      'columns', ARRAY(SELECT attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
        JOIN pg_attribute ON attrelid = con.conrelid AND attnum = k.num ORDER BY k.ord),
      'parent', pn.nspname || '.' || pc.relname,
      'parentColumns', ARRAY(SELECT attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
        JOIN pg_attribute ON attrelid = con.confrelid AND attnum = k.num ORDER BY k.ord))), '[]')
    FROM pg_constraint con JOIN pg_class pc ON pc.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE con.conrelid = c.oid AND con.contype = 'f')
)::text AS meta
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`;
/**
 * Put realistic existing rows into every existing table the new migrations touch, because an empty
 * database proves nothing: one row with NULL in every nullable column, and a second row repeating the
 * values a new unique index or constraint covers. Parents of required foreign keys are seeded first and
 * referenced. A table that cannot be satisfied is skipped and reported, never fatal.
 */
async function seedTables(db, targets) {
    const metas = new Map();
    const load = async (table) => {
        if (!metas.has(table)) {
            const [schema, name] = splitTable(table);
            const [row] = await db.query(TABLE_SQL, [schema, name]).catch(() => []);
            if (!row)
                return undefined;
            metas.set(table, JSON.parse(row.meta));
        }
        return metas.get(table);
    };
    // Touched tables that exist, plus (transitively) the parents their required foreign keys need.
    const order = [];
    const visiting = new Set();
    const visit = async (table) => {
        if (order.includes(table) || visiting.has(table))
            return;
        const meta = await load(table);
        if (!meta)
            return;
        visiting.add(table);
        for (const fk of requiredParents(meta, targets.newForeignKeys.get(table) ?? []))
            await visit(fk.parent);
        visiting.delete(table);
        order.push(table);
    };
    for (const table of [...targets.tables].sort())
        await visit(table);
    const seeded = [];
    for (const table of order)
        seeded.push(await seedTable(db, table, metas.get(table), targets));
    return seeded;
}
/** Foreign keys a seeded row must satisfy with a real parent: required columns, and keys the change adds. */
function requiredParents(meta, added) {
    const notNull = new Set(meta.columns.filter((c) => c.notNull).map((c) => c.name));
    return [
        ...meta.foreignKeys.filter((fk) => fk.columns.some((c) => notNull.has(c))),
        ...added.filter((fk) => fk.columns.some((c) => notNull.has(c))),
    ];
}
async function seedTable(db, table, meta, targets) {
    const uniques = targets.newUniques.get(table) ?? [];
    const duplicated = [...new Set(uniques.flat())].filter((c) => meta.columns.some((m) => m.name === c && !m.generated));
    const parents = new Map();
    for (const fk of requiredParents(meta, targets.newForeignKeys.get(table) ?? [])) {
        fk.columns.forEach((column, i) => {
            const parentColumn = fk.parentColumns[i];
            if (parentColumn)
                parents.set(column, `(SELECT ${quoteIdent(parentColumn)} FROM ${quoteTable(fk.parent)} LIMIT 1)`);
        });
    }
    const [{ n } = { n: 0 }] = await db
        .query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${quoteTable(table)} LIMIT 1000) s`)
        .catch(() => []);
    const result = { table, rows: 0, existingRows: n, nullColumns: [], duplicated: [] };
    const rows = duplicated.length ? [0, 1] : [0];
    for (const k of rows) {
        const row = buildRow(meta, k, new Set(duplicated), parents);
        if ('missing' in row) {
            result.skipped = `no value can be made for required column ${row.missing}`;
            break;
        }
        const sql = row.columns.length
            ? `INSERT INTO ${quoteTable(table)} (${row.columns.map(quoteIdent).join(', ')}) VALUES (${row.values.join(', ')})`
            : `INSERT INTO ${quoteTable(table)} DEFAULT VALUES`;
        try {
            await db.exec(sql);
            result.rows += 1;
            if (k === 0)
                result.nullColumns = row.nulls;
            else
                result.duplicated = duplicated;
        }
        catch (error) {
            result.skipped = `${k === 0 ? 'the row' : 'the duplicate row'} was rejected: ${error.message}`;
            break;
        }
    }
    return result;
}
function buildRow(meta, k, duplicated, parents) {
    const columns = [];
    const values = [];
    const nulls = [];
    for (const c of meta.columns) {
        if (c.generated || c.identity === 'a')
            continue;
        const isDuplicate = duplicated.has(c.name);
        let value;
        if (parents.has(c.name) && (c.notNull || isDuplicate))
            value = parents.get(c.name);
        else if (isDuplicate)
            value = literalFor(c, 0);
        else if (!c.notNull) {
            value = 'NULL';
            nulls.push(c.name);
        }
        else if (c.hasDefault || c.identity)
            continue;
        else
            value = literalFor(c, k);
        if (value === undefined)
            return { missing: `${c.name} (${c.type})` };
        columns.push(c.name);
        values.push(value);
    }
    return { columns, values, nulls };
}
/** A plausible value of the column's type; `k` makes the second row differ where it must. */
function literalFor(c, k) {
    const cast = (text) => `${quoteLiteral(text)}::${c.type}`;
    const n = k + 1;
    if (c.category === 'A')
        return cast('{}');
    if (c.labels?.length)
        return cast(c.labels[k % c.labels.length]);
    switch (c.base) {
        case 'uuid':
            return cast(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
        case 'json':
        case 'jsonb':
            return cast(`{"seed": ${n}}`);
        case 'bytea':
            return cast(`\\x0${n}`);
        case 'bool':
            return k % 2 === 0 ? 'true' : 'false';
        case 'date':
            return cast(`2026-01-0${n}`);
        case 'timestamp':
        case 'timestamptz':
            return cast(`2026-01-0${n} 12:00:00+00`);
        case 'time':
        case 'timetz':
            return cast(`12:0${k}:00`);
        case 'interval':
            return cast(`${n} days`);
        case 'inet':
            return cast(`10.0.0.${n}`);
        case 'cidr':
            return cast(`10.0.${n}.0/24`);
        case 'macaddr':
            return cast(`08:00:2b:01:02:0${n}`);
        case 'tsvector':
        case 'tsquery':
            return cast('seed');
        case 'point':
            return cast(`(${n},${n})`);
        case 'money':
            return cast(`${n}.00`);
    }
    if (c.category === 'N')
        return cast(String(n));
    if (c.category === 'S')
        return cast(textValue(c.name, n));
    if (c.category === 'V')
        return cast('1');
    if (c.category === 'R')
        return cast('empty');
    return undefined;
}
/** Text that looks like what the column holds, so CHECKs on format have a chance. */
function textValue(column, n) {
    const name = column.toLowerCase();
    if (name.includes('email'))
        return `user${n}@example.com`;
    if (/url|website|link/.test(name))
        return `https://example.com/${n}`;
    if (name.includes('phone'))
        return `+1555010000${n}`;
    if (/slug|handle|username/.test(name))
        return `seed-${n}`;
    return `${column} ${n}`;
}
function splitTable(table) {
    const dot = table.indexOf('.');
    return [table.slice(0, dot), table.slice(dot + 1)];
}
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function quoteTable(table) {
    return splitTable(table).map(quoteIdent).join('.');
}
function quoteLiteral(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** One line per table for the log: "public.users: 2 rows (NULL in bio, avatar_url; duplicate email)". */
function describeSeeded(s) {
    const parts = [];
    if (s.nullColumns.length)
        parts.push(`NULL in ${s.nullColumns.join(', ')}`);
    if (s.duplicated.length)
        parts.push(`duplicate ${s.duplicated.join(', ')}`);
    if (s.existingRows)
        parts.push(`it already had ${s.existingRows >= 1000 ? '1000+' : s.existingRows} row(s)`);
    if (s.skipped)
        parts.push(`skipped: ${s.skipped}`);
    return `${s.table}: ${s.rows} row${s.rows === 1 ? '' : 's'} added${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

// EXTERNAL MODULE: ./src/gates/migrations/rules/ast.ts
var ast = __webpack_require__(2380);
;// CONCATENATED MODULE: ./src/gates/rehearsal/seed-targets.ts

/** `users` → `public.users`; the rehearsal database has the default search_path. */
function tableKey(rel) {
    if (!rel?.relname)
        return undefined;
    return `${rel.schemaname || 'public'}.${rel.relname}`;
}
const names = (list) => (list ?? []).flatMap((n) => ('String' in n && n.String.sval ? [n.String.sval] : []));
function seedTargets(files) {
    const targets = { tables: new Set(), newUniques: new Map(), newForeignKeys: new Map() };
    const push = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);
    for (const parsed of files) {
        for (const { node } of parsed.statements) {
            for (const rel of relationsIn(node)) {
                const key = tableKey(rel);
                if (key)
                    targets.tables.add(key);
            }
            if ('IndexStmt' in node && node.IndexStmt.unique) {
                const table = tableKey(node.IndexStmt.relation);
                const columns = indexColumns(node.IndexStmt.indexParams ?? []);
                if (table && columns.length)
                    push(targets.newUniques, table, columns);
            }
            const table = 'AlterTableStmt' in node ? tableKey(node.AlterTableStmt.relation) : undefined;
            if (!table)
                continue;
            for (const cmd of (0,ast/* alterCommands */.$f)(node)) {
                if (cmd.subtype !== 'AT_AddConstraint')
                    continue;
                const constraint = (0,ast/* constraintOf */.vY)(cmd.def);
                if (!constraint)
                    continue;
                if ((constraint.contype === 'CONSTR_UNIQUE' || constraint.contype === 'CONSTR_PRIMARY') &&
                    constraint.keys?.length) {
                    push(targets.newUniques, table, names(constraint.keys));
                }
                else if (constraint.contype === 'CONSTR_FOREIGN') {
                    const parent = tableKey(constraint.pktable);
                    if (parent)
                        push(targets.newForeignKeys, table, {
                            columns: names(constraint.fk_attrs),
                            parent,
                            parentColumns: names(constraint.pk_attrs),
                        });
                }
            }
        }
    }
    return targets;
}
/**
 * Every table reference in a statement. The AST embeds RangeVars unwrapped in fields such as
 * `relation` and wrapped (`{ RangeVar: … }`) in FROM lists; both carry `relname`.
 */
function relationsIn(root) {
    const found = [];
    const visit = (value) => {
        if (Array.isArray(value))
            return value.forEach(visit);
        if (!value || typeof value !== 'object')
            return;
        if (typeof value.relname === 'string')
            found.push(value);
        for (const child of Object.values(value))
            visit(child);
    };
    visit(root);
    return found;
}
/** Columns an index covers: plain columns, and those inside expressions (`lower(email)` → email). */
function indexColumns(params) {
    const columns = new Set();
    for (const param of params) {
        if (!('IndexElem' in param))
            continue;
        const elem = param.IndexElem;
        if (elem.name)
            columns.add(elem.name);
        for (const ref of (0,ast/* findNodes */.zM)(elem.expr, 'ColumnRef')) {
            const last = names(ref.fields).pop();
            if (last)
                columns.add(last);
        }
    }
    return [...columns];
}

// EXTERNAL MODULE: ./src/gates/rehearsal/supabase-shim.ts
var supabase_shim = __webpack_require__(8748);
// EXTERNAL MODULE: ./src/gates/rehearsal/runner-tables.ts
var runner_tables = __webpack_require__(9888);
;// CONCATENATED MODULE: ./src/gates/rehearsal/rehearse.ts











/**
 * Rehearse one layout on a fresh database: base migrations → snapshot → seed → each new migration as
 * its runner applies it → down migrations newest first, each compared with the schema before its up.
 */
async function rehearseLayout(plan, options) {
    const { db, log } = options;
    const missingExtensions = new Set();
    const context = (what, failureRule) => ({
        db,
        config: options.config,
        deadline: options.deadline,
        missingExtensions,
        failureRule,
        what,
    });
    const result = {
        layout: plan.layout,
        outcome: 'passed',
        findings: [],
        files: [],
        seeded: [],
        changes: [],
        downsChecked: 0,
        timings: { baseMs: 0, seedMs: 0, applyMs: 0, downMs: 0 },
    };
    const notRun = (sources, phase) => {
        for (const s of sources)
            result.files.push({ file: s.file.path, phase, status: 'not-run', ms: 0, statements: 0 });
    };
    const record = (path, phase, outcome) => {
        const allSkipped = outcome.statements > 0 && outcome.skipped === outcome.statements;
        const status = !outcome.ok ? 'failed' : allSkipped ? 'skipped' : 'applied';
        result.files.push({ file: path, phase, status, ms: outcome.ms, statements: outcome.statements });
        result.findings.push(...outcome.findings);
    };
    // 1. The base: production's schema before this change.
    let clock = Date.now();
    let shimProblems = [];
    if ((0,migrations_layouts/* layoutById */.X_)(plan.layout).assumesSupabasePlatform) {
        shimProblems = await (0,supabase_shim/* applySupabaseShim */.a)(db);
        for (const p of shimProblems)
            log.warn(`Supabase stand-in not fully created: ${p}`);
    }
    for (const p of await (0,runner_tables/* createRunnerTables */.Q)(db, [plan.layout]))
        log.warn(`not created: ${p}`);
    for (const [index, source] of plan.base.entries()) {
        const outcome = await (0,apply/* applyParsed */.q$)(parseSource(source), context('base migration', 'base-migration-failed'));
        record(source.file.path, 'base', { ...outcome, findings: outcome.findings.map(baseFailure) });
        if (!outcome.ok) {
            notRun(plan.base.slice(index + 1), 'base');
            notRun(plan.added, 'new');
            result.outcome = 'stopped';
            result.timings.baseMs = Date.now() - clock;
            result.findings.push(...nothingRehearsed(result, (0,migrations_layouts/* layoutById */.X_)(plan.layout).name, shimProblems));
            return result;
        }
    }
    let baseSnapshot = await takeSnapshot(db);
    result.timings.baseMs = Date.now() - clock;
    // 2. Seed: existing rows in every table the new migrations touch, plus the user's own seed file.
    clock = Date.now();
    const parsedAdded = plan.added.map(parseSource);
    if (options.seed) {
        const outcome = await (0,apply/* applyParsed */.q$)(parseSource(options.seed), context('seed file', 'seed-failed'));
        record(options.seed.file.path, 'seed', outcome);
        // A seed file may create helpers (tables, functions): they are part of the starting point, not of the change.
        baseSnapshot = await takeSnapshot(db);
    }
    result.seeded = await seedTables(db, seedTargets(parsedAdded));
    for (const s of result.seeded)
        log.info(`  seeded ${describeSeeded(s)}`);
    result.findings.push(...result.seeded.flatMap(notSeeded));
    result.timings.seedMs = Date.now() - clock;
    // 3. The new migrations, one file at a time.
    clock = Date.now();
    const applied = [];
    let before = baseSnapshot;
    for (const [index, parsed] of parsedAdded.entries()) {
        const outcome = await (0,apply/* applyParsed */.q$)(parsed, context('migration', 'migration-failed'));
        record(parsed.file.path, 'new', outcome);
        if (!outcome.ok) {
            notRun(plan.added.slice(index + 1), 'new');
            result.outcome = outcome.environmental ? 'stopped' : 'failed';
            break;
        }
        applied.push({ source: plan.added[index], before });
        // Snapshots between files are only needed to check each down migration against its own up.
        if (plan.hasDown)
            before = await takeSnapshot(db);
    }
    result.timings.applyMs = Date.now() - clock;
    result.findings.push(...missingDownFindings(plan, options.requireDown));
    if (result.outcome !== 'failed')
        result.findings.push(...nothingRehearsed(result, (0,migrations_layouts/* layoutById */.X_)(plan.layout).name, shimProblems));
    if (result.outcome !== 'passed')
        return result;
    const headSnapshot = plan.hasDown ? before : await takeSnapshot(db);
    result.changes = classifyChanges(diffSnapshots(baseSnapshot, headSnapshot));
    // 4. Down migrations, newest first.
    if (plan.hasDown) {
        clock = Date.now();
        const downs = await checkDownMigrations(db, plan, applied, context('down migration', 'migration-failed'));
        result.downsChecked = downs.checked;
        result.findings.push(...downs.findings);
        for (const run of downs.runs)
            result.files.push({ ...run, phase: 'down' });
        if (downs.findings.some((f) => f.severity === 'error'))
            result.outcome = 'failed';
        result.timings.downMs = Date.now() - clock;
    }
    return result;
}
/**
 * A rehearsal that applied none of the new migrations proved nothing, whatever stopped it: that is a
 * blocking finding naming the cause, never a pass. (A new migration's own failure already blocks.)
 */
function nothingRehearsed(result, layoutName, shimProblems) {
    const added = result.files.filter((f) => f.phase === 'new');
    if (!added.length || added.some((f) => f.status === 'applied'))
        return [];
    const stop = result.findings.find((f) => f.severity !== 'notice' && f.rule !== 'missing-down-migration');
    const skipped = result.findings.filter((f) => f.rule === 'extension-unavailable');
    const where = (f) => `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`;
    const cause = stop
        ? `${stop.rule === 'base-migration-failed' ? 'a base migration failed' : 'the rehearsal stopped'} at ${where(stop)}: ${stop.message}`
        : skipped.length
            ? `every statement was skipped: ${skipped.map((f) => `${where(f)}: ${f.message}`).join(' ')}`
            : 'nothing was applied';
    const shim = shimProblems.length
        ? ` The Supabase stand-in was not fully created: ${shimProblems.join('; ')}.`
        : '';
    return [
        (0,rehearsal_findings/* rehearsalFinding */.l)('nothing-rehearsed', 'error', {
            message: `None of the ${added.length} new ${layoutName} migration(s) was rehearsed, so this rehearsal proves nothing: ${cause}${shim}`,
            help: stop?.help ?? 'Pass database-url pointing at a Postgres server that has what the migrations need.',
        }),
    ];
}
/** A seed row the schema rejected means the migrations ran on an empty table: the report must say so. */
function notSeeded(seeded) {
    if (!seeded.skipped)
        return [];
    const empty = seeded.rows + seeded.existingRows === 0;
    return [
        (0,rehearsal_findings/* rehearsalFinding */.l)('table-not-seeded', 'warning', {
            message: empty
                ? `The rehearsal could not put a row into ${seeded.table} (${seeded.skipped}), so the new migrations ran on an empty ${seeded.table}: what existing rows would do (NULLs, duplicates) was not tested there.`
                : `The rehearsal could not add its duplicate row to ${seeded.table} (${seeded.skipped}), so the new unique index or constraint there was not tested against duplicates.`,
            help: 'Add realistic rows for the table with rehearsal.seed (a SQL file run after the base migrations).',
        }),
    ];
}
function parseSource(source) {
    return (0,parse_migration/* parseMigration */.m)(source.file, source.text, source.section);
}
/** A base migration that does not apply is not this change's fault, but nothing after it can be rehearsed. */
function baseFailure(f) {
    if (f.rule !== 'base-migration-failed')
        return f;
    return {
        ...f,
        severity: 'warning',
        message: `${f.message} This migration is already on the base branch, so the change's own migrations could not be rehearsed.`,
    };
}
/** The user's seed file as a plain SQL file (each statement on its own). */
function seedSource(path, text) {
    const file = { path, layout: 'plain', direction: 'up', version: path };
    return { file, text, section: 'up' };
}

;// CONCATENATED MODULE: ./src/gates/rehearsal/gate.ts













function createRehearsalGate(options) {
    return {
        id: 'rehearsal',
        title: 'migration rehearsal',
        run: (ctx) => runRehearsal(ctx, options),
    };
}
/** Registered with `check`: runs only when `rehearsal.enabled: true`. */
const rehearsalGate = createRehearsalGate({ always: false });
async function runRehearsal(ctx, options) {
    const config = ctx.settings.config.rehearsal;
    const skip = (reason, findings = []) => ({
        findings,
        summary: reason,
        skipped: true,
        data: { rehearsal: { ran: false, reason } },
    });
    if (!options.always && !config.enabled)
        return skip('off (set rehearsal.enabled: true, or run `rollback-ready rehearse`)');
    await (0,parse/* ensureParser */._U)();
    const plan = await planRehearsal(ctx);
    if (!plan.layouts.length) {
        const why = ctx.base
            ? 'no new migrations to rehearse'
            : 'no base to compare with and no migrations found';
        return skip(why, plan.problems);
    }
    const findings = [...plan.problems];
    const seed = config.seed ? await readSeed(ctx, config.seed, findings) : undefined;
    const started = Date.now();
    const data = { ran: true, layouts: [] };
    const timings = { startMs: 0, baseMs: 0, seedMs: 0, applyMs: 0, downMs: 0, totalMs: 0 };
    for (const layoutPlan of plan.layouts) {
        const remaining = config.timeout - (Date.now() - started);
        const outcome = await rehearseOnFreshDatabase(ctx, options, layoutPlan, seed, remaining, data, timings);
        // One server version per run: say a mismatch once, not once per layout.
        findings.push(...outcome.filter((f) => f.rule !== 'server-version-mismatch' || !findings.some((g) => g.rule === f.rule)));
        if (outcome.some((f) => f.rule === 'database-unavailable' || f.rule === 'rehearsal-timeout'))
            break;
    }
    timings.totalMs = Date.now() - started;
    data.timings = timings;
    const changes = (data.layouts ?? []).flatMap((l) => l.changes);
    if (changes.length) {
        findings.push((0,rehearsal_findings/* rehearsalFinding */.l)('schema-changes', 'notice', {
            message: `Schema changes base → head: ${summarizeChanges(changes)}.`,
        }));
    }
    return { findings, summary: summarize(data, findings), data: { rehearsal: data } };
}
async function rehearseOnFreshDatabase(ctx, options, plan, seed, remainingMs, data, timings) {
    const config = ctx.settings.config.rehearsal;
    let db;
    try {
        db = await (options.open ?? connect/* openDatabase */.q)({
            ...(config['database-url'] ? { databaseUrl: config['database-url'] } : {}),
            engine: config.engine,
            preferMajor: ctx.settings.config.migrations['pg-version'],
            log: ctx.log,
        });
    }
    catch (error) {
        stopIfInterrupted();
        if (!(error instanceof database/* DatabaseUnavailableError */.MP))
            throw error;
        return [
            (0,rehearsal_findings/* rehearsalFinding */.l)('database-unavailable', 'error', {
                message: `Cannot rehearse the migrations: ${error.message}.`,
                help: 'Install PostgreSQL, pass database-url, or use --engine pglite.',
            }),
        ];
    }
    data.engine = db.kind;
    data.server = db.describe();
    data.serverVersion = db.majorVersion;
    const versionFindings = versionMismatch(db, ctx.settings.config.migrations['pg-version']);
    timings.startMs += db.startupMs;
    const layout = (0,migrations_layouts/* layoutById */.X_)(plan.layout).name;
    ctx.log.info(`rehearsal: ${plan.added.length} new ${layout} migration(s) on top of ${plan.base.length} from the base, on ${db.describe()} (ready in ${(db.startupMs / 1000).toFixed(1)} s)`);
    const deadline = new rehearsal_deadline/* Deadline */.B(Math.max(remainingMs, 1), () => void db.close());
    try {
        const result = await rehearseLayout(plan, {
            db,
            // Prisma and the Supabase CLI apply a file differently from one release to the next: the lockfile says which.
            config: await (0,runner_config/* withRunnerVersions */.K)(ctx, ctx.settings.config.migrations, [
                ...plan.base.map((s) => s.file),
                ...plan.added.map((s) => s.file),
            ]),
            requireDown: config['require-down'],
            ...(seed ? { seed } : {}),
            deadline,
            log: ctx.log,
        });
        // The findings are in the report already; the data keeps what they do not say.
        const { findings, ...rest } = result;
        data.layouts.push(rest);
        timings.baseMs += result.timings.baseMs;
        timings.seedMs += result.timings.seedMs;
        timings.applyMs += result.timings.applyMs;
        timings.downMs += result.timings.downMs;
        return [...versionFindings, ...findings];
    }
    catch (error) {
        stopIfInterrupted();
        if (!(error instanceof rehearsal_deadline/* RehearsalTimeout */.h) && !deadline.expired)
            throw error;
        return [
            ...versionFindings,
            (0,rehearsal_findings/* rehearsalFinding */.l)('rehearsal-timeout', 'error', {
                message: `The rehearsal of the ${layout} migrations did not finish within ${Math.round(config.timeout / 1000)} s (rehearsal.timeout); the database was stopped.`,
                help: 'Look for a migration that waits on a lock or runs a long data change; raise rehearsal.timeout if the work is expected.',
            }),
        ];
    }
    finally {
        deadline.clear();
        await db.close();
    }
}
/**
 * A statement valid only on a newer (or older) PostgreSQL than production's passes or fails here for
 * the wrong reason: say so whenever the server's major differs from migrations.pg-version.
 */
function versionMismatch(db, productionMajor) {
    if (!db.majorVersion || db.majorVersion === productionMajor)
        return [];
    return [
        (0,rehearsal_findings/* rehearsalFinding */.l)('server-version-mismatch', 'warning', {
            message: `The rehearsal ran on PostgreSQL ${db.majorVersion} (${db.label}), but migrations.pg-version says production runs PostgreSQL ${productionMajor} (15 when unset): a statement that exists only in one of them can pass or fail here and do the opposite in production.`,
            help: `Rehearse on PostgreSQL ${productionMajor}: install its binaries (the matching major is preferred), or pass database-url for a server of that version; if production runs ${db.majorVersion}, set migrations.pg-version: ${db.majorVersion}.`,
        }),
    ];
}
async function readSeed(ctx, path, findings) {
    const clean = path.replace(/^\.\//, '');
    const source = await (0,read_source/* readHeadSource */.qJ)(ctx, clean);
    if (!source || 'problem' in source) {
        findings.push((0,rehearsal_findings/* rehearsalFinding */.l)('seed-failed', 'error', {
            file: clean,
            message: source
                ? `Cannot read the seed file: ${source.problem}.`
                : `The seed file ${clean} (rehearsal.seed) does not exist in the change.`,
            help: 'Point rehearsal.seed (or --seed) at a SQL file relative to the repository root.',
        }));
        return undefined;
    }
    return seedSource(clean, source.text);
}
function summarize(data, findings) {
    const layouts = data.layouts ?? [];
    if (!layouts.length) {
        const unavailable = findings.find((f) => f.rule === 'database-unavailable' || f.rule === 'rehearsal-timeout');
        return unavailable ? `could not rehearse: ${unavailable.rule.replace(/-/g, ' ')}` : 'nothing rehearsed';
    }
    const applied = layouts
        .flatMap((l) => l.files)
        .filter((f) => f.phase === 'new' && f.status === 'applied').length;
    const total = layouts.flatMap((l) => l.files).filter((f) => f.phase === 'new').length;
    const downs = layouts.reduce((n, l) => n + l.downsChecked, 0);
    const failed = findings.find((f) => f.severity === 'error' && f.file);
    const seconds = ((data.timings?.totalMs ?? 0) / 1000).toFixed(1);
    const parts = [
        `${applied} of ${total} new migration(s) applied on ${data.engine === 'database-url' ? 'the database-url server' : data.engine === 'local' ? `local PostgreSQL ${data.serverVersion}` : `PGlite (PostgreSQL ${data.serverVersion})`}`,
    ];
    if (downs)
        parts.push(`${downs} down migration(s) checked`);
    const contract = layouts.flatMap((l) => l.changes).filter((c) => c.class === 'contract').length;
    const changes = layouts.flatMap((l) => l.changes).length;
    if (changes)
        parts.push(`${changes} schema change(s)${contract ? `, ${contract} contract` : ''}`);
    if (failed)
        parts.push(`first failure at ${failed.file}${failed.line ? `:${failed.line}` : ''}`);
    if (layouts.some((l) => l.outcome === 'stopped'))
        parts.push('stopped early (see warnings)');
    return `${parts.join('; ')} (${seconds} s)`;
}
/** After Ctrl-C the teardown is under way: report nothing half-done, just say so (the process then exits). */
function stopIfInterrupted() {
    if ((0,cleanup/* interrupted */.V)())
        throw new errors/* UsageError */.eb('interrupted: the rehearsal database is being stopped and its files removed');
}


/***/ }),

/***/ 9888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createRunnerTables)
/* harmony export */ });
/* harmony import */ var _migrations_layouts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3449);

/**
 * Create the history tables the layouts' runners create before their first migration, as the role that
 * applies the migrations (the runner connects as that user). Migrations may alter or read them: without
 * them a real history fails as if a migration were misordered. Returns what could not be created.
 */
async function createRunnerTables(db, layouts) {
    const problems = [];
    for (const id of new Set(layouts)) {
        const sql = (0,_migrations_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(id).historyTable;
        if (!sql)
            continue;
        await db.exec(sql).catch((error) => {
            problems.push(`${(0,_migrations_layouts_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutById */ .X_)(id).name}'s history table: ${error.message}`);
        });
    }
    return problems;
}


/***/ }),

/***/ 8748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ applySupabaseShim)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1523);

/**
 * The parts of a Supabase project's database that its migrations take for granted: the API roles, the
 * `auth` schema with `auth.users` and the JWT helpers, the `extensions` schema, Storage's tables and the
 * Realtime publication. Minimal stand-ins, created only where missing (a real Supabase database given as
 * database-url already has them), so real Supabase migrations apply. Applied before the base migrations,
 * so it is in both schema snapshots and never shows up as a difference.
 */
const SHIM_STATEMENTS = [
    `DO $shim$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role', 'supabase_admin', 'authenticator', 'supabase_auth_admin', 'supabase_storage_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END
$shim$`,
    `CREATE SCHEMA IF NOT EXISTS extensions`,
    // Every Supabase project starts with these in schema extensions, which its roles' search_path names:
    // migrations call gen_random_bytes() or extensions.uuid_generate_v4() without creating them (basejump).
    `DO $shim$
DECLARE e text;
BEGIN
  FOREACH e IN ARRAY ARRAY['uuid-ossp', 'pgcrypto'] LOOP
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = e)
       AND NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = e) THEN
      EXECUTE format('CREATE EXTENSION %I WITH SCHEMA extensions', e);
    END IF;
  END LOOP;
END
$shim$`,
    `CREATE SCHEMA IF NOT EXISTS auth`,
    `CREATE TABLE IF NOT EXISTS auth.users (
  id uuid PRIMARY KEY,
  email text,
  phone text,
  role text,
  aud text,
  raw_user_meta_data jsonb,
  raw_app_meta_data jsonb,
  email_confirmed_at timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
)`,
    `CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(coalesce(current_setting('request.jwt.claim.sub', true), nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'), '')::uuid $$`,
    `CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(coalesce(current_setting('request.jwt.claim.role', true), nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'), '')::text $$`,
    `CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS
  $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$`,
    `CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT auth.jwt() ->> 'email' $$`,
    `CREATE SCHEMA IF NOT EXISTS storage`,
    `CREATE TABLE IF NOT EXISTS storage.buckets (
  id text PRIMARY KEY,
  name text NOT NULL,
  owner uuid,
  public boolean DEFAULT false,
  file_size_limit bigint,
  allowed_mime_types text[],
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
)`,
    `CREATE TABLE IF NOT EXISTS storage.objects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bucket_id text REFERENCES storage.buckets (id),
  name text,
  owner uuid,
  metadata jsonb,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
)`,
    `CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE AS
  $$ SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$`,
    `CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$`,
    `CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT reverse(split_part(reverse(name), '.', 1)) $$`,
    `DO $shim$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
    CREATE PUBLICATION supabase_realtime;
  END IF;
END
$shim$`,
    `GRANT USAGE ON SCHEMA public, auth, storage, extensions TO anon, authenticated, service_role`,
];
/**
 * What makes the stand-in usable by the unprivileged role that applies the migrations, as `postgres` can
 * use them on Supabase: it owns the stand-in's schemas and tables (policies, triggers and grants on
 * auth.users and storage.objects are common), and is a member of the API roles (`ALTER … OWNER TO
 * authenticated`, `SET ROLE authenticated` in seeds), but only of those that are harmless: never of a
 * superuser or a role that reaches the server's files and programs (on a database-url server the
 * roles may already exist with other rights).
 */
function handOver(role) {
    const r = `"${role.replace(/"/g, '""')}"`;
    return [
        `DO $shim$
DECLARE name text;
BEGIN
  FOR name IN SELECT rolname FROM pg_roles
    WHERE rolname = ANY (ARRAY['anon', 'authenticated', 'service_role', 'authenticator', 'supabase_auth_admin', 'supabase_storage_admin'])
      AND NOT rolsuper AND NOT rolcreaterole AND rolname <> ${literal(role)}
      AND NOT EXISTS (SELECT 1 FROM pg_roles d WHERE d.rolname IN ('pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files')
                      AND pg_has_role(pg_roles.oid, d.oid, 'MEMBER'))
  LOOP
    EXECUTE format('GRANT %I TO %I', name, ${literal(role)});
  END LOOP;
END
$shim$`,
        `ALTER SCHEMA auth OWNER TO ${r}`,
        `ALTER SCHEMA storage OWNER TO ${r}`,
        `ALTER SCHEMA extensions OWNER TO ${r}`,
        `ALTER TABLE auth.users OWNER TO ${r}`,
        `ALTER TABLE storage.buckets OWNER TO ${r}`,
        `ALTER TABLE storage.objects OWNER TO ${r}`,
    ];
}
function literal(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/**
 * Create the shim, as the privileged setup role, and hand it to the apply role; returns what could not
 * be done (e.g. roles without CREATEROLE on a database-url server). One round trip normally;
 * statement by statement when something fails.
 */
async function applySupabaseShim(db) {
    const statements = [...SHIM_STATEMENTS, ...(db.applyRole ? handOver(db.applyRole) : [])];
    const problems = [];
    try {
        await db.setup(statements.join(';\n'));
    }
    catch {
        for (const statement of statements) {
            await db.setup(statement).catch((error) => problems.push(error.message));
        }
    }
    // Supabase's roles log in with this search_path, so unqualified extension functions resolve.
    await (0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .setSessionDefaults */ .dF)(db, SUPABASE_SEARCH_PATH).catch((error) => problems.push(error.message));
    return problems;
}
const SUPABASE_SEARCH_PATH = `SET search_path = "$user", public, extensions`;


/***/ })

};
