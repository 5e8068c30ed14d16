import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 844;
export const ids = [844];
export const modules = {

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/commands/specs.ts
var specs = __webpack_require__(3990);
;// CONCATENATED MODULE: ./src/commands/registry.ts

const entry = (spec, load) => ({ ...spec, load });
/**
 * The commands that exist; `--help` lists exactly these. Implementations are imported on first use,
 * so `lint FILE` does not load the GitHub client, Postgres drivers and every other gate (about 90 ms
 * of module evaluation per run, measured with --cpu-prof).
 */
const COMMANDS = [
    entry(specs/* CHECK_SPEC */.zi, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(849), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(282), __webpack_require__.e(269), __webpack_require__.e(15), __webpack_require__.e(232), __webpack_require__.e(382), __webpack_require__.e(929), __webpack_require__.e(885), __webpack_require__.e(461), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 1999))).checkCommand),
    entry(specs/* LINT_SPEC */.GX, async () => (await __webpack_require__.e(/* import() */ 653).then(__webpack_require__.bind(__webpack_require__, 2653))).lintCommand),
    entry(specs/* NOTES_SPEC */.SY, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(724), __webpack_require__.e(282), __webpack_require__.e(461), __webpack_require__.e(369)]).then(__webpack_require__.bind(__webpack_require__, 9851))).notesCommand),
    entry(specs/* TAG_SPEC */.n0, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(724), __webpack_require__.e(282), __webpack_require__.e(466)]).then(__webpack_require__.bind(__webpack_require__, 2466))).tagCommand),
    entry(specs/* INIT_SPEC */.LW, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 3905))).initCommand),
    entry(specs/* REHEARSE_SPEC */.AY, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(849), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(269), __webpack_require__.e(535), __webpack_require__.e(15), __webpack_require__.e(232), __webpack_require__.e(382), __webpack_require__.e(816), __webpack_require__.e(667)]).then(__webpack_require__.bind(__webpack_require__, 3667))).rehearseCommand),
    entry(specs/* ROLLBACK_SPEC */.$v, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(282), __webpack_require__.e(269), __webpack_require__.e(535), __webpack_require__.e(927), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 4411))).rollbackCommand),
    entry(specs/* STATUS_SPEC */.vc, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(282), __webpack_require__.e(269), __webpack_require__.e(535), __webpack_require__.e(927), __webpack_require__.e(220), __webpack_require__.e(190)]).then(__webpack_require__.bind(__webpack_require__, 2952))).statusCommand),
    entry(specs/* BACKUP_SPEC */.Br, async () => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(724), __webpack_require__.e(15), __webpack_require__.e(929), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 3454))).backupCommand),
    entry(specs/* DEPLOY_SPEC */.y2, async () => (await Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(88), __webpack_require__.e(530), __webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(153), __webpack_require__.e(282), __webpack_require__.e(269), __webpack_require__.e(535), __webpack_require__.e(927), __webpack_require__.e(220), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 3839))).deployCommand),
];
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(5562);
;// CONCATENATED MODULE: ./src/config/resolve.ts



/**
 * `resolveSettings`, loading the config schema (zod) and the YAML parser only when there is something
 * to read or check: a config file, or config flags/inputs. Without either the config is DEFAULT_CONFIG,
 * exactly what the schema would give.
 */
async function loadSettings(request) {
    const cwd = (0,external_node_path_.resolve)(request.run.cwd);
    if (Object.keys(request.overrides).length === 0 && !(0,locate/* locateConfig */.p0)(cwd, request.run.configFile)) {
        return {
            run: { ...request.run, cwd, configFile: undefined, overrides: {}, overrideSurface: request.surface },
            config: structuredClone(defaults/* DEFAULT_CONFIG */.P),
        };
    }
    const { resolveSettings } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 2443));
    return resolveSettings(request);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/event.ts

const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** Read the triggering event's pull request, if any. A missing or unreadable event file means "no PR". */
function readPullRequestEvent(eventPath) {
    if (!eventPath)
        return undefined;
    let payload;
    try {
        const buffer = (0,external_node_fs_.readFileSync)(eventPath);
        if (buffer.length > MAX_EVENT_BYTES)
            return undefined;
        payload = JSON.parse(buffer.toString('utf8'));
    }
    catch {
        return undefined;
    }
    return pullRequestFromPayload(payload);
}
function pullRequestFromPayload(payload) {
    const pr = payload?.pull_request;
    if (!pr || typeof pr !== 'object' || typeof pr.number !== 'number')
        return undefined;
    const base = pr.base;
    const head = pr.head;
    const baseRepo = base?.repo?.full_name;
    const defaultBranch = payload.repository?.default_branch;
    const headRepo = head?.repo?.full_name;
    return {
        number: pr.number,
        body: typeof pr.body === 'string' ? pr.body : '',
        ...(typeof base?.sha === 'string' ? { baseSha: base.sha } : {}),
        ...(typeof head?.sha === 'string' ? { headSha: head.sha } : {}),
        ...(typeof base?.ref === 'string' ? { baseRef: base.ref } : {}),
        ...(typeof defaultBranch === 'string' && defaultBranch ? { defaultBranch } : {}),
        // A deleted fork shows as head.repo = null: treat it as a fork too.
        fromFork: head?.repo === null ||
            (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo),
    };
}

;// CONCATENATED MODULE: ./src/github/access.ts
/**
 * How the CLI and the action reach GitHub. Kept apart from the API client so that commands which never
 * call GitHub (`lint`) do not load it.
 */

/** The CLI's access: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL, and GITHUB_REPOSITORY or the origin remote. */
function cliGitHubAccess(env) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    return {
        ...(token ? { token } : {}),
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    };
}
const access_MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** The tag of a `release` event's release (`release.tag_name`), read from GITHUB_EVENT_PATH. */
function releaseTagFromEvent(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const buffer = (0,external_node_fs_.readFileSync)(eventPath);
        if (buffer.length > access_MAX_EVENT_BYTES)
            return undefined;
        const payload = JSON.parse(buffer.toString('utf8'));
        const tag = payload?.release?.tag_name;
        return typeof tag === 'string' && tag ? tag : undefined;
    }
    catch {
        return undefined;
    }
}
/** The action's access: its token input, the runner's API URL and repository, the release of the event. */
function actionGitHubAccess(env, token) {
    const releaseTag = releaseTagFromEvent(env.GITHUB_EVENT_PATH);
    return {
        ...(token ? { token } : {}),
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(releaseTag ? { releaseTag } : {}),
    };
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/** Hidden marker that identifies our one comment on a pull request. */
const COMMENT_MARKER = '<!-- rollback-ready:report -->';
/** Who GITHUB_TOKEN (an installation token, which GET /user refuses) writes comments as. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Create or update the one comment that starts with the marker. A create whose answer was lost
 * (timeout, 502 after the write, a garbled answer) is never blindly retried: we look again first, so
 * the PR never gets two reports. A rate-limited create waits as long as GitHub asks (retry-after)
 * before the next attempt, within a bound.
 */
async function upsertStickyComment(api, issueNumber, markdown, options = {}) {
    const attempts = options.attempts ?? 3;
    const maxWait = options.maxWaitSeconds ?? 60;
    const wait = options.sleep ?? sleep;
    const body = `${COMMENT_MARKER}\n${markdown}`;
    const me = api.identity ? await api.identity() : undefined;
    // Ours: the marker AND our author. A marked comment by anyone else is left alone.
    const ours = (c) => c.body.startsWith(COMMENT_MARKER) && me !== undefined && c.author?.toLowerCase() === me.toLowerCase();
    let lastError;
    for (let attempt = 0; attempt < attempts; attempt++) {
        const existing = (await api.list(issueNumber)).find(ours);
        if (existing) {
            if (existing.body === body)
                return { action: 'unchanged', id: existing.id };
            await api.update(existing.id, body);
            return { action: 'updated', id: existing.id };
        }
        try {
            const created = await api.create(issueNumber, body);
            return { action: 'created', id: created.id };
        }
        catch (error) {
            lastError = error;
            // A 4xx other than rate limiting will not get better by trying again (a read-only token's 403
            // included: retrying it only spaces three doomed writes seconds apart).
            const status = error.status;
            const limited = isRateLimit(error);
            if (status !== undefined && status >= 400 && status < 500 && !limited)
                throw error;
            if (limited && attempt + 1 < attempts) {
                const seconds = retryAfterSeconds(error);
                if (seconds > maxWait)
                    throw error;
                await wait(seconds * 1000);
            }
        }
    }
    throw lastError;
}
/** How long GitHub asks us to wait: `retry-after`, else until `x-ratelimit-reset`, else one second. */
function retryAfterSeconds(error) {
    const headers = error.response?.headers ?? {};
    const after = Number(headers['retry-after']);
    if (Number.isFinite(after) && after >= 0)
        return Math.max(1, Math.ceil(after));
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
        return Math.max(1, Math.ceil(reset - Date.now() / 1000) + 1);
    return 1;
}
/** 429, or a 403 GitHub marks as a rate limit (message or spent quota), not "Resource not accessible". */
function isRateLimit(error) {
    const e = error;
    if (e.status === 429)
        return true;
    if (e.status !== 403)
        return false;
    return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}
/** Comments read per pull request at most (100 a page): the report is found in far fewer. */
const MAX_COMMENT_PAGES = 50;
/** An answer that is not the JSON GitHub documents (a proxy's HTML page, a truncated body). */
class MalformedResponseError extends Error {
    name = 'MalformedResponseError';
}
function isComment(value) {
    const c = value;
    return (typeof c === 'object' &&
        c !== null &&
        typeof c.id === 'number' &&
        (c.body === undefined || c.body === null || typeof c.body === 'string'));
}
function octokitIssueComments(client, owner, repo) {
    return {
        async list(issueNumber) {
            // Page by page rather than client.paginate: paginate reads an empty or garbled 200 answer as
            // "no comments", and we would then add a second report next to the one we could not see.
            const comments = [];
            for (let page = 1;; page++) {
                const { data, headers } = await client.rest.issues.listComments({
                    owner,
                    repo,
                    issue_number: issueNumber,
                    per_page: 100,
                    page,
                });
                const items = data;
                if (!Array.isArray(items) || !items.every(isComment)) {
                    throw new MalformedResponseError('GitHub answered the comment list with a body that is not the expected JSON');
                }
                comments.push(...items.map(toComment));
                if (!/rel="next"/.test(headers.link ?? ''))
                    return comments;
                // Not finding the report in a bounded search must not mean "create another one".
                if (page === MAX_COMMENT_PAGES) {
                    throw new Error(`the pull request has more than ${MAX_COMMENT_PAGES * 100} comments; not looking further for the report`);
                }
            }
        },
        async create(issueNumber, body) {
            // No automatic retry for the write itself: upsertStickyComment re-reads before trying again.
            const { data } = await client.rest.issues.createComment({
                owner,
                repo,
                issue_number: issueNumber,
                body,
                request: { retries: 0 },
            });
            // A garbled answer to a write: the comment may exist, so the caller looks again before retrying.
            if (!isComment(data))
                throw new MalformedResponseError('GitHub answered the new comment with a body that is not the expected JSON');
            return toComment(data);
        },
        async update(commentId, body) {
            await client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
        },
        async identity() {
            try {
                const { data } = await client.rest.users.getAuthenticated({ request: { retries: 0 } });
                if (typeof data?.login === 'string' && data.login)
                    return data.login;
            }
            catch (error) {
                // GITHUB_TOKEN (an installation token) may not read /user: GitHub answers 403 "Resource not
                // accessible by integration". Its comments are github-actions[bot]'s.
                const status = error.status;
                if (status !== 403 && status !== 401)
                    throw error;
            }
            return ACTIONS_BOT_LOGIN;
        },
    };
}
function toComment(c) {
    const author = typeof c.user?.login === 'string' ? c.user.login : undefined;
    return { id: c.id, body: c.body ?? '', ...(author ? { author } : {}) };
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/core/group.ts
var group = __webpack_require__(8472);
// EXTERNAL MODULE: ./src/report/safe-text.ts
var safe_text = __webpack_require__(9577);
;// CONCATENATED MODULE: ./src/report/annotations.ts




/** GitHub shows at most this many annotations of each level per step; more are silently dropped. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Places named in one group's annotation; the job summary and JSON report have the rest. */
const GROUP_PLACES_LISTED = 10;
/**
 * Choose the annotations to emit: one per root cause (a group of findings is one annotation, at its
 * first place, naming the others), file findings first (they land on the diff), ten per level at most.
 */
function planAnnotations(findings) {
    const byLevel = { error: [], warning: [], notice: [] };
    for (const item of (0,group/* groupFindings */.kG)(findings).items) {
        const f = item.kind === 'group' ? groupAsFinding(item.group) : item.finding;
        byLevel[f.severity].push(f);
    }
    const annotations = [];
    let omitted = 0;
    for (const level of ['error', 'warning', 'notice']) {
        const sorted = [...byLevel[level]].sort((a, b) => Number(Boolean(b.file)) - Number(Boolean(a.file)));
        for (const f of sorted.slice(0, ANNOTATIONS_PER_LEVEL))
            annotations.push(toAnnotation(f));
        for (const f of sorted.slice(ANNOTATIONS_PER_LEVEL))
            omitted += groupSizes.get(f) ?? 1;
    }
    return { annotations, omitted };
}
const groupSizes = new WeakMap();
/** A group as the one finding its annotation shows: at the first place with a file, naming the others. */
function groupAsFinding(g) {
    const at = g.locations.find((l) => l.file) ?? g.locations[0];
    const others = g.locations.filter((l) => l !== at);
    const listed = others.slice(0, GROUP_PLACES_LISTED).map((l) => {
        const where = (0,finding/* location */.C5)(l) || '(no file)';
        return l.detail ? `${where} (${l.detail})` : where;
    });
    const more = others.length > GROUP_PLACES_LISTED ? `, and ${others.length - GROUP_PLACES_LISTED} more` : '';
    // The example message is the first place's; an annotation placed elsewhere says what differs there.
    const atDetail = at !== g.locations[0] && at.detail ? ` (here: ${at.detail})` : '';
    const f = {
        gate: g.gate,
        rule: g.rule,
        severity: g.severity,
        ...(at.file ? { file: at.file } : {}),
        ...(at.line ? { line: at.line } : {}),
        ...(at.column ? { column: at.column } : {}),
        ...(at.endLine ? { endLine: at.endLine } : {}),
        message: `${g.message}${atDetail}\n\nThe same problem${g.object ? ` on ${g.object}` : ''} ${others.length} more time(s): ${listed.join(', ')}${more}.`,
        ...(g.help ? { help: g.help } : {}),
    };
    groupSizes.set(f, g.count);
    return f;
}
/**
 * @actions/core escapes what would end a workflow command (%, CR, LF, and `:` `,` in properties); what it
 * leaves, control characters and secrets, is taken out here.
 */
function toAnnotation(f) {
    const message = f.help ? `${f.message}\n\nHow to fix: ${f.help}` : f.message;
    const safe = (text) => (0,safe_text/* disarmCommands */.T7)((0,redact/* redactSecrets */.fp)(text));
    return {
        level: f.severity,
        title: safe((0,safe_text/* cleanLine */.Ow)(`rollback-ready ${f.rule}`)),
        message: safe((0,safe_text/* cleanText */.X5)(message)),
        ...(f.file ? { file: safe((0,safe_text/* cleanLine */.Ow)(f.file)) } : {}),
        ...(f.line ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
        // GitHub ignores the column when the annotation spans several lines.
        ...(f.column && (!f.endLine || f.endLine === f.line) ? { startColumn: f.column } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/json-pieces.ts
/**
 * `JSON.stringify(value, null, 2)` as pieces whose concatenation is exactly that text. A report of
 * 20,000 findings is 20 MB of JSON: as one string V8 builds it as a rope of parts, copies it whole on
 * the first read and encodes it into one 20 MB buffer to write it (with a full garbage collection
 * for each; --cpu-prof). As pieces of a few hundred elements each, none of that happens.
 *
 * Every piece is still made by JSON.stringify: the big arrays are cut into slices, and each slice (or
 * member of an object on the way to one) is stringified inside as many wrapping arrays as it is deep,
 * so JSON.stringify indents it as it would in place; the wrapping is then cut off.
 */
/** Arrays longer than this are cut into slices of this many elements. */
const SLICE = 128;
/** Small arrays on the way to a big one (SARIF's `runs`) are opened up to this length. */
const SMALL = 8;
/** How deep big arrays are looked for. */
const MAX_DEPTH = 4;
function prettyJsonPieces(value) {
    if (!opensUp(value, 0))
        return [JSON.stringify(value, null, 2)];
    const out = [];
    render(value, 0, out);
    return out;
}
const hasToJson = (v) => typeof v === 'object' && v !== null && typeof v.toJSON === 'function';
function isPlainArray(v) {
    return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && !hasToJson(v);
}
function isPlainObject(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || hasToJson(v))
        return false;
    const prototype = Object.getPrototypeOf(v);
    return prototype === Object.prototype || prototype === null;
}
/**
 * Rendered here rather than by one JSON.stringify: a big array of elements without toJSON (a slice
 * would pass them other indexes), or plain data on the way to one.
 */
function opensUp(v, depth) {
    if (depth > MAX_DEPTH)
        return false;
    if (isPlainArray(v)) {
        if (v.some(hasToJson))
            return false;
        if (v.length > SLICE)
            return true;
        return v.length <= SMALL && v.some((item) => opensUp(item, depth + 1));
    }
    return isPlainObject(v) && Object.values(v).some((item) => opensUp(item, depth + 1));
}
const pad = (depth) => '  '.repeat(depth);
function render(v, depth, out) {
    if (Array.isArray(v)) {
        out.push('[\n');
        if (v.length > SLICE) {
            for (let at = 0; at < v.length; at += SLICE) {
                out.push(elementsAt(v.slice(at, at + SLICE), depth, at + SLICE < v.length));
            }
        }
        else {
            v.forEach((item, i) => {
                out.push(i ? `,\n${pad(depth + 1)}` : pad(depth + 1));
                if (opensUp(item, depth + 1))
                    render(item, depth + 1, out);
                else
                    out.push(valueAt(item, depth + 1));
            });
        }
        out.push(`\n${pad(depth)}]`);
        return;
    }
    const object = v;
    out.push('{\n');
    let first = true;
    for (const key of Object.keys(object)) {
        const item = object[key];
        if (opensUp(item, depth + 1)) {
            out.push(`${first ? '' : ',\n'}${pad(depth + 1)}${JSON.stringify(key)}: `);
            render(item, depth + 1, out);
        }
        else {
            const member = memberAt(key, item, depth);
            if (member === undefined)
                continue;
            out.push(first ? member : `,\n${member}`);
        }
        first = false;
    }
    out.push(`\n${pad(depth)}}`);
}
/** `value` nested in `depth` arrays, so JSON.stringify indents it as it would at that depth. */
function nested(value, depth) {
    let v = value;
    for (let i = 0; i < depth; i++)
        v = [v];
    return v;
}
/** How many characters the wrapping arrays add before (its indent included) and after a value nested `depth` deep. */
const shells = new Map();
function shellAt(depth) {
    let shell = shells.get(depth);
    if (!shell) {
        const text = JSON.stringify(nested(0, depth), null, 2);
        const at = text.indexOf('0');
        shells.set(depth, (shell = [at, text.length - at - 1]));
    }
    return shell;
}
/** A value as JSON.stringify writes it at `depth` (its first line not indented: it follows a key or a pad). */
function valueAt(value, depth) {
    const [before, after] = shellAt(depth);
    const text = JSON.stringify(nested(value, depth), null, 2);
    return text.slice(before, text.length - after);
}
/** `  "key": value` as a member of an object at `depth`, or undefined when JSON leaves it out. */
function memberAt(key, value, depth) {
    const [before, after] = shellAt(depth);
    // A one-member object, so JSON.stringify calls a toJSON with the member's own key.
    const text = JSON.stringify(nested({ [key]: value }, depth), null, 2);
    const object = text.slice(before, text.length - after);
    if (object === '{}')
        return undefined;
    return object.slice(2, object.length - 2 - 2 * depth);
}
/**
 * The elements of an array at `depth`, each on its own lines, as they stand between its brackets;
 * with the comma and line feed that follow them when `more` come. Those are cut from the text of
 * one more element: a piece that ends a line is written without being copied again (safe-text.ts).
 */
function elementsAt(items, depth, more) {
    const [before, after] = shellAt(depth);
    const text = JSON.stringify(nested(more ? [...items, 0] : items, depth), null, 2);
    // The closing "\n", indent and "]"; with `more`, also the extra element's indent and "0".
    const tail = 2 + 2 * depth + (more ? 2 * (depth + 1) + 1 : 0);
    return text.slice(before + 2, text.length - after - tail);
}

;// CONCATENATED MODULE: ./src/report/json.ts


/** The v1 report exactly as DESIGN.md fixes it, pretty-printed for people and parseable for tools. */
function formatJson(report) {
    return formatJsonPieces(report).join('');
}
/** The same text in pieces, for a writer that takes them one at a time (cli/main.ts). */
function formatJsonPieces(report) {
    return safeJsonPieces(prettyJsonPieces(report));
}
/**
 * safeJson over each piece, then the final newline. A piece holds whole JSON tokens (it ends with a
 * value, a comma, a colon and space or a line feed), so `##[` never spans two.
 */
function safeJsonPieces(pieces) {
    return [...pieces.map(safe_text/* safeJson */.oi), '\n'];
}

// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(7729);
;// CONCATENATED MODULE: ./src/report/markdown.ts



/** GitHub rejects issue comments over 65,536 characters; keep a margin for the hidden marker. */
const COMMENT_MAX_BYTES = 60_000;
/** A step summary may be at most 1 MiB. */
const SUMMARY_MAX_BYTES = 1_000_000;
/** At most this many places are listed under one group; the JSON report and text output list them all. */
const GROUP_LOCATIONS_SHOWN = 10;
/** Room kept for the summary of what was left out and the footer. */
const OMITTED_RESERVE = 1200;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
function formatMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const counts = (0,finding/* countBySeverity */.Ot)(report.findings);
    const head = [];
    head.push(`## rollback-ready: ${report.verdict === 'block' ? '❌ blocked' : '✅ nothing blocks'}`, '', `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`, '');
    if (options.preamble)
        head.push(options.preamble, '');
    if (report.gates.length) {
        head.push('| Gate | Result | Summary |', '|---|---|---|');
        for (const g of report.gates) {
            const result = g.status === 'pass' ? '✅ pass' : g.status === 'fail' ? '❌ fail' : '➖ skipped';
            head.push(`| ${(0,escape_markdown/* inlineCode */.ti)(g.gate)} | ${result} | ${(0,escape_markdown/* escapeMarkdown */.FV)(g.summary)} |`);
        }
        head.push('');
    }
    // Blocking root causes first; a group of findings is one entry, so one problem is read once.
    const ordered = [...(0,group/* groupFindings */.kG)(report.findings).items].sort((a, b) => SEVERITY_ORDER.indexOf(severityOf(a)) - SEVERITY_ORDER.indexOf(severityOf(b)));
    const footer = `\n<sub>${(0,escape_markdown/* escapeMarkdown */.FV)(`${report.tool.name} ${report.tool.version}`)}</sub>\n`;
    let body = head.join('\n');
    if (ordered.length)
        body += '### Findings\n\n';
    // Add entries while they fit, then summarise the rest, so the output never exceeds the limit.
    const budget = maxBytes - Buffer.byteLength(footer) - OMITTED_RESERVE;
    let shown = 0;
    let used = Buffer.byteLength(body);
    for (const item of ordered) {
        const block = item.kind === 'group' ? groupBlock(item.group) : findingBlock(item.finding);
        // Count bytes incrementally: re-measuring the whole body per finding is quadratic (seconds at 5,000).
        const size = Buffer.byteLength(block);
        if (used + size > budget)
            break;
        body += block;
        used += size;
        shown += 1;
    }
    if (shown < ordered.length)
        body += omittedSummary(ordered.slice(shown), options.fullReport);
    return (0,escape_markdown/* truncateUtf8 */.Ck)(body + footer, maxBytes);
}
function severityOf(item) {
    return item.kind === 'group' ? item.group.severity : item.finding.severity;
}
/** What was left out, counted by severity and rule, and where the whole list is. */
function omittedSummary(rest, fullReport) {
    const counts = { error: 0, warning: 0, notice: 0 };
    const byRule = new Map();
    let findings = 0;
    for (const item of rest) {
        const n = item.kind === 'group' ? item.group.count : 1;
        const rule = item.kind === 'group' ? item.group.rule : item.finding.rule;
        counts[severityOf(item)] += n;
        byRule.set(rule, (byRule.get(rule) ?? 0) + n);
        findings += n;
    }
    const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const shownRules = rules
        .slice(0, 6)
        .map(([rule, n]) => `${(0,escape_markdown/* inlineCode */.ti)(rule)} ×${n}`)
        .join(', ');
    const moreRules = rules.length > 6 ? ` and ${rules.length - 6} more rule(s)` : '';
    return (`\n…and ${findings} more finding(s) in ${rest.length} entr${rest.length === 1 ? 'y' : 'ies'} ` +
        `(${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s): ${shownRules}${moreRules}), ` +
        `left out to stay within GitHub's size limit; ${fullReport ?? 'the JSON report has them all'}.\n`);
}
/** One group: the rule, the object, how often and where, one example message, the fix once. */
function groupBlock(g) {
    const about = g.object ? ` on ${(0,escape_markdown/* escapeMarkdown */.FV)(g.object)}` : '';
    const spread = g.files > 1 ? ` in ${g.files} files` : '';
    const lines = [
        `- ${ICON[g.severity]} **${g.severity}** ${(0,escape_markdown/* inlineCode */.ti)(g.rule)}${g.class ? ` (${g.class})` : ''}, ${g.count} times${about}${spread}: ${(0,escape_markdown/* escapeMarkdown */.FV)(g.message)}`,
    ];
    const places = g.locations.slice(0, GROUP_LOCATIONS_SHOWN).map((l) => {
        const where = (0,finding/* location */.C5)(l);
        return `${where ? (0,escape_markdown/* inlineCode */.ti)(where) : 'no file'}${l.detail ? ` (${(0,escape_markdown/* escapeMarkdown */.FV)(l.detail)})` : ''}`;
    });
    const more = g.locations.length > GROUP_LOCATIONS_SHOWN
        ? `, and ${g.locations.length - GROUP_LOCATIONS_SHOWN} more (the JSON report lists every one)`
        : '';
    lines.push(`  - At: ${places.join(', ')}${more}`);
    if (g.help)
        lines.push(`  - How to fix: ${(0,escape_markdown/* escapeMarkdown */.FV)(g.help)}`);
    if (g.docs)
        lines.push(`  - Docs: ${safeLink(g.docs)}`);
    return lines.join('\n') + '\n';
}
function findingBlock(f) {
    const where = (0,finding/* location */.C5)(f);
    const lines = [
        `- ${ICON[f.severity]} **${f.severity}** ${(0,escape_markdown/* inlineCode */.ti)(f.rule)}${where ? ` at ${(0,escape_markdown/* inlineCode */.ti)(where)}` : ''}${f.class ? ` (${f.class})` : ''}: ${(0,escape_markdown/* escapeMarkdown */.FV)(f.message)}`,
    ];
    if (f.help)
        lines.push(`  - How to fix: ${(0,escape_markdown/* escapeMarkdown */.FV)(f.help)}`);
    if (f.docs)
        lines.push(`  - Docs: ${safeLink(f.docs)}`);
    return lines.join('\n') + '\n';
}
/** Only our own https docs links are rendered as links; anything else is shown as text. */
function safeLink(url) {
    return /^https:\/\/[\w.-]+\/[\w./#%-]*$/.test(url)
        ? `[${(0,escape_markdown/* escapeMarkdown */.FV)(url.split('/').pop() ?? url)}](${url})`
        : (0,escape_markdown/* inlineCode */.ti)(url);
}

// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
;// CONCATENATED MODULE: ./src/report/sarif.ts



const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
function formatSarif(report, describeRule = () => undefined) {
    return formatSarifPieces(report, describeRule).join('');
}
/** The same text in pieces, for a writer that takes them one at a time (cli/main.ts). */
function formatSarifPieces(report, describeRule = () => undefined) {
    const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
    const rules = ruleIds.map((id) => {
        const first = report.findings.find((f) => f.rule === id);
        return {
            id,
            name: id,
            shortDescription: { text: describeRule(id) ?? first.message },
            helpUri: first.docs ?? (0,tool/* ruleDocsUrl */.hS)(id),
            defaultConfiguration: { level: LEVEL[first.severity] },
            properties: { tags: [first.gate] },
        };
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        informationUri: 'https://github.com/rollback-ready/rollback-ready',
                        rules,
                    },
                },
                results: report.findings.map((f) => toResult(f, ruleIds.indexOf(f.rule))),
                columnKind: 'unicodeCodePoints',
                // How `lint FILES…` grouped the files into deploys (src/gates/migrations/lint-modes.ts), and
                // which results share one root cause (their `properties.group`).
                ...(report.mode || report.groups?.length
                    ? {
                        properties: {
                            ...(report.mode ? { mode: report.mode } : {}),
                            ...(report.groups?.length
                                ? {
                                    groups: report.groups.map((g) => ({
                                        id: g.id,
                                        rule: g.rule,
                                        severity: g.severity,
                                        ...(g.object ? { object: g.object } : {}),
                                        count: g.count,
                                    })),
                                }
                                : {}),
                        },
                    }
                    : {}),
            },
        ],
    };
    return safeJsonPieces(prettyJsonPieces(log));
}
function toResult(f, ruleIndex) {
    const result = {
        ruleId: f.rule,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.help ? `${f.message}\nHow to fix: ${f.help}` : f.message },
        // A finding that shares its root cause with others names the group (the JSON report's `groups`).
        properties: {
            gate: f.gate,
            ...(f.class ? { class: f.class } : {}),
            ...(f.object ? { object: f.object } : {}),
            ...(f.group ? { group: f.group } : {}),
        },
    };
    if (f.file) {
        result.locations = [
            {
                physicalLocation: {
                    artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                    ...(f.line
                        ? {
                            region: {
                                startLine: f.line,
                                ...(f.column ? { startColumn: f.column } : {}),
                                ...(f.endLine ? { endLine: f.endLine } : {}),
                            },
                        }
                        : {}),
                },
            },
        ];
    }
    return result;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/format.ts





const FORMATS = ['text', 'json', 'markdown', 'sarif'];
/** One report, any view of it (ESLint-style: a new format never touches a gate). */
function formatReport(report, format, options) {
    return formatReportPieces(report, format, options).join('');
}
/**
 * The same text in pieces whose concatenation it is: JSON and SARIF come in many (json-pieces.ts), so
 * a writer that takes them one at a time never holds a 20 MB string (cli/main.ts); the others in one.
 */
function formatReportPieces(report, format, options) {
    // Every view of a report passes here: secrets an error message echoed are redacted once, for all formats.
    report = (0,redact/* redactDeep */.KL)(report);
    switch (format) {
        case 'json':
            return formatJsonPieces(report);
        case 'markdown':
            return [
                formatMarkdown(report, {
                    ...(options.preamble ? { preamble: (0,redact/* redactDeep */.KL)(options.preamble) } : {}),
                    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
                    ...(options.fullReport ? { fullReport: options.fullReport } : {}),
                }),
            ];
        case 'sarif':
            return formatSarifPieces(report);
        case 'text':
            return [(0,report_text/* formatText */.vX)(report, options)];
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/config/options.ts
var options = __webpack_require__(4475);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(9478);
;// CONCATENATED MODULE: ./src/action/inputs.ts





function envInputReader(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const boolInput = schemas/* string */.YjP()
    .transform((v) => v.toLowerCase())
    .pipe(schemas/* enum */.k5n(['true', 'false', '']))
    .transform((v) => v !== 'false');
const actionInputsSchema = schemas/* object */.Ikc({
    // A command and its arguments, e.g. `check`, `lint`, `tag verify v1.4.2`. Arguments never reach a shell;
    // each command validates its own (tag names are checked before any git call).
    command: schemas/* string */.YjP()
        .max(500)
        .regex(/^[a-z][a-z-]*( +[^\s]+)*$/, 'a command such as check, lint or "tag verify v1.4.2"')
        .default('check'),
    config: schemas/* string */.YjP().optional(),
    base: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().optional(),
    paths: schemas/* string */.YjP().optional(),
    format: schemas/* enum */.k5n(FORMATS).default('text'),
    'fail-on': schemas/* enum */.k5n(verdict/* FAIL_ON */.d$).default('error'),
    'github-token': schemas/* string */.YjP().optional(),
    comment: boolInput.default(true),
});
/** Validate the action's inputs; a bad value names the input and what it allows. */
function readActionInputs(read) {
    const raw = {};
    for (const name of Object.keys(actionInputsSchema.shape)) {
        const value = read(name);
        if (value !== '')
            raw[name] = value;
    }
    const parsed = actionInputsSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue.path[0]);
        const allowed = 'values' in issue
            ? `; allowed: ${issue.values.join(', ')}`
            : `; expected ${issue.message}`;
        throw new errors/* UsageError */.eb(`input "${name}": got ${JSON.stringify(raw[name] ?? '')}${allowed}`);
    }
    const overrides = {};
    for (const option of options/* CONFIG_OPTIONS */.y3) {
        const value = read(option.name);
        if (value !== '')
            overrides[option.name] = value;
    }
    return { ...parsed.data, overrides };
}
/** `paths` is newline-separated globs, like other actions' multi-line inputs. */
function splitPaths(paths) {
    return (paths ?? '')
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
}

// EXTERNAL MODULE: ./src/git/errors.ts
var git_errors = __webpack_require__(3341);
// EXTERNAL MODULE: ./src/git/run.ts
var git_run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/git/missing-object.ts


/** How many commits, newest first, are searched for the blob: an error path, bounded. */
const SEARCHED = 5000;
/**
 * The error again, naming the file and commit that hold the missing blob: git said only the object id.
 * A blob-less clone has every commit and tree, so the raw log (object ids per changed path, no
 * contents; `--find-object` would read blobs) finds the commit that put the blob there. Anything else
 * (or no answer) leaves the error as it was.
 */
async function nameMissingObject(error) {
    if (!(error instanceof git_errors/* MissingObjectError */.S3) || error.where)
        return error;
    try {
        const run = await (0,git_run/* gitProcess */.y0)(error.root, [
            '-c',
            'core.quotePath=false',
            'log',
            '--all',
            '--raw',
            '--no-renames',
            '--no-abbrev',
            '--format=commit %H',
            '-n',
            String(SEARCHED),
        ], { timeoutMs: 20_000 });
        if (run.code !== 0)
            return error;
        let commit = '';
        for (const line of run.stdout.toString('utf8').split('\n')) {
            if (line.startsWith('commit '))
                commit = line.slice(7).trim();
            else if (line.startsWith(':') && line.split('\t')[0].split(' ')[3] === error.oid)
                return new git_errors/* MissingObjectError */.S3(error.oid, error.root, {
                    path: line.slice(line.indexOf('\t') + 1),
                    commit,
                });
        }
        return error;
    }
    catch {
        return error;
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts


















/**
 * Every line the action writes to its log goes through here. core.info writes raw to stdout, where the
 * runner obeys `::command::` lines: safeOutput disarms them. core.warning/debug/setFailed escape line
 * breaks themselves; control characters and secrets are still ours to remove.
 */
const escaped = (message) => (0,redact/* redactSecrets */.fp)((0,safe_text/* cleanText */.X5)(message));
const log = {
    info: (m) => core/* info */.pq((0,safe_text/* safeOutput */.PH)(m)),
    warn: (m) => core/* warning */.$e(escaped(m)),
    debug: (m) => core/* debug */.Yz(escaped(m)),
};
/** Secrets the runner should mask too (it only masks what it was told), and that our own output redacts. */
function maskSecret(value) {
    if (!value)
        return;
    core/* setSecret */.Pq(value);
    (0,redact/* rememberSecret */.Gz)(value);
    const password = URL.canParse(value) ? new URL(value).password : '';
    if (password) {
        core/* setSecret */.Pq(password);
        core/* setSecret */.Pq(decodeURIComponent(password));
    }
}
/** The action: inputs → Settings → command → outputs, annotations, summary, sticky comment, verdict. */
async function run(env = process.env) {
    try {
        const inputs = readActionInputs(envInputReader(env));
        const token = inputs['github-token'];
        maskSecret(token);
        // A database-url carries a password: never let it reach the log.
        maskSecret(inputs.overrides['database-url']);
        (0,redact/* rememberEnvironmentSecrets */.Sm)(env);
        const [commandName, ...args] = inputs.command.trim().split(/\s+/);
        const command = findCommand(commandName ?? '');
        if (!command) {
            throw new errors/* UsageError */.eb(`input "command": unknown command "${inputs.command}"; allowed: ${COMMANDS.map((c) => c.name).join(', ')}`);
        }
        const files = splitPaths(inputs.paths);
        const settings = await loadSettings({
            run: {
                cwd: env.GITHUB_WORKSPACE || process.cwd(),
                ...(inputs.base ? { base: inputs.base } : {}),
                head: inputs.head || 'HEAD',
                worktree: !inputs.head,
                format: inputs.format,
                failOn: inputs['fail-on'],
                ...(inputs.config ? { configFile: inputs.config } : {}),
                files,
            },
            overrides: inputs.overrides,
            surface: 'input',
        });
        // PGlite is not bundled into dist/ (it breaks when bundled), so the action does not offer it: say
        // so up front instead of failing half-way through a rehearsal.
        if (settings.config.rehearsal.engine === 'pglite') {
            throw new errors/* UsageError */.eb(`rehearsal.engine: pglite is not available in the action (PGlite is not bundled into dist/); use engine local (GitHub's ubuntu runners have PostgreSQL) or database-url, or run npx rollback-ready rehearse, where PGlite is installed`);
        }
        const pullRequest = readPullRequestEvent(env.GITHUB_EVENT_PATH);
        const github = actionGitHubAccess(env, token);
        const { report, outputs, preamble: checklist, } = await (await command.load()).run({
            settings,
            args: [...args, ...files],
            flags: {},
            ...(pullRequest ? { pullRequest } : {}),
            log,
            github,
            env,
        });
        core/* info */.pq((0,safe_text/* safeOutput */.PH)(formatReport(report, settings.run.format, { color: false })));
        const blocking = report.findings.filter((f) => f.severity === 'error' || (settings.run.failOn === 'warning' && f.severity === 'warning'));
        core/* setOutput */.uH('verdict', report.verdict);
        core/* setOutput */.uH('findings-count', String(report.findings.length));
        core/* setOutput */.uH('report-json', writeReportFile(report, env));
        for (const [name, value] of Object.entries(outputs ?? {}))
            core/* setOutput */.uH(name, value);
        // `check` reports the release note's ID and rollback target as report fields; expose them as outputs too.
        if (!outputs?.['release-id'] && typeof report.releaseId === 'string')
            core/* setOutput */.uH('release-id', report.releaseId);
        if (!outputs?.['rollback-target'] && typeof report.rollbackTarget === 'string')
            core/* setOutput */.uH('rollback-target', report.rollbackTarget);
        const omitted = emitAnnotations(report);
        await writeSummary(report, omitted, env, checklist);
        if (pullRequest && inputs.comment)
            await comment(report, pullRequest, token, env, checklist);
        if (report.verdict === 'block') {
            core/* setFailed */.C1(`rollback-ready: ${blocking.length} blocking finding(s); see the job summary for what to change`);
        }
    }
    catch (thrown) {
        const error = await nameMissingObject(thrown);
        const message = error instanceof errors/* UsageError */.eb ? error.message : `internal error: ${(0,errors/* errorMessage */.gJ)(error)}`;
        core/* setFailed */.C1(escaped(`rollback-ready: ${message}`));
    }
}
function writeReportFile(report, env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'rollback-ready-'));
    const path = (0,external_node_path_.join)(dir, 'report.json');
    (0,external_node_fs_.writeFileSync)(path, formatReport(report, 'json', { color: false }));
    return path;
}
function emitAnnotations(report) {
    const plan = planAnnotations(report.findings);
    for (const a of plan.annotations) {
        const props = {
            title: a.title,
            ...(a.file ? { file: a.file } : {}),
            ...(a.startLine ? { startLine: a.startLine, endLine: a.endLine } : {}),
            ...(a.startColumn ? { startColumn: a.startColumn } : {}),
        };
        if (a.level === 'error')
            core/* error */.z3(a.message, props);
        else if (a.level === 'warning')
            core/* warning */.$e(a.message, props);
        else
            core/* notice */.lm(a.message, props);
    }
    return plan.omitted;
}
async function writeSummary(report, omitted, env, checklist) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    const note = omitted
        ? `GitHub shows ten annotations per level; ${omitted} more finding(s) are listed below.`
        : undefined;
    const preamble = [checklist, note].filter(Boolean).join('\n\n');
    const markdown = formatReport(report, 'markdown', {
        color: false,
        fullReport: 'the JSON report (the report-json output of this step, or `npx rollback-ready check --format json`) has them all',
        ...(preamble ? { preamble } : {}),
    });
    await core/* summary */.z.addRaw(markdown, true).write();
}
/**
 * Where a comment cut for size sends its reader: the run's job summary (up to 1 MiB, against the
 * comment's 65,536 characters) and the JSON report. The link is built from the runner's own variables, checked to be a plain https URL.
 */
function fullReportPointer(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url = `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
    const summary = /^https:\/\/[\w.-]+(?::\d+)?\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+$/.test(url)
        ? `[the job summary of this run](${url})`
        : 'the job summary of this run';
    return `${summary} lists the rest, and \`npx rollback-ready check --format json\` gives every finding`;
}
/** The sticky comment is a courtesy: failing to write it (fork token, outage) never changes the verdict. */
async function comment(report, pr, token, env, checklist) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo) {
        log.info('no token or repository: the report is in the job summary only');
        return;
    }
    if (pr.fromFork) {
        log.info('pull request from a fork: its token is read-only, so the report is in the job summary and annotations only');
        return;
    }
    try {
        const client = (0,octokit/* createGitHubClient */.LX)({
            token,
            ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
            log,
        });
        const result = await upsertStickyComment(octokitIssueComments(client, owner, repo), pr.number, formatReport(report, 'markdown', {
            color: false,
            maxBytes: COMMENT_MAX_BYTES,
            fullReport: fullReportPointer(env),
            ...(checklist ? { preamble: checklist } : {}),
        }));
        log.info(`pull request comment ${result.action} (id ${result.id})`);
    }
    catch (error) {
        log.warn(`could not write the pull request comment (${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}); the report is in the job summary`);
    }
}


/***/ }),

/***/ 3990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ ROLLBACK_SPEC),
/* harmony export */   AY: () => (/* binding */ REHEARSE_SPEC),
/* harmony export */   Br: () => (/* binding */ BACKUP_SPEC),
/* harmony export */   GX: () => (/* binding */ LINT_SPEC),
/* harmony export */   LW: () => (/* binding */ INIT_SPEC),
/* harmony export */   SY: () => (/* binding */ NOTES_SPEC),
/* harmony export */   n0: () => (/* binding */ TAG_SPEC),
/* harmony export */   vc: () => (/* binding */ STATUS_SPEC),
/* harmony export */   y2: () => (/* binding */ DEPLOY_SPEC),
/* harmony export */   zi: () => (/* binding */ CHECK_SPEC)
/* harmony export */ });
const CHECK_SPEC = {
    name: 'check',
    summary: 'run every gate that applies to this change, with the pre-release checklist',
    usage: 'check [--base REF] [--head REF]',
};
const LINT_SPEC = {
    name: 'lint',
    summary: 'check migrations for changes the previous release cannot live with',
    usage: 'lint [FILES...] [--each | --as-one-change] [--base REF] [--layout NAME] [--pg-version N]',
    positionals: true,
    flags: {
        each: {
            type: 'boolean',
            help: 'FILES: judge every file as a deploy of its own (what earlier files created exists and holds rows)',
        },
        'as-one-change': {
            type: 'boolean',
            help: 'FILES: judge all files as one change that has not shipped (what they create is new and empty)',
        },
    },
    details: [
        'Without FILES, lint checks the migrations added or changed since the base, as one change.',
        '  rollback-ready lint',
        '',
        'With FILES, the mode says how they group into deploys (every report names it: "mode" in JSON):',
        '  history (default)  files already on the base shipped one deploy at a time: each is judged against',
        '                     the schema of the files before it; files new in this change are one change.',
        '                       rollback-ready lint supabase/migrations/*.sql',
        '  --each             every file is a deploy of its own.',
        '                       rollback-ready lint --each db/migrations/*.sql',
        '  --as-one-change    all files are one change (nothing they create has shipped).',
        '                       rollback-ready lint --as-one-change supabase/migrations/2026*.sql',
        '',
        "--base REF: the commit whose files count as shipped (default: the pull request's base, else the merge",
        'base with the default branch, else HEAD); without FILES, what the changed migrations are compared with.',
        '  rollback-ready lint --base v1.4.0 supabase/migrations/*.sql',
        '',
        'Layout: the migration tool is recognised from the paths (Supabase, Prisma, Drizzle, Flyway,',
        'golang-migrate, dbmate, plain SQL); it sets the run order and whether a file runs in a transaction.',
        '--layout NAME forces one.',
        '  rollback-ready lint --layout dbmate db/migrations/*.sql',
        '',
        'Files outside any git repository (or outside the one at --cwd) are linted from the disk, each as a',
        'deploy of its own, with a notice naming the checks that need a repository; globs are left to the shell.',
        '  rollback-ready lint ~/Downloads/0042_add_index.sql',
    ],
};
const NOTES_SPEC = {
    name: 'notes',
    summary: 'check a release note (notes check), or print one to fill in (notes draft)',
    usage: 'notes check [--pr-body-file FILE | --release TAG | --file FILE] | notes draft',
    positionals: true,
    flags: {
        release: {
            type: 'string',
            valueName: 'TAG',
            help: 'check the body of the GitHub release for TAG (needs GITHUB_TOKEN)',
        },
        file: { type: 'string', valueName: 'FILE', help: 'check a notes file' },
    },
};
const TAG_SPEC = {
    name: 'tag',
    summary: 'print the next release ID (tag next), or check a tag or proposed name (tag verify TAG)',
    usage: 'tag next [--bump auto|patch|minor|major] | tag verify [TAG] [--head REF]',
    positionals: true,
};
const INIT_SPEC = {
    name: 'init',
    summary: 'set up this repository: config, the release-note section of the PR template, the workflows',
    usage: 'init [--force] [--tool-sha SHA]',
    flags: {
        force: { type: 'boolean', help: 'overwrite files that exist and differ (default: keep them and say so)' },
        'tool-sha': {
            type: 'string',
            valueName: 'SHA',
            help: "the commit of the rollback-ready release you trust, pinned in every workflow (default: this version's release tag, read with git ls-remote)",
        },
    },
};
const REHEARSE_SPEC = {
    name: 'rehearse',
    summary: 'apply the new migrations (and their down migrations) on a throwaway Postgres',
    usage: 'rehearse [--base REF] [--database-url URL] [--engine auto|local|pglite] [--seed FILE] [--fallback TAG]',
    flags: {
        fallback: {
            type: 'string',
            valueName: 'TAG',
            help: "also run rehearsal.fallback-check.command from this release's worktree against the migrated database (default with the config: the live release)",
        },
    },
};
const ROLLBACK_SPEC = {
    name: 'rollback',
    summary: 'plan a rollback to the last known-good release (rollback plan), record and finish deployments in the ledger',
    usage: [
        'rollback plan [--to TAG] [--from TAG | --env NAME] [--allow-schema-risk REASON]',
        '       rollback-ready rollback record --kind deploy|rollback|drill --to TAG [--from TAG] [--env NAME] [--reason TEXT] [--log-url URL]',
        '       rollback-ready rollback finish --deployment ID --state success|failure [--health-url URL --expect-status 200 --retries 5 --timeout 10s --interval 5s]',
    ].join('\n'),
    positionals: true,
    flags: {
        to: {
            type: 'string',
            valueName: 'TAG',
            help: 'plan/record: the release to deploy (plan default: the last known-good before the live one)',
        },
        from: {
            type: 'string',
            valueName: 'TAG',
            help: 'the live release (default: what the ledger says the environment is on, else the latest tag)',
        },
        env: {
            type: 'string',
            valueName: 'NAME',
            help: 'the environment (default: rollback.environment, production)',
        },
        kind: { type: 'string', valueName: 'KIND', help: 'record: deploy, rollback or drill' },
        reason: { type: 'string', valueName: 'TEXT', help: 'record: why, stored in the deployment' },
        actor: {
            type: 'string',
            valueName: 'LOGIN',
            help: 'record: who started it (default: GITHUB_TRIGGERING_ACTOR)',
        },
        'log-url': {
            type: 'string',
            valueName: 'URL',
            help: 'record/finish: the run log, linked from the deployment status',
        },
        deployment: { type: 'string', valueName: 'ID', help: 'finish: the id rollback record printed' },
        state: { type: 'string', valueName: 'STATE', help: 'finish: success or failure (of the deploy step)' },
        'environment-url': {
            type: 'string',
            valueName: 'URL',
            help: 'finish: the deployed app, shown on the deployment',
        },
        'health-url': {
            type: 'string',
            valueName: 'URL',
            help: 'finish: GET this after the deploy; failure marks the deployment failed',
        },
        'expect-status': {
            type: 'string',
            valueName: 'CODE',
            help: 'finish: the healthy HTTP status (default 200)',
        },
        retries: { type: 'string', valueName: 'N', help: 'finish: health-check retries (default 5, at most 30)' },
        timeout: { type: 'string', valueName: 'DURATION', help: 'finish: per-attempt timeout (default 10s)' },
        interval: { type: 'string', valueName: 'DURATION', help: 'finish: wait between attempts (default 5s)' },
        'started-at': {
            type: 'string',
            valueName: 'TIME',
            help: 'finish: when the run started (ISO 8601), for the time to identify',
        },
    },
};
const STATUS_SPEC = {
    name: 'status',
    summary: 'say what each environment is on, since when and by whom, its last known-good release and recent deployments',
    usage: 'status [--env NAME]',
    flags: {
        env: {
            type: 'string',
            valueName: 'NAME',
            help: 'one environment (default: every environment in the ledger; production without a token)',
        },
    },
};
const BACKUP_SPEC = {
    name: 'backup',
    summary: 'check that a backup finished recently, is a valid dump, and restores (backup verify)',
    usage: 'backup verify (--backup-file FILE [--backup-sha256 HEX] | --backup-completed-at TIME | --backup-command CMD) [--max-age 30m] [--restore-check] [--restore-max-age 30d]',
    positionals: true,
    flags: {
        // Also a config option (restore-check: true); as a command flag it needs no value.
        'restore-check': {
            type: 'boolean',
            help: 'restore the dump into a throwaway Postgres and verify it (same as backup.restore-check: true)',
        },
    },
};
const DEPLOY_SPEC = {
    name: 'deploy',
    summary: 'deploy a release through deploy.target and record its artifact in the ledger; --kind rollback redeploys the recorded artifact',
    usage: 'deploy --to TAG [--sha SHA] [--kind deploy|rollback|drill] [--env NAME] [--from TAG] [--artifact ID] [--allow-production] [--reason TEXT] [--log-url URL]',
    flags: {
        to: { type: 'string', valueName: 'TAG', help: 'the release to put live' },
        sha: {
            type: 'string',
            valueName: 'SHA',
            help: 'the commit the plan or release approved; refused when the tag names another one now',
        },
        kind: { type: 'string', valueName: 'KIND', help: 'deploy (default), rollback or drill' },
        env: { type: 'string', valueName: 'NAME', help: 'the environment (default: rollback.environment)' },
        from: { type: 'string', valueName: 'TAG', help: 'the live release (default: what the ledger says)' },
        artifact: {
            type: 'string',
            valueName: 'ID',
            help: 'rollback/drill: redeploy this artifact (default: the one recorded for the release)',
        },
        'allow-production': { type: 'boolean', help: 'drill: allow a production environment' },
        reason: { type: 'string', valueName: 'TEXT', help: 'why, stored in the deployment' },
        actor: { type: 'string', valueName: 'LOGIN', help: 'who started it (default: GITHUB_TRIGGERING_ACTOR)' },
        'log-url': { type: 'string', valueName: 'URL', help: 'the run log, linked from the deployment status' },
    },
};


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DEFAULT_CONFIG)
/* harmony export */ });
/**
 * The config when there is no config file and no flag or input on top: what the schema's defaults give
 * (a unit test holds the two equal). Written out so a run without a config file never loads the schema,
 * zod or the YAML parser: ~30 ms of every CLI start (src/config/resolve.ts).
 */
const DEFAULT_CONFIG = {
    migrations: {
        layout: 'auto',
        paths: [],
        exclude: [],
        'pg-version': 15,
        rules: {},
        transaction: 'auto',
        'fallback-aware': true,
        'previous-release-max-commits': 200,
        'previous-release-max-days': 90,
    },
    rehearsal: {
        enabled: false,
        engine: 'auto',
        'require-down': 'warning',
        timeout: 300_000,
    },
    tagging: {
        scheme: 'semver',
        prefix: 'v',
        format: 'prod-YYYY-MM-DD.N',
        'require-annotated': false,
        'allow-prerelease': false,
        bump: 'auto',
    },
    notes: {
        source: 'pr-body',
        environment: 'production',
        'known-good': 'auto',
        'required-on': 'release-branch',
        'exempt-paths': [
            'docs/**',
            '**/*.md',
            '**/*.mdx',
            '**/*.rst',
            '.github/**',
            'LICENSE',
            'LICENSE.*',
            '.vscode/**',
            '.editorconfig',
            '**/.gitignore',
        ],
    },
    rollback: {
        environment: 'production',
        'allow-schema-risk': '',
        'in-progress-window': 30,
        history: 5,
    },
    'kill-switch': {
        enabled: true,
        areas: {},
        'allow-none': false,
        'env-flags': [],
        exclude: [],
    },
    checklist: {},
    backup: {
        'max-age': 86_400_000,
        'restore-check': false,
        'restore-max-age': 2_592_000_000,
        'required-for': ['production'],
        'verify-tables': [],
        'command-timeout': 60_000,
        'restore-timeout': 600_000,
    },
    deploy: { target: 'none', environments: {}, timeout: 900 },
};


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p0: () => (/* binding */ locateConfig),
/* harmony export */   y9: () => (/* binding */ CONFIG_CANDIDATES)
/* harmony export */ });
/* unused harmony export repositoryRootOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1099);




const CONFIG_CANDIDATES = ['.github/rollback-ready.yml', '.github/rollback-ready.yaml'];
/**
 * The repository holding `cwd` (the nearest folder with a `.git`), found without running git so a
 * plain `lint FILE` stays one process; `cwd` itself outside any repository.
 */
function repositoryRootOf(cwd) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    }
}
/**
 * Find the config: `--config FILE` must exist; otherwise the first default candidate, or none. Either
 * must stay inside the repository, and a candidate that is a dangling symlink or a symlink loop is an
 * error, never "no config" (that would run the gate on defaults the repository did not choose).
 */
function locateConfig(cwd, explicit) {
    const root = repositoryRootOf(cwd);
    if (explicit) {
        const found = (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRepo */ .$2)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, explicit), `config file ${explicit}`);
        if (!('real' in found))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`config file ${explicit} does not exist; check --config / the config input`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, explicit);
    }
    for (const candidate of CONFIG_CANDIDATES) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, candidate);
        if ('real' in (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRepo */ .$2)(root, full, candidate))
            return full;
    }
    return undefined;
}


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ findOption),
/* harmony export */   ub: () => (/* binding */ coerceOptionValue),
/* harmony export */   y3: () => (/* binding */ CONFIG_OPTIONS)
/* harmony export */ });
const CONFIG_OPTIONS = [
    {
        name: 'layout',
        path: ['migrations', 'layout'],
        kind: 'string',
        help: 'migration layout: auto, supabase, prisma, drizzle, flyway, golang-migrate, dbmate or plain',
    },
    {
        name: 'pg-version',
        path: ['migrations', 'pg-version'],
        kind: 'number',
        help: 'the production Postgres major version (default 15)',
    },
    {
        name: 'database-url',
        path: ['rehearsal', 'database-url'],
        kind: 'string',
        help: 'rehearse on a scratch database created on this server (postgres://…) instead of a throwaway local one',
    },
    {
        name: 'engine',
        path: ['rehearsal', 'engine'],
        kind: 'string',
        help: 'where the rehearsal runs without database-url: auto, local (PostgreSQL binaries) or pglite',
    },
    {
        name: 'seed',
        path: ['rehearsal', 'seed'],
        kind: 'string',
        help: 'SQL file (from the repository root) run after the base migrations, before the new ones',
    },
    {
        name: 'scheme',
        path: ['tagging', 'scheme'],
        kind: 'string',
        help: 'release-ID scheme: semver (v1.4.2), calver (prod-2026-07-31.1) or pattern',
    },
    {
        name: 'release-branch',
        path: ['tagging', 'release-branch'],
        kind: 'string',
        help: 'the branch releases are tagged on (default: the default branch)',
    },
    {
        name: 'bump',
        path: ['tagging', 'bump'],
        kind: 'string',
        help: 'tag next: auto (Conventional Commits), patch, minor or major',
    },
    {
        name: 'allow-schema-risk',
        path: ['rollback', 'allow-schema-risk'],
        kind: 'string',
        help: 'rollback plan: accept a target older than a contract migration; the value is the reason, recorded',
    },
    {
        name: 'allow-none',
        path: ['kill-switch', 'allow-none'],
        kind: 'boolean',
        help: 'accept "Kill switch: none: <reason>" in the release note for a risky change',
    },
    {
        name: 'manifest',
        path: ['kill-switch', 'manifest'],
        kind: 'string',
        help: 'the flag manifest (OpenFeature/flagd JSON or YAML; default: flags.json and other well-known names)',
    },
    {
        name: 'env-flags',
        path: ['kill-switch', 'env-flags'],
        kind: 'list',
        help: 'environment variables used as flags (comma- or newline-separated), off when unset',
    },
    {
        name: 'channel',
        path: ['checklist', 'channel'],
        kind: 'string',
        help: 'where the release is discussed, shown in the checklist: a Slack channel (#releases) or an issue link',
    },
    {
        name: 'backup-file',
        path: ['backup', 'backup-file'],
        kind: 'string',
        help: 'a dump written by an earlier step: pg_dump custom, tar, directory or plain SQL, optionally gzip-compressed',
    },
    {
        name: 'backup-sha256',
        path: ['backup', 'backup-sha256'],
        kind: 'string',
        help: 'the expected sha256 (hex) of backup-file',
    },
    {
        name: 'backup-completed-at',
        path: ['backup', 'backup-completed-at'],
        kind: 'string',
        help: 'when the backup finished, ISO-8601 with a zone (e.g. 2026-07-31T09:12:00Z)',
    },
    {
        name: 'backup-command',
        path: ['backup', 'backup-command'],
        kind: 'string',
        help: 'a program (run without a shell) printing {"completedAt","status","id"} as JSON for the latest provider backup',
    },
    {
        name: 'max-age',
        path: ['backup', 'max-age'],
        kind: 'string',
        help: 'the backup must have finished within this window, e.g. 30m, 6h, 1d (default 1d)',
    },
    {
        name: 'restore-check',
        path: ['backup', 'restore-check'],
        kind: 'boolean',
        help: 'restore backup-file into a throwaway Postgres, run backup.verify-tables / verify-sql, record the restore',
    },
    {
        name: 'restore-max-age',
        path: ['backup', 'restore-max-age'],
        kind: 'string',
        help: 'without restore-check, a successful restore must be recorded within this window (default 30d)',
    },
];
function findOption(name) {
    return CONFIG_OPTIONS.find((o) => o.name === name);
}
/** Turn a flag or input string into the type the config schema expects; leave junk as-is for zod to name. */
function coerceOptionValue(kind, raw) {
    switch (kind) {
        case 'number': {
            const n = Number(raw.trim());
            return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
        }
        case 'boolean': {
            const v = raw.trim().toLowerCase();
            if (['true', 'yes', '1', 'on'].includes(v))
                return true;
            if (['false', 'no', '0', 'off'].includes(v))
                return false;
            return raw;
        }
        case 'list':
            return raw
                .split(/[\n,]/)
                .map((s) => s.trim())
                .filter(Boolean);
        case 'string':
            return raw.trim();
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * A mistake the user can fix: a bad flag, config key, unreadable file or invalid ref name.
 * It ends the run with exit code 2 and one line on stderr; it never prints a stack trace.
 */
class UsageError extends Error {
    name = 'UsageError';
    constructor(message) {
        super(oneLine(message));
    }
}
/** Collapse whitespace so a message stays on one line whatever text it quotes. */
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 5278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings)
/* harmony export */ });
/* unused harmony exports SEVERITIES, GATE_IDS */
/** The one model every gate reports and every formatter presents (DESIGN.md "Data flow"). */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const GATE_IDS = (/* unused pure expression or super */ null && ([
    'config',
    'tagging',
    'notes',
    'migrations',
    'rehearsal',
    'backup',
    'kill-switch',
    'rollback',
]));
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Stable order: by file, line, column, then severity and rule, so reports diff cleanly between runs. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => collate(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        collate(a.rule, b.rule));
}
/** `localeCompare`, skipped for equal strings (most comparisons of a large report: findings of one file). */
const collate = (a, b) => (a === b ? 0 : a.localeCompare(b));
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/** `file:line:column` for messages, omitting what is unknown. */
function location(f) {
    if (!f.file)
        return '';
    if (!f.line)
        return f.file;
    return f.column ? `${f.file}:${f.line}:${f.column}` : `${f.file}:${f.line}`;
}


/***/ }),

/***/ 8472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ groupedItems),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* unused harmony exports distinguishingDetails, reportItems */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);

/**
 * The findings of one root cause: the same gate, rule, severity and object; without an object, only
 * findings that say exactly the same thing (message and help) are one. Nested maps keyed by the
 * findings' own strings, one level per string: a key string joined per finding (even one per rule)
 * cost more than the lookups (--cpu-prof on 20,000 findings).
 */
class RootCauses {
    root = new Map();
    membersOf(f) {
        const rule = branch(branch(branch(this.root, f.gate), f.rule), f.severity);
        const [kind, first, second] = f.object !== undefined ? ['object', f.object, ''] : ['message', f.message, f.help ?? ''];
        const seconds = branch(branch(rule, kind), first);
        let members = seconds.get(second);
        if (!members)
            seconds.set(second, (members = []));
        return members;
    }
}
function branch(map, key) {
    let next = map.get(key);
    if (!next)
        map.set(key, (next = new Map()));
    return next;
}
/** A detail longer than this is the whole message anyway: show the message. */
const MAX_DETAIL = 120;
/**
 * What sets each message apart: when all messages are the same sentence with other names or words in
 * places (`"c1"` → `"c2"`, `integer` → `bigint`), the words that vary; when the sentences differ in
 * shape, the whole message; nothing when all are equal.
 */
function distinguishingDetails(messages) {
    if (messages.every((m) => m === messages[0]))
        return messages.map(() => undefined);
    const words = messages.map((m) => m.split(/\s+/));
    const length = words[0].length;
    if (!words.every((w) => w.length === length))
        return [...messages];
    const varying = words[0].map((_, i) => words.some((w) => w[i] !== words[0][i]));
    // Sentences that differ in many places are different sentences.
    if (varying.filter(Boolean).length * 3 > length)
        return [...messages];
    return words.map((w, n) => {
        // Words that vary side by side are one phrase (`ADD COLUMN "slug" to`), kept in order; phrases apart
        // are listed (`"c1", "t1"`). Joining every varying word with commas made `ADD, COLUMN, "slug", to`.
        const phrases = [];
        let run = [];
        for (let i = 0; i <= length; i++) {
            if (i < length && varying[i])
                run.push(w[i]);
            else if (run.length) {
                phrases.push(run.join(' ').replace(/[.,;:]+$/, ''));
                run = [];
            }
        }
        const detail = [...new Set(phrases)].join(', ');
        return detail.length > MAX_DETAIL ? messages[n] : detail;
    });
}
function buildGroup(id, members) {
    const first = members[0];
    const details = distinguishingDetails(members.map((f) => f.message));
    const classes = new Set(members.map((f) => f.class));
    return {
        id,
        gate: first.gate,
        rule: first.rule,
        severity: first.severity,
        ...(first.object !== undefined ? { object: first.object } : {}),
        message: first.message,
        ...(first.help ? { help: first.help } : {}),
        ...(first.docs ? { docs: first.docs } : {}),
        ...(classes.size === 1 && first.class ? { class: first.class } : {}),
        count: members.length,
        files: new Set(members.map((f) => f.file ?? '')).size,
        locations: members.map((f, i) => {
            // Assigned in this order, as the JSON report shows them.
            const location = {};
            if (f.file)
                location.file = f.file;
            if (f.line)
                location.line = f.line;
            if (f.column)
                location.column = f.column;
            if (f.endLine)
                location.endLine = f.endLine;
            if (details[i])
                location.detail = details[i];
            return location;
        }),
    };
}
/** Groups are worked out afresh from the findings: an id from an earlier report means nothing here. */
function withoutGroup(f) {
    if (f.group === undefined)
        return f;
    const copy = { ...f };
    delete copy.group;
    return copy;
}
/**
 * `{ ...f, group }`, the same keys in the same order. Object.assign rather than a spread: findings of
 * many shapes (optional endLine, help, object; other gates' orders) make the spread megamorphic
 * (--cpu-prof of `lint` over 22,146 findings: groupFindings 810–900 ms with it, 160–250 ms without).
 * An own `__proto__` key (data parsed from JSON) would set the copy's prototype in an assignment: spread.
 */
function withGroup(f, group) {
    if (Object.hasOwn(f, '__proto__'))
        return { ...f, group };
    return Object.assign({}, f, { group });
}
/** Group findings by root cause: the step between the gates and every formatter. */
function groupFindings(input) {
    const sorted = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(input).map(withoutGroup);
    const causes = new RootCauses();
    const membersOf = sorted.map((f) => {
        const members = causes.membersOf(f);
        members.push(f);
        return members;
    });
    const groups = [];
    const groupOf = new Map();
    const findings = [];
    const items = [];
    for (const [i, f] of sorted.entries()) {
        const members = membersOf[i];
        if (members.length === 1) {
            findings.push(f);
            items.push({ kind: 'finding', finding: f });
            continue;
        }
        let group = groupOf.get(members[0]);
        if (!group) {
            group = buildGroup(`g${groups.length + 1}`, members);
            groups.push(group);
            groupOf.set(members[0], group);
            items.push({ kind: 'group', group });
        }
        findings.push(withGroup(f, group.id));
    }
    return { findings, groups, items };
}
/**
 * What a reader sees of a report that buildReport made: its findings are sorted and grouped already,
 * each member naming its group, so the items are read off them (in `lint` over 20,000 findings, the text
 * view grouping them again cost as much as the first grouping). A report without groups, or whose
 * findings name a group it does not hold (a report put together by hand), is grouped afresh.
 */
function groupedItems(report) {
    if (!report.groups?.length)
        return groupFindings(report.findings).items;
    const byId = new Map(report.groups.map((g) => [g.id, g]));
    const shown = new Set();
    const items = [];
    for (const finding of report.findings) {
        if (finding.group === undefined) {
            items.push({ kind: 'finding', finding });
            continue;
        }
        const group = byId.get(finding.group);
        if (!group)
            return groupFindings(report.findings).items;
        if (!shown.has(group.id))
            items.push({ kind: 'group', group });
        shown.add(group.id);
    }
    return items;
}
/** The groups and items of a report's findings (formatters call this; it is cheap and pure). */
function reportItems(findings) {
    return groupFindings(findings).items;
}


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ rememberSecret),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Sm: () => (/* binding */ rememberEnvironmentSecrets),
/* harmony export */   UY: () => (/* binding */ redactCredentials),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   yu: () => (/* binding */ environmentSecretValues)
/* harmony export */ });
/* unused harmony exports REDACTED, forgetSecrets, redactsPieceByPiece */
/**
 * The one place secrets are taken out of text before anyone sees it: every output sink (CLI streams,
 * the action's log, reports, summaries, comments) calls `redactSecrets`. Two kinds of secret:
 * values we know (the token, a database-url and its password), remembered with `rememberSecret`, and
 * credentials whose shape gives them away (the password in any `scheme://user:password@host`, a
 * `password=` parameter) whatever the scheme: postgres, mysql, jdbc:…, redis, mongodb+srv, amqp…
 */
const known = new Set();
let knownSorted;
/** Values shorter than this are not remembered: masking "abc" everywhere would garble the report. */
const MIN_SECRET_LENGTH = 6;
const REDACTED = '***';
/** Remember a secret (and its percent-encoded and decoded forms) so no output ever shows it. */
function rememberSecret(value) {
    if (!value || value.length < MIN_SECRET_LENGTH)
        return;
    knownSorted = undefined;
    known.add(value);
    const encoded = encodeURIComponent(value);
    if (encoded !== value)
        known.add(encoded);
    try {
        const decoded = decodeURIComponent(value);
        if (decoded !== value && decoded.length >= MIN_SECRET_LENGTH)
            known.add(decoded);
    }
    catch {
        // not percent-encoded: nothing more to remember
    }
    // A connection string also hides its password, which an error message may quote on its own.
    for (const password of urlPasswords(value))
        rememberSecret(password);
}
/** Forget every remembered secret (tests; a long-lived process between runs). */
function forgetSecrets() {
    known.clear();
    knownSorted = undefined;
}
/** Values of secret-looking environment variables (GITHUB_TOKEN, PGPASSWORD, DATABASE_URL, *_API_KEY…). */
function environmentSecretValues(env) {
    const values = [];
    for (const [name, value] of Object.entries(env)) {
        if (value && value.length >= MIN_SECRET_LENGTH && SECRET_NAME.test(name))
            values.push(value);
    }
    return values;
}
/** Remember every secret-looking environment variable's value, as `rememberSecret` does. */
function rememberEnvironmentSecrets(env) {
    for (const value of environmentSecretValues(env))
        rememberSecret(value);
}
// Word-bounded, so GIT_AUTHOR_NAME or KEYBOARD are not taken for secrets.
const SECRET_NAME = /(?:^|_)(?:TOKEN|SECRET|SECRETS|PASSWORD|PASSWD|PASS|KEY|API_?KEY|PRIVATE_KEY|CREDENTIALS?|AUTH)(?:_|$)|PGPASSWORD|DATABASE_URL|_DSN$/i;
// scheme://user:password@host — any scheme, jdbc:mysql:// included (the inner scheme matches).
// The password runs to the last "@" before the path, so a raw "@" inside it does not leak the rest.
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/?[^\s:/?#@]*):([^\s/?#]*)@/gi;
// password=…, in a query string (?a=b&password=x), a JDBC tail (;password=x) or a libpq keyword string.
const PASSWORD_KEYS = /password|passwd|pwd|pass|sslpassword|secret|token|access_token|api[_-]?key/.source;
const PASSWORD_PARAMETER_SOURCE = `((?:^|[\\s?&;,"'])(?:${PASSWORD_KEYS})\\s*=\\s*)('[^']*'|"[^"]*"|[^\\s&;,"']+)`;
const PASSWORD_PARAMETER = new RegExp(PASSWORD_PARAMETER_SOURCE, 'gi');
/** The same pattern tried at one position only (redactPasswordParameters). */
const PASSWORD_PARAMETER_AT = new RegExp(PASSWORD_PARAMETER_SOURCE, 'iy');
/** Its start, up to the "=": where a value to redact may follow, on this line or the next ones. */
const PASSWORD_KEY_AT = new RegExp(`(?:^|[\\s?&;,"'])(?:${PASSWORD_KEYS})\\s*=`, 'iy');
/** More than the longest key above ("access_token", 12) plus the character before it. */
const KEY_REACH = 16;
const WHITE_SPACE = /\s/;
/** Passwords written in URL userinfo or as password= parameters in `text`. */
function urlPasswords(text) {
    const found = [];
    for (const m of text.matchAll(URL_USERINFO))
        if (m[2])
            found.push(m[2]);
    for (const m of text.matchAll(PASSWORD_PARAMETER)) {
        const v = m[2].replace(/^['"]|['"]$/g, '');
        if (v && v !== REDACTED)
            found.push(v);
    }
    return found;
}
/** Credentials given away by their shape, in any scheme. */
function redactCredentials(text) {
    return redactPasswordParameters(redactUrlUserinfo(text));
}
/**
 * PASSWORD_PARAMETER replaced over the whole text, tried only just before each "=". Every match is
 * `key\s*=`… with the key (letters, "_", "-") right before the white space that precedes its "=", so it
 * starts at most KEY_REACH characters before that white space; matches are found left to right and
 * do not overlap, as the global pattern finds them. The pattern run over a 20 MB report holding a
 * few thousand "=" cost 25 ms; this costs a few sticky tries per "=".
 */
function redactPasswordParameters(text) {
    let eq = text.indexOf('=');
    if (eq < 0)
        return text;
    let out = '';
    let done = 0;
    while (eq >= 0) {
        const match = keyBefore(text, eq, done, PASSWORD_PARAMETER_AT);
        if (!match) {
            eq = text.indexOf('=', eq + 1);
            continue;
        }
        out += `${text.slice(done, match.index)}${match[1]}${REDACTED}`;
        done = match.index + match[0].length;
        eq = text.indexOf('=', done);
    }
    return out + text.slice(done);
}
/** `pattern` (sticky) matched at the first place from `from` where a key can start that ends before the "=" at `eq`. */
function keyBefore(text, eq, from, pattern) {
    let keyEnd = eq;
    while (keyEnd > from && WHITE_SPACE.test(text[keyEnd - 1]))
        keyEnd--;
    for (let at = Math.max(from, keyEnd - KEY_REACH); at < keyEnd; at++) {
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (match)
            return match;
    }
    return null;
}
/**
 * Whether text cut into `pieces`, each ending with a line feed, is redacted piece by piece exactly as
 * it is whole: no remembered secret holds a line feed, no piece starts with an "=" whose key could
 * end the piece before, and none holds a `password=`-like key whose value may run on into the next
 * (after white space or inside quotes). Other credential shapes hold no white space.
 */
function redactsPieceByPiece(pieces) {
    if ([...known].some((value) => value.includes('\n')))
        return false;
    return pieces.every((piece, n) => {
        if (n > 0 && /^\s*=/.test(piece))
            return false;
        for (let eq = piece.indexOf('='); eq >= 0; eq = piece.indexOf('=', eq + 1)) {
            if (keyBefore(piece, eq, 0, PASSWORD_KEY_AT))
                return false;
        }
        return true;
    });
}
const redactUserinfo = (_all, head, password) => password ? `${head}:${REDACTED}@` : `${head}:@`;
/**
 * URL_USERINFO replaced on the lines that hold an "@" only. Every part of the pattern excludes white
 * space, so no match spans a line break and lines without "@" cannot match; the pattern tried at every
 * position of a 20 MB report of 20,000 findings cost most of its formatting time (--cpu-prof).
 */
function redactUrlUserinfo(text) {
    let at = text.indexOf('@');
    if (at < 0)
        return text;
    let out = '';
    let done = 0;
    while (at >= 0) {
        const start = text.lastIndexOf('\n', at) + 1;
        const newline = text.indexOf('\n', at);
        const end = newline < 0 ? text.length : newline;
        out += text.slice(done, start) + text.slice(start, end).replace(URL_USERINFO, redactUserinfo);
        done = end;
        at = newline < 0 ? -1 : text.indexOf('@', end);
    }
    return out + text.slice(done);
}
/** The remembered secrets, longest first: sorted once per change of `known`, not once per string redacted. */
function knownLongestFirst() {
    knownSorted ??= [...known].sort((a, b) => b.length - a.length);
    return knownSorted;
}
const NO_EXTRA = [];
/** Known secrets first (longest first, so a URL goes before the password inside it), then shaped ones. */
function redactSecrets(text, extra = NO_EXTRA) {
    let out = text;
    const more = extra === NO_EXTRA ? NO_EXTRA : [...extra].filter((v) => v && v.length >= MIN_SECRET_LENGTH);
    const values = more.length ? [...known, ...more].sort((a, b) => b.length - a.length) : knownLongestFirst();
    for (const value of values)
        if (out.includes(value))
            out = out.split(value).join(REDACTED);
    return redactCredentials(out);
}
/**
 * A JSON-like value with every string redacted (reports before they are formatted). Plain objects and
 * arrays that hold nothing to redact are returned as they are, not copied: copying every finding of a
 * 20,000-finding report cost more than formatting it. Nothing downstream changes a report. Other
 * objects (a class instance, a Date) become plain copies of their own enumerable fields, as before.
 */
function redactDeep(value) {
    if (typeof value === 'string')
        return redactSecrets(value);
    if (Array.isArray(value)) {
        const items = value;
        for (let i = 0; i < items.length; i++) {
            if (!(i in items))
                continue;
            if (redactDeep(items[i]) !== items[i])
                return items.map((v) => redactDeep(v));
        }
        return value;
    }
    if (value && typeof value === 'object') {
        const source = value;
        const prototype = Object.getPrototypeOf(source);
        const plain = prototype === Object.prototype || prototype === null;
        const keys = Object.keys(source);
        let out;
        for (const [i, k] of keys.entries()) {
            const v = source[k];
            const redacted = redactDeep(v);
            if (!out && (!plain || redacted !== v)) {
                out = {};
                for (const earlier of keys.slice(0, i))
                    setField(out, earlier, source[earlier]);
            }
            if (out)
                setField(out, k, redacted);
        }
        return (out ?? (plain ? value : {}));
    }
    return value;
}
/** A data field, also when it is named `__proto__` (from parsed input): plain assignment would drop it. */
function setField(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}


/***/ }),

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/** The tool's identity in reports. Kept equal to package.json by a test. */
const TOOL_NAME = 'rollback-ready';
const TOOL_VERSION = '0.1.0';
const DOCS_BASE = 'https://github.com/rollback-ready/rollback-ready/blob/main/docs';
/** The one place a rule's docs page address is built: docs/rules/<id>.md, one page per finding id. */
function ruleDocsUrl(ruleId) {
    return `${DOCS_BASE}/rules/${ruleId}.md`;
}


/***/ }),

/***/ 9478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   d$: () => (/* binding */ FAIL_ON)
/* harmony export */ });
/* unused harmony export isBlocking */
const FAIL_ON = ['error', 'warning', 'never'];
/** A finding blocks when its severity reaches the threshold; `notice` never blocks. */
function isBlocking(finding, failOn) {
    if (failOn === 'never')
        return false;
    if (finding.severity === 'error')
        return true;
    return failOn === 'warning' && finding.severity === 'warning';
}
function verdictOf(findings, failOn = 'error') {
    return findings.some((f) => isBlocking(f, failOn)) ? 'block' : 'pass';
}


/***/ }),

/***/ 3341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ NoBaseError),
/* harmony export */   S3: () => (/* binding */ MissingObjectError),
/* harmony export */   SD: () => (/* binding */ ShallowCloneError),
/* harmony export */   WF: () => (/* binding */ MissingRefError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   eQ: () => (/* binding */ GitFailedError),
/* harmony export */   lE: () => (/* binding */ NotARepositoryError),
/* harmony export */   tv: () => (/* binding */ gitFailure)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

class GitError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
}
/** The folder is not inside a git work tree. */
class NotARepositoryError extends GitError {
    cwd;
    kind = 'not-a-repository';
    constructor(cwd) {
        super(`${cwd} is not inside a git repository; run from the repository or pass --cwd`);
        this.cwd = cwd;
    }
}
/** A ref or object the caller named is not in this clone. */
class MissingRefError extends GitError {
    ref;
    kind = 'missing-ref';
    constructor(ref, detail = '') {
        super(`${ref} is not in this clone${detail ? ` (${detail})` : ''}; run "git fetch --tags" or fetch the history that contains it`);
        this.ref = ref;
    }
}
/**
 * The clone is shallow and the answer needs history it does not have: an ancestry or merge-base
 * question whose "no" may only mean "not fetched".
 */
class ShallowCloneError extends GitError {
    question;
    kind = 'shallow-clone';
    /**
     * `question`: what git could not tell ("which tags are on the branch"); with `missing`, what is not in
     * the clone ("the merge base with main"), said so.
     */
    constructor(question, form = 'question') {
        super(form === 'missing'
            ? `${question} is not in this shallow clone, so there is nothing to compare the change with; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) or pass --base REF`
            : `this clone is shallow, so git cannot tell ${question}; fetch the full history (actions/checkout with fetch-depth: 0, or "git fetch --unshallow") and re-run`);
        this.question = question;
    }
}
/**
 * A file's contents (a blob) are not in this clone: a partial clone (`--filter=blob:none`, actions/checkout
 * `filter:`) whose remote git could not reach to fetch them, or a damaged one. git names only the object
 * id; missing-object.ts finds the file and commit (trees are there) before the error is shown.
 */
class MissingObjectError extends GitError {
    oid;
    root;
    where;
    kind = 'missing-object';
    constructor(oid, root, where) {
        super(`${where ? `${where.path} at commit ${where.commit.slice(0, 12)}` : `object ${oid.slice(0, 12)}`} cannot be read: ` +
            `this clone does not have its contents (blob ${oid.slice(0, 12)}), and git could not fetch them from the remote; ` +
            'check out the full history with its contents (actions/checkout with fetch-depth: 0 and no filter, or a git clone without --filter; ' +
            'in a shallow clone, "git fetch --unshallow") and re-run');
        this.oid = oid;
        this.root = root;
        this.where = where;
    }
}
/** No base could be chosen at all: no --base, no pull request, and no default branch to find. */
class NoBaseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
}
/** git itself failed: not installed, timed out, killed, or an error this tool does not expect. */
class GitFailedError extends GitError {
    command;
    kind = 'git-failed';
    constructor(command, reason) {
        super(`git ${command} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(reason).slice(0, 400) || 'no message'}`);
        this.command = command;
    }
}
const NOT_A_REPO = /not a git repository/i;
// What git says when an object's contents are not in the clone: `unable to read <oid>` (diff, show),
// `could not fetch <oid> from promisor remote` (a partial clone whose remote is gone or refuses),
// `missing blob object '<oid>'`, `unable to read sha1 file of <path> (<oid>)`.
const MISSING_OBJECT = /(?:unable to read(?: sha1 file of .*? \()?|could not fetch|missing (?:blob )?object '?)\s*([0-9a-f]{40}(?:[0-9a-f]{24})?)\b/;
const MISSING = /unknown revision|bad revision|not a valid object name|invalid object name|bad object|ambiguous argument|not a valid commit name|no such ref|not a tree object|invalid reference/i;
/** The typed error for a git run that failed with this stderr. */
function gitFailure(args, stderr, cwd, ref) {
    const command = args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? args[0] ?? '';
    if (NOT_A_REPO.test(stderr))
        return new NotARepositoryError(cwd);
    const missing = MISSING_OBJECT.exec(stderr);
    if (missing)
        return new MissingObjectError(missing[1], cwd);
    if (ref !== undefined && MISSING.test(stderr))
        return new MissingRefError(ref, firstLine(stderr));
    return new GitFailedError(command, firstLine(stderr));
}
function firstLine(text) {
    return (text.split('\n').find((l) => l.trim()) ?? '').replace(/^(fatal|error):\s*/, '').trim();
}


/***/ }),

/***/ 1099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ resolveInsideRepo),
/* harmony export */   S3: () => (/* binding */ writablePathInsideRepo),
/* harmony export */   SX: () => (/* binding */ readablePathInsideRepo),
/* harmony export */   dt: () => (/* binding */ assertFolderInsideRepo)
/* harmony export */ });
/* unused harmony export OutsideRepositoryError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/**
 * The one check every path the tool reads or writes on a pull request's behalf goes through: the path
 * must stay inside the repository once `..` and every symlink on the way are resolved. A pull request
 * controls file names and symlinks; a `supabase/migrations -> /home/runner` link or a seed of
 * `../../.ssh/id_rsa` must end in exit 2 naming the path, never in a read of the runner's files.
 */
/** A path that leaves the repository, a dangling symlink or a loop: always a usage error (exit 2). */
class OutsideRepositoryError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb {
}
const realRoots = new Map();
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
        realRoots.set(root, real);
    }
    return real;
}
function inside(realRootPath, real) {
    return (real === realRootPath || real.startsWith(realRootPath.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realRootPath : realRootPath + node_path__WEBPACK_IMPORTED_MODULE_1__.sep));
}
/**
 * Resolve `path` (relative to `root`, or absolute) and refuse it unless it stays inside `root`.
 * `what` names the path in the message: `rehearsal.seed`, `the config file`, a migration's path.
 */
function resolveInsideRepo(root, path, what) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const rootReal = realRoot(root);
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), full);
    if (lexical === '..' || lexical.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(lexical)) {
        throw new OutsideRepositoryError(`${what}: ${path} is outside the repository (${root}); only files inside the checkout are read`);
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(full);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new OutsideRepositoryError(`${what}: ${path} is a symlink loop; point it at a real file`);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            throw error;
        return missingOrDangling(rootReal, full, path, what);
    }
    if (!inside(rootReal, real)) {
        throw new OutsideRepositoryError(`${what}: ${path} resolves to ${real}, outside the repository; only files inside the checkout are read (replace the symlink with the file)`);
    }
    return { real };
}
const realDirs = new Map();
/**
 * The cheap half of the check, for reading many files: `path` has no `..` out of `root` and its folder
 * (resolved once per folder) is inside. The caller opens the file itself without following a final
 * symlink (O_NOFOLLOW) and runs resolveInsideRepo only for a file that is one.
 */
function assertFolderInsideRepo(root, path, what) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full);
    let real = realDirs.get(dir);
    if (real === undefined) {
        const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), full);
        if (lexical === '..' || lexical.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(lexical))
            real = null;
        else {
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(dir);
            }
            catch {
                real = '';
            }
        }
        realDirs.set(dir, real);
    }
    // A folder that is not there: the open fails and the caller reports the file as missing.
    if (real === '')
        return;
    if (real === null || !inside(realRoot(root), real))
        resolveInsideRepo(root, path, what);
}
/** Like resolveInsideRepo, for callers that only read: the real path, or undefined when nothing is there. */
function readablePathInsideRepo(root, path, what) {
    const found = resolveInsideRepo(root, path, what);
    return 'real' in found ? found.real : undefined;
}
function missingOrDangling(rootReal, full, path, what) {
    let link = false;
    try {
        link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isSymbolicLink();
    }
    catch {
        // not there at all
    }
    if (link) {
        throw new OutsideRepositoryError(`${what}: ${path} is a symlink to a file that does not exist; fix or remove the link`);
    }
    // Not there: its nearest existing folder must still be inside (a symlinked folder could lead out).
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) !== dir)
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    const realDir = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(dir);
    if (!inside(rootReal, realDir)) {
        throw new OutsideRepositoryError(`${what}: ${path} is under ${realDir}, outside the repository; only files inside the checkout are read`);
    }
    return { missing: true };
}
/**
 * For writing (`init`): the file must not be a symlink (writing through it would change a file
 * elsewhere) and its folder must be inside the repository. Returns the path to write.
 */
function writablePathInsideRepo(root, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
    let link = false;
    try {
        link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isSymbolicLink();
    }
    catch {
        // does not exist yet: fine, checked below through its folder
    }
    if (link) {
        throw new OutsideRepositoryError(`${path} is a symlink; init never writes through a symlink. Replace it with a regular file, or remove it, and re-run`);
    }
    resolveInsideRepo(root, path, path);
    return full;
}


/***/ }),

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   _S: () => (/* binding */ ProcessStartError),
/* harmony export */   fO: () => (/* binding */ KILL_GRACE_MS),
/* harmony export */   gh: () => (/* binding */ runProcessSync),
/* harmony export */   oX: () => (/* binding */ signalOf),
/* harmony export */   px: () => (/* binding */ STDERR_KEEP),
/* harmony export */   ql: () => (/* binding */ launch),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


/** The program could not be started at all (not installed, not executable, cwd gone). */
class ProcessStartError extends Error {
    file;
    reason;
    detail;
    constructor(file, reason, 
    /** Node's own message (`spawn /usr/bin/x ENOENT`), for messages that quote it. */
    detail = reason) {
        super(`${file} could not be started: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }
}
const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_STDOUT = 256 * 1024 * 1024;
const STDERR_KEEP = 16 * 1024;
const KILL_GRACE_MS = 2_000;
const LINE_MAX = 64 * 1024;
/** Start a program: never through a shell; in a process group of its own with `group`. */
function launch(file, args, options, stdio) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio,
        shell: false,
        ...(options.group ? { detached: true } : {}),
        ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
}
/** Signal the program, or its whole process group; a program already gone is not an error. */
function signalOf(child, group) {
    return (name) => {
        try {
            if (group && child.pid)
                process.kill(-child.pid, name);
            else
                child.kill(name);
        }
        catch {
            // already gone
        }
    };
}
/** Output cut into lines as it arrives, UTF-8 sequences split between chunks kept whole. */
function lineSplitter(emit) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    let partial = '';
    const drain = () => {
        for (let at = partial.indexOf('\n'); at >= 0; at = partial.indexOf('\n')) {
            emit(partial.slice(0, at).replace(/\r$/, ''));
            partial = partial.slice(at + 1);
        }
        while (partial.length > LINE_MAX) {
            emit(partial.slice(0, LINE_MAX));
            partial = partial.slice(LINE_MAX);
        }
    };
    return {
        push(chunk) {
            partial += decoder.write(chunk);
            drain();
        },
        end() {
            partial += decoder.end();
            drain();
            if (partial)
                emit(partial.replace(/\r$/, ''));
            partial = '';
        },
    };
}
function runProcess(file, args, options) {
    const maxStdout = options.maxStdout ?? DEFAULT_MAX_STDOUT;
    return new Promise((resolvePromise, reject) => {
        const piped = options.input !== undefined || options.stdin !== undefined;
        const child = launch(file, args, options, [piped ? 'pipe' : 'ignore', 'pipe', 'pipe']);
        const chunks = [];
        let length = 0;
        let truncated = false;
        let timedOut = false;
        let stderr = '';
        const signal = signalOf(child, options.group === true);
        const stop = () => {
            signal('SIGTERM');
            setTimeout(() => signal('SIGKILL'), options.killGraceMs ?? KILL_GRACE_MS).unref();
        };
        const ended = options.untilExit?.(() => signal('SIGKILL'));
        const lines = options.onLine
            ? {
                stdout: lineSplitter((line) => options.onLine(line, 'stdout')),
                stderr: lineSplitter((line) => options.onLine(line, 'stderr')),
            }
            : undefined;
        child.stdout.on('data', (chunk) => {
            lines?.stdout.push(chunk);
            if (truncated)
                return;
            if (length + chunk.length > maxStdout) {
                chunks.push(chunk.subarray(0, maxStdout - length));
                length = maxStdout;
                truncated = true;
                if (options.stdoutOverflow !== 'drop')
                    stop();
                return;
            }
            chunks.push(chunk);
            length += chunk.length;
        });
        child.stderr.on('data', (chunk) => {
            lines?.stderr.push(chunk);
            stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
        });
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        timer.unref();
        child.on('error', (error) => {
            clearTimeout(timer);
            ended?.();
            reject(new ProcessStartError(file, error.code ?? error.message, error.message));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            ended?.();
            lines?.stdout.end();
            lines?.stderr.end();
            resolvePromise({ code, signal, stdout: Buffer.concat(chunks, length), stderr, truncated, timedOut });
        });
        if (piped) {
            // A process that exits early (bad arguments) closes stdin; its exit status reports that, not EPIPE.
            child.stdin.on('error', () => { });
            if (options.stdin) {
                options.stdin.on('error', () => child.stdin?.destroy());
                options.stdin.pipe(child.stdin);
            }
            else
                child.stdin.end(options.input);
        }
    });
}
/**
 * The same, blocking: only for clean-up on the way out of the process (an exit handler cannot wait for
 * a promise). Output is discarded; the exit code is returned (null when it could not run or timed out).
 */
function runProcessSync(file, args, options) {
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: 'ignore',
        shell: false,
        timeout: options.timeoutMs ?? 10_000,
    });
    return run.error ? null : run.status;
}


/***/ }),

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   bJ: () => (/* binding */ runGitSync),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   y0: () => (/* binding */ gitProcess)
/* harmony export */ });
/* unused harmony export runGitBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3341);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5189);


/**
 * Every git process of the tool starts here (through src/git/process.ts): no shell, no prompt for
 * credentials, messages in English (stderr is matched to type the error), a timeout and an output cap.
 */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** Run git and return what happened, whatever its exit code; only a git that cannot start throws. */
async function gitProcess(cwd, args, options = {}) {
    try {
        const run = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('git', args, { cwd, env: gitEnv(), ...options });
        if (run.timedOut)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitFailedError */ .eQ(args[0] ?? '', `timed out after ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s`);
        return run;
    }
    catch (error) {
        if (error instanceof _process_js__WEBPACK_IMPORTED_MODULE_1__/* .ProcessStartError */ ._S) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitFailedError */ .eQ(args[0] ?? '', error.reason === 'ENOENT' ? 'git is not installed (or not on PATH)' : error.reason);
        }
        throw error;
    }
}
/**
 * Run git; its stdout as bytes when it exits 0, otherwise a typed GitError (`ref` names what the
 * command was about, so a missing one becomes a MissingRefError).
 */
async function runGitBytes(cwd, args, options = {}) {
    const { ref, ...rest } = options;
    const run = await gitProcess(cwd, args, rest);
    if (run.code !== 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitFailure */ .tv)(args, run.stderr || `exit ${run.code ?? run.signal}`, cwd, ref);
    if (run.truncated)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitFailedError */ .eQ(args[0] ?? '', 'its output was larger than this tool reads');
    return run.stdout;
}
/** Run git without a shell; arguments never pass through one. */
async function runGit(cwd, args, options = {}) {
    return (await runGitBytes(cwd, args, options)).toString('utf8');
}
/** Blocking git for exit handlers only (a clean-up that must finish before the process ends). */
function runGitSync(cwd, args) {
    return (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcessSync */ .gh)('git', args, { cwd, env: gitEnv() });
}


/***/ }),

/***/ 8881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ RETRY_BUDGET_MS),
/* harmony export */   P: () => (/* binding */ describeGitHubFailure)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** The retry budget: no run spends longer than this retrying one failing API (octokit.ts enforces it). */
const RETRY_BUDGET_MS = 15_000;
function describeGitHubFailure(error, permission = 'deployments: read') {
    const status = error?.status;
    const hasResponse = error?.response !== undefined;
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0].trim();
    if (status === 401) {
        return {
            kind: 'unauthorized',
            why: `GitHub refused the token (401: ${message})`,
            help: 'Check that GITHUB_TOKEN is set to a valid, unexpired token for this repository.',
        };
    }
    if (status === 403 && !/rate limit/i.test(message)) {
        return {
            kind: 'forbidden',
            why: `the token may not do this (403: ${message})`,
            help: `Give the job \`permissions: ${permission}\` (or a token with that scope).`,
        };
    }
    if (status === 404 && hasResponse) {
        return {
            kind: 'not-found',
            why: `GitHub answered 404 (${message})`,
            help: 'Check GITHUB_REPOSITORY (owner/repo) and that the token can see the repository.',
        };
    }
    if (typeof status === 'number' && status >= 500 && hasResponse) {
        return {
            kind: 'server',
            why: `GitHub failed (HTTP ${status}: ${message})`,
            help: `GitHub's side: re-run later (retries stop after ${RETRY_BUDGET_MS / 1000} s).`,
        };
    }
    if (error?.name === 'InvalidAnswerError') {
        return {
            kind: 'other',
            why: message,
            help: 'Nothing was written from that answer; re-run, and if it persists check GITHUB_API_URL.',
        };
    }
    // octokit marks a request that got no answer at all (DNS, refused connection, timeout) as status 500.
    if (!hasResponse && (status === 500 || status === undefined) && isNetworkError(error)) {
        return {
            kind: 'network',
            why: `GitHub could not be reached (${message})`,
            help: `A network problem, not a permission one: check the runner's connection and GITHUB_API_URL, then re-run (retries stop after ${RETRY_BUDGET_MS / 1000} s).`,
        };
    }
    return { kind: 'other', why: message, help: 'Re-run with --verbose for details.' };
}
function isNetworkError(error) {
    const e = error;
    return (e?.status === 500 || e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.cause !== undefined);
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports GitHubClient, HTTP_TIMEOUT_ENV */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);




/** The retry plugin's attempts after the first (its waits: 1, 4, 9 s). */
const RETRIES = 3;
/**
 * Bound the time one client spends waiting to retry: the waits of a failing streak (5xx, 429, no
 * answer) add up to at most RETRY_BUDGET_MS, however many requests fail in a row; then the error goes
 * up as it is, saying so. Without it each request waited 14 s, and a ledger read makes several. Counting
 * waits, not wall time, keeps one request's own 1 + 4 + 9 s schedule whole on a slow machine.
 * Registered before the retry plugin, so its error hook runs first and can lower `retries` to 0.
 */
function retryBudget(octokit) {
    const budget = { waitedMs: 0, failing: false };
    octokit.hook.error('request', (error, options) => {
        const status = error.status;
        const request = options.request;
        const count = request.retryCount ?? 0;
        if (status === undefined || status >= 500 || status === 429) {
            budget.failing = true;
            const nextWaitMs = (count + 1) ** 2 * 1000;
            if (count < (request.retries ?? RETRIES) && budget.waitedMs + nextWaitMs <= _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_BUDGET_MS */ .K) {
                budget.waitedMs += nextWaitMs;
            }
            else {
                // The last attempt, by count or by budget: say how long was spent, so the user knows it was retried.
                request.retries = 0;
                if (error instanceof Error && !error.message.includes('retries stop after'))
                    error.message += ` (gave up after waiting ${Math.round(budget.waitedMs / 1000)} s to retry; retries stop after ${_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_BUDGET_MS */ .K / 1000} s)`;
            }
        }
        throw error;
    });
    octokit.hook.after('request', () => {
        budget.waitedMs = 0;
        budget.failing = false;
    });
    return { retryBudget: budget };
}
const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(retryBudget, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/**
 * For tests only: a shorter per-request timeout (milliseconds), so a hung API can be simulated in
 * seconds instead of the default 30 s. Ignored unless it is a positive integer.
 */
const HTTP_TIMEOUT_ENV = 'ROLLBACK_READY_HTTP_TIMEOUT_MS';
function timeoutFromEnv() {
    const ms = Number(process.env[HTTP_TIMEOUT_ENV] ?? '');
    return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}
/** An Octokit that retries transient failures a bounded number of times and honours rate limits. */
function createGitHubClient(options) {
    const timeoutMs = options.timeoutMs ?? timeoutFromEnv() ?? 30_000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const retries = options.retries ?? 3;
    const shouldWait = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < 2 && retryAfter <= maxWait) {
            options.log.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
            return true;
        }
        options.log.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up (retry-after ${retryAfter}s)`);
        return false;
    };
    // Set once the client exists: the fetch below reads the retry budget's streak to shorten its timeout.
    const client = new GitHubClient({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'rollback-ready',
        request: {
            fetch: async (url, init = {}) => {
                // While failing, an attempt may only use what is left of the retry budget.
                const { failing, waitedMs } = client.retryBudget;
                const attemptMs = !failing
                    ? timeoutMs
                    : Math.max(1_000, Math.min(timeoutMs, _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_BUDGET_MS */ .K - waitedMs));
                const timeout = AbortSignal.timeout(attemptMs);
                const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
                try {
                    return await fetch(url, { ...init, signal });
                }
                catch (error) {
                    // Say what happened in words; the retry plugin still retries it like any network error.
                    if (init.signal?.aborted)
                        throw error;
                    if (!timeout.aborted) {
                        // fetch's own "fetch failed" hides the cause (ENOTFOUND, ECONNREFUSED): name it.
                        const cause = error.cause;
                        const why = cause?.code ?? cause?.message ?? error.message;
                        throw new Error(`${init.method ?? 'GET'} ${new URL(String(url)).host}: ${String(why)}`, {
                            cause: error,
                        });
                    }
                    throw new Error(`GitHub did not answer ${init.method ?? 'GET'} ${new URL(String(url)).pathname} within ${attemptMs / 1000} s`, { cause: error });
                }
            },
        },
        retry: { retries },
        throttle: {
            onRateLimit: shouldWait('primary'),
            onSecondaryRateLimit: shouldWait('secondary'),
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => options.log.debug(m),
            error: (m) => options.log.debug(m),
        },
    });
    return client;
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ truncateUtf8),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9577);
/**
 * Make user-controlled text inert in GitHub Markdown: no raw HTML, no live @mention or #123 link,
 * no emphasis, links, tables or code fences opened by the text itself. GitHub's summary API does no
 * escaping of its own (@actions/core summary), so every piece of text from a PR, file or tag goes through here.
 */

const ZERO_WIDTH_SPACE = '\u200B';
function escapeMarkdown(text) {
    return (
    // Control characters (C0, C1, bidi overrides) could break tables or terminals; drop them.
    (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Backslash-escape Markdown punctuation so it renders literally.
        .replace(/([\\`*_{}[\]()#+\-.!|~"'$:])/g, '\\$1')
        // A zero-width space after @ and # stops mentions, team pings and issue auto-links.
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/\\#/g, `\\#${ZERO_WIDTH_SPACE}`)
        // GitHub links GH-123 to an issue too (the escaped hyphen still renders as "-").
        .replace(/(gh)\\-(?=\d)/gi, `$1\\-${ZERO_WIDTH_SPACE}`)
        .replace(/\r?\n/g, ' '));
}
/** Inline code for identifiers (rule ids, paths, release IDs): backticks inside become a safe quote. */
function inlineCode(text) {
    const clean = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanLine */ .Ow)(text).replace(/`/g, 'ˋ');
    return `\`${clean.replace(/@/g, `@${ZERO_WIDTH_SPACE}`)}\``;
}
/** Truncate to a byte budget on a character boundary, saying so. */
function truncateUtf8(text, maxBytes, note = "\n\n…truncated to fit GitHub's size limit.") {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - Buffer.byteLength(note, 'utf8');
    let out = '';
    let used = 0;
    for (const ch of text) {
        const size = Buffer.byteLength(ch, 'utf8');
        if (used + size > budget)
            break;
        out += ch;
        used += size;
    }
    return out + note;
}


/***/ }),

/***/ 9577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ cleanLine),
/* harmony export */   PH: () => (/* binding */ safeOutput),
/* harmony export */   T7: () => (/* binding */ disarmCommands),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   oi: () => (/* binding */ safeJson)
/* harmony export */ });
/* unused harmony exports OUTPUT_CHUNK, writeSafeOutput */
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);

/**
 * Text from a pull request (SQL, file names, notes, command output) must not act on the machine that
 * shows it. The GitHub runner reads every line of a step's output: a line that starts with `::` after
 * leading spaces (`::error::`, `::add-mask::`, `::stop-commands::`) and a `##[command]` anywhere in a line
 * are workflow commands; it splits lines at CR as well as LF. A terminal obeys ESC and C1 sequences, and
 * bidi overrides make text read differently from what it is. Every output sink goes through here.
 */
// C0 controls except tab and newline, DEL, C1 (U+0085 NEL and U+009B CSI included), the bidi marks,
// embeddings, overrides and isolates, and the BOM that some tools read as a line start.
const CONTROL = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;
const ZERO_WIDTH_SPACE = '\u200B';
/** `::` at the start of a line once the runner has trimmed it (it trims Unicode white space). */
const COMMAND_LINE_START = /^([\s\u200B]*):(?=:)/gm;
/** The legacy `##[command]` form, recognised anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;
/** The colours text.ts paints with, when writing to a terminal; any other escape is removed. */
// eslint-disable-next-line no-control-regex
const OWN_SGR = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
/** Untrusted text with control characters removed and every line break made a plain LF. */
function cleanText(text) {
    return text.replace(LINE_BREAKS, '\n').replace(CONTROL, '');
}
/** Untrusted text for a place that holds one line (a title, a file name): line breaks become spaces. */
function cleanLine(text) {
    return cleanText(text).replace(/\s*\n\s*/g, ' ');
}
/** Make lines inert for the runner: a zero-width space breaks `::` at a line start and every `##[`. */
function disarmCommands(text) {
    return text
        .replace(COMMAND_LINE_START, `$1:${ZERO_WIDTH_SPACE}`)
        .replace(LEGACY_COMMAND, `#${ZERO_WIDTH_SPACE}#[`);
}
/**
 * The last step before text reaches stdout, stderr or the action's log: secrets redacted, control
 * characters removed (except our own colours when `color`), lines disarmed.
 */
function safeOutput(text, options = {}) {
    const redacted = (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text);
    if (!options.color)
        return cleanLines(redacted);
    let clean = '';
    let last = 0;
    for (const m of redacted.matchAll(OWN_SGR)) {
        clean += cleanText(redacted.slice(last, m.index)) + m[0];
        last = m.index + m[0].length;
    }
    return disarmCommands(clean + cleanText(redacted.slice(last)));
}
/**
 * What cleanText or disarmCommands would change: a control or bidi character, a line break other than
 * LF, `##[`, or `::` at a line start after white space. Text without any (nearly every line of a
 * report) is passed on as it is, after one scan instead of four.
 */
const NEEDS_CLEANING = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]|##\[|^[\s\u200B]*::/m;
/** cleanText then disarmCommands, skipped when the one scan finds nothing they would change. */
function cleanLines(text) {
    return NEEDS_CLEANING.test(text) ? disarmCommands(cleanText(text)) : text;
}
/** Lines are cleaned and written about this many characters at a time (see writeSafeOutput). */
const OUTPUT_CHUNK = (/* unused pure expression or super */ null && (1 << 20));
/**
 * safeOutput for a stream: the same bytes, written in pieces of whole lines. Cleaning and disarming
 * look at one line at a time (CR, U+2028 and U+2029 are each one line break, and every piece ends at
 * an LF), so a piece is cleaned on its own. Secrets are redacted piece by piece when that gives what
 * the whole text gives (redactsPieceByPiece: nothing to redact spans a line feed), else over the whole
 * text first. A 20 MB report is then never copied whole again, nor encoded into one 20 MB buffer.
 * `text` may come in parts (prettyJsonPieces); they are read as their concatenation.
 */
function writeSafeOutput(text, write, options = {}) {
    const size = Math.max(1, options.chunk ?? OUTPUT_CHUNK);
    if (options.color) {
        write(safeOutput(typeof text === 'string' ? text : text.join(''), options));
        return;
    }
    if (typeof text !== 'string') {
        const lines = wholeLines(text, size);
        if (redactsPieceByPiece(lines)) {
            for (const piece of lines)
                write(cleanLines(redactSecrets(piece)));
            return;
        }
        text = lines.join('');
    }
    const redacted = redactSecrets(text);
    let start = 0;
    do {
        const newline = redacted.indexOf('\n', start + size - 1);
        const end = newline < 0 ? redacted.length : newline + 1;
        write(cleanLines(redacted.slice(start, end)));
        start = end;
    } while (start < redacted.length);
}
/**
 * Parts joined into pieces of at least `size` characters that end at a line feed (but the last). A
 * large part that ends a line, after a piece that does, is a piece of its own: joining it to others
 * would copy it again.
 */
function wholeLines(parts, size) {
    const large = Math.min(size, LARGE_PART);
    const pieces = [];
    let pending = '';
    for (const part of parts) {
        if (part.length >= large && part.endsWith('\n') && (!pending || pending.endsWith('\n'))) {
            if (pending)
                pieces.push(pending);
            pieces.push(part);
            pending = '';
            continue;
        }
        pending += part;
        if (pending.length < size)
            continue;
        const cut = pending.lastIndexOf('\n');
        if (cut < 0)
            continue;
        pieces.push(pending.slice(0, cut + 1));
        pending = pending.slice(cut + 1);
    }
    if (pending || !pieces.length)
        pieces.push(pending);
    return pieces;
}
const LARGE_PART = (/* unused pure expression or super */ null && (1 << 14));
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|##\[/;
/**
 * JSON that stays the same data but cannot act when printed: JSON.stringify already escapes C0, so
 * escape what it leaves raw (C1, bidi, line separators) and the `[` of `##[` as \u escapes.
 */
function safeJson(json) {
    // The one scan finds nothing in nearly every report: no second pass, no copy.
    if (!JSON_UNSAFE.test(json))
        return json;
    return json
        .replace(/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '##\\u005b');
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ sanitizeForTerminal),
/* harmony export */   vX: () => (/* binding */ formatText)
/* harmony export */ });
/* unused harmony export shouldColor */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);
/* harmony import */ var _core_group_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8472);
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9577);



const COLORS = {
    error: ['\u001b[31m', '\u001b[39m'],
    warning: ['\u001b[33m', '\u001b[39m'],
    notice: ['\u001b[36m', '\u001b[39m'],
    green: ['\u001b[32m', '\u001b[39m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    bold: ['\u001b[1m', '\u001b[22m'],
};
/** Colour only when writing to a terminal, and never when NO_COLOR is set. */
function shouldColor(stream, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== '0')
        return true;
    return Boolean(stream.isTTY);
}
/**
 * Text the user controls, without escape sequences (a migration cannot repaint the terminal); its own
 * line breaks become continuation lines under `indent`. The writer (safe-text.ts) disarms what is left.
 */
function sanitizeForTerminal(text, indent = '') {
    return (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(text).replace(/\n/g, `\n${indent}`);
}
function formatText(report, options) {
    const paint = (kind, s) => options.color ? COLORS[kind][0] + s + COLORS[kind][1] : s;
    const lines = [];
    const checklist = Array.isArray(report.checklist) ? report.checklist : [];
    if (checklist.length) {
        lines.push(paint('bold', 'Pre-release checklist'));
        checklist.forEach((item, n) => {
            const mark = item.status === 'ok'
                ? paint('green', 'ok  ')
                : item.status === 'problem'
                    ? paint('error', 'fail')
                    : item.status === 'guess'
                        ? paint('warning', '?   ')
                        : paint('dim', 'n/a ');
            lines.push(`${n + 1}. ${mark} ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(item.title)}: ${sanitizeForTerminal(item.evidence, '   ')}`);
        });
        lines.push('');
    }
    for (const gate of report.gates) {
        const mark = gate.status === 'pass'
            ? paint('green', 'pass')
            : gate.status === 'fail'
                ? paint('error', 'fail')
                : paint('dim', 'skip');
        lines.push(`${mark}  ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(gate.gate)}: ${sanitizeForTerminal(gate.summary, '      ')}`);
    }
    if (report.gates.length)
        lines.push('');
    // One string per finding: a join over five times as many pieces took twice as long on 20,000 findings.
    // Findings that share a root cause are shown once, with every place they occur at.
    for (const item of (0,_core_group_js__WEBPACK_IMPORTED_MODULE_1__/* .groupedItems */ .ND)(report)) {
        lines.push((item.kind === 'group' ? groupLines(item.group, paint) : findingLines(item.finding, paint)).join('\n'));
    }
    const counts = (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(report.findings);
    const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
    lines.push(report.verdict === 'block'
        ? paint('error', `✖ blocked: ${tally}`)
        : paint('green', `✔ nothing blocks: ${tally}`));
    return lines.join('\n') + '\n';
}
function findingLines(f, paint) {
    const where = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .location */ .C5)(f));
    const head = `${where ? paint('bold', where) + '  ' : ''}${paint(f.severity, f.severity)}  ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(f.rule)}${f.class ? paint('dim', ` [${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(f.class)}]`) : ''}`;
    const out = [head, `  ${sanitizeForTerminal(f.message, '  ')}`];
    if (f.help)
        out.push(paint('dim', `  help: ${sanitizeForTerminal(f.help, '        ')}`));
    if (f.docs)
        out.push(paint('dim', `  docs: ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(f.docs)}`));
    out.push('');
    return out;
}
/** A group: what it is about and how often, one example message, the fix once, then every place. */
function groupLines(g, paint) {
    const about = g.object ? ` on ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(g.object)}` : '';
    const spread = g.files > 1 ? `, in ${g.files} files` : '';
    const head = `${paint(g.severity, g.severity)}  ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(g.rule)}${g.class ? paint('dim', ` [${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(g.class)}]`) : ''}  ${paint('bold', `${g.count} times${about}${spread}`)}`;
    const out = [head, `  ${sanitizeForTerminal(g.message, '  ')}`];
    if (g.help)
        out.push(paint('dim', `  help: ${sanitizeForTerminal(g.help, '        ')}`));
    if (g.docs)
        out.push(paint('dim', `  docs: ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(g.docs)}`));
    g.locations.forEach((l, i) => {
        const where = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .location */ .C5)(l)) || '(no file)';
        const detail = l.detail ? `  ${sanitizeForTerminal(l.detail, '        ')}` : '';
        out.push(`  ${i === 0 ? 'at: ' : '    '}${where}${detail}`);
    });
    out.push('');
    return out;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ })

};
